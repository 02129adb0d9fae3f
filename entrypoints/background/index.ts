import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { trustedSender } from '../../lib/platform/message-sender';
import {
  type DrafterIntent,
  intentToSearch,
  type PolicyCheck,
  parseMessage,
} from '../../lib/platform/messages';
import { policySeenSetting } from '../../lib/platform/settings';
import { sessionKeys } from '../../lib/platform/storage-keys';
import { checkPolicyText } from '../../lib/policy-watch/check';
import { nextPolicySeen } from '../../lib/policy-watch/seen';
import { getPolicy } from '../../policies';
import type { SitePolicy } from '../../policies/types';
import { markTab } from './badge';
import { startDeadlineAlarms } from './deadline-alarms';
import { panelOpenIn, panelShortcut, setPanelOpen, startPanelTabs } from './panel-tabs';

export default defineBackground(() => {
  startDeadlineAlarms();
  startPanelTabs();
  // Once, on install: what it does, that it sends nothing, where the launcher is, how to pin the button.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseMessage(raw);
    // Only our own pages, and our content script only on a page a policy covers (lib/platform/message-sender).
    const from = trustedSender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!message || !from) {
      if (import.meta.env.DEV) console.warn('Policy Lens: ignored message', raw, sender);
      return undefined;
    }
    switch (message.type) {
      case 'open-drafter':
        // A content script asks for its own site's requests only.
        if (from.kind === 'content-script' && from.policyId !== message.intent.policyId) return undefined;
        return openDrafter(message.intent);
      case 'get-policy':
        return Promise.resolve(getPolicy(message.policyId) ?? null);
      case 'check-policy': {
        // Only our content script, and only for the policy of the page it runs on.
        const policy =
          from.kind === 'content-script' && from.policyId === message.policyId
            ? getPolicy(message.policyId)
            : undefined;
        const tabId = sender.tab?.id;
        if (!policy || tabId === undefined) return undefined;
        return checkPolicy(policy, message.text, tabId);
      }
      case 'panel-state': {
        const tabId = sender.tab?.id;
        if (from.kind !== 'content-script' || tabId === undefined) return undefined;
        return Promise.all([panelOpenIn(tabId), panelShortcut().catch(() => '')]).then(
          ([open, shortcut]) => ({
            open,
            shortcut,
          }),
        );
      }
      case 'panel-open': {
        const tabId = sender.tab?.id;
        if (from.kind !== 'content-script' || tabId === undefined) return undefined;
        return setPanelOpen(tabId, message.open).then(() => true);
      }
    }
  });
});

/** Compares a page's policy text with the reviewed one, remembers the result and marks the tab. */
async function checkPolicy(policy: SitePolicy, text: string, tabId: number): Promise<PolicyCheck> {
  const check = checkPolicyText(policy, text);
  if (check.state !== 'not-policy') {
    const seen = await policySeenSetting.getValue();
    const next = nextPolicySeen(seen[policy.id], check);
    if (next && next !== seen[policy.id]) await policySeenSetting.setValue({ ...seen, [policy.id]: next });
  }
  await markTab(tabId, check.state === 'changed').catch(() => undefined); // the tab may be gone
  return check;
}

async function openDrafter(intent: DrafterIntent): Promise<boolean> {
  const url = browser.runtime.getURL(`/popup.html${intentToSearch(intent)}`);
  if (import.meta.env.CHROME) {
    // Chrome can open the toolbar popup without a gesture in the popup's context; Firefox cannot.
    try {
      await browser.storage.session.set({ [sessionKeys.pendingDrafterIntent]: { intent, at: Date.now() } });
      await browser.action.openPopup();
      return true;
    } catch {
      await browser.storage.session.remove(sessionKeys.pendingDrafterIntent).catch(() => undefined);
    }
  }
  try {
    await browser.tabs.create({ url });
    return true;
  } catch {
    return false;
  }
}
