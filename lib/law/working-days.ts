// Deadlines of 152-ФЗ as calendar dates. A deadline of n working days runs from the day after the day of
// receipt (ст. 191 ГК РФ: a period starts the day after the event), so it ends on the n-th working day
// after that day. Calendar-day deadlines end n days after it.

import type { Deadline } from './deadlines';
import { addDays, toIsoDate, workingDayStatus } from './russian-calendar';

/** A deadline's date and whether it may be off (a year whose calendar is not carried). */
export type DeadlineDate = Pick<Deadline, 'date' | 'approximate'>;

/** Longest deadline we count, as a guard against a runaway loop: 152-ФЗ deadlines are 30 days or fewer. */
const maxDays = 3660;

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > maxDays) {
    throw new RangeError(`A deadline needs a whole number of days from 0 to ${maxDays}, got ${n}`);
  }
}

/** The n-th working day after `start` (the day of receipt). n = 0 gives `start` itself. */
export function workingDaysAfter(start: Date | string, n: number): DeadlineDate {
  checkCount(n);
  let date = toIsoDate(start);
  let approximate = false;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    const status = workingDayStatus(date);
    approximate ||= status.approximate;
    if (status.working) left--;
  }
  return { date, approximate };
}

/** `day` itself when it is a working day, otherwise the first working day after it (ст. 193 ГК РФ). */
export function nextWorkingDay(day: Date | string): DeadlineDate {
  let date = toIsoDate(day);
  let status = workingDayStatus(date);
  let approximate = status.approximate;
  for (let i = 0; !status.working && i < 31; i++) {
    date = addDays(date, 1);
    status = workingDayStatus(date);
    approximate ||= status.approximate;
  }
  return { date, approximate };
}

/** The day n calendar days after `start`. Never approximate: no calendar data is involved. */
export function calendarDaysAfter(start: Date | string, n: number): DeadlineDate {
  checkCount(n);
  return { date: addDays(toIsoDate(start), n), approximate: false };
}

/** 'YYYY-MM-DD' → 'DD.MM.YYYY', the form Russian letters use. */
export function russianDate(iso: string): string {
  const [y, m, d] = toIsoDate(iso).split('-');
  return `${d}.${m}.${y}`;
}
