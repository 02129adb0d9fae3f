import { describe, expect, it } from 'vitest';
import type { Deadline } from '../law/deadlines';
import {
  breachProblem,
  displayStatus,
  newDraft,
  nextDeadline,
  orderForList,
  passedDeadlines,
  type RequestRecord,
  receivedOnProblem,
} from './request-record';

function deadline(id: string, date: string): Deadline {
  return { id, label: { ru: id, en: id }, date, approximate: false };
}

function sentRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'r1',
    policyId: 'expert.plus',
    kind: 'deletion',
    person: { fullName: 'Иванов Иван Иванович', email: 'ivan@example.ru' },
    status: 'sent',
    reference: 'PL-20250303-ABCD',
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-03T10:00:00.000Z',
    sentOn: '2025-03-03',
    // Out of order on purpose: the logic must not rely on the stored order.
    deadlines: [deadline('destroy', '2025-04-02'), deadline('answer', '2025-03-17')],
    ...overrides,
  };
}

describe('displayStatus', () => {
  it('shows a sent request as sent up to and including its earliest deadline', () => {
    expect(displayStatus(sentRecord(), '2025-03-03')).toBe('sent');
    expect(displayStatus(sentRecord(), '2025-03-17')).toBe('sent');
  });

  it('shows it overdue the day after any deadline passes', () => {
    expect(displayStatus(sentRecord(), '2025-03-18')).toBe('overdue');
    expect(displayStatus(sentRecord(), '2026-01-01')).toBe('overdue');
  });

  it('a 30-day term ending on a day off is overdue only after the next working day (ст. 193 ГК РФ)', () => {
    const moved = sentRecord({
      deadlines: [{ ...deadline('destroy', '2026-05-31'), movedTo: '2026-06-01' }],
    });
    expect(displayStatus(moved, '2026-06-01')).toBe('sent');
    expect(displayStatus(moved, '2026-06-02')).toBe('overdue');
    expect(nextDeadline(moved, '2026-06-01')?.id).toBe('destroy');
  });

  it('a demand to stop marketing is overdue only once a marketing message after receipt is recorded', () => {
    const marketing = sentRecord({ kind: 'stop-marketing', deadlines: [] });
    expect(displayStatus(marketing, '2030-01-01')).toBe('sent');
    const breached = { ...marketing, marketingBreach: { on: '2025-03-05', what: 'SMS' } };
    expect(displayStatus(breached, '2025-03-06')).toBe('overdue');
    expect(displayStatus({ ...breached, status: 'done' }, '2025-03-06')).toBe('done');
  });

  it('never shows drafts, answered or done requests as overdue', () => {
    for (const status of ['draft', 'answered', 'done'] as const) {
      expect(displayStatus(sentRecord({ status }), '2030-01-01')).toBe(status);
    }
  });

  it('keeps a sent request without deadlines as sent', () => {
    expect(displayStatus(sentRecord({ deadlines: [] }), '2030-01-01')).toBe('sent');
  });
});

describe('nextDeadline and passedDeadlines', () => {
  it('gives the earliest deadline still ahead, today included', () => {
    expect(nextDeadline(sentRecord(), '2025-03-10')?.id).toBe('answer');
    expect(nextDeadline(sentRecord(), '2025-03-17')?.id).toBe('answer');
    expect(nextDeadline(sentRecord(), '2025-03-18')?.id).toBe('destroy');
    expect(nextDeadline(sentRecord(), '2025-04-03')).toBeUndefined();
  });

  it('lists the missed deadlines earliest first', () => {
    expect(passedDeadlines(sentRecord(), '2025-03-17')).toEqual([]);
    expect(passedDeadlines(sentRecord(), '2025-03-18').map((d) => d.id)).toEqual(['answer']);
    expect(passedDeadlines(sentRecord(), '2025-05-01').map((d) => d.id)).toEqual(['answer', 'destroy']);
  });

  it('has no running deadlines unless the request is sent', () => {
    for (const status of ['draft', 'answered', 'done'] as const) {
      expect(nextDeadline(sentRecord({ status }), '2025-03-10')).toBeUndefined();
      expect(passedDeadlines(sentRecord({ status }), '2025-05-01')).toEqual([]);
    }
  });
});

describe('newDraft', () => {
  const now = new Date(2025, 2, 14, 12, 30); // local noon: the reference date does not depend on the time zone

  it('creates an empty draft with timestamps, a reference and no deadlines', () => {
    const draft = newDraft('expert.plus', 'access', now, () => 0.5);
    expect(draft).toMatchObject({
      policyId: 'expert.plus',
      kind: 'access',
      status: 'draft',
      person: { fullName: '', email: '' },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deadlines: [],
    });
    expect(draft.reference).toMatch(/^PL-20250314-[2-9A-HJ-NP-Z]{4}$/);
    expect(draft.id).toMatch(/^[0-9a-z]+-[2-9a-hj-np-z]{10}$/);
  });

  it('gives different ids for different random streams, and stays in range at random() → 1', () => {
    const a = newDraft('expert.plus', 'deletion', now, () => 0);
    const b = newDraft('expert.plus', 'deletion', now, () => 0.999);
    expect(a.id).not.toBe(b.id);
    expect(newDraft('expert.plus', 'deletion', now, () => 1).reference).toMatch(/^PL-20250314-ZZZZ$/);
  });
});

describe('orderForList', () => {
  it('puts overdue first, then waiting, drafts, answered and done, keeping the given order within each', () => {
    const today = '2025-03-20'; // past the answer deadline of 2025-03-17
    const records = [
      sentRecord({ id: 'done', status: 'done' }),
      sentRecord({ id: 'draft-1', status: 'draft', deadlines: [] }),
      sentRecord({ id: 'waiting', deadlines: [deadline('answer', '2025-04-01')] }),
      sentRecord({ id: 'overdue-1' }),
      sentRecord({ id: 'answered', status: 'answered' }),
      sentRecord({ id: 'draft-2', status: 'draft', deadlines: [] }),
      sentRecord({ id: 'overdue-2' }),
    ];
    expect(orderForList(records, today).map((r) => r.id)).toEqual([
      'overdue-1',
      'overdue-2',
      'waiting',
      'draft-1',
      'draft-2',
      'answered',
      'done',
    ]);
    expect(records[0]!.id).toBe('done'); // the input is left as it was
  });
});

describe('recording receipt and a marketing breach', () => {
  it('takes a day of receipt from the day of sending up to today', () => {
    expect(receivedOnProblem('2026-11-20', '2026-11-20', '2026-11-27')).toBeUndefined();
    expect(receivedOnProblem('2026-11-20', '2026-11-19', '2026-11-27')).toBe('before-sent');
    expect(receivedOnProblem('2026-11-20', '2026-11-28', '2026-11-27')).toBe('future');
    expect(receivedOnProblem('2026-11-20', '28.11.2026', '2026-11-27')).toBe('format');
  });

  it('counts a marketing message only after the day the demand was received, and with a description', () => {
    const today = '2026-12-10';
    expect(breachProblem(undefined, { on: '2026-12-01', what: 'SMS' }, today)).toBe('no-receipt');
    expect(breachProblem('2026-12-01', { on: '2026-12-01', what: 'SMS' }, today)).toBe('not-after-receipt');
    expect(breachProblem('2026-12-01', { on: '2026-12-02', what: ' ' }, today)).toBe('no-description');
    expect(breachProblem('2026-12-01', { on: '2026-12-11', what: 'SMS' }, today)).toBe('future');
    expect(breachProblem('2026-12-01', { on: '2026-12-02', what: 'SMS' }, today)).toBeUndefined();
  });
});
