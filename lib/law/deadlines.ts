// The ONE deadline type and the ONE "overdue" rule.
//
// Which dates are the truth: the deadlines STORED on a request when the user marks it sent or enters the
// day the operator received it (computed then from the rules of request-kinds.ts and the day of receipt,
// see `storedDeadlines`; a posted request has none until its delivery date is known). "My
// requests", the reminders and the follow-up letters all read those stored dates through the functions
// below; nothing recomputes them later, so a change to the rules or to the calendar never moves a
// deadline the user has already been shown (or put in a calendar).

import type { Localized } from '../text/lang';

/** A deadline as a date. Stored on a request, shown in the list, put in calendars and letters. */
export interface Deadline {
  /** Which deadline ('answer', 'stop', …), as request-kinds.ts names its rules. */
  id: string;
  label: Localized;
  /** 'YYYY-MM-DD', the last day of the term: the operator is still in time on it. */
  date: string;
  /** The working-day calendar for that year is not carried, so the date may be off by a day or two. */
  approximate: boolean;
  /** A calendar-day term whose last day (`date`) is not a working day: the next working day, on which it
   *  ends by the general rule of ст. 193 ГК РФ (whether that rule governs 152-ФЗ is debated; the UI says so). */
  movedTo?: string;
}

/** The last day on which the operator is still in time: `movedTo` when the term's own last day is off. */
export function lastDay(deadline: Pick<Deadline, 'date' | 'movedTo'>): string {
  return deadline.movedTo ?? deadline.date;
}

/** The one "overdue" rule: a deadline is missed from the day after its last day. A demand to stop
 *  marketing has no date deadline at all (ст. 15: «немедленно»): its breach is recorded, not computed. */
export function isOverdue(deadline: Pick<Deadline, 'date' | 'movedTo'>, today: string): boolean {
  return lastDay(deadline) < today;
}

/** The missed deadlines, earliest first. */
export function overdueOf<D extends Deadline>(deadlines: readonly D[], today: string): D[] {
  return byDate(deadlines).filter((deadline) => isOverdue(deadline, today));
}

/** The earliest deadline not yet missed. */
export function nextDueOf<D extends Deadline>(deadlines: readonly D[], today: string): D | undefined {
  return byDate(deadlines).find((deadline) => !isOverdue(deadline, today));
}

/** Only the fields a stored deadline keeps. */
export function toDeadline({ id, label, date, approximate, movedTo }: Deadline): Deadline {
  return movedTo ? { id, label, date, approximate, movedTo } : { id, label, date, approximate };
}

// YYYY-MM-DD strings sort as dates; the sort is stable, so equal dates keep the rules' order.
function byDate<D extends Deadline>(deadlines: readonly D[]): D[] {
  return [...deadlines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
