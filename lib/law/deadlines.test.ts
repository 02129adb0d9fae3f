import { describe, expect, it } from 'vitest';
import { isOverdue, nextDueOf, overdueOf, toDeadline } from './deadlines';
import { deadlinesFor, requestKindDefinitions } from './request-kinds';

// A deletion request sent on Wednesday 25 November 2026: answer and stop by 9 December, destroy by 25 December.
const deletion = deadlinesFor('deletion', '2026-11-25').map(toDeadline);

describe('the one overdue rule', () => {
  it('counts a deadline as missed from the day after it', () => {
    expect(isOverdue({ date: '2026-12-09' }, '2026-12-09')).toBe(false);
    expect(isOverdue({ date: '2026-12-09' }, '2026-12-10')).toBe(true);
    expect(overdueOf(deletion, '2026-12-09')).toEqual([]);
    expect(overdueOf(deletion, '2026-12-10').map((d) => [d.id, d.date])).toEqual([
      ['answer', '2026-12-09'],
      ['stop', '2026-12-09'],
    ]);
    expect(overdueOf(deletion, '2026-12-26').map((d) => d.id)).toEqual(['answer', 'stop', 'destroy']);
  });

  it('gives the earliest deadline not yet missed', () => {
    expect(nextDueOf(deletion, '2026-12-09')?.id).toBe('answer');
    expect(nextDueOf(deletion, '2026-12-10')?.id).toBe('destroy');
    expect(nextDueOf(deletion, '2026-12-26')).toBeUndefined();
  });

  it('keeps the approximate mark of a year not carried', () => {
    const late = deadlinesFor('access', '2027-03-01').map(toDeadline);
    expect(overdueOf(late, '2027-04-01')).toEqual([
      {
        id: 'answer',
        label: requestKindDefinitions.access.deadlines[0]?.label,
        date: '2027-03-16',
        approximate: true,
      },
    ]);
  });
});
