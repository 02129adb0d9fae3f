import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { trustedSender } from '../../lib/platform/message-sender';
import {
  type DrafterIntent,
  intentToSearch,
  type PolicyCheck,
  parseMessage,
  siteContacts,
} from '../../lib/platform/messages';
import { createRateLimiter } from '../../lib/platform/rate-limit';
import { policySeenSetting } from '../../lib/platform/settings';
import { sessionKeys } from '../../lib/platform/storage-keys';
import { checkPolicyText } from '../../lib/policy-watch/check';
import { fingerprint } from '../../lib/policy-watch/fingerprint';
import { nextPolicySeen, sameFinding } from '../../lib/policy-watch/seen';
import { parseSiteReadingMessage } from '../../lib/site-reading/messages';
import { getPolicy } from '../../policies';
import type { SitePolicy } from '../../policies/types';
import { markTab } from './badge';
import { startDeadlineAlarms } from './deadline-alarms';
import { panelState, setPanelOpen, startPanelTabs } from './panel-tabs';
import { runFile } from './run-file';
import { isReadingTab, openOperatorDrafter, readTab, watchReadingTabs } from './site-reading';

/** Drafter openings per tab (lib/platform/rate-limit.ts): a page cannot open window after window. */
const drafterOpenings = createRateLimiter();

export default defineBackground(() => {
  startDeadlineAlarms();
  startPanelTabs();
  watchReadingTabs();
  // Once, on install: what it does, that it sends nothing, where the launcher is, how to pin the button.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.tabs.onRemoved.addListener((tabId) => drafterOpenings.forget(tabId));
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const reading = parseSiteReadingMessage(raw);
    if (reading) return handleSiteReading(reading, sender);
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
        if (from.kind === 'content-script') {
          if (from.policyId !== message.intent.policyId) return undefined;
          const tabId = sender.tab?.id;
          if (tabId === undefined || !drafterOpenings.allow(tabId, Date.now())) return Promise.resolve(false);
        }
        {
          // Only the site's own addresses, found on its pages, go on to the drafter.
          const policy = getPolicy(message.intent.policyId);
          if (!policy) return undefined;
          const pageContacts = siteContacts(message.intent.pageContacts, policy.site.hostnames);
          return openDrafter({ ...message.intent, pageContacts });
        }
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
        return panelState(from.policyId, tabId);
      }
      case 'panel-open': {
        const tabId = sender.tab?.id;
        if (from.kind !== 'content-script' || tabId === undefined) return undefined;
        return setPanelOpen(tabId, message.open).then(() => true);
      }
      case 'load-panel': {
        // The panel's code, into the frame of our loader that asked (a covered site's page: the host
        // permission for it is in the manifest). Not made web-accessible: a page cannot fetch it to
        // tell that Policy Lens is installed, and the page's CSP has no say over it.
        const tabId = sender.tab?.id;
        if (from.kind !== 'content-script' || tabId === undefined) return undefined;
        return runFile(tabId, '/panel-ui.js', sender.frameId ?? 0).then(
          () => true,
          () => false,
        );
      }
    }
  });
});

/** The last comparison per policy, by the fingerprint of the text compared: the same text is not compared twice. */
const lastChecks = new Map<string, { print: string; check: PolicyCheck }>();
/** How often the same finding is written again, only to move its "checked on" date. */
const rewriteAfterMs = 60 * 60 * 1000;

/**
 * On-demand reading: the popup (an extension page) asks to read its tab; the reading script in a tab the
 * user asked to read asks for the drafter. Anything else is ignored.
 */
async function handleSiteReading(
  message: NonNullable<ReturnType<typeof parseSiteReadingMessage>>,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  if (sender.id !== browser.runtime.id) return undefined;
  const fromExtensionPage = Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
  if (message.type === 'read-tab')
    return fromExtensionPage ? readTab(message.tabId, message.step) : undefined;
  if (!(await isReadingTab(sender.tab?.id, sender.url))) return undefined;
  return openOperatorDrafter(message.intent);
}

/** Compares a page's policy text with the reviewed one, remembers the result and marks the tab. */
async function checkPolicy(policy: SitePolicy, text: string, tabId: number): Promise<PolicyCheck> {
  const print = `${policy.source.reviewed}:${fingerprint(text)}`;
  const cached = lastChecks.get(policy.id);
  const check =
    cached?.print === print
      ? { ...cached.check, checkedAt: new Date().toISOString() }
      : checkPolicyText(policy, text);
  lastChecks.set(policy.id, { print, check });
  if (check.state !== 'not-policy' && check.coverage === 'full') {
    const seen = await policySeenSetting.getValue();
    const previous = seen[policy.id];
    const next = nextPolicySeen(previous, check);
    const stale = !previous || Date.parse(check.checkedAt) - Date.parse(previous.checkedAt) > rewriteAfterMs;
    if (next && next !== previous && (!sameFinding(previous, next) || stale)) {
      await policySeenSetting.setValue({ ...seen, [policy.id]: next });
    }
  }
  // The tab's mark, for the site's full policy page only (a partial one is not the site's finding).
  await markTab(tabId, check.state === 'changed' && check.coverage === 'full').catch(() => undefined);
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
