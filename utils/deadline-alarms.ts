// Tells the user when a deadline of a sent request has passed: one `alarms` alarm for the next moment a
// deadline runs out, and a notification for requests that became overdue. Runs in the background (the
// extension's origin, where the requests database lives). The drafter bumps `requestsChangedAt` in
// extension storage after every write, which reschedules the alarm.
import { browser } from 'wxt/browser';
import type { Lang } from '../policies/types';
import { nextDeadline, passedDeadlines, type RequestDeadline, type RequestRecord } from './request-record';
import { closeRequestsDb, listRequests, openRequestsDb } from './requests-db';
import { addDays, toIsoDate } from './russian-calendar';
import { uiLang } from './settings';

export const requestsChangedKey = 'requestsChangedAt';
export const deadlineAlarmName = 'policy-lens-deadline';
/** `${requestId}:${deadlineId}` of deadlines the user was already told about. */
const notifiedKey = 'notifiedOverdue';
/** Hour of the local day after a deadline when the reminder fires. */
const reminderHour = 9;

/** Called by extension pages after each write to the requests database. */
export async function markRequestsChanged(now: Date = new Date()): Promise<void> {
  await browser.storage.local.set({ [requestsChangedKey]: now.getTime() });
}

/** Forgets which deadlines the user was told about: part of deleting all of the user's data. */
export async function forgetNotifiedDeadlines(): Promise<void> {
  await browser.storage.local.remove(notifiedKey);
}

/** When to wake next: the morning after the earliest deadline still running, or undefined if none runs. */
export function nextAlarmTime(records: readonly RequestRecord[], now: Date): number | undefined {
  const today = toIsoDate(now);
  let earliest: string | undefined;
  for (const record of records) {
    const next = nextDeadline(record, today);
    if (next && (!earliest || next.date < earliest)) earliest = next.date;
  }
  if (!earliest) return undefined;
  const [y, m, d] = addDays(earliest, 1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, reminderHour).getTime();
}

export interface OverdueDeadline {
  record: RequestRecord;
  deadline: RequestDeadline;
  key: string;
}

/** Passed deadlines of sent requests that the user has not been told about yet. */
export function overdueToNotify(
  records: readonly RequestRecord[],
  today: string,
  notified: readonly string[],
): OverdueDeadline[] {
  const seen = new Set(notified);
  return records.flatMap((record) =>
    passedDeadlines(record, today)
      .map((deadline) => ({ record, deadline, key: `${record.id}:${deadline.id}` }))
      .filter((o) => !seen.has(o.key)),
  );
}

/** The notification's text for the overdue deadlines, in the UI language. */
export function overdueMessage(
  overdue: readonly OverdueDeadline[],
  lang: Lang,
): { title: string; message: string } {
  const refs = [...new Set(overdue.map((o) => o.record.reference))];
  const labels = overdue.map((o) => o.deadline.label[lang]);
  if (lang === 'ru') {
    return {
      title: 'Policy Lens: срок ответа истёк',
      message: `${refs.join(', ')}: ${labels.join('; ')}. Откройте «Мои запросы», чтобы отправить напоминание или жалобу.`,
    };
  }
  return {
    title: 'Policy Lens: a deadline has passed',
    message: `${refs.join(', ')}: ${labels.join('; ')}. Open "My requests" to send a follow-up or a complaint.`,
  };
}

async function readRequests(): Promise<RequestRecord[]> {
  const db = await openRequestsDb(indexedDB);
  try {
    return await listRequests(db);
  } finally {
    closeRequestsDb(db);
  }
}

/** Notifies about newly overdue deadlines, then sets the alarm for the next one. */
export async function checkDeadlines(now: Date = new Date()): Promise<void> {
  const records = await readRequests();
  const stored = await browser.storage.local.get(notifiedKey);
  const notified = Array.isArray(stored[notifiedKey]) ? (stored[notifiedKey] as string[]) : [];
  const overdue = overdueToNotify(records, toIsoDate(now), notified);
  if (overdue.length > 0) {
    const { title, message } = overdueMessage(overdue, await uiLang());
    await browser.notifications.create(deadlineAlarmName, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    // Forget keys of requests that no longer exist, so the list does not grow forever.
    const live = new Set(records.map((r) => r.id));
    const kept = notified.filter((key) => live.has(key.slice(0, key.lastIndexOf(':'))));
    await browser.storage.local.set({ [notifiedKey]: [...kept, ...overdue.map((o) => o.key)] });
  }
  const when = nextAlarmTime(records, now);
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
    if (area === 'local' && changes[requestsChangedKey]) check();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== deadlineAlarmName) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=list') });
    void browser.notifications.clear(id);
  });
  check();
}
