import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarData,
  calendarYears,
  isPublicHoliday,
  isWorkingDay,
  parseIsoDate,
  toIsoDate,
  workingDayStatus,
} from './russian-calendar';
import { calendarDaysAfter, russianDate, workingDaysAfter } from './working-days';

function workingDaysIn(year: number): number {
  let count = 0;
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

describe('Russian production calendar', () => {
  it('carries 2024–2026, each year citing its decree by date and number', () => {
    expect(calendarYears).toEqual([2024, 2025, 2026]);
    for (const y of calendarData) {
      expect(y.decree).toMatch(/^Постановление Правительства РФ от \d{2}\.\d{2}\.\d{4} № \d+$/);
      for (const t of y.transfers) {
        expect(t.from.startsWith(String(y.year)) && t.to.startsWith(String(y.year))).toBe(true);
      }
    }
    expect(calendarData.find((y) => y.year === 2025)?.decree).toContain('04.10.2024 № 1335');
    expect(calendarData.find((y) => y.year === 2026)?.decree).toContain('24.09.2025 № 1466');
  });

  it('moves days off only from weekends or holidays to working weekdays, as decrees do', () => {
    for (const y of calendarData) {
      for (const t of y.transfers) {
        const fromDay = parseIsoDate(t.from).getUTCDay();
        expect(fromDay === 0 || fromDay === 6 || isPublicHoliday(t.from)).toBe(true);
        const toDay = parseIsoDate(t.to).getUTCDay();
        expect(toDay !== 0 && toDay !== 6 && !isPublicHoliday(t.to)).toBe(true);
      }
    }
  });

  it('gives the published number of working days for each carried year', () => {
    // Five-day week totals the Government and Минтруд published with each decree.
    expect(workingDaysIn(2024)).toBe(248);
    expect(workingDaysIn(2025)).toBe(247);
    expect(workingDaysIn(2026)).toBe(247);
  });

  it('knows the holidays of ст. 112 ТК РФ', () => {
    for (const d of ['01-01', '01-07', '01-08', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04']) {
      expect(isPublicHoliday(`2026-${d}`)).toBe(true);
    }
    expect(isPublicHoliday('2026-01-09')).toBe(false);
    expect(isPublicHoliday('2026-11-05')).toBe(false);
  });

  it('applies the transfers of the decrees', () => {
    expect(isWorkingDay('2025-11-01')).toBe(true); // Saturday made a working day
    expect(isWorkingDay('2025-11-03')).toBe(false); // …and its day off
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-05-08')).toBe(false);
    expect(isWorkingDay('2025-06-13')).toBe(false);
    expect(isWorkingDay('2025-12-31')).toBe(false);
    expect(isWorkingDay('2024-04-27')).toBe(true);
    expect(isWorkingDay('2024-12-28')).toBe(true);
    expect(isWorkingDay('2026-01-09')).toBe(false);
    expect(isWorkingDay('2026-03-09')).toBe(false); // 8 March on a Sunday, by ч. 2 ст. 112
    expect(isWorkingDay('2026-05-11')).toBe(false); // 9 May on a Saturday
    expect(isWorkingDay('2026-12-31')).toBe(false);
    expect(isWorkingDay('2026-11-04')).toBe(false);
    expect(isWorkingDay('2026-11-05')).toBe(true);
    // 2025: 23 February (Sunday) and 8 March (Saturday) were moved by the decree, not to the Monday.
    expect(isWorkingDay('2025-02-24')).toBe(true);
    expect(isWorkingDay('2025-03-10')).toBe(true);
  });

  it('marks a year it does not carry as approximate, and moves its weekend holidays by ч. 2 ст. 112 ТК РФ', () => {
    expect(workingDayStatus('2027-03-01')).toEqual({ working: true, approximate: true });
    expect(workingDayStatus('2026-03-02')).toEqual({ working: true, approximate: false });
    // 2027: 1 May is a Saturday and 9 May a Sunday, so Monday 3 May and Monday 10 May are days off.
    expect(workingDayStatus('2027-05-03')).toEqual({ working: false, approximate: true });
    expect(workingDayStatus('2027-05-10')).toEqual({ working: false, approximate: true });
    expect(isWorkingDay('2027-05-04')).toBe(true);
    // 2 and 3 January 2027 fall on a weekend: only a decree moves those (the exception of ч. 2 ст. 112).
    expect(isWorkingDay('2027-01-08')).toBe(false);
    expect(isWorkingDay('2027-01-11')).toBe(true);
    // 2028: 12 June is a Monday and 4 November a Saturday, so Monday 6 November is a day off.
    expect(isWorkingDay('2028-06-13')).toBe(true);
    expect(isWorkingDay('2028-11-06')).toBe(false);
    // 23 February 2030 is a Saturday: the day off moves to Monday 25 February, and only that day.
    expect(isWorkingDay('2030-02-25')).toBe(false);
    expect(isWorkingDay('2030-02-26')).toBe(true);
  });
});

describe('calendar dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('25.11.2026')).toThrow(RangeError);
    expect(() => parseIsoDate('2026-1-5')).toThrow(RangeError);
    expect(parseIsoDate('2028-02-29').getUTCDate()).toBe(29);
  });

  it('reads a Date as the local calendar day, with no time-zone drift', () => {
    expect(toIsoDate(new Date(2026, 10, 25, 0, 5))).toBe('2026-11-25');
    expect(toIsoDate(new Date(2026, 10, 25, 23, 55))).toBe('2026-11-25');
  });

  it('formats dates the Russian way', () => {
    expect(russianDate('2026-01-09')).toBe('09.01.2026');
  });
});

