// When to remind the user of a passed deadline, and what to say: pure, so it is tested directly. The
// background wires it to an `alarms` alarm and a notification (entrypoints/background/deadline-alarms.ts);
// the drafter bumps `requestsChangedAt` in extension storage after every write, which reschedules it.

import { type Deadline, lastDay } from '../law/deadlines';
import { addDays, toIsoDate } from '../law/russian-calendar';
import type { Lang } from '../text/lang';
import { type ListedRequest, nextDeadline, passedDeadlines } from './request-record';

/** Hour of the local day after a deadline when the reminder fires. */
export const defaultReminderHour = 9;

export interface ReminderState {
  /** The last day whose run-out deadlines the user was told about. */
  through: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The stored record, if it is one (an older format or anything else reads as "told about nothing"). */
export function parseReminderState(raw: unknown): ReminderState | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const through = (raw as { through?: unknown }).through;
  return typeof through === 'string' && isoDay.test(through) ? { through } : undefined;
}

/** When to wake next: the morning after the earliest deadline still running, or undefined if none runs. */
export function nextAlarmTime(
  records: readonly ListedRequest[],
  now: Date,
  hour = defaultReminderHour,
): number | undefined {
  const today = toIsoDate(now);
  let earliest: string | undefined;
  for (const record of records) {
    const next = nextDeadline(record, today);
    const last = next && lastDay(next);
    if (last && (!earliest || last < earliest)) earliest = last;
  }
  if (!earliest) return undefined;
  const [y, m, d] = addDays(earliest, 1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour).getTime();
}

export interface OverdueDeadline {
  record: ListedRequest;
  deadline: Deadline;
}

/** Passed deadlines of sent requests that ran out after the last day the user was told about. */
export function overdueToNotify(
  records: readonly ListedRequest[],
  today: string,
  state: ReminderState | undefined,
): OverdueDeadline[] {
  return records.flatMap((record) =>
    passedDeadlines(record, today)
      .filter((deadline) => !state || deadline.date > state.through)
      .map((deadline) => ({ record, deadline })),
  );
}

/** The record to keep after telling the user on `today`: every deadline that ran out before it is told. */
export function reminderStateAfter(today: string): ReminderState {
  return { through: addDays(today, -1) };
}

/**
 * The one notification for the overdue deadlines, in the UI language: the extension's own words and a
 * count of requests. Nothing from a request (its reference, its site, the user's words) is in it: a
 * request may come from an imported file.
 */
export function overdueMessage(
  overdue: readonly OverdueDeadline[],
  lang: Lang,
): { title: string; message: string } {
  const n = new Set(overdue.map((o) => o.record.id)).size;
  if (lang === 'ru') {
    const word = n % 10 === 1 && n % 100 !== 11 ? 'запросу' : 'запросам';
    return {
      title: 'Policy Lens: срок ответа истёк',
      message: `Истёк срок ответа по ${n} ${word}. Откройте «Мои запросы», чтобы отправить напоминание или жалобу.`,
    };
  }
  return {
    title: 'Policy Lens: a deadline has passed',
    message: `${n === 1 ? '1 request is' : `${n} requests are`} overdue. Open "My requests" to send a follow-up or a complaint.`,
  };
}
