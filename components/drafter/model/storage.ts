// The storage model: the one database connection of a drafter window, how its failures are shown,
// and the signal to the background that the requests changed.

import { batch, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { localKeys } from '../../../lib/platform/storage-keys';
import { StorageError, toStorageError } from '../../../lib/requests/db/errors';
import type { RequestsDb } from '../../../lib/requests/db/schema';
import { openRequestsDb } from '../../../lib/requests/db/store';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface StorageDeps {
  /** Opens the database; by default the extension origin's IndexedDB, reopened after the browser closes it. */
  openDb?: () => Promise<RequestsDb>;
  now: () => Date;
}

export function createStorageModel(deps: StorageDeps) {
  const openDb = deps.openDb ?? (() => openRequestsDb(indexedDB, { onClose: () => (dbPromise = undefined) }));
  const saveState = signal<SaveState>('idle');
  const storageError = signal<StorageError | null>(null);

  let dbPromise: Promise<RequestsDb> | undefined;
  /** The database, opened once; a failed opening is tried again by the next call. */
  const db = () => {
    dbPromise ??= openDb().catch((error) => {
      dbPromise = undefined;
      throw toStorageError(error);
    });
    return dbPromise;
  };

  /** Shows a storage failure; what the user typed stays where it is. */
  function reportStorage(error: unknown) {
    batch(() => {
      storageError.value = error instanceof StorageError ? error : toStorageError(error);
      saveState.value = 'error';
    });
  }

  /** Tells the background the requests changed, so it reschedules the deadline reminders. */
  async function markRequestsChanged(): Promise<void> {
    await browser.storage.local.set({ [localKeys.requestsChangedAt]: deps.now().getTime() });
  }

  return { saveState, storageError, db, reportStorage, markRequestsChanged };
}

export type StorageModel = ReturnType<typeof createStorageModel>;
