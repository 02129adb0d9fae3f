// The deadline reminders, wired: one `alarms` alarm for the next moment a deadline runs out, and a
// notification for requests that became overdue. Runs in the background (the extension's origin, where
// the requests database lives); what to remind of and when is lib/requests/reminders.ts.

import { browser } from 'wxt/browser';
import { toIsoDate } from '../../lib/law/russian-calendar';
import { remindersSetting, uiLang } from '../../lib/platform/settings';
import { deadlineAlarmName, localKeys } from '../../lib/platform/storage-keys';
import { closeRequestsDb, listRequests, openRequestsDb } from '../../lib/requests/db/store';
import {
  nextAlarmTime,
  overdueMessage,
  overdueToNotify,
  parseReminderState,
  reminderStateAfter,
} from '../../lib/requests/reminders';
import { displayStatus, type ListedRequest } from '../../lib/requests/request-record';
import { showOverdue } from './badge';

async function readRequests(): Promise<ListedRequest[]> {
  const db = await openRequestsDb(indexedDB);
  try {
    return await listRequests(db);
  } finally {
    closeRequestsDb(db);
  }
}

/** Notifies about newly overdue deadlines, then sets the alarm for the next one. */
async function checkDeadlines(now: Date = new Date()): Promise<void> {
  const records = await readRequests();
  const today = toIsoDate(now);
  await showOverdue(records.filter((r) => displayStatus(r, today) === 'overdue').length).catch(
    () => undefined,
  );
  const reminders = await remindersSetting.getValue();
  // Reminders off: no notification and no alarm; the badge still counts what is overdue.
  if (!reminders.on) {
    await browser.alarms.clear(deadlineAlarmName);
    return;
  }
  const stored = await browser.storage.local.get(localKeys.notifiedOverdue);
  const overdue = overdueToNotify(records, today, parseReminderState(stored[localKeys.notifiedOverdue]));
  if (overdue.length > 0) {
    // One notification for all of them, always under the same id: a new one replaces the last.
    // It counts every overdue request, those told about before included: the state of things now.
    const { title, message } = overdueMessage(overdueToNotify(records, today, undefined), await uiLang());
    await browser.notifications.create(deadlineAlarmName, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    await browser.storage.local.set({ [localKeys.notifiedOverdue]: reminderStateAfter(today) });
  }
  const when = nextAlarmTime(records, now, reminders.hour);
  await browser.alarms.clear(deadlineAlarmName);
  if (when !== undefined)
    browser.alarms.create(deadlineAlarmName, { when: Math.max(when, Date.now() + 60_000) });
}

/** Wires alarms, storage changes and notification clicks; call once from the background's main(). */
export function startDeadlineAlarms(): void {
  const check = () => {
    checkDeadlines().catch((error) => {
      if (import.meta.env.DEV) console.warn('Policy Lens: deadline check failed', error);
    });
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === deadlineAlarmName) check();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes[localKeys.requestsChangedAt] || changes[localKeys.reminders])) check();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== deadlineAlarmName) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=list') });
    void browser.notifications.clear(id);
  });
  check();
}
