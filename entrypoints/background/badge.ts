// The toolbar badge means one thing at a time, and its tooltip says which: on a tab whose page shows a
// changed policy, "!" and "the policy on this site changed"; everywhere else, the number of requests
// whose deadline passed, and "requests overdue: N"; nothing when there is nothing to say.
import { browser } from 'wxt/browser';

const action = () => browser.action ?? browser.browserAction;
const red = '#9b1c15';
let overdue = 0;

function overdueBadge(): { text: string; title: string } {
  return overdue > 0
    ? { text: String(overdue), title: browser.i18n.getMessage('extActionTitleOverdue', [String(overdue)]) }
    : { text: '', title: browser.i18n.getMessage('extActionTitle') };
}

/** The number of overdue requests, shown on every tab that has nothing more pressing. */
export async function showOverdue(count: number): Promise<void> {
  overdue = count;
  const { text, title } = overdueBadge();
  await action().setBadgeText({ text });
  await action().setTitle({ title });
  if (text) await action().setBadgeBackgroundColor({ color: red });
}

/** Marks the tab whose page shows a changed policy (or unmarks it: it then shows what every tab shows). */
export async function markTab(tabId: number, changed: boolean): Promise<void> {
  const { text, title } = changed
    ? { text: '!', title: browser.i18n.getMessage('extActionTitleChanged') }
    : overdueBadge();
  await action().setBadgeText({ tabId, text });
  await action().setTitle({ tabId, title });
  if (text) await action().setBadgeBackgroundColor({ tabId, color: red });
}
