// Storage tests run on fake-indexeddb: the auto import provides the IDB classes idb checks against,
// and every test gets its own IDBFactory, so no test sees another's database.
import { requestsDbName } from '../../platform/storage-keys';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { wrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { orderForList, REQUEST_STATUSES, type RequestRecord } from '../request-record';
import { StorageError } from './errors';
import {
  DB_VERSION,
  MIGRATIONS,
  migrateToV1,
  recordFromV1,
  recordWithReceipt,
  splitLetter,
} from './migrations';
import type { RequestRecordV1, RequestsDb } from './schema';
import {
  deleteAllData,
  deleteDatabase,
  deleteRequest,
  getMeta,
  getReading,
  getRequest,
  importBackup,
  listFirstRequests,
  listRequests,
  listRequestsWithLetters,
  openRequestsDb,
  putMeta,
  saveReading,
  saveRequest,
} from './store';

function record(id: string, overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id,
    policyId: 'expert.plus',
    kind: 'deletion',
    person: { fullName: 'Иванова Анна Сергеевна', email: 'anna@example.ru', phone: '+7 900 123-45-67' },
    status: 'draft',
    reference: `PL-20250301-${id.toUpperCase().padEnd(4, 'X').slice(0, 4)}`,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    deadlines: [],
    ...overrides,
  };
}

let factory: IDBFactory;
const open: RequestsDb[] = [];

async function openDb(options?: Parameters<typeof openRequestsDb>[1]): Promise<RequestsDb> {
  const db = await openRequestsDb(factory, options);
  open.push(db);
  return db;
}

