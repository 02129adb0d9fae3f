// The draft model: the request on screen, its person and kind, what the form shows as wrong, and its
// saving. The request lives in memory first and is written to IndexedDB at once after each change (right
// after the write in progress, if one is): a storage failure shows an error and never touches what the
// user typed.

import { batch, computed, signal } from '@preact/signals';
import { isRequestKind } from '../../../lib/law/kinds';
import type { Channel } from '../../../lib/law/request-kinds';
import { isSafeMailtoAddress } from '../../../lib/letters/mailto';
import type { PageContact } from '../../../lib/platform/messages';
import { saveReading, saveRequest } from '../../../lib/requests/db/store';
import { operatorPolicyId, operatorProblems, type RequestOperator } from '../../../lib/requests/operator';
import { type Person, type PersonErrors, validatePerson } from '../../../lib/requests/person';
import { policyForRequest } from '../../../lib/requests/request-policy';
import { newDraft, type RequestRecord } from '../../../lib/requests/request-record';
import type { KeptReading } from '../../../lib/site-reading/messages';
import { getPolicy, policies } from '../../../policies';
import type { Lang, RequestKind, SitePolicy } from '../../../policies/types';
import { drafterStrings } from '../strings';
import type { Clock } from './clock';
import type { PointerStore } from './pointer';
import type { StorageModel } from './storage';

export interface DraftDeps {
  clock: Clock;
  storage: StorageModel;
  pointer: PointerStore;
  lang: { readonly value: Lang };
}

