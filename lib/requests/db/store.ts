// Every read and write of the requests database, and opening, closing and deleting it (schema.ts says its
// shape, migrations.ts how it upgrades, errors.ts how failures read). It runs in the extension's own origin
// only (extension pages and the background), never in the content script. It takes the IDBFactory as a
// parameter so vitest runs it on fake-indexeddb.
//
// Every write is one transaction: a write that fails or is cut short (quota, a closed popup) leaves
// the previous version of every record as it was.

import { type IDBPTransaction, wrap } from 'idb';
import { requestsDbStores as dbStores, requestsDbName } from '../../platform/storage-keys';
import type { KeptReading } from '../../site-reading/messages';
import {
  type ListedRequest,
  listedStatusOrder,
  orderForList,
  type RequestRecord,
  type RequestStatus,
} from '../request-record';
import { closedForVersionChange, errorName, StorageError, toStorageError } from './errors';
import { type AnyDb, DB_VERSION, MIGRATIONS, splitLetter, type UpgradeTransaction } from './migrations';
import type { MetaEntries, RequestsDb, RequestsDbSchema } from './schema';

// ——— opening ———

export interface OpenOptions {
  /** How long an upgrade may wait for another tab's connection to close before failing as 'blocked'. */
  blockedTimeoutMs?: number;
  /**
   * Called when the connection closes on its own: another tab needs a newer version or deletes the
   * database ('version-change', we close so it can proceed), or the browser ended it ('terminated').
   * Later calls with this connection fail with a StorageError of kind 'version'; open a new one.
   */
  onClose?: (reason: 'version-change' | 'terminated') => void;
}

const DEFAULT_BLOCKED_TIMEOUT_MS = 3000;

function defaultFactory(): IDBFactory {
  if (typeof indexedDB === 'undefined')
    throw new StorageError('unknown', new Error('IndexedDB is unavailable'));
  return indexedDB;
}

/**
 * Opens the database at the current version, running every migration it is behind in the one
 * upgrade transaction (a failed migration aborts it and leaves the old data and version as they were).
 * This is idb's `openDB` on an explicit factory: idb's own `openDB` always uses the global one.
 */
export function openRequestsDb(
  factory: IDBFactory = defaultFactory(),
  options: OpenOptions = {},
): Promise<RequestsDb> {
  const { blockedTimeoutMs = DEFAULT_BLOCKED_TIMEOUT_MS, onClose } = options;
  return new Promise<RequestsDb>((resolve, reject) => {
    let settled = false;
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let migrationError: unknown;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(requestsDbName, DB_VERSION);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }

    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as AnyDb;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      // An aborted upgrade is reported through the open request's error below.
      tx.done.catch(() => {});
      const steps = MIGRATIONS.slice(event.oldVersion, event.newVersion ?? DB_VERSION);
      (async () => {
        for (const step of steps) await step(db, tx);
      })().catch((error) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: the open request reports it.
        }
      });
    });

    request.addEventListener('blocked', () => {
      // Our own connections close on 'versionchange'; this waits for one that does not (an old page).
      blockedTimer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new StorageError('blocked'));
      }, blockedTimeoutMs);
    });

    request.addEventListener('success', () => {
      clearTimeout(blockedTimer);
      const raw = request.result;
      if (settled) {
        // We already reported 'blocked'; the upgrade went through later. Nobody holds this connection.
        raw.close();
        return;
      }
      settled = true;
      const db = wrap(raw) as unknown as RequestsDb;
      raw.addEventListener('versionchange', () => {
        closedForVersionChange.add(db);
        raw.close();
        onClose?.('version-change');
      });
      raw.addEventListener('close', () => {
        closedForVersionChange.add(db);
        onClose?.('terminated');
      });
      resolve(db);
    });

    request.addEventListener('error', (event) => {
      clearTimeout(blockedTimer);
      // Handled here: without preventDefault the error would also surface as an uncaught one.
      event.preventDefault();
      if (settled) return;
      settled = true;
      reject(toStorageError(migrationError ?? request.error));
    });
  });
}

/** Closes the connection; the next operation needs a new one from openRequestsDb. */
export function closeRequestsDb(db: RequestsDb): void {
  db.close();
}

