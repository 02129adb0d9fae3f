// The Russian production calendar: which calendar days are working days for the deadlines of 152-ФЗ.
//
// A day is a day off when it is a Saturday or Sunday, a public holiday of ст. 112 Трудового кодекса, or
// a day the Government's yearly decree moves a day off to. A weekend day is a working day when that
// decree moves the day off away from it. Transfers are carried only for years whose decree was confirmed,
// each listed as the decree words it («с субботы 1 ноября на понедельник 3 ноября»), so a reviewer can
// check the data line by line. In the carried years every move is listed (where the decree leaves one to
// ч. 2 ст. 112 ТК РФ, it says so). Years not carried get the rule of ч. 2 ст. 112 ТК РФ itself: a holiday
// that falls on a Saturday or Sunday moves the day off to the next working day after the holiday, except
// the 1–8 January holidays (the Government moves those by decree). A decree may still move other days, so
// callers are told the answer is approximate.
//
// Dates are plain calendar dates, 'YYYY-MM-DD'. Internally they become UTC midnights, so no time zone can
// shift a day.

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The public holidays of ч. 1 ст. 112 ТК РФ, as 'MM-DD'. 1–6 and 8 January are the New Year holidays,
 *  7 January is Christmas; then 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. */
export const publicHolidays: readonly string[] = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

/** One transfer: the day off moves from `from` to `to`. `to` becomes a day off; `from` becomes a working
 *  day unless it is itself a public holiday (then it is the weekend that moved, and the holiday stays). */
export interface DayOffTransfer {
  from: string;
  to: string;
  /** Where the transfer comes from when it is not the decree's own text. */
  basis?: string;
}

export interface CalendarYear {
  year: number;
  /** The decree that sets the year's transfers, as it is cited. */
  decree: string;
  transfers: readonly DayOffTransfer[];
}

// Sources: the Government's announcements of each decree, as reported by TASS, РИА Новости, Клерк and
// КонсультантПлюс-based digests (looked up 2026-11-25). The year 2027 is not carried: at the time of
// writing only a Минтруд draft was reported, not a signed decree.
const years: readonly CalendarYear[] = [
  {
    year: 2024,
    // Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году».
    decree: 'Постановление Правительства РФ от 10.08.2023 № 1314',
    transfers: [
      { from: '2024-01-06', to: '2024-05-10' },
      { from: '2024-01-07', to: '2024-12-31' },
      { from: '2024-04-27', to: '2024-04-29' },
      { from: '2024-11-02', to: '2024-04-30' },
      { from: '2024-12-28', to: '2024-12-30' },
    ],
  },
  {
    year: 2025,
    // Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году».
    decree: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    transfers: [
      { from: '2025-01-04', to: '2025-05-02' },
      { from: '2025-01-05', to: '2025-12-31' },
      { from: '2025-02-23', to: '2025-05-08' },
      { from: '2025-03-08', to: '2025-06-13' },
      { from: '2025-11-01', to: '2025-11-03' },
    ],
  },
  {
    year: 2026,
    // Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году».
    // The decree itself moves only the January days. 8 March (Sunday) and 9 May (Saturday) move to the
    // following Monday by ч. 2 ст. 112 ТК РФ; the rest periods the Government published with the decree
    // (7–9 марта, 9–11 мая) confirm both, so they are listed here rather than computed.
    decree: 'Постановление Правительства РФ от 24.09.2025 № 1466',
    transfers: [
      { from: '2026-01-03', to: '2026-01-09' },
      { from: '2026-01-04', to: '2026-12-31' },
      { from: '2026-03-08', to: '2026-03-09', basis: 'ч. 2 ст. 112 ТК РФ' },
      { from: '2026-05-09', to: '2026-05-11', basis: 'ч. 2 ст. 112 ТК РФ' },
    ],
  },
];

/** The production-calendar data for each carried year. */
export const calendarData: readonly CalendarYear[] = years;

/** The years whose transfers are carried. Deadlines that touch any other year are approximate. */
export const calendarYears: readonly number[] = years.map((y) => y.year);

