import { describe, expect, it } from 'vitest';
import { isOverdue, lastDay, nextDueOf, overdueOf } from './deadlines';
import { expectedDeadlines, receivedOn, requestKindDefinitions, storedDeadlines } from './request-kinds';

// A deletion request sent on Wednesday 25 November 2026: answer and stop by 9 December, destroy by 25 December.
const deletion = storedDeadlines('deletion', '2026-11-25');

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
    const late = storedDeadlines('access', '2027-03-01');
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

describe('deadlines from the day the operator received the request', () => {
  it('none until the day of receipt is known; e-mail and a web form default to the day of sending', () => {
    expect(receivedOn({ channel: 'post', sentOn: '2026-11-02' })).toBeUndefined();
    expect(receivedOn({ channel: 'post', sentOn: '2026-11-02', receivedOn: '2026-11-09' })).toBe(
      '2026-11-09',
    );
    expect(receivedOn({ channel: 'email', sentOn: '2026-11-02' })).toBe('2026-11-02');
    expect(receivedOn({ sentOn: '2026-11-02' })).toBe('2026-11-02');
    expect(receivedOn({ channel: 'web-form', sentOn: '2026-11-02' })).toBe('2026-11-02');
    expect(storedDeadlines('deletion', undefined)).toEqual([]);
  });

  it('move with the day of receipt', () => {
    // Delivered Monday 9 November 2026, or a week later.
    expect(storedDeadlines('deletion', '2026-11-09').map((d) => [d.id, d.date])).toEqual([
      ['answer', '2026-11-23'],
      ['stop', '2026-11-23'],
      ['destroy', '2026-12-09'],
    ]);
    expect(storedDeadlines('deletion', '2026-11-16').map((d) => [d.id, d.date])).toEqual([
      ['answer', '2026-11-30'],
      ['stop', '2026-11-30'],
      ['destroy', '2026-12-16'],
    ]);
  });

  it('while a posted letter is on its way: the range for delivery 5–10 days after sending', () => {
    const range = expectedDeadlines('deletion', '2026-11-02').map((d) => [d.id, d.from.date, d.to.date]);
    expect(range).toEqual([
      ['answer', '2026-11-20', '2026-11-26'],
      ['stop', '2026-11-20', '2026-11-26'],
      ['destroy', '2026-12-07', '2026-12-12'],
    ]);
  });

  it('a demand to stop marketing keeps no date: «немедленно» is never overdue by date', () => {
    expect(storedDeadlines('stop-marketing', '2026-11-25')).toEqual([]);
    expect(storedDeadlines('deletion', '2026-11-25').map((d) => d.id)).not.toContain('stop-marketing');
  });

  it('a 30-day term ending on a day off is not overdue before the next working day (ст. 193 ГК РФ)', () => {
    // Received 01.05.2026: day 30 is Sunday 31.05.2026; the next working day is Monday 01.06.2026.
    const [destroy] = storedDeadlines('withdraw-consent', '2026-05-01');
    expect(destroy).toMatchObject({ id: 'destroy', date: '2026-05-31', movedTo: '2026-06-01' });
    expect(lastDay(destroy!)).toBe('2026-06-01');
    expect(isOverdue(destroy!, '2026-06-01')).toBe(false);
    expect(isOverdue(destroy!, '2026-06-02')).toBe(true);
  });

  it('a year not carried: ч. 2 ст. 112 ТК РФ, marked approximate (received 28.04.2027)', () => {
    expect(storedDeadlines('access', '2027-04-28')).toMatchObject([
      { id: 'answer', date: '2027-05-14', approximate: true },
    ]);
  });
});