/**
 * Deletes the whole database. Our open connections close themselves to let it happen; one that does
 * not (an old page) makes it fail as 'blocked' after the wait (the browser still deletes it once that
 * page closes).
 */
export function deleteDatabase(
  factory: IDBFactory = defaultFactory(),
  options: Pick<OpenOptions, 'blockedTimeoutMs'> = {},
): Promise<void> {
  const { blockedTimeoutMs = DEFAULT_BLOCKED_TIMEOUT_MS } = options;
  return new Promise<void>((resolve, reject) => {
    let blockedTimer: ReturnType<typeof setTimeout> | undefined;
    let request: IDBOpenDBRequest;
    try {
      request = factory.deleteDatabase(requestsDbName);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }
    request.addEventListener('blocked', () => {
      blockedTimer ??= setTimeout(() => reject(new StorageError('blocked')), blockedTimeoutMs);
    });
    request.addEventListener('success', () => {
      clearTimeout(blockedTimer);
      resolve();
    });
    request.addEventListener('error', (event) => {
      clearTimeout(blockedTimer);
      event.preventDefault();
      reject(toStorageError(request.error));
    });
  });
}

// ——— transactions ———

type StoreName = (typeof dbStores)[keyof typeof dbStores];

/**
 * Runs `work` in one transaction and, for a write, waits for it to commit. Any failure, including an
 * exception thrown between requests, aborts the transaction, so nothing of it is written.
 */
async function inTransaction<T, S extends StoreName[], M extends IDBTransactionMode>(
  db: RequestsDb,
  stores: S,
  mode: M,
  work: (tx: IDBPTransaction<RequestsDbSchema, S, M>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<RequestsDbSchema, S, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (error) {
    throw toStorageError(error, db);
  }
  // `done` rejects when the transaction aborts; this keeps that from being reported as unhandled.
  tx.done.catch(() => {});
  try {
    const result = await work(tx);
    // A read has its answer once its requests succeed; waiting for the transaction to finish as well
    // would add a round trip to the browser before the list can show. A write waits for its commit.
    if (mode !== 'readonly') await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished.
    }
    // Report the transaction's own error (e.g. quota at commit) over the generic AbortError.
    throw toStorageError(errorName(error) === 'AbortError' && tx.error ? tx.error : error, db);
  }
}

/**
 * Issues one request per item and waits for all. A request that throws while being issued stops the
 * rest; those already issued then fail with the aborted transaction, and are handled here.
 */
function issueAll<I, T>(items: readonly I[], issue: (item: I, index: number) => Promise<T>): Promise<T[]> {
  const pending = items.map((item, index) => {
    const request = issue(item, index);
    request.catch(() => {});
    return request;
  });
  return Promise.all(pending);
}

// ——— requests ———

/**
 * Saves the record as the latest version (updatedAt = now) and returns it as saved. A record with a
 * letter writes both in one transaction; one without (a draft, or a request read from the list) writes
 * the request alone, as small a write as every keystroke's should be, and leaves any stored letter as
 * it is: a sent letter is written when the request is marked sent and goes only with the request.
 */
export async function saveRequest<R extends RequestRecord | ListedRequest>(
  db: RequestsDb,
  record: R,
  now: Date = new Date(),
): Promise<R> {
  const saved: R = { ...record, updatedAt: now.toISOString() };
  const { request, letter } = splitLetter(saved);
  const names: StoreName[] = letter ? [dbStores.requests, dbStores.letters] : [dbStores.requests];
  await inTransaction(db, names, 'readwrite', async (tx) => {
    // Awaited below, after commit() (which throws on an aborted transaction); each marked handled at
    // once, so a failure while issuing the second does not leave the first one's rejection unhandled.
    const puts = [tx.objectStore(dbStores.requests).put(request)];
    puts[0]!.catch(() => {});
    if (letter) {
      puts.push(tx.objectStore(dbStores.letters).put(letter, request.id));
      puts[1]!.catch(() => {});
    }
    // Commit at once instead of when the page next goes idle: a popup closed straight after the
    // last keystroke still keeps it. (IDBTransaction#commit; older engines commit on their own.)
    (tx as unknown as { commit?: () => void }).commit?.();
    await Promise.all(puts);
  });
  return saved;
}

