import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import type { HomeTarget } from '../../components/drafter/Home';
import { createDrafterState } from '../../components/drafter/state';
import { sessionKeys } from '../../lib/platform/storage-keys';
import { type OperatorIntent, parseSiteReadingMessage } from '../../lib/site-reading/messages';
import '../../components/theme.css';
import '../../components/drafter/drafter.css';
import {
  type DrafterIntent,
  intentFromSearch,
  parseMessage,
  pendingIntentMaxAgeMs,
} from '../../lib/platform/messages';

/** Takes the intent the background left for this popup (read once, then removed; stale ones ignored). */
async function takePendingIntent(): Promise<DrafterIntent | undefined> {
  const session = browser.storage.session;
  if (!session) return undefined;
  try {
    const stored = (await session.get(sessionKeys.pendingDrafterIntent))[sessionKeys.pendingDrafterIntent] as
      | { intent?: unknown; at?: unknown }
      | undefined;
    if (!stored) return undefined;
    await session.remove(sessionKeys.pendingDrafterIntent);
    if (typeof stored.at !== 'number' || Date.now() - stored.at > pendingIntentMaxAgeMs) return undefined;
    const message = parseMessage({ type: 'open-drafter', intent: stored.intent });
    return message?.type === 'open-drafter' ? message.intent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the operator intent a reading left for the drafter (issue #18): `?operator=<token>` in a tab, or
 * the token the background left before Chrome's action.openPopup(). Read once, then removed.
 */
async function takeOperatorIntent(params: URLSearchParams): Promise<OperatorIntent | undefined> {
  const session = browser.storage.session;
  if (!session) return undefined;
  try {
    let token = params.get('operator');
    if (!token) {
      const pending = await session.get(sessionKeys.pendingOperatorIntent);
      token = (pending[sessionKeys.pendingOperatorIntent] as string | undefined) ?? null;
      if (token) await session.remove(sessionKeys.pendingOperatorIntent);
    }
    if (!token) return undefined;
    const key = `${sessionKeys.operatorIntentPrefix}${token}`;
    const stored = (await session.get(key))[key] as { intent?: unknown; at?: unknown } | undefined;
    await session.remove(key);
    if (!stored || typeof stored.at !== 'number' || Date.now() - stored.at > pendingIntentMaxAgeMs)
      return undefined;
    const message = parseSiteReadingMessage({ type: 'open-drafter-for-operator', intent: stored.intent });
    return message?.type === 'open-drafter-for-operator' ? message.intent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tab the home view is about: the one the toolbar button was clicked on (activeTab lets the popup
 * see its address), or `?tab=<id>` when the popup page is opened in a tab by hand or by a test.
 */
async function homeTarget(params: URLSearchParams, inTab: boolean): Promise<HomeTarget | undefined> {
  try {
    const given = Number(params.get('tab'));
    if (params.has('tab') && Number.isInteger(given)) {
      const tab = await browser.tabs.get(given);
      return { tabId: given, url: tab.url };
    }
    if (inTab) return undefined;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? undefined : { tabId: tab.id, url: tab.url };
  } catch {
    return undefined;
  }
}

async function main() {
  const state = createDrafterState();
  const params = new URLSearchParams(location.search);
  const inTab = await browser.tabs.getCurrent().then(
    (tab) => Boolean(tab),
    () => false,
  );
  document.documentElement.classList.toggle('in-tab', inTab);
  if (params.get('view') === 'list') state.view.value = 'list';
  // Storage is opened and read first, while the page renders: the intent, the settings, the draft and
  // "My requests" are all on their way before the first render (see init).
  const fromUrl = intentFromSearch(location.search);
  const operator = fromUrl ? undefined : await takeOperatorIntent(params);
  const pending = fromUrl || operator ? undefined : await takePendingIntent();
  // The toolbar button opens on "this site"; the panel's links and a tab open on the request.
  const home = !fromUrl && !operator && !pending && !params.has('view') && (!inTab || params.has('tab'));
  if (home) state.view.value = 'home';
  const target = home ? await homeTarget(params, inTab) : undefined;
  const initialised = state.init(fromUrl ?? operator ?? pending);
  render(<DrafterApp state={state} target={target} />, document.getElementById('app')!);
  await initialised;
}

void main();