/** Opens the database as the v1 code did: schema v1 only, and no handler that would close it. */
function openV1(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(requestsDbName, 1);
    request.onupgradeneeded = () => {
      // biome-ignore lint/suspicious/noExplicitAny: the v1 schema function takes idb's untyped wrappers
      migrateToV1(wrap(request.result) as any, wrap(request.transaction!) as any);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function putRaw(db: IDBDatabase, store: string, values: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const value of values) tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function getAllRaw(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Creates the database as version `version` of the extension did, with `stored` in its requests store
 * and `letters` (id → letter) in its letters store (v3 on).
 */
function openAtVersion(version: number, stored: unknown[], letters: [string, unknown][] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(requestsDbName, version);
    request.onupgradeneeded = () => {
      const db = wrap(request.result);
      const tx = wrap(request.transaction!);
      void (async () => {
        // biome-ignore lint/suspicious/noExplicitAny: the schema steps take idb's untyped wrappers
        for (const step of MIGRATIONS.slice(0, version)) await step(db as any, tx as any);
      })();
    };
    request.onsuccess = async () => {
      await putRaw(request.result, 'requests', stored);
      if (letters.length > 0) {
        const tx = request.result.transaction('letters', 'readwrite');
        for (const [id, letter] of letters) tx.objectStore('letters').put(letter, id);
        await new Promise((done) => {
          tx.oncomplete = done;
        });
      }
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Records in key order, as getAll returns them. */
function byKey<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function expectStorageError(
  promise: Promise<unknown>,
  kind: StorageError['kind'],
): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).kind).toBe(kind);
  return error as StorageError;
}

const v1Records: RequestRecordV1[] = [
  {
    id: 'draft-1',
    policyId: 'expert.plus',
    kind: 'access',
    person: { fullName: 'Пётр Петров', email: 'petr@example.ru' },
    status: 'draft',
    reference: 'PL-20240110-AAAA',
    createdAt: '2024-01-10T08:00:00.000Z',
    updatedAt: '2024-01-10T08:05:00.000Z',
    notes: 'черновик',
  },
  {
    id: 'sent-1',
    policyId: 'expert.plus',
    kind: 'deletion',
    person: {
      fullName: 'Иванова Анна Сергеевна',
      email: 'anna@example.ru',
      idDocument: { kind: 'паспорт', series: '4510', number: '123456' },
    },
    status: 'sent',
    reference: 'PL-20240201-BBBB',
    createdAt: '2024-02-01T08:00:00.000Z',
    updatedAt: '2024-02-01T09:00:00.000Z',
    sentOn: '2024-02-01',
    deadline: '2024-02-15',
    deadlineApproximate: true,
    letter: { subject: 'Запрос PL-20240201-BBBB', body: 'Прошу удалить…' },
  },
  {
    id: 'answered-1',
    policyId: 'expert.plus',
    kind: 'stop-marketing',
    person: { fullName: 'John Smith', email: 'john@example.com' },
    status: 'answered',
    reference: 'PL-20240301-CCCC',
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-20T08:00:00.000Z',
    sentOn: '2024-03-01',
    answeredOn: '2024-03-12',
    deadline: '2024-03-15',
  },
];

beforeEach(() => {
  factory = new IDBFactory();
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
});

describe('opening', () => {
  it('creates the current schema in a fresh profile', async () => {
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect([...db.objectStoreNames].sort()).toEqual(['letters', 'meta', 'readings', 'requests']);
    const tx = db.transaction('requests');
    expect([...tx.store.indexNames]).toEqual(['by-status-updated']);
    expect(tx.store.index('by-status-updated').keyPath).toEqual(['status', 'updatedAt']);
    expect(tx.store.keyPath).toBe('id');
    await tx.done;
    expect(await listRequests(db)).toEqual([]);
  });

  it('upgrades v1 data: every record kept, its single deadline turned into the deadlines list', async () => {
    const v1 = await openV1();
    await putRaw(v1, 'requests', v1Records);
    v1.close();

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    const byId = Object.fromEntries((await listRequestsWithLetters(db)).map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(['answered-1', 'draft-1', 'sent-1']);

    const { deadline: _d, deadlineApproximate: _a, ...sentRest } = v1Records[1]!;
    expect(byId['sent-1']).toEqual({
      ...sentRest,
      channel: 'email',
      receivedOn: '2024-02-01',
      deadlines: [
        {
          id: 'answer',
          label: { ru: 'ответ на обращение', en: 'answer to the request' },
          date: '2024-02-15',
          approximate: true,
        },
      ],
    });
    expect(byId['sent-1']).not.toHaveProperty('deadline');
    expect(byId['sent-1']).not.toHaveProperty('deadlineApproximate');
    expect(byId['draft-1']).toEqual({ ...v1Records[0], deadlines: [] });
    expect(byId['answered-1']?.deadlines).toEqual([
      expect.objectContaining({ date: '2024-03-15', approximate: false }),
    ]);

    // The v2 index and store work on migrated data.
    expect(
      (
        await db.getAllFromIndex('requests', 'by-status-updated', IDBKeyRange.bound(['sent'], ['sent', []]))
      ).map((r) => r.id),
    ).toEqual(['sent-1']);
    await putMeta(db, 'lastExport', '2024-04-01T00:00:00.000Z');
    expect(await getMeta(db, 'lastExport')).toBe('2024-04-01T00:00:00.000Z');
    // Newest first by updatedAt, through the index.
    expect((await listRequests(db)).map((r) => r.id)).toEqual(['answered-1', 'sent-1', 'draft-1']);
  });

  it('leaves v1 data and version untouched when a migration fails half-way', async () => {
    const v1 = await openV1();
    await putRaw(v1, 'requests', v1Records);
    v1.close();

    const update = IDBCursor.prototype.update;
    let calls = 0;
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value: unknown) {
      if (++calls === 2) throw new DOMException('disk went away', 'UnknownError');
      return update.call(this, value);
    });
    await expectStorageError(openRequestsDb(factory), 'unknown');
    vi.restoreAllMocks();

    const again = await openV1();
    expect(again.version).toBe(1);
    expect(again.objectStoreNames.contains('meta')).toBe(false);
    expect(await getAllRaw(again, 'requests')).toEqual(byKey(v1Records));
    again.close();

    // A later open migrates normally.
    const db = await openDb();
    expect((await listRequests(db)).length).toBe(3);
  });

  it('refuses as "version" a database made by a newer version of the extension', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(requestsDbName, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const error = await expectStorageError(openRequestsDb(factory), 'version');
    expect(error.userMessage.ru).toContain('Перезагрузите страницу');
  });
});

describe('blocked and blocking upgrades', () => {
  it('fails as "blocked" while an old page holds a v1 connection, and loses nothing', async () => {
    const v1 = await openV1();
    await putRaw(v1, 'requests', v1Records);

    const error = await expectStorageError(openRequestsDb(factory, { blockedTimeoutMs: 30 }), 'blocked');
    expect(error.userMessage.ru).toMatch(/другой вкладкой/);
    expect(error.userMessage.en).toMatch(/another Policy Lens tab/);
    expect(await getAllRaw(v1, 'requests')).toEqual(byKey(v1Records));

    // Once the old page goes away, opening works and the data is migrated.
    v1.close();
    const db = await openDb();
    expect((await listRequests(db)).map((r) => r.id).sort()).toEqual(['answered-1', 'draft-1', 'sent-1']);
  });

  it('closes its own connection when another tab deletes or upgrades the database', async () => {
    const onClose = vi.fn();
    const db = await openDb({ onClose });
    await saveRequest(db, record('a'));

    await deleteDatabase(factory, { blockedTimeoutMs: 1000 });
    expect(onClose).toHaveBeenCalledWith('version-change');
    // The closed connection says so instead of failing obscurely.
    await expectStorageError(getRequest(db, 'a'), 'version');

    const fresh = await openDb();
    expect(await listRequests(fresh)).toEqual([]);
  });

  it('lets a newer version open while an older tab has the database open', async () => {
    const onClose = vi.fn();
    await openDb({ onClose });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(requestsDbName, DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(onClose).toHaveBeenCalledWith('version-change');
    newer.close();
  });
});

describe('requests', () => {
  it('saves, reads, lists newest first and deletes', async () => {
    const db = await openDb();
    const saved = await saveRequest(db, record('a'), new Date('2025-03-02T10:00:00Z'));
    expect(saved.updatedAt).toBe('2025-03-02T10:00:00.000Z');
    await saveRequest(db, record('b'), new Date('2025-03-03T10:00:00Z'));
    await saveRequest(db, { ...saved, notes: 'изменено' }, new Date('2025-03-04T10:00:00Z'));

    expect(await getRequest(db, 'a')).toEqual({
      ...saved,
      notes: 'изменено',
      updatedAt: '2025-03-04T10:00:00.000Z',
    });
    expect((await listRequests(db)).map((r) => r.id)).toEqual(['a', 'b']);

    await deleteRequest(db, 'a');
    expect(await getRequest(db, 'a')).toBeUndefined();
    expect((await listRequests(db)).map((r) => r.id)).toEqual(['b']);
  });

  it('keeps the stored version when the disk is full (QuotaExceededError)', async () => {
    const db = await openDb();
    const before = await saveRequest(db, record('a', { notes: 'первая версия' }));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    const error = await expectStorageError(saveRequest(db, { ...before, notes: 'вторая версия' }), 'quota');
    expect(error.userMessage.ru).toMatch(/^Недостаточно места на диске/);
    expect(error.userMessage.en).toMatch(/^Not enough disk space/);
    expect(error.cause).toBeInstanceOf(DOMException);

    vi.restoreAllMocks();
    expect(await getRequest(db, 'a')).toEqual(before);
  });

  it('keeps the stored version when a write is cut short (transaction aborted mid-way)', async () => {
    const db = await openDb();
    const before = await saveRequest(db, record('a', { notes: 'первая версия' }));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      this.transaction.abort(); // the popup closes before the write commits
      return request;
    });

    await expectStorageError(saveRequest(db, { ...before, notes: 'вторая версия' }), 'unknown');
    vi.restoreAllMocks();
    expect(await getRequest(db, 'a')).toEqual(before);
  });
});

