// On-demand reading of any site's policy (issue #18), the background's part: on the popup's request, for
// the tab the user clicked the toolbar button on (activeTab), find the policy (site-probe.js), inject the
// reader (site-reading.js) and tell it what to read; fetch a policy on another origin only once the user
// allowed that origin; open the drafter for the operator a reading found. Nothing is kept about a site
// beyond the tab ids being read in this browser session (storage.session), which nothing else reads.
import { type Browser, browser } from 'wxt/browser';
import { sessionKeys } from '../../lib/platform/storage-keys';
import { fetchPolicyPage } from '../../lib/site-reading/fetch-page';
import type {
  OperatorIntent,
  ReadingSource,
  ReadStep,
  ReadTabAnswer,
  ShowReadingAnswer,
  ShowReadingMessage,
} from '../../lib/site-reading/messages';
import { originPatternOf } from '../../lib/site-reading/origin';
import type { ProbeResult } from '../site-probe';
import { runFile } from './run-file';

const readingTabsKey = sessionKeys.readingTabs;
const operatorIntentPrefix = sessionKeys.operatorIntentPrefix;
const pendingOperatorIntentKey = sessionKeys.pendingOperatorIntent;

async function readingTabs(): Promise<Record<string, string>> {
  try {
    return (
      ((await browser.storage.session.get(readingTabsKey))[readingTabsKey] as Record<string, string>) ?? {}
    );
  } catch {
    return {};
  }
}

/** Whether `tabId` shows a reading the user asked for, on a page of `url`'s origin. */
export async function isReadingTab(tabId: number | undefined, url: string | undefined): Promise<boolean> {
  if (tabId === undefined || !url) return false;
  try {
    return (await readingTabs())[String(tabId)] === new URL(url).origin;
  } catch {
    return false;
  }
}

async function show(tabId: number, source: ReadingSource): Promise<ReadTabAnswer> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  try {
    await runFile(tabId, '/site-reading.js');
  } catch {
    return { state: 'no-access' };
  }
  if (tab?.url) {
    const tabs = await readingTabs();
    tabs[String(tabId)] = new URL(tab.url).origin;
    await browser.storage.session.set({ [readingTabsKey]: tabs }).catch(() => undefined);
  }
  const message: ShowReadingMessage = { type: 'show-reading', source };
  const answer = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as
    | ShowReadingAnswer
    | undefined;
  if (!answer) return { state: 'failed', error: 'network', url: '' };
  return answer.ok
    ? { state: 'shown', ...answer }
    : { state: 'failed', error: answer.error, url: answer.url };
}

/** Carries out one step the popup asked for, on the tab it was opened on. */
export async function readTab(tabId: number, step: ReadStep): Promise<ReadTabAnswer> {
  if (step.kind === 'text') return show(tabId, { kind: 'pasted', name: step.name, text: step.text });
  if (step.kind === 'url') {
    // Only the page the background itself offered for this tab (answer 'ask'), nothing else.
    if ((await offeredPages())[String(tabId)] !== step.url) return { state: 'no-access' };
    return readOffered(tabId, step.url);
  }
  let probe: ProbeResult | undefined;
  try {
    probe = await runFile<ProbeResult>(tabId, '/site-probe.js');
  } catch {
    return { state: 'no-access' };
  }
  if (!probe) return { state: 'no-access' };
  if (probe.isPolicy) return show(tabId, { kind: 'page' });
  const best = probe.links[0];
  if (!best) return { state: 'no-policy', url: probe.url };
  if (best.relation === 'same-origin') return show(tabId, { kind: 'url', url: best.url });
  const offered = await offeredPages();
  offered[String(tabId)] = best.url;
  await browser.storage.session.set({ [sessionKeys.readingOffers]: offered }).catch(() => undefined);
  return { state: 'ask', url: best.url, relation: best.relation, linkText: best.text };
}

/** The other-origin policy page offered to the user, per tab (storage.session: the worker may restart). */
async function offeredPages(): Promise<Record<string, string>> {
  try {
    const stored = await browser.storage.session.get(sessionKeys.readingOffers);
    return (stored[sessionKeys.readingOffers] as Record<string, string> | undefined) ?? {};
  } catch {
    return {};
  }
}

/** Readings of an offered page running or just done, so the popup and `permissions.onAdded` share one. */
const readings = new Map<string, Promise<ReadTabAnswer>>();

/**
 * Reads the offered page of another origin once the user granted it: fetched by the background (a
 * content script may not read another origin), then the permission is given back at once. Started by
 * the popup after permissions.request(), or by `permissions.onAdded` if the popup closed meanwhile
 * (a browser may close the popup while its permission prompt is up).
 */
function readOffered(tabId: number, url: string): Promise<ReadTabAnswer> {
  const key = `${tabId} ${url}`;
  const running = readings.get(key);
  if (running) return running;
  const reading = (async (): Promise<ReadTabAnswer> => {
    const pattern = originPatternOf(url);
    if (!(await browser.permissions.contains({ origins: [pattern] }).catch(() => false)))
      return { state: 'no-access' };
    const page = await fetchPolicyPage(url, (u, init) => fetch(u, init));
    // The access was for this one page: give it back at once.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
    const offered = await offeredPages();
    delete offered[String(tabId)];
    await browser.storage.session.set({ [sessionKeys.readingOffers]: offered }).catch(() => undefined);
    if (!page.ok) return { state: 'failed', error: page.error, url: page.url };
    return show(tabId, { kind: 'fetched', url: page.url, format: page.kind, body: page.body });
  })();
  readings.set(key, reading);
  // Kept a little after it ends, for the other of the two callers.
  void reading.finally(() => setTimeout(() => readings.delete(key), 30_000));
  return reading;
}

/** Opens the drafter with an operator a reading found: the toolbar popup in Chrome, else a tab. */
export async function openOperatorDrafter(intent: OperatorIntent): Promise<boolean> {
  const token = crypto.randomUUID();
  try {
    await browser.storage.session.set({ [`${operatorIntentPrefix}${token}`]: { intent, at: Date.now() } });
  } catch {
    return false;
  }
  if (import.meta.env.CHROME) {
    try {
      await browser.storage.session.set({ [pendingOperatorIntentKey]: token });
      await browser.action.openPopup();
      return true;
    } catch {
      await browser.storage.session.remove(pendingOperatorIntentKey).catch(() => undefined);
    }
  }
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?operator=${token}`) });
    return true;
  } catch {
    return false;
  }
}

/** Forgets a closed tab; reads an offered page as soon as the user grants its origin. */
export function watchReadingTabs() {
  browser.permissions.onAdded.addListener((added: { origins?: string[] }) => {
    void offeredPages().then((offered) => {
      for (const [tab, url] of Object.entries(offered)) {
        if (added.origins?.includes(originPatternOf(url))) void readOffered(Number(tab), url);
      }
    });
  });
  browser.tabs.onRemoved.addListener((tabId: number) => {
    void readingTabs().then((tabs) => {
      if (!(String(tabId) in tabs)) return;
      delete tabs[String(tabId)];
      return browser.storage.session.set({ [readingTabsKey]: tabs });
    });
  });
}

export type { Browser };