describe('workingDaysAfter', () => {
  it('counts from the day after receipt', () => {
    expect(workingDaysAfter('2026-11-25', 1)).toEqual({ date: '2026-11-26', approximate: false });
    expect(workingDaysAfter('2026-11-25', 10)).toEqual({ date: '2026-12-09', approximate: false });
    expect(workingDaysAfter('2026-11-25', 0)).toEqual({ date: '2026-11-25', approximate: false });
  });

  it('skips the New Year holidays and their transfers', () => {
    expect(workingDaysAfter('2025-12-26', 10)).toEqual({ date: '2026-01-21', approximate: false });
    expect(workingDaysAfter('2024-12-27', 1)).toEqual({ date: '2024-12-28', approximate: false });
    expect(workingDaysAfter('2024-12-27', 2)).toEqual({ date: '2025-01-09', approximate: false });
  });

  it('skips the May holidays', () => {
    expect(workingDaysAfter('2025-04-30', 10)).toEqual({ date: '2025-05-20', approximate: false });
    expect(workingDaysAfter('2026-04-30', 10)).toEqual({ date: '2026-05-18', approximate: false });
  });

  it('counts a Saturday made working', () => {
    expect(workingDaysAfter('2025-10-31', 1)).toEqual({ date: '2025-11-01', approximate: false });
    expect(workingDaysAfter('2025-10-31', 2)).toEqual({ date: '2025-11-05', approximate: false });
  });

  it('counts a year not carried by ч. 2 ст. 112 ТК РФ, and says approximate', () => {
    // Received Wednesday 28.04.2027: the 10 working days skip 1–3 May and 8–10 May.
    expect(workingDaysAfter('2027-04-28', 10)).toEqual({ date: '2027-05-14', approximate: true });
  });

  it('says approximate when a counted day is in a year not carried', () => {
    expect(workingDaysAfter('2027-03-01', 10)).toEqual({ date: '2027-03-16', approximate: true });
    expect(workingDaysAfter('2026-12-25', 10)).toEqual({ date: '2027-01-19', approximate: true });
    expect(workingDaysAfter('2026-12-10', 10)).toEqual({ date: '2026-12-24', approximate: false });
  });

  it('takes a Date as well as a string', () => {
    expect(workingDaysAfter(new Date(2026, 10, 25, 18, 0), 10).date).toBe('2026-12-09');
  });

  it('refuses counts that are not whole non-negative numbers', () => {
    expect(() => workingDaysAfter('2026-11-25', -1)).toThrow(RangeError);
    expect(() => workingDaysAfter('2026-11-25', 1.5)).toThrow(RangeError);
    expect(() => workingDaysAfter('2026-11-25', Number.NaN)).toThrow(RangeError);
  });

  it('ends on a working day with exactly n working days after the start (property)', () => {
    const start = fc.integer({ min: 0, max: 6 * 366 }).map((n) => addDays('2023-06-01', n));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const { date, approximate } = workingDaysAfter(from, n);
        expect(date > from).toBe(true);
        expect(isWorkingDay(date)).toBe(true);
        let count = 0;
        let touchesUncarried = false;
        for (let d = addDays(from, 1); d <= date; d = addDays(d, 1)) {
          if (isWorkingDay(d)) count++;
          if (!calendarYears.includes(Number(d.slice(0, 4)))) touchesUncarried = true;
        }
        expect(count).toBe(n);
        expect(approximate).toBe(touchesUncarried);
      }),
    );
  });
});

describe('calendarDaysAfter', () => {
  it('adds calendar days, never approximate', () => {
    expect(calendarDaysAfter('2026-11-25', 30)).toEqual({ date: '2026-12-25', approximate: false });
    expect(calendarDaysAfter('2027-12-15', 30)).toEqual({ date: '2028-01-14', approximate: false });
    expect(calendarDaysAfter('2028-02-01', 30)).toEqual({ date: '2028-03-02', approximate: false });
  });
});
