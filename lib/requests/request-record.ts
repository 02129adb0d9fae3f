// A request the user keeps: the record stored in IndexedDB and exported in backups, and the
// pure logic of its status. No storage and no DOM here, so the list, the alarms and the tests
// all read status the same way.

import { type Deadline, nextDueOf, overdueOf } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import type { Channel } from '../law/request-kinds';
import type { RequestOperator } from './operator';
import type { Person } from './person';

/** What the user has done with the request. Overdue is not stored: it follows from the dates. */
export type RequestStatus = 'draft' | 'sent' | 'answered' | 'done';
export const REQUEST_STATUSES: readonly RequestStatus[] = ['draft', 'sent', 'answered', 'done'];

/** The status the list shows. */
export type DisplayStatus = RequestStatus | 'overdue';

/** A marketing message received after a demand to stop marketing reached the operator: the breach of
 *  ст. 15 (whose «немедленно» has no date to miss). */
export interface MarketingBreach {
  /** YYYY-MM-DD, after the day the demand was received. */
  on: string;
  /** What came and how: «SMS с рекламой скидок на номер +7 …». */
  what: string;
}

/** The letter exactly as it was sent. */
export interface SentLetter {
  subject: string;
  body: string;
}

export interface RequestRecord {
  id: string;
  policyId: string;
  kind: RequestKind;
  /** The sender as typed: a draft may hold empty or half-typed values (the form validates, storage keeps
   *  what was typed). */
  person: Person;
  status: RequestStatus;
  /** Put in the letter's subject so replies can be matched: 'PL-20250314-7K3Q'. */
  reference: string;
  /** ISO datetimes (Date#toISOString). */
  createdAt: string;
  updatedAt: string;
  /** YYYY-MM-DD. */
  sentOn?: string;
  /** How it goes (the letter's wording depends on it) or went. */
  channel?: Channel;
  /** YYYY-MM-DD, the day the operator received it: the deadlines run from it. For e-mail the day of
   *  sending unless the user says otherwise; for post unknown (absent) until the user enters it. */
  receivedOn?: string;
  /** For a demand to stop marketing: a marketing message that came after it was received. */
  marketingBreach?: MarketingBreach;
  answeredOn?: string;
  doneOn?: string;
  deadlines: Deadline[];
  /** For a correction: which data is wrong and what it should be. */
  notes?: string;
  /** For a correction: the information confirming that the data is inaccurate (ч. 3 ст. 20: the seven
   *  working days run from its receipt). */
  evidence?: string;
  letter?: SentLetter;
  /**
   * The operator the request goes to, for a site without a curated policy: read from its policy on the
   * user's click, or typed (lib/requests/operator.ts). Absent for a curated site (expert.plus): its policy
   * names the operator.
   */
  operator?: RequestOperator;
}

/**
 * A request as "My requests" reads it: the whole record but the letter as it was sent, which is kept
 * apart in storage (db/store.ts) and read only when a request is opened, followed up or exported.
 */
export type ListedRequest = Omit<RequestRecord, 'letter'>;

/**
 * The status to show on `today` (the user's local date, YYYY-MM-DD). A sent request is overdue
 * once any deadline's last day is behind (on the last day itself it is still in time), or once a
 * marketing message after a demand to stop marketing has been recorded.
 */
export function displayStatus(record: RequestRecord, today: string): DisplayStatus {
  if (record.status !== 'sent') return record.status;
  if (record.marketingBreach || passedDeadlines(record, today).length > 0) return 'overdue';
  return record.status;
}

const listOrder: Record<DisplayStatus, number> = { overdue: 0, sent: 1, draft: 2, answered: 3, done: 4 };

/** The stored statuses in the order "My requests" shows them (the overdue are sent ones, shown first). */
export const listedStatusOrder: readonly RequestStatus[] = [...REQUEST_STATUSES].sort(
  (a, b) => listOrder[a] - listOrder[b],
);

/**
 * The order of "My requests": what needs the user first (overdue, then waiting for an answer, then
 * drafts), finished ones last; within each group the order given (most recently changed first).
 */
export function orderForList(records: readonly RequestRecord[], today: string): RequestRecord[] {
  return records
    .map((record, index) => ({ record, index, rank: listOrder[displayStatus(record, today)] }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ record }) => record);
}

/**
 * The earliest deadline on or after `today`, while the request waits for an answer (status 'sent').
 * Drafts have no running deadlines; once answered or done the user no longer waits.
 */
export function nextDeadline(record: RequestRecord, today: string): Deadline | undefined {
  return record.status === 'sent' ? nextDueOf(record.deadlines, today) : undefined;
}

/** Deadlines already missed by `today`, earliest first, for a sent request; they drive the follow-up letter. */
export function passedDeadlines(record: RequestRecord, today: string): Deadline[] {
  return record.status === 'sent' ? overdueOf(record.deadlines, today) : [];
}

// No 0/O or 1/I: a reference is read off paper and typed back.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function randomCode(random: () => number, length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) {
    const index = Math.min(CODE_ALPHABET.length - 1, Math.floor(random() * CODE_ALPHABET.length));
    code += CODE_ALPHABET[index];
  }
  return code;
}

/**
 * A new empty draft. `now` gives the timestamps and, in the user's local time, the date in the
 * reference; `random` (like Math.random) gives the id and the reference's code.
 */
export function newDraft(
  policyId: string,
  kind: RequestKind,
  now: Date,
  random: () => number,
): RequestRecord {
  const at = now.toISOString();
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return {
    id: `${now.getTime().toString(36)}-${randomCode(random, 10).toLowerCase()}`,
    policyId,
    kind,
    person: { fullName: '', email: '' },
    status: 'draft',
    reference: `PL-${day}-${randomCode(random, 4)}`,
    createdAt: at,
    updatedAt: at,
    deadlines: [],
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ——— receipt and breach, as the user records them ———

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (iso: string) => isoDay.test(iso) && !Number.isNaN(Date.parse(iso));

/** Why a day of receipt cannot be right, or undefined when it can: not before sending, not after today. */
export function receivedOnProblem(
  sentOn: string | undefined,
  receivedOn: string,
  today: string,
): 'format' | 'before-sent' | 'future' | undefined {
  if (!realDay(receivedOn)) return 'format';
  if (sentOn && receivedOn < sentOn) return 'before-sent';
  if (receivedOn > today) return 'future';
  return undefined;
}

/** Why a marketing message cannot count as a breach, or undefined when it can: it must come after the day
 *  the demand was received (on that day itself it may have come first), not after today, and be described. */
export function breachProblem(
  receivedOn: string | undefined,
  breach: MarketingBreach,
  today: string,
): 'no-receipt' | 'format' | 'not-after-receipt' | 'future' | 'no-description' | undefined {
  if (!receivedOn) return 'no-receipt';
  if (!realDay(breach.on)) return 'format';
  if (breach.on <= receivedOn) return 'not-after-receipt';
  if (breach.on > today) return 'future';
  if (!breach.what.trim()) return 'no-description';
  return undefined;
}
