// The list model: "My requests", read first page first, and what the list does to a request (status,
// delete, open), to all of them (export, import), and the calendar file's reading of them all.

import { batch, signal } from '@preact/signals';
import {
  deleteRequest,
  getReading,
  getRequest,
  importBackup,
  listFirstRequests,
  listRequests,
  listRequestsWithLetters,
  saveRequest,
} from '../../../lib/requests/db/store';
import type { ListedRequest, RequestRecord, RequestStatus } from '../../../lib/requests/request-record';
import type { KeptReading } from '../../../lib/site-reading/messages';
import type { Lang } from '../../../policies/types';
import type { Said } from '../BackupActions';
import { importBackupText } from '../backup-file';
import type { Clock } from './clock';
import type { DraftModel } from './draft';
import type { StorageModel } from './storage';

/**
 * Rows of "My requests" shown at first, and added by "Show more": about four screens of the popup,
 * most pressing first. The first page is read on its own (listFirstRequests), so a long history opens
 * as fast as a short one; the rest follows straight after.
 */
export const listPageSize = 50;

export interface ListDeps {
  clock: Clock;
  storage: StorageModel;
  draft: DraftModel;
  lang: { readonly value: Lang };
}

export function createListModel({ clock, storage, draft, lang }: ListDeps) {
  const { now, today } = clock;
  const { db, reportStorage, storageError } = storage;
  /** "My requests": all of them, or only the first page (orderForList order) while the rest is read. */
  const requests = signal<ListedRequest[]>([]);
  /** How many requests there are while `requests` holds the first page only; null once it holds all. */
  const requestsTotal = signal<number | null>(null);
  /** Whether the requests have been read once (or failed to be: the error is shown). */
  const requestsLoaded = signal(false);

  let listReads = 0;

  /**
   * Reads "My requests" again. With `firstPageFirst`, the first page is shown as soon as it is read and
   * the rest after it. A read overtaken by a later one is dropped.
   */
  async function refreshList(firstPageFirst = false) {
    const read = ++listReads;
    const current = () => read === listReads;
    try {
      const database = await db();
      if (firstPageFirst) {
        const first = await listFirstRequests(database, today(), listPageSize);
        if (!current()) return;
        const complete = first.requests.length === first.total;
        batch(() => {
          requests.value = first.requests;
          requestsTotal.value = complete ? null : first.total;
          requestsLoaded.value = true;
        });
        if (complete) return;
      }
      const all = await listRequests(database);
      if (!current()) return;
      batch(() => {
        requests.value = all;
        requestsTotal.value = null;
        requestsLoaded.value = true;
      });
    } catch (error) {
      reportStorage(error);
      if (current()) requestsLoaded.value = true;
    }
  }

  /** Empties the list after everything was deleted; a read still on its way must not bring it back. */
  function clear() {
    listReads++;
    batch(() => {
      requests.value = [];
      requestsTotal.value = null;
    });
  }

  /** Every request (without letters), for the calendar file: the list, or read whole if not yet all there. */
  async function allRequests(): Promise<ListedRequest[] | undefined> {
    if (requestsTotal.value === null) return requests.value;
    try {
      return await listRequests(await db());
    } catch (error) {
      reportStorage(error);
      return undefined;
    }
  }

  async function writeRecord(next: RequestRecord | ListedRequest) {
    try {
      const saved = await saveRequest(await db(), next, now());
      // A request saved from the list comes back without its letter: the open one keeps the letter it has.
      const open = draft.record.value;
      if (open.id === saved.id)
        draft.record.value = 'letter' in saved || !open.letter ? saved : { ...saved, letter: open.letter };
      await storage.markRequestsChanged();
      storageError.value = null;
    } catch (error) {
      reportStorage(error);
    }
    await refreshList();
  }

  /** A request by id: the open one as it is on screen, or else the list's row. */
  function findRequest(id: string): RequestRecord | ListedRequest | undefined {
    const open = draft.record.value;
    return open.id === id ? open : requests.value.find((x) => x.id === id);
  }

  async function setStatus(id: string, status: RequestStatus) {
    const r = requests.value.find((x) => x.id === id);
    if (!r) return;
    const next: ListedRequest = { ...r, status }; // saved without its letter, which stays as it was
    if (status === 'answered') next.answeredOn = today();
    if (status === 'done') next.doneOn = today();
    await writeRecord(next);
  }

  async function remove(id: string) {
    const isOpen = () => draft.record.value.id === id;
    try {
      if (isOpen()) await draft.discardPending();
      await deleteRequest(await db(), id);
      await storage.markRequestsChanged();
      if (isOpen()) draft.startSameAgain();
    } catch (error) {
      reportStorage(error);
    }
    await refreshList();
  }

  /** The whole request with its letter as sent (the list holds the requests without their letters). */
  async function loadRequest(id: string): Promise<RequestRecord | undefined> {
    try {
      return await getRequest(await db(), id);
    } catch (error) {
      reportStorage(error);
      return undefined;
    }
  }

  /** The reading kept with a request, if it was made from one. */
  async function readingOf(id: string): Promise<KeptReading | undefined> {
    try {
      return await getReading(await db(), id);
    } catch (error) {
      reportStorage(error);
      return undefined;
    }
  }

  /** Every request with its letter, for a backup; undefined (and the error shown) when storage fails. */
  async function exportRecords(): Promise<RequestRecord[] | undefined> {
    await draft.flush();
    try {
      return await listRequestsWithLetters(await db());
    } catch (error) {
      reportStorage(error);
      return undefined;
    }
  }

  /** Imports a backup file's text; a refused file changes nothing. Returns the message to show. */
  function importText(text: string): Promise<Said> {
    return importBackupText(text, lang.value, async (records) => {
      const result = await importBackup(await db(), records, 'merge');
      await storage.markRequestsChanged();
      await refreshList();
      return result;
    });
  }

  return {
    requests,
    requestsTotal,
    requestsLoaded,
    refreshList,
    clear,
    allRequests,
    findRequest,
    writeRecord,
    setStatus,
    remove,
    loadRequest,
    readingOf,
    exportRecords,
    importText,
  };
}

export type ListModel = ReturnType<typeof createListModel>;
