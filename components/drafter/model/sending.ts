// The sending model: the letter the open request makes, marking it sent with its deadlines, and what is
// recorded about a sent request afterwards (the day the operator received it, a breach of a demand to
// stop marketing).

import { computed } from '@preact/signals';
import type { Deadline } from '../../../lib/law/deadlines';
import { storedDeadlines } from '../../../lib/law/request-kinds';
import { toIsoDate } from '../../../lib/law/russian-calendar';
import { buildRequestLetter, type RequestLetter } from '../../../lib/letters/letter';
import { isPastOrTodayIso } from '../../../lib/requests/person';
import { breachProblem, type MarketingBreach, receivedOnProblem } from '../../../lib/requests/request-record';
import type { RequestKind } from '../../../policies/types';
import type { Clock } from './clock';
import type { MyDetailsModel } from './details';
import type { DraftModel } from './draft';
import type { ListModel } from './list';
import type { StorageModel } from './storage';

export interface SendingDeps {
  clock: Clock;
  storage: StorageModel;
  draft: DraftModel;
  list: ListModel;
  details: MyDetailsModel;
}

/** The deadlines to keep, from the day the operator received the request (none while it is unknown). */
function deadlinesFrom(kind: RequestKind, receivedOn: string | undefined): Deadline[] {
  return storedDeadlines(kind, receivedOn);
}

export function createSendingModel({ clock, storage, draft, list, details }: SendingDeps) {
  const { today } = clock;
  const { record, letterDate, policy, pageContacts } = draft;

  const letter = computed<RequestLetter>(() => {
    const r = record.value;
    let date = letterDate.value;
    try {
      toIsoDate(date);
    } catch {
      date = today();
    }
    const to = r.person.recipient?.trim();
    const policyEmails = policy.value.operator.contacts.map((c) => c.value);
    return buildRequestLetter({
      policy: policy.value,
      kind: r.kind,
      person: r.person,
      date,
      channel: r.channel ?? 'email',
      reference: r.reference,
      recipient: r.person.recipient,
      recipientFrom: !to
        ? undefined
        : pageContacts.value.some((c) => c.email === to)
          ? 'page'
          : policyEmails.includes(to)
            ? 'policy'
            : 'typed',
      operatorAddress: r.person.operatorAddress,
      details: r.notes,
      evidence: r.evidence,
    });
  });

  /** A date the request can have been sent on: a real day, not in the future. */
  function isValidSentOn(value: string): boolean {
    return isPastOrTodayIso(value, today(), '2000-01-01');
  }

  /**
   * Marks the open request sent on `sentOn`. `receivedOn` is when the operator got it: for e-mail the
   * sending day unless given, for a web form the sending day, for post unknown unless given.
   */
  async function markSent(sentOn: string, receivedOn?: string): Promise<boolean> {
    if (!draft.checkReady() || !isValidSentOn(sentOn)) return false;
    const channel = record.value.channel ?? 'email';
    const received =
      channel === 'web-form' ? sentOn : receivedOn?.trim() || (channel === 'post' ? undefined : sentOn);
    if (received && receivedOnProblem(sentOn, received, today())) return false;
    const { subject, body } = letter.value;
    draft.update((r) => ({
      ...r,
      status: 'sent',
      channel,
      sentOn,
      ...(received ? { receivedOn: received } : {}),
      deadlines: deadlinesFrom(r.kind, received),
      letter: { subject, body },
    }));
    await draft.flush();
    await list.refreshList();
    if (storage.storageError.value) return false;
    // Offered for the next request; the form has a button that forgets them.
    await details.keepFrom(record.value.person);
    return true;
  }

  /** Records (or corrects) the day the operator received a sent request; its deadlines follow. */
  async function setReceivedOn(id: string, receivedOn: string): Promise<boolean> {
    const r = list.findRequest(id);
    if (!r || r.status === 'draft' || receivedOnProblem(r.sentOn, receivedOn, today())) return false;
    const next = { ...r, receivedOn, deadlines: deadlinesFrom(r.kind, receivedOn) };
    await list.writeRecord(next);
    return !storage.storageError.value;
  }

  /** Records a marketing message that came after a demand to stop marketing was received. */
  async function recordBreach(id: string, breach: MarketingBreach): Promise<boolean> {
    const r = list.findRequest(id);
    if (!r || r.status === 'draft') return false;
    const received = r.receivedOn ?? (r.channel === 'post' ? undefined : r.sentOn);
    const clean = { on: breach.on, what: breach.what.trim() };
    if (breachProblem(received, clean, today())) return false;
    await list.writeRecord({ ...r, marketingBreach: clean });
    return !storage.storageError.value;
  }

  return { letter, isValidSentOn, markSent, setReceivedOn, recordBreach };
}

export type SendingModel = ReturnType<typeof createSendingModel>;
