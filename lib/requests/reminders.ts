// When to remind the user of a passed deadline, and what to say: pure, so it is tested directly. The
// background wires it to an `alarms` alarm and a notification (entrypoints/background/deadline-alarms.ts);
// the drafter bumps `requestsChangedAt` in extension storage after every write, which reschedules it.

import { type Deadline, lastDay } from '../law/deadlines';
import { addDays, toIsoDate } from '../law/russian-calendar';
import type { Lang } from '../text/lang';
import { type ListedRequest, nextDeadline, passedDeadlines } from './request-record';

/** Hour of the local day after a deadline when the reminder fires. */
const reminderHour = 9;

/** When to wake next: the morning after the earliest deadline still running, or undefined if none runs. */
export function nextAlarmTime(records: readonly ListedRequest[], now: Date): number | undefined {
  const today = toIsoDate(now);
  let earliest: string | undefined;
  for (const record of records) {
    const next = nextDeadline(record, today);
    const last = next && lastDay(next);
    if (last && (!earliest || last < earliest)) earliest = last;
  }
  if (!earliest) return undefined;
  const [y, m, d] = addDays(earliest, 1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, reminderHour).getTime();
}

export interface OverdueDeadline {
  record: ListedRequest;
  deadline: Deadline;
  key: string;
}

/** Passed deadlines of sent requests that the user has not been told about yet. */
export function overdueToNotify(
  records: readonly ListedRequest[],
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

/**
 * What to remember as told after notifying `overdue`: the keys already told whose request still exists
 * (so the list does not grow forever), then the new ones.
 */
export function notifiedAfter(
  notified: readonly string[],
  records: readonly ListedRequest[],
  overdue: readonly OverdueDeadline[],
): string[] {
  const live = new Set(records.map((r) => r.id));
  const kept = notified.filter((key) => live.has(key.slice(0, key.lastIndexOf(':'))));
  return [...kept, ...overdue.map((o) => o.key)];
}
