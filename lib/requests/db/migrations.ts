// How each version of the requests database becomes the next, inside the browser's upgrade transaction.
// The database's version is the number of migrations; a migration is never edited once shipped.

import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Deadline } from '../../law/deadlines';
import { nextWorkingDay } from '../../law/working-days';
import { requestsDbStores as dbStores } from '../../platform/storage-keys';
import type { Localized } from '../../text/lang';
import type { ListedRequest, RequestRecord, SentLetter } from '../request-record';
import type { RequestRecordV1 } from './schema';

export type AnyDb = IDBPDatabase<unknown>;
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One schema step: from version i to i + 1 for the step at index i. */
export type Migration = (db: AnyDb, tx: UpgradeTransaction) => void | Promise<void>;

/** v1: the requests, with an index by last change. */
export const migrateToV1: Migration = (db) => {
  const requests = db.createObjectStore(dbStores.requests, { keyPath: 'id' });
  requests.createIndex('by-updated', 'updatedAt');
};

// Written out here rather than imported: a migration must do what it did on the day it shipped.
const V1_DEADLINE_LABEL: Localized = { ru: 'ответ на обращение', en: 'answer to the request' };

/** The v2 form of a v1 record. Exported for tests. */
export function recordFromV1(old: RequestRecordV1): RequestRecord {
  const { deadline, deadlineApproximate, ...rest } = old;
  const deadlines: Deadline[] = deadline
    ? [{ id: 'answer', label: V1_DEADLINE_LABEL, date: deadline, approximate: deadlineApproximate === true }]
    : [];
  return { ...rest, deadlines };
}

/** v2: a list of deadlines per request, an index by status, and a key-value 'meta' store. */
export const migrateToV2: Migration = async (_db, tx) => {
  const requests = tx.objectStore(dbStores.requests);
  requests.createIndex('by-status', 'status');
  _db.createObjectStore(dbStores.meta);
  let cursor = await requests.openCursor();
  while (cursor) {
    await cursor.update(recordFromV1(cursor.value as RequestRecordV1));
    cursor = await cursor.continue();
  }
};

/** The v3 form of a v2 record: the request without its letter, and the letter, if it has one. Exported for tests. */
export function splitLetter(record: RequestRecord): { request: ListedRequest; letter?: SentLetter } {
  const { letter, ...request } = record;
  return letter ? { request, letter } : { request };
}

/** v3: each sent letter in a 'letters' store under its request's id, out of the records the list reads. */
export const migrateToV3: Migration = async (db, tx) => {
  db.createObjectStore(dbStores.letters);
  const requests = tx.objectStore(dbStores.requests);
  const letters = tx.objectStore(dbStores.letters);
  let cursor = await requests.openCursor();
  while (cursor) {
    const { request, letter } = splitLetter(cursor.value as RequestRecord);
    if (letter) {
      await letters.put(letter, request.id);
      await cursor.update(request);
    }
    cursor = await cursor.continue();
  }
};

/**
 * v4: one index by status then last change, through which "My requests" reads its first page without
 * reading every request. It replaces 'by-updated' and 'by-status', which nothing reads any more and
 * which every save had to keep up to date.
 */
export const migrateToV4: Migration = (_db, tx) => {
  const requests = tx.objectStore(dbStores.requests);
  requests.deleteIndex('by-updated');
  requests.deleteIndex('by-status');
  requests.createIndex('by-status-updated', ['status', 'updatedAt']);
};

/**
 * The v5 form of a v4 record: deadlines run from the day the operator received the request. A request
 * sent before v5 was counted from its sending day, as an e-mail received that day: that is what it keeps
 * (`channel: 'email'`, `receivedOn` = `sentOn`). An «immediately» deadline stored as a date (a demand to
 * stop marketing, which that made overdue the next day) is dropped: it is never overdue by date. A 30-day
 * deadline ending on a day off gets the next working day it moves to (ст. 193 ГК РФ). Exported for tests.
 */
export function recordWithReceipt<R extends ListedRequest>(record: R): R {
  if (!record.sentOn || record.channel) return record;
  const deadlines = record.deadlines
    .filter((d) => d.id !== 'stop-marketing')
    .map((d) => {
      if (d.id !== 'destroy' || d.movedTo) return d;
      const next = nextWorkingDay(d.date).date;
      return next === d.date ? d : { ...d, movedTo: next };
    });
  return { ...record, channel: 'email', receivedOn: record.sentOn, deadlines };
}

/** v5: every sent request says how it was sent and when it was received (see `recordWithReceipt`). */
export const migrateToV5: Migration = async (_db, tx) => {
  let cursor = await tx.objectStore(dbStores.requests).openCursor();
  while (cursor) {
    const before = cursor.value as ListedRequest;
    const after = recordWithReceipt(before);
    if (after !== before) await cursor.update(after);
    cursor = await cursor.continue();
  }
};

/** v6: a 'readings' store: the automatic reading of a site's policy a request was made from, by its id. */
export const migrateToV6: Migration = (db) => {
  db.createObjectStore(dbStores.readings);
};

/** Every schema step in order; the database version is their count. Append, never edit. */
export const MIGRATIONS: readonly Migration[] = [
  migrateToV1,
  migrateToV2,
  migrateToV3,
  migrateToV4,
  migrateToV5,
  migrateToV6,
];
export const DB_VERSION = MIGRATIONS.length;