/** The whole request, its letter included. */
export function getRequest(db: RequestsDb, id: string): Promise<RequestRecord | undefined> {
  return inTransaction(db, [dbStores.requests, dbStores.letters], 'readonly', async (tx) => {
    const [request, letter] = await Promise.all([
      tx.objectStore(dbStores.requests).get(id),
      tx.objectStore(dbStores.letters).get(id),
    ]);
    return request && (letter ? { ...request, letter } : request);
  });
}

const later = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const newestFirst = (a: ListedRequest, b: ListedRequest) =>
  later(a.updatedAt, b.updatedAt) || later(a.id, b.id);

/**
 * Every request without its letter, most recently updated first (ties: the later id first). Read in key
 * order with one scan of the store and sorted here, which is faster than reading through the by-updated
 * index (a look-up per record) once there are hundreds of requests.
 */
export async function listRequests(db: RequestsDb): Promise<ListedRequest[]> {
  const all = await inTransaction(db, [dbStores.requests], 'readonly', (tx) =>
    tx.objectStore(dbStores.requests).getAll(),
  );
  return all.sort(newestFirst);
}

export interface FirstRequests {
  /** The first `count` requests in the order of "My requests" (orderForList), or all if fewer. */
  requests: ListedRequest[];
  /** How many requests there are in all. */
  total: number;
}

/**
 * The first page of "My requests" and the total, without reading every request: all the sent ones
 * (the overdue among them come first, so each must be looked at), then drafts, answered and done ones,
 * each newest first, only as many as the page still needs. The same rows, in the same order, as
 * orderForList(listRequests(db), today).slice(0, count) (a property test holds it to that).
 */
export function listFirstRequests(db: RequestsDb, today: string, count: number): Promise<FirstRequests> {
  return inTransaction(db, [dbStores.requests], 'readonly', async (tx) => {
    const store = tx.objectStore(dbStores.requests);
    const index = store.index('by-status-updated');
    // [status] sorts before [status, any date], and [status, []] after (arrays after strings).
    const group = (status: RequestStatus) => IDBKeyRange.bound([status], [status, []]);
    const total = store.count();
    const [sentFirst, ...others] = listedStatusOrder;
    const found = (await index.getAll(group(sentFirst!))).sort(newestFirst);
    for (const status of others) {
      if (found.length >= count) break;
      // Newest first: backwards through the group; ties in updatedAt by the later id, as listRequests.
      let cursor = await index.openCursor(group(status), 'prev');
      while (cursor && found.length < count) {
        found.push(cursor.value);
        cursor = await cursor.continue();
      }
    }
    return { requests: orderForList(found, today).slice(0, count), total: await total };
  });
}

/** Every request with its letter, in the order of listRequests: what a backup holds. */
export async function listRequestsWithLetters(db: RequestsDb): Promise<RequestRecord[]> {
  const [requests, letterIds, letters] = await inTransaction(
    db,
    [dbStores.requests, dbStores.letters],
    'readonly',
    (tx) => {
      const store = tx.objectStore(dbStores.letters);
      return Promise.all([tx.objectStore(dbStores.requests).getAll(), store.getAllKeys(), store.getAll()]);
    },
  );
  const byId = new Map(letterIds.map((id, i) => [id, letters[i]!]));
  return requests.sort(newestFirst).map((request) => {
    const letter = byId.get(request.id);
    return letter ? { ...request, letter } : request;
  });
}

/** Deletes the request, its letter and the reading it was made from. */
export async function deleteRequest(db: RequestsDb, id: string): Promise<void> {
  await inTransaction(db, [dbStores.requests, dbStores.letters, dbStores.readings], 'readwrite', (tx) =>
    Promise.all([
      tx.objectStore(dbStores.requests).delete(id),
      tx.objectStore(dbStores.letters).delete(id),
      tx.objectStore(dbStores.readings).delete(id),
    ]),
  );
}