const daysOff = new Set<string>();
const workingWeekends = new Set<string>();
for (const y of years) {
  for (const t of y.transfers) {
    daysOff.add(t.to);
    if (!isPublicHoliday(t.from)) workingWeekends.add(t.from);
  }
}

/** Parses 'YYYY-MM-DD' into a UTC-midnight Date. Throws RangeError for anything else, including 2026-02-30. */
export function parseIsoDate(value: string): Date {
  const m = isoPattern.exec(value);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`No such calendar date: ${value}`);
  }
  return d;
}

/** The calendar date a Date stands for, as 'YYYY-MM-DD'. A Date is read in the user's local time zone,
 *  because "today" for a deadline is the user's calendar day; strings are taken as they are. */
export function toIsoDate(date: Date | string): string {
  if (typeof date === 'string') {
    parseIsoDate(date);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  return formatUtc(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())));
}

function formatUtc(d: Date): string {
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** The date `n` calendar days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  const d = parseIsoDate(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return formatUtc(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return parseIsoDate(iso).getUTCDay();
}

/** A public holiday of ст. 112 ТК РФ, whatever the day of the week. */
export function isPublicHoliday(date: Date | string): boolean {
  return publicHolidays.includes(toIsoDate(date).slice(5));
}

/** Whether the year's day transfers are carried, so that its working days are exact. */
export function isCalendarYearCarried(year: number): boolean {
  return calendarYears.includes(year);
}

/** Holidays whose weekend day off ч. 2 ст. 112 ТК РФ does not move by rule: 1–8 January («абзацы второй и
 *  третий части первой»), which the Government moves by its yearly decree. */
const movedByDecreeOnly = (monthDay: string) => monthDay.startsWith('01-');

const ruleDaysOffByYear = new Map<number, ReadonlySet<string>>();

/**
 * The days off that ч. 2 ст. 112 ТК РФ makes in `year` by rule: for each holiday (other than 1–8 January)
 * that falls on a Saturday or Sunday, the next working day after the holiday. Used only for years whose
 * decree is not carried.
 */
export function daysOffByRule(year: number): ReadonlySet<string> {
  const known = ruleDaysOffByYear.get(year);
  if (known) return known;
  const moved = new Set<string>();
  const weekend = (iso: string) => dayOfWeek(iso) === 0 || dayOfWeek(iso) === 6;
  for (const monthDay of publicHolidays) {
    if (movedByDecreeOnly(monthDay)) continue;
    const holiday = `${String(year).padStart(4, '0')}-${monthDay}`;
    if (!weekend(holiday)) continue;
    let day = addDays(holiday, 1);
    while (weekend(day) || isPublicHoliday(day) || moved.has(day)) day = addDays(day, 1);
    moved.add(day);
  }
  ruleDaysOffByYear.set(year, moved);
  return moved;
}

export interface WorkingDayStatus {
  working: boolean;
  /** True when the year's transfers are not carried: weekends, ст. 112 holidays and the moves of its ч. 2. */
  approximate: boolean;
}

export function workingDayStatus(date: Date | string): WorkingDayStatus {
  const iso = toIsoDate(date);
  const approximate = !isCalendarYearCarried(Number(iso.slice(0, 4)));
  if (workingWeekends.has(iso)) return { working: true, approximate };
  const weekend = dayOfWeek(iso) === 0 || dayOfWeek(iso) === 6;
  const moved = approximate ? daysOffByRule(Number(iso.slice(0, 4))).has(iso) : daysOff.has(iso);
  const working = !weekend && !isPublicHoliday(iso) && !moved;
  return { working, approximate };
}

/** Whether the day is a working day under a five-day week. For a year not in `calendarYears` the answer
 *  follows ч. 2 ст. 112 ТК РФ but knows no decree; use `workingDayStatus` to know whether it is approximate. */
export function isWorkingDay(date: Date | string): boolean {
  return workingDayStatus(date).working;
}