export function createDraftModel({ clock, storage, pointer, lang }: DraftDeps) {
  const { now, random, today } = clock;
  const { saveState, storageError } = storage;

  const record = signal<RequestRecord>(newDraft(policies[0]!.id, 'deletion', now(), random));
  const letterDate = signal(today());
  /** The site's own addresses found on the page the drafter was opened from: suggestions only. */
  const pageContacts = signal<PageContact[]>([]);
  const pageUrl = signal('');
  const docOpen = signal(false);
  const touched = signal<Record<string, boolean>>({});
  const showAllErrors = signal(false);
  /** Whether the request on screen has changes not written yet. */
  const dirty = signal(false);
  /** Whether the request on screen has been written at least once. */
  const savedOnce = signal(false);

  /** The policy letters are built from: the curated one, or one made from the operator of any other site. */
  const policy = computed<SitePolicy>(() => policyForRequest(record.value) ?? policies[0]!);
  /** What stops a letter to this request's operator (none for a curated site). */
  const operatorErrors = computed(() =>
    record.value.operator ? operatorProblems(record.value.operator) : [],
  );
  /** A reading the user made the request from, stored with the request when it is first saved. */
  let pendingReading: { id: string; reading: KeptReading } | undefined;
  const personErrors = computed<PersonErrors>(() => validatePerson(record.value.person, today()));
  const recipientError = computed(() => {
    const to = record.value.person.recipient?.trim();
    if (!to) return undefined;
    return isSafeMailtoAddress(to) ? undefined : 'invalid';
  });
  /** A correction goes out only with what to correct and what proves it: no placeholder is ever sent. */
  const correctionErrors = computed(() => {
    const r = record.value;
    if (r.kind !== 'correction') return {};
    const t = drafterStrings[lang.value];
    const out: { details?: string; evidence?: string } = {};
    if (!r.notes?.trim()) out.details = t.correctionDetailsMissing;
    if (!r.evidence?.trim()) out.evidence = t.correctionEvidenceMissing;
    return out;
  });

  // ——— saving ———
  // Every change is written at once (one small transaction), not after a pause: a popup closes the
  // moment the user clicks elsewhere, and a pause would lose the last words. Writes never overlap;
  // changes made during a write are written right after it, as one.
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;

  /** Remembers which request is open (no personal data), so the next popup opens on it. */
  function writePointer(): Promise<void> {
    const r = record.value;
    return pointer.write({ id: r.id, policyId: r.policyId, kind: r.kind });
  }

  function rememberCurrent() {
    writePointer().catch(() => undefined); // only the reopen-where-I-was convenience is lost
  }

  /** Writes the current request (if it changed); resolves when it is written or the write failed. */
  function flush(): Promise<void> {
    if (!dirty.value) return chain;
    if (queued) return queued;
    const job = chain.then(async () => {
      queued = undefined;
      if (!dirty.value) return;
      dirty.value = false;
      const snapshot = record.value;
      saveState.value = 'saving';
      try {
        await saveRequest(await storage.db(), snapshot, now());
        if (pendingReading?.id === snapshot.id) {
          await saveReading(await storage.db(), snapshot.id, pendingReading.reading);
          pendingReading = undefined;
        }
        await writePointer();
        // Only sent requests have deadlines for the background's alarm.
        if (snapshot.status !== 'draft') await storage.markRequestsChanged();
        batch(() => {
          storageError.value = null;
          if (record.value.id === snapshot.id) savedOnce.value = true;
          if (!dirty.value) saveState.value = 'saved';
        });
      } catch (error) {
        // The text stays in the form; the next change (or closing the window) tries again.
        dirty.value = true;
        storage.reportStorage(error);
      }
    });
    queued = job;
    chain = job;
    return job;
  }

  /**
   * Drops the changes not written yet and waits for the write in progress: before the open request is
   * deleted, so that a pending write cannot bring it back.
   */
  function discardPending(): Promise<void> {
    dirty.value = false;
    return chain;
  }

  function update(change: (r: RequestRecord) => RequestRecord) {
    record.value = change(record.value);
    dirty.value = true;
    void flush();
  }

  function setPerson<K extends keyof Person>(key: K, value: Person[K]) {
    update((r) => ({ ...r, person: { ...r.person, [key]: value } }));
  }

  function setDoc(key: keyof NonNullable<Person['idDocument']>, value: string) {
    update((r) => {
      const doc = { kind: '', number: '', ...r.person.idDocument, [key]: value };
      return { ...r, person: { ...r.person, idDocument: doc } };
    });
  }

  function setDocOpen(open: boolean) {
    docOpen.value = open;
    if (!open && record.value.person.idDocument) {
      // Data minimisation: a closed block keeps nothing.
      update((r) => {
        const { idDocument: _dropped, ...person } = r.person;
        return { ...r, person };
      });
    }
  }

  function setOperator(next: RequestOperator) {
    update((r) => ({ ...r, operator: next, policyId: operatorPolicyId(next) }));
  }

  /** Keeps `reading` with the request on screen, written with it at its first save. */
  function keepReading(reading: KeptReading) {
    pendingReading = { id: record.value.id, reading };
  }

  function setRepresentative(on: boolean) {
    update((r) => {
      const { representative: _dropped, ...person } = r.person;
      return {
        ...r,
        person: on
          ? { ...person, representative: { kind: 'attorney', fullName: '', authority: '' } }
          : person,
      };
    });
  }

  function setRepresentativeField(key: 'kind' | 'fullName' | 'authority', value: string) {
    update((r) => {
      const rep = r.person.representative ?? { kind: 'attorney', fullName: '', authority: '' };
      const next = { ...rep, [key]: key === 'kind' ? (value === 'parent' ? 'parent' : 'attorney') : value };
      return { ...r, person: { ...r.person, representative: next } };
    });
  }

  function setChannel(channel: Channel) {
    update((r) => ({ ...r, channel }));
  }

  function setKind(kind: string) {
    if (isRequestKind(kind)) update((r) => ({ ...r, kind }));
  }

  function setPolicy(id: string) {
    if (getPolicy(id)) {
      update((r) => {
        const { operator: _other, ...rest } = r;
        return { ...rest, policyId: id };
      });
    }
  }

  // ——— what the form shows as wrong ———

  function touch(field: string) {
    if (!touched.value[field]) touched.value = { ...touched.value, [field]: true };
  }

  function errorFor(field: keyof PersonErrors | 'details' | 'evidence'): string | undefined {
    if (!showAllErrors.value && !touched.value[field]) return undefined;
    if (field === 'details' || field === 'evidence') return correctionErrors.value[field];
    return personErrors.value[field]?.[lang.value];
  }

  /** True when the letter can go out; otherwise shows every message. */
  function checkReady(): boolean {
    showAllErrors.value = true;
    return (
      Object.keys(personErrors.value).length === 0 &&
      Object.keys(correctionErrors.value).length === 0 &&
      !recipientError.value &&
      operatorErrors.value.length === 0
    );
  }

  // ——— which request is on screen ———

  function startDraft(
    policyId: string,
    kind: RequestKind,
    contacts: PageContact[],
    url: string,
    remember = true,
    operator?: RequestOperator,
  ) {
    // No recipient is chosen for the user: the page's addresses (and a reading's) are only suggestions.
    const draft = newDraft(operator ? operatorPolicyId(operator) : policyId, kind, now(), random);
    if (operator) draft.operator = operator;
    batch(() => {
      record.value = draft;
      pageContacts.value = contacts;
      pageUrl.value = url;
      docOpen.value = false;
      touched.value = {};
      showAllErrors.value = false;
      letterDate.value = today();
      saveState.value = 'idle';
      dirty.value = false;
      savedOnce.value = false;
    });
    if (remember) rememberCurrent();
  }

  /** A fresh draft to the same site (and operator) and of the same kind as the one on screen. */
  function startSameAgain(remember = true) {
    const r = record.value;
    startDraft(r.policyId, r.kind, pageContacts.value, pageUrl.value, remember, r.operator);
  }

  function show(r: RequestRecord, contacts: PageContact[], url: string) {
    batch(() => {
      record.value = r;
      pageContacts.value = contacts;
      pageUrl.value = url;
      docOpen.value = Boolean(r.person.idDocument);
      touched.value = {};
      showAllErrors.value = false;
      letterDate.value = r.sentOn ?? today();
      dirty.value = false;
      saveState.value = 'idle';
      savedOnce.value = true;
    });
    rememberCurrent();
  }

  return {
    record,
    letterDate,
    pageContacts,
    pageUrl,
    docOpen,
    touched,
    showAllErrors,
    savedOnce,
    policy,
    personErrors,
    recipientError,
    correctionErrors,
    operatorErrors,
    setOperator,
    keepReading,
    flush,
    discardPending,
    update,
    setPerson,
    setDoc,
    setDocOpen,
    setRepresentative,
    setRepresentativeField,
    setChannel,
    setKind,
    setPolicy,
    touch,
    errorFor,
    checkReady,
    startDraft,
    startSameAgain,
    show,
  };
}

export type DraftModel = ReturnType<typeof createDraftModel>;