/** Keeps the reading a request was made from, with the request (deleted with it). */
export async function saveReading(db: RequestsDb, id: string, reading: KeptReading): Promise<void> {
  await inTransaction(db, [dbStores.readings], 'readwrite', (tx) =>
    tx.objectStore(dbStores.readings).put(reading, id),
  );
}

/** The reading kept with a request, if any. */
export function getReading(db: RequestsDb, id: string): Promise<KeptReading | undefined> {
  return inTransaction(db, [dbStores.readings], 'readonly', (tx) =>
    tx.objectStore(dbStores.readings).get(id),
  );
}

/** Empties every store in one transaction: requests, drafts, deadlines and meta are all gone. */
export async function deleteAllData(db: RequestsDb): Promise<void> {
  const stores = [...db.objectStoreNames] as StoreName[];
  await inTransaction(db, stores, 'readwrite', async (tx) => {
    await issueAll(stores, (name) => tx.objectStore(name).clear());
  });
}

// ——— import ———

export type ImportMode = 'merge' | 'replace';

export interface ImportResult {
  /** Records that were not in the database. */
  added: number;
  /** Existing records replaced by a newer version from the backup. */
  updated: number;
  /** Backup records skipped because the database holds the same or a newer version (merge only). */
  kept: number;
  /** Records deleted because they were not in the backup (replace only). */
  removed: number;
}

/**
 * Writes validated backup records (from parseBackup) in ONE transaction: all of them or, on any
 * failure, none, with the existing data untouched.
 * - merge: a record whose id is new is added; one already stored is replaced only when the backup's
 *   version is newer (updatedAt), so an old backup never undoes later edits. A newer record without a
 *   letter keeps the letter stored under its id, as saveRequest does.
 * - replace: the database then holds exactly the backup's records.
 */
export function importBackup(
  db: RequestsDb,
  records: readonly RequestRecord[],
  mode: ImportMode,
): Promise<ImportResult> {
  return inTransaction(db, [dbStores.requests, dbStores.letters], 'readwrite', async (tx) => {
    const store = tx.objectStore(dbStores.requests);
    const letters = tx.objectStore(dbStores.letters);
    // One request per write, each issued through issueAll: a write that throws while being issued
    // leaves no other write's rejection unhandled.
    const write = (records: readonly RequestRecord[]) =>
      issueAll(
        records.flatMap((record) => {
          const { request, letter } = splitLetter(record);
          const writes: (() => Promise<unknown>)[] = [() => store.put(request)];
          if (letter) writes.push(() => letters.put(letter, request.id));
          return writes;
        }),
        (put) => put(),
      );
    const result: ImportResult = { added: 0, updated: 0, kept: 0, removed: 0 };
    if (mode === 'replace') {
      const existing = new Set(await store.getAllKeys());
      for (const record of records) {
        if (existing.delete(record.id)) result.updated++;
        else result.added++;
      }
      result.removed = existing.size;
      await Promise.all([store.clear(), letters.clear()]);
      await write(records);
      return result;
    }
    const stored = await issueAll(records, (record) => store.get(record.id));
    const newer = records.filter((record, i) => {
      const current = stored[i];
      if (!current) result.added++;
      else if (record.updatedAt > current.updatedAt) result.updated++;
      else result.kept++;
      return !current || record.updatedAt > current.updatedAt;
    });
    await write(newer);
    return result;
  });
}

// ——— meta ———

export async function putMeta<K extends keyof MetaEntries>(
  db: RequestsDb,
  key: K,
  value: MetaEntries[K],
): Promise<void> {
  await inTransaction(db, [dbStores.meta], 'readwrite', (tx) =>
    tx.objectStore(dbStores.meta).put(value, key),
  );
}

export async function deleteMeta(db: RequestsDb, key: keyof MetaEntries): Promise<void> {
  await inTransaction(db, [dbStores.meta], 'readwrite', (tx) => tx.objectStore(dbStores.meta).delete(key));
}

export async function getMeta<K extends keyof MetaEntries>(
  db: RequestsDb,
  key: K,
): Promise<MetaEntries[K] | undefined> {
  return (await inTransaction(db, [dbStores.meta], 'readonly', (tx) =>
    tx.objectStore(dbStores.meta).get(key),
  )) as MetaEntries[K] | undefined;
}
