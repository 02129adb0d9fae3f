// @vitest-environment jsdom
// The drafter's models on their own, without the window that composes them (drafter-state.test.ts):
// the storage model's one connection, and the draft model's writes.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClock } from '../../components/drafter/model/clock';
import { createDraftModel } from '../../components/drafter/model/draft';
import { createPointerStore } from '../../components/drafter/model/pointer';
import { createStorageModel } from '../../components/drafter/model/storage';
import { localKeys } from '../../lib/platform/storage-keys';
import type { RequestsDb } from '../../lib/requests/db/schema';
import { getRequest, openRequestsDb } from '../../lib/requests/db/store';

const now = () => new Date(2026, 2, 2, 10, 0, 0);
let factory: IDBFactory;

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});

/** The database, counting the write transactions started on it. */
function countingDb() {
  const counter = { writes: 0 };
  const open = async (): Promise<RequestsDb> => {
    const db = await openRequestsDb(factory);
    return new Proxy(db, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key !== 'transaction') return typeof value === 'function' ? value.bind(target) : value;
        return (...args: Parameters<RequestsDb['transaction']>) => {
          if (args[1] === 'readwrite') counter.writes++;
          return target.transaction(...args);
        };
      },
    });
  };
  return { counter, open };
}

/** Lets the write just asked for start (it has taken its snapshot of the request). */
async function writeStarted(storage: { saveState: { value: string } }) {
  for (let i = 0; i < 50 && storage.saveState.value !== 'saving'; i++) await Promise.resolve();
  expect(storage.saveState.value).toBe('saving');
}

function draftModel(openDb: () => Promise<RequestsDb>) {
  let seed = 7;
  const clock = createClock(now, () => {
    seed = (seed * 9301 + 49297) % 233280;
    return seed / 233280;
  });
  const storage = createStorageModel({ openDb, now });
  const draft = createDraftModel({ clock, storage, pointer: createPointerStore(), lang: { value: 'ru' } });
  return { storage, draft };
}

describe('storage model', () => {
  it('opens the database once for every caller, and tries again after a failed opening', async () => {
    let opened = 0;
    let failing = true;
    const storage = createStorageModel({
      now,
      openDb: () => {
        opened++;
        return failing
          ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
          : openRequestsDb(factory);
      },
    });
    const failures = await Promise.allSettled([storage.db(), storage.db()]);
    expect(failures.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    expect(opened).toBe(1);
    const reason = (failures[0] as PromiseRejectedResult).reason;
    storage.reportStorage(reason);
    expect(storage.storageError.value?.kind).toBe('quota');
    expect(storage.saveState.value).toBe('error');

    failing = false;
    const [a, b] = await Promise.all([storage.db(), storage.db()]);
    expect(a).toBe(b);
    expect(opened).toBe(2);
  });

  it('tells the background when the requests changed, with the time of the change', async () => {
    const storage = createStorageModel({ now, openDb: () => openRequestsDb(factory) });
    await storage.markRequestsChanged();
    const stored = await fakeBrowser.storage.local.get(localKeys.requestsChangedAt);
    expect(stored[localKeys.requestsChangedAt]).toBe(now().getTime());
  });
});

describe('draft model', () => {
  it('writes changes made during a write right after it, as one write', async () => {
    const { counter, open } = countingDb();
    const { storage, draft } = draftModel(open);
    draft.setPerson('fullName', 'Иванов');
    await writeStarted(storage);
    draft.setPerson('fullName', 'Иванов Иван');
    draft.setPerson('phone', '8 900 123-45-67');
    await draft.flush();
    expect(counter.writes).toBe(2);
    const saved = await getRequest(await openRequestsDb(factory), draft.record.value.id);
    expect(saved?.person).toMatchObject({ fullName: 'Иванов Иван', phone: '8 900 123-45-67' });
    expect(draft.savedOnce.value).toBe(true);
  });

  it('writes nothing pending once discarded (the request is about to be deleted)', async () => {
    const { counter, open } = countingDb();
    const { storage, draft } = draftModel(open);
    draft.setPerson('fullName', 'Иванов');
    await writeStarted(storage);
    draft.setPerson('fullName', 'Иванов Иван'); // queued behind the first write
    await draft.discardPending();
    await draft.flush();
    expect(counter.writes).toBe(1);
    const saved = await getRequest(await openRequestsDb(factory), draft.record.value.id);
    expect(saved?.person.fullName).toBe('Иванов');
  });

  it('keeps no identity document once its block is closed', async () => {
    const { open } = countingDb();
    const { draft } = draftModel(open);
    draft.setDocOpen(true);
    draft.setDoc('number', '4500 123456');
    expect(draft.record.value.person.idDocument).toEqual({ kind: '', number: '4500 123456' });
    draft.setDocOpen(false);
    await draft.flush();
    expect(draft.record.value.person).not.toHaveProperty('idDocument');
    const saved = await getRequest(await openRequestsDb(factory), draft.record.value.id);
    expect(saved?.person).not.toHaveProperty('idDocument');
  });
});