describe('letters kept apart from the list (schema v3)', () => {
  const letter = {
    subject: 'Требование об удалении (PL-20250301-SENT)',
    body: 'Прошу удалить…\n\nИванова А. С.',
  };
  const sent = (id: string, overrides: Partial<RequestRecord> = {}) =>
    record(id, { status: 'sent', sentOn: '2025-03-01', letter, ...overrides });

  it('lists requests without their letters, and reads one whole with getRequest', async () => {
    const db = await openDb();
    const saved = await saveRequest(db, sent('s'), new Date('2025-03-02T10:00:00Z'));
    await saveRequest(db, record('d'), new Date('2025-03-01T10:00:00Z'));
    expect(saved.letter).toEqual(letter);

    const listed = await listRequests(db);
    expect(listed.map((r) => r.id)).toEqual(['s', 'd']);
    for (const r of listed) expect(r).not.toHaveProperty('letter');
    expect(await getRequest(db, 's')).toEqual(saved);
    expect(await listRequestsWithLetters(db)).toEqual([
      saved,
      { ...record('d'), updatedAt: '2025-03-01T10:00:00.000Z' },
    ]);
    expect(await db.get('letters', 's')).toEqual(letter);
    expect(await db.get('letters', 'd')).toBeUndefined();
  });

  it('keeps the stored letter when a listed request (read without it) is saved', async () => {
    const db = await openDb();
    await saveRequest(db, sent('s'));
    const [listed] = await listRequests(db);
    const answered = await saveRequest(db, { ...listed!, status: 'answered', answeredOn: '2025-03-05' });
    expect(answered).not.toHaveProperty('letter');
    expect(await getRequest(db, 's')).toEqual({ ...answered, letter });
  });

  it('writes a request without a letter in a transaction over the requests store alone', async () => {
    const db = await openDb();
    const transaction = vi.spyOn(db, 'transaction');
    await saveRequest(db, record('d'));
    expect(transaction.mock.calls.map((call) => call.slice(0, 2))).toEqual([[['requests'], 'readwrite']]);
    await saveRequest(db, sent('s'));
    expect(transaction.mock.calls[1]!.slice(0, 2)).toEqual([['requests', 'letters'], 'readwrite']);
  });

  it('replaces the letter when the request is saved with a new one', async () => {
    const db = await openDb();
    await saveRequest(db, sent('s'));
    const again = { subject: letter.subject, body: 'Исправленный текст' };
    await saveRequest(db, sent('s', { letter: again }));
    expect((await getRequest(db, 's'))?.letter).toEqual(again);
  });

  it('deletes the letter with its request', async () => {
    const db = await openDb();
    await saveRequest(db, sent('s'));
    await deleteRequest(db, 's');
    expect(await getRequest(db, 's')).toBeUndefined();
    expect(await db.count('letters')).toBe(0);
  });

  it('writes neither the request nor its letter when the letter cannot be written', async () => {
    const db = await openDb();
    const before = await saveRequest(db, sent('s'));
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'letters')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expectStorageError(
      saveRequest(db, sent('s', { notes: 'новое', letter: { subject: 'x', body: 'y' } })),
      'quota',
    );
    vi.restoreAllMocks();
    expect(await getRequest(db, 's')).toEqual(before);
  });

  it('imports letters with their requests: merge adds and updates them, replace holds exactly the backup', async () => {
    const db = await openDb();
    await saveRequest(db, sent('a'), new Date('2025-03-10T00:00:00Z'));
    await saveRequest(db, sent('b'), new Date('2025-03-10T00:00:00Z'));
    const newLetter = { subject: 'Новая тема', body: 'Новый текст' };
    await importBackup(
      db,
      [
        sent('a', { letter: newLetter, updatedAt: '2025-03-11T00:00:00.000Z' }),
        // Newer, but the backup has no letter for it: the stored one stays, as with saveRequest.
        record('b', { status: 'answered', updatedAt: '2025-03-11T00:00:00.000Z' }),
        sent('c'),
      ],
      'merge',
    );
    expect((await getRequest(db, 'a'))?.letter).toEqual(newLetter);
    expect(await getRequest(db, 'b')).toMatchObject({ status: 'answered', letter });
    expect((await getRequest(db, 'c'))?.letter).toEqual(letter);

    await importBackup(db, [sent('c'), record('d')], 'replace');
    expect((await listRequestsWithLetters(db)).map((r) => [r.id, r.letter?.body])).toEqual([
      ['d', undefined],
      ['c', letter.body],
    ]);
    expect(await db.getAllKeys('letters')).toEqual(['c']);
  });

  it('moves each v2 letter into the letters store, and a failed move leaves v2 as it was', async () => {
    const v2 = v1Records.map(recordFromV1);
    await openAtVersion(2, v2);

    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('disk went away', 'UnknownError');
    });
    await expectStorageError(openRequestsDb(factory), 'unknown');
    vi.restoreAllMocks();
    const untouched = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(requestsDbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(untouched.version).toBe(2);
    expect(untouched.objectStoreNames.contains('letters')).toBe(false);
    expect(await getAllRaw(untouched, 'requests')).toEqual(byKey(v2));
    untouched.close();

    const db = await openDb();
    expect(await db.getAllKeys('letters')).toEqual(['sent-1']);
    expect(await db.get('letters', 'sent-1')).toEqual(v1Records[1]!.letter);
    expect(await db.get('requests', 'sent-1')).not.toHaveProperty('letter');
  });
});

