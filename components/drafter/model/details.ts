// The "my details" model: the user's details from their last sent request, offered for a new one (kept
// on this device only, in the database), and forgotten on request.

import { signal } from '@preact/signals';
import type { MyDetails } from '../../../lib/requests/db/schema';
import { deleteMeta, getMeta, putMeta } from '../../../lib/requests/db/store';
import type { Person } from '../../../lib/requests/person';
import type { DraftModel } from './draft';
import type { StorageModel } from './storage';

export interface MyDetailsDeps {
  storage: StorageModel;
  draft: DraftModel;
}

export function createMyDetailsModel({ storage, draft }: MyDetailsDeps) {
  const myDetails = signal<MyDetails | null>(null);

  async function read() {
    try {
      myDetails.value = (await getMeta(await storage.db(), 'myDetails')) ?? null;
    } catch {
      myDetails.value = null; // nothing to offer
    }
  }

  /** Keeps the details of a request just sent, to offer them for the next one. */
  async function keepFrom(p: Person) {
    const details: MyDetails = { fullName: p.fullName, email: p.email };
    for (const key of ['phone', 'login', 'replyEmail'] as const) if (p[key]) details[key] = p[key];
    try {
      await putMeta(await storage.db(), 'myDetails', details);
      myDetails.value = details;
    } catch {
      // Not offered next time: nothing else depends on it.
    }
  }

  /** Fills the empty fields of the draft with the details from the last sent request. */
  function useMyDetails() {
    const details = myDetails.value;
    if (!details || draft.record.value.status !== 'draft') return;
    for (const key of ['fullName', 'email', 'phone', 'login', 'replyEmail'] as const) {
      const value = details[key];
      if (value && !draft.record.value.person[key]) draft.setPerson(key, value);
    }
  }

  /** Forgets the details kept for the next request. */
  async function forgetMyDetails() {
    try {
      await deleteMeta(await storage.db(), 'myDetails');
      myDetails.value = null;
    } catch (error) {
      storage.reportStorage(error);
    }
  }

  return { myDetails, read, keepFrom, useMyDetails, forgetMyDetails };
}

export type MyDetailsModel = ReturnType<typeof createMyDetailsModel>;
