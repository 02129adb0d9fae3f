import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import { createDrafterState } from '../../components/drafter/state';
import { sessionKeys } from '../../lib/platform/storage-keys';
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

async function main() {
  const state = createDrafterState();
  const params = new URLSearchParams(location.search);
  if (params.get('view') === 'list') state.view.value = 'list';
  // Storage is opened and read first, while the page renders: the intent, the settings, the draft and
  // "My requests" are all on their way before the first render (see init).
  const fromUrl = intentFromSearch(location.search);
  const initialised = state.init(fromUrl ?? takePendingIntent());
  render(<DrafterApp state={state} />, document.getElementById('app')!);
  // A tab gets the wide layout; the toolbar popup keeps its fixed width.
  browser.tabs
    .getCurrent()
    .then((tab) => document.documentElement.classList.toggle('in-tab', Boolean(tab)))
    .catch(() => undefined);
  await initialised;
}

void main();
