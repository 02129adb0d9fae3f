// The sending model: the letter the open request makes, and marking it sent with its deadlines.

import { computed } from '@preact/signals';
import { type Deadline, toDeadline } from '../../../lib/law/deadlines';
import { deadlinesFor } from '../../../lib/law/request-kinds';
import { toIsoDate } from '../../../lib/law/russian-calendar';
import { buildRequestLetter, type RequestLetter } from '../../../lib/letters/letter';
import { isPastOrTodayIso } from '../../../lib/requests/person';
import type { RequestKind } from '../../../policies/types';
import type { Clock } from './clock';
import type { DraftModel } from './draft';
import type { StorageModel } from './storage';

export interface SendingDeps {
  clock: Clock;
  storage: StorageModel;
  draft: DraftModel;
  /** Reads "My requests" again once a request was marked sent. */
  refreshList: () => Promise<void>;
}

function deadlinesFrom(kind: RequestKind, sentOn: string): Deadline[] {
  return deadlinesFor(kind, sentOn).map(toDeadline);
}

export function createSendingModel({ clock, storage, draft, refreshList }: SendingDeps) {
  const { today } = clock;
  const { record, letterDate, policy } = draft;

  const letter = computed<RequestLetter>(() => {
    const r = record.value;
    let date = letterDate.value;
    try {
      toIsoDate(date);
    } catch {
      date = today();
    }
    return buildRequestLetter({
      policy: policy.value,
      kind: r.kind,
      person: r.person,
      date,
      reference: r.reference,
      recipient: r.person.recipient,
      details: r.notes,
    });
  });

  /** A date the request can have been sent on: a real day, not in the future. */
  function isValidSentOn(value: string): boolean {
    return isPastOrTodayIso(value, today(), '2000-01-01');
  }

  async function markSent(sentOn: string): Promise<boolean> {
    if (!draft.checkReady() || !isValidSentOn(sentOn)) return false;
    const { subject, body } = letter.value;
    draft.update((r) => ({
      ...r,
      status: 'sent',
      sentOn,
      deadlines: deadlinesFrom(r.kind, sentOn),
      letter: { subject, body },
    }));
    await draft.flush();
    await refreshList();
    return !storage.storageError.value;
  }

  return { letter, isValidSentOn, markSent };
}

export type SendingModel = ReturnType<typeof createSendingModel>;
