// When the background reminds the user of a passed deadline, and what it says: the pure half of the
// reminders (the alarm and notification wiring is in entrypoints/background/deadline-alarms.ts and
// is driven end to end by drafter.e2e.ts).

import { describe, expect, it } from 'vitest';
import type { Deadline } from '../law/deadlines';
import {
  nextAlarmTime,
  overdueMessage,
  overdueToNotify,
  parseReminderState,
  reminderStateAfter,
} from './reminders';
import type { RequestRecord, RequestStatus } from './request-record';

const deadline = (id: string, date: string, ru = 'ответ на обращение'): Deadline => ({
  id,
  label: { ru, en: `${id} deadline` },
  date,
  approximate: false,
});

function request(id: string, status: RequestStatus, deadlines: Deadline[]): RequestRecord {
  return {
    id,
    policyId: 'expert.plus',
    kind: 'deletion',
    person: { fullName: 'Иванова Анна', email: 'anna@example.ru' },
    status,
    reference: `PL-20260301-${id.toUpperCase()}`,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    sentOn: status === 'draft' ? undefined : '2026-03-02',
    deadlines,
  };
}

describe('nextAlarmTime', () => {
  const now = new Date(2026, 2, 10, 15, 0); // 10 March 2026, 15:00 local time

  it('wakes at 09:00 the morning after the earliest deadline still running', () => {
    const records = [
      request('a', 'sent', [deadline('answer', '2026-03-16'), deadline('destroy', '2026-04-01')]),
      request('b', 'sent', [deadline('answer', '2026-03-12')]),
    ];
    expect(nextAlarmTime(records, now)).toBe(new Date(2026, 2, 13, 9, 0).getTime());
  });

  it('counts a deadline that runs out today as still running (the user has all of its last day)', () => {
    expect(nextAlarmTime([request('a', 'sent', [deadline('answer', '2026-03-10')])], now)).toBe(
      new Date(2026, 2, 11, 9, 0).getTime(),
    );
  });

  it('wakes after the next working day when a 30-day term ends on a day off (ст. 193 ГК РФ)', () => {
    const moved = { ...deadline('destroy', '2026-03-14'), movedTo: '2026-03-16' };
    expect(nextAlarmTime([request('a', 'sent', [moved])], now)).toBe(new Date(2026, 2, 17, 9, 0).getTime());
  });

  it('has nothing to wake for when no sent request has a deadline ahead', () => {
    expect(nextAlarmTime([], now)).toBeUndefined();
    expect(nextAlarmTime([request('a', 'sent', [deadline('answer', '2026-03-09')])], now)).toBeUndefined();
    // Drafts, answered and done requests wait for nothing.
    for (const status of ['draft', 'answered', 'done'] as const)
      expect(nextAlarmTime([request('a', status, [deadline('answer', '2026-03-20')])], now)).toBeUndefined();
  });

  it('crosses a month and a year end', () => {
    expect(
      nextAlarmTime([request('a', 'sent', [deadline('answer', '2026-12-31')])], new Date(2026, 11, 1)),
    ).toBe(new Date(2027, 0, 1, 9, 0).getTime());
  });
});

describe('overdueToNotify and the reminder record', () => {
  const records = [
    request('a', 'sent', [deadline('answer', '2026-03-05'), deadline('destroy', '2026-03-20')]),
    request('b', 'sent', [deadline('answer', '2026-03-09')]),
    request('c', 'answered', [deadline('answer', '2026-03-01')]),
  ];
  const keys = (o: ReturnType<typeof overdueToNotify>) => o.map((x) => `${x.record.id}:${x.deadline.id}`);

  it('lists the passed deadlines of sent requests that ran out after the last day told about', () => {
    expect(keys(overdueToNotify(records, '2026-03-10', undefined))).toEqual(['a:answer', 'b:answer']);
    expect(keys(overdueToNotify(records, '2026-03-10', { through: '2026-03-05' }))).toEqual(['b:answer']);
    expect(keys(overdueToNotify(records, '2026-03-10', { through: '2026-03-09' }))).toEqual([]);
    // The last day itself is not passed yet.
    expect(keys(overdueToNotify(records, '2026-03-09', undefined))).toEqual(['a:answer']);
  });

  it('keeps one small record, the day before the one it told on', () => {
    expect(reminderStateAfter('2026-03-10')).toEqual({ through: '2026-03-09' });
    expect(reminderStateAfter('2026-03-01')).toEqual({ through: '2026-02-28' });
    const told = reminderStateAfter('2026-03-10');
    expect(overdueToNotify(records, '2026-03-10', told)).toEqual([]);
    expect(keys(overdueToNotify(records, '2026-03-21', told))).toEqual(['a:destroy']);
  });

  it('reads only its own record: the older list of keys, or anything else, counts as told nothing', () => {
    expect(parseReminderState({ through: '2026-03-09' })).toEqual({ through: '2026-03-09' });
    for (const raw of [['a:answer'], null, undefined, 'x', { through: 5 }, { through: '9.3.2026' }]) {
      expect(parseReminderState(raw)).toBeUndefined();
    }
  });
});

describe('overdueMessage', () => {
  const overdue = overdueToNotify(
    [
      request('a', 'sent', [deadline('answer', '2026-03-05'), deadline('info', '2026-03-06', 'сведения')]),
      request('b', 'sent', [deadline('answer', '2026-03-09')]),
      request('c', 'sent', [deadline('answer', '2026-03-09', '<b>Текст из файла</b>')]),
    ],
    '2026-03-10',
    undefined,
  );

  it('counts the requests in the extension’s own words, in Russian', () => {
    expect(overdueMessage(overdue, 'ru')).toEqual({
      title: 'Policy Lens: срок ответа истёк',
      message:
        'Истёк срок ответа по 3 запросам. Откройте «Мои запросы», чтобы отправить напоминание или жалобу.',
    });
    expect(overdueMessage(overdue.slice(0, 1), 'ru').message).toMatch(/^Истёк срок ответа по 1 запросу\./);
  });

  it('and in English', () => {
    expect(overdueMessage(overdue, 'en')).toEqual({
      title: 'Policy Lens: a deadline has passed',
      message: '3 requests are overdue. Open "My requests" to send a follow-up or a complaint.',
    });
    expect(overdueMessage(overdue.slice(0, 1), 'en').message).toMatch(/^1 request is overdue\./);
  });

  it('never carries text from a request: not its reference, site, labels or the user’s words', () => {
    for (const lang of ['ru', 'en'] as const) {
      const { title, message } = overdueMessage(overdue, lang);
      expect(`${title} ${message}`).not.toMatch(/PL-|Текст из файла|сведения|expert\.plus|Иванова/);
    }
  });
});