describe('the first page of "My requests" (listFirstRequests)', () => {
  const today = '2025-03-15';
  // Few distinct dates, so that ties in updatedAt (broken by id) come up often.
  const arbRecord = fc.record({
    n: fc.nat({ max: 10_000 }),
    status: fc.constantFrom(...REQUEST_STATUSES),
    updated: fc.constantFrom(
      '2025-03-01T09:00:00.000Z',
      '2025-03-02T09:00:00.000Z',
      '2025-03-03T09:00:00.000Z',
    ),
    deadline: fc.constantFrom('2025-03-10', '2025-03-15', '2025-03-20'),
  });

  it('gives the same rows in the same order as ordering the whole list, and the total (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(arbRecord, { selector: (r) => r.n, maxLength: 40 }),
        fc.integer({ min: 1, max: 45 }),
        async (specs, count) => {
          const db = await openRequestsDb(new IDBFactory());
          try {
            for (const { n, status, updated, deadline } of specs) {
              const r = record(`r${n}`, {
                status,
                ...(status === 'draft'
                  ? {}
                  : {
                      sentOn: '2025-02-20',
                      deadlines: [
                        {
                          id: 'answer',
                          label: { ru: 'ответ', en: 'answer' },
                          date: deadline,
                          approximate: false,
                        },
                      ],
                    }),
              });
              await saveRequest(db, r, new Date(updated));
            }
            const whole = orderForList(await listRequests(db), today);
            const first = await listFirstRequests(db, today, count);
            expect(first.total).toBe(specs.length);
            expect(first.requests).toEqual(whole.slice(0, count));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('deleting all data', () => {
  it('empties every store', async () => {
    const db = await openDb();
    await saveRequest(db, record('a'));
    await saveRequest(db, record('b', { status: 'sent' }));
    await putMeta(db, 'lastExport', '2025-03-01T00:00:00.000Z');

    await deleteAllData(db);
    expect(await listRequests(db)).toEqual([]);
    expect(await getMeta(db, 'lastExport')).toBeUndefined();
    for (const store of db.objectStoreNames) expect(await db.count(store)).toBe(0);
  });

  it('deletes the database itself', async () => {
    const db = await openDb();
    await saveRequest(db, record('a'));
    await deleteDatabase(factory);
    expect(await factory.databases()).toEqual([]);
  });
});

describe('importBackup', () => {
  async function seeded(): Promise<RequestsDb> {
    const db = await openDb();
    await saveRequest(db, record('a', { notes: 'a в базе' }), new Date('2025-03-10T00:00:00Z'));
    await saveRequest(db, record('b', { notes: 'b в базе' }), new Date('2025-03-10T00:00:00Z'));
    return db;
  }

  it('merges: adds new ids, takes newer versions, keeps newer local ones', async () => {
    const db = await seeded();
    const result = await importBackup(
      db,
      [
        record('a', { notes: 'a из копии, новее', updatedAt: '2025-03-11T00:00:00.000Z' }),
        record('b', { notes: 'b из копии, старше', updatedAt: '2025-03-01T00:00:00.000Z' }),
        record('c', { notes: 'c из копии' }),
      ],
      'merge',
    );
    expect(result).toEqual({ added: 1, updated: 1, kept: 1, removed: 0 });
    expect((await getRequest(db, 'a'))?.notes).toBe('a из копии, новее');
    expect((await getRequest(db, 'b'))?.notes).toBe('b в базе');
    expect((await getRequest(db, 'c'))?.notes).toBe('c из копии');
  });

  it('replaces: the database then holds exactly the backup', async () => {
    const db = await seeded();
    const result = await importBackup(db, [record('b'), record('c')], 'replace');
    expect(result).toEqual({ added: 1, updated: 1, kept: 0, removed: 1 });
    expect((await listRequests(db)).map((r) => r.id).sort()).toEqual(['b', 'c']);
  });

  it.each(['merge', 'replace'] as const)(
    '%s: a failure on the third record changes nothing',
    async (mode) => {
      const db = await seeded();
      const before = await listRequests(db);
      const put = IDBObjectStore.prototype.put;
      let calls = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      });

      const incoming = ['x', 'y', 'z', 'w'].map((id) => record(id));
      await expectStorageError(importBackup(db, incoming, mode), 'quota');
      vi.restoreAllMocks();
      expect(await listRequests(db)).toEqual(before);
    },
  );

  it('replace: an import aborted after the clear restores everything', async () => {
    const db = await seeded();
    const before = await listRequests(db);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expectStorageError(importBackup(db, [record('x')], 'replace'), 'unknown');
    vi.restoreAllMocks();
    expect(await listRequests(db)).toEqual(before);
  });
});

describe('readings kept with requests', () => {
  const kept = {
    source: 'https://romashka-shop.ru/privacy/',
    readAt: '2026-03-01T10:00:00.000Z',
    text: 'Политика…',
    reading: { isPolicy: true } as never,
  };
  it('stores a reading under its request and deletes it with the request', async () => {
    const db = await openDb();
    await saveRequest(db, record('with-reading'));
    await saveReading(db, 'with-reading', kept);
    expect(await getReading(db, 'with-reading')).toEqual(kept);
    await deleteRequest(db, 'with-reading');
    expect(await getReading(db, 'with-reading')).toBeUndefined();
  });
  it('is emptied by "delete all my data"', async () => {
    const db = await openDb();
    await saveRequest(db, record('r2'));
    await saveReading(db, 'r2', kept);
    await deleteAllData(db);
    expect(await getReading(db, 'r2')).toBeUndefined();
  });
});

describe('upgrading from every earlier schema version', () => {
  /** Data as each earlier version stored it, and what it must read as now. One entry per version. */
  const beforeV5 = v1Records.map(recordFromV1);
  const current = beforeV5.map(recordWithReceipt);
  const earlier: Record<
    number,
    { stored: unknown[]; letters?: [string, unknown][]; expected: RequestRecord[] }
  > = {
    1: { stored: v1Records, expected: current },
    // v2 kept each sent letter inside its request.
    2: { stored: beforeV5, expected: current },
    // v3 kept the letters apart, as now, and had the 'by-updated' and 'by-status' indexes.
    3: {
      stored: beforeV5.map((r) => splitLetter(r).request),
      letters: beforeV5.flatMap((r) => (r.letter ? [[r.id, r.letter] as [string, unknown]] : [])),
      expected: current,
    },
    // v4 had no channel or day of receipt: its sent requests were counted from the day of sending.
    4: {
      stored: beforeV5.map((r) => splitLetter(r).request),
      letters: beforeV5.flatMap((r) => (r.letter ? [[r.id, r.letter] as [string, unknown]] : [])),
      expected: current,
    },
    // v5 had no 'readings' store (automatic readings kept with requests came in v6).
    5: {
      stored: current.map((r) => splitLetter(r).request),
      letters: current.flatMap((r) => (r.letter ? [[r.id, r.letter] as [string, unknown]] : [])),
      expected: current,
    },
  };

  it('has data for every version before the current one', () => {
    expect(Object.keys(earlier).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.entries(earlier))(
    'keeps every record of version %s, in the current form',
    async (version, data) => {
      await openAtVersion(Number(version), data.stored, data.letters);
      const db = await openDb();
      expect(db.version).toBe(DB_VERSION);
      expect(byKey(await listRequestsWithLetters(db))).toEqual(byKey(data.expected));
      for (const expected of data.expected) expect(await getRequest(db, expected.id)).toEqual(expected);
      // The list reads the requests without their letters.
      expect(byKey(await listRequests(db))).toEqual(byKey(data.expected.map((r) => splitLetter(r).request)));
      // And the upgraded database takes new writes.
      await saveRequest(db, record('after-upgrade'));
      expect((await listRequests(db)).length).toBe(data.expected.length + 1);
    },
  );
});

describe('v5: deadlines from the day of receipt', () => {
  const sent = {
    id: 's',
    policyId: 'expert.plus',
    kind: 'deletion' as const,
    person: { fullName: 'Иванов Иван', email: 'ivan@example.ru' },
    status: 'sent' as const,
    reference: 'PL-20260501-AAAA',
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-01T08:00:00.000Z',
    sentOn: '2026-05-01',
    deadlines: [
      {
        id: 'answer',
        label: { ru: 'ответ на обращение', en: 'answer' },
        date: '2026-05-18',
        approximate: false,
      },
      {
        id: 'destroy',
        label: { ru: 'уничтожение', en: 'destroyed' },
        date: '2026-05-31',
        approximate: false,
      },
    ],
  };

  it('keeps what the old drafter assumed (e-mail, received the day it was sent) and moves a 30-day end off a Sunday', () => {
    expect(recordWithReceipt(sent)).toEqual({
      ...sent,
      channel: 'email',
      receivedOn: '2026-05-01',
      deadlines: [sent.deadlines[0], { ...sent.deadlines[1], movedTo: '2026-06-01' }],
    });
  });

  it('drops a stop-marketing «deadline» stored as a date, which made it overdue the next day', () => {
    const marketing = {
      ...sent,
      kind: 'stop-marketing' as const,
      deadlines: [
        {
          id: 'stop-marketing',
          label: { ru: 'прекращение рассылок', en: 'stopped' },
          date: '2026-05-01',
          approximate: false,
        },
      ],
    };
    expect(recordWithReceipt(marketing).deadlines).toEqual([]);
  });

  it('leaves drafts and requests that already say how they were sent as they are', () => {
    const draft = { ...sent, status: 'draft' as const, sentOn: undefined, deadlines: [] };
    expect(recordWithReceipt(draft)).toBe(draft);
    const posted = { ...sent, channel: 'post' as const };
    expect(recordWithReceipt(posted)).toBe(posted);
  });
});
