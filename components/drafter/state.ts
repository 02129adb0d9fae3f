// The drafter's state: signals created by a factory, so the popup, the tab and every test get a fresh one.
// The current request lives in memory first and is written to IndexedDB (extension origin) at once after
// each change (right after the write in progress, if one is): a storage failure shows an error and never
// touches what the user typed.

import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Deadline } from '../../lib/law/deadlines';
import { isRequestKind } from '../../lib/law/kinds';
import { type Channel, storedDeadlines } from '../../lib/law/request-kinds';
import { toIsoDate } from '../../lib/law/russian-calendar';
import { buildRequestLetter, type RequestLetter } from '../../lib/letters/letter';
import { isSafeMailtoAddress } from '../../lib/letters/mailto';
import { type DrafterIntent, type PageContact, siteContacts } from '../../lib/platform/messages';
import { hiddenSitesSetting, languageSetting, uiLang } from '../../lib/platform/settings';
import { localKeys } from '../../lib/platform/storage-keys';
import { parseBackup } from '../../lib/requests/backup';
import { StorageError, toStorageError } from '../../lib/requests/db/errors';
import type { MyDetails, RequestsDb } from '../../lib/requests/db/schema';
import {
  deleteAllData,
  deleteMeta,
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
} from '../../lib/requests/db/store';
import {
  operatorPolicyId,
  operatorProblems,
  type RequestOperator,
  typedOperator,
} from '../../lib/requests/operator';
import { isPastOrTodayIso, type Person, type PersonErrors, validatePerson } from '../../lib/requests/person';
import { policyForRequest } from '../../lib/requests/request-policy';
import {
  breachProblem,
  type ListedRequest,
  type MarketingBreach,
  newDraft,
  type RequestRecord,
  type RequestStatus,
  receivedOnProblem,
} from '../../lib/requests/request-record';
import type { KeptReading, OperatorIntent } from '../../lib/site-reading/messages';
import { getPolicy, policies } from '../../policies';
import type { Lang, RequestKind, SitePolicy } from '../../policies/types';
import { drafterStrings } from './strings';

/**
 * Rows of "My requests" shown at first, and added by "Show more": about four screens of the popup,
 * most pressing first. The first page is read on its own (listFirstRequests), so a long history opens
 * as fast as a short one; the rest follows straight after.
 */
export const listPageSize = 50;

/** Which request the drafter shows, kept in extension storage so reopening the popup restores it. */
const currentDraftKey = localKeys.drafterCurrent;

/** Tells the background the requests changed, so it reschedules the deadline reminders. */
async function markRequestsChanged(now: Date): Promise<void> {
  await browser.storage.local.set({ [localKeys.requestsChangedAt]: now.getTime() });
}

/**
 * Which request is open: its id, site and kind. Nothing from the page it was opened from (its addresses,
 * its URL) is kept: those belong to that one opening, and a later one from another page must not show
 * them.
 */
export interface CurrentDraftPointer {
  id: string;
  policyId?: string;
  kind?: RequestKind;
}

export type View = 'home' | 'draft' | 'list' | 'settings' | 'print';

export interface DrafterDeps {
  openDb?: () => Promise<RequestsDb>;
  now?: () => Date;
  random?: () => number;
}

export type Notice = { kind: 'info' | 'error'; text: string } | null;

export function createDrafterState(deps: DrafterDeps = {}) {
  const openDb = deps.openDb ?? (() => openRequestsDb(indexedDB, { onClose: () => (dbPromise = undefined) }));
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const today = () => toIsoDate(now());

  const lang = signal<Lang>('ru');
  const view = signal<View>('draft');
  const ready = signal(false);
  const record = signal<RequestRecord>(newDraft(policies[0]!.id, 'deletion', now(), random));
  const letterDate = signal(today());
  /** The site's own addresses found on the page the drafter was opened from: suggestions only. */
  const pageContacts = signal<PageContact[]>([]);
  const pageUrl = signal('');
  const docOpen = signal(false);
  const touched = signal<Record<string, boolean>>({});
  const showAllErrors = signal(false);
  const saveState = signal<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const storageError = signal<StorageError | null>(null);
  /** "My requests": all of them, or only the first page (orderForList order) while the rest is read. */
  const requests = signal<ListedRequest[]>([]);
  /** How many requests there are while `requests` holds the first page only; null once it holds all. */
  const requestsTotal = signal<number | null>(null);
  /** Whether the requests have been read once (or failed to be: the error is shown). */
  const requestsLoaded = signal(false);
  const notice = signal<Notice>(null);
  const hiddenSites = signal<string[]>([]);
  /** The user's details from their last sent request, offered for a new one (kept on this device only). */
  const myDetails = signal<MyDetails | null>(null);
  const dirty = signal(false);
  /** Whether the request on screen has been written at least once. */
  const savedOnce = signal(false);

  /** The policy letters are built from: the curated one, or one made from the operator of any other site. */
  const policy = computed<SitePolicy>(() => {
    return policyForRequest(record.value) ?? policies[0]!;
  });
  /** What stops a letter to this request's operator (none for a curated site). */
  const operatorErrors = computed(() =>
    record.value.operator ? operatorProblems(record.value.operator) : [],
  );
  /** A reading the user made the request from, stored with the request when it is first saved. */
  let pendingReading: { id: string; reading: KeptReading } | undefined;
  const personErrors = computed<PersonErrors>(() => validatePerson(record.value.person, today()));
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

  let dbPromise: Promise<RequestsDb> | undefined;
  const db = () => {
    dbPromise ??= openDb().catch((error) => {
      dbPromise = undefined;
      throw toStorageError(error);
    });
    return dbPromise;
  };

  // ——— saving ———
  // Every change is written at once (one small transaction), not after a pause: a popup closes the
  // moment the user clicks elsewhere, and a pause would lose the last words. Writes never overlap;
  // changes made during a write are written right after it, as one.
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  let lastPointer = '';

  function reportStorage(error: unknown) {
    batch(() => {
      storageError.value = error instanceof StorageError ? error : toStorageError(error);
      saveState.value = 'error';
    });
  }

  /** Remembers which request is open (no personal data), so the next popup opens on it. */
  async function writePointer(): Promise<void> {
    const r = record.value;
    const pointer: CurrentDraftPointer = { id: r.id, policyId: r.policyId, kind: r.kind };
    const json = JSON.stringify(pointer);
    if (json === lastPointer) return;
    await browser.storage.local.set({ [currentDraftKey]: pointer });
    lastPointer = json;
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
        await saveRequest(await db(), snapshot, now());
        if (pendingReading?.id === snapshot.id) {
          await saveReading(await db(), snapshot.id, pendingReading.reading);
          pendingReading = undefined;
        }
        await writePointer();
        // Only sent requests have deadlines for the background's alarm.
        if (snapshot.status !== 'draft') await markRequestsChanged(now());
        batch(() => {
          storageError.value = null;
          if (record.value.id === snapshot.id) savedOnce.value = true;
          if (!dirty.value) saveState.value = 'saved';
        });
      } catch (error) {
        // The text stays in the form; the next change (or closing the window) tries again.
        dirty.value = true;
        reportStorage(error);
      }
    });
    queued = job;
    chain = job;
    return job;
  }

  function saveChange() {
    dirty.value = true;
    void flush();
  }

  function update(change: (r: RequestRecord) => RequestRecord) {
    record.value = change(record.value);
    saveChange();
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

  function setOperator(next: RequestOperator) {
    update((r) => ({ ...r, operator: next, policyId: operatorPolicyId(next) }));
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

  const recipientError = computed(() => {
    const to = record.value.person.recipient?.trim();
    if (!to) return undefined;
    return isSafeMailtoAddress(to) ? undefined : 'invalid';
  });

  // ——— loading ———

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

  async function loadSettings() {
    try {
      const [chosen, hidden] = await Promise.all([uiLang(), hiddenSitesSetting.getValue()]);
      lang.value = chosen;
      hiddenSites.value = hidden;
      // Hidden in a page while the drafter is open: Settings shows it at once, with its way back.
      hiddenSitesSetting.watch((next) => {
        hiddenSites.value = Array.isArray(next) ? next : [];
      });
    } catch {
      // Settings unreadable: Russian and an empty list are safe defaults.
    }
  }

  /** Opens with an intent from the panel, or restores the request the user was writing. */
  async function init(
    intentSource?: DrafterIntent | OperatorIntent | PromiseLike<DrafterIntent | OperatorIntent | undefined>,
  ) {
    // Settings, the pointer to the open draft and the database are read at once, not one after another:
    // the form waits for the slowest of them, not for their sum.
    const readPointer = async () => {
      try {
        return (await browser.storage.local.get(currentDraftKey))[currentDraftKey] as
          | CurrentDraftPointer
          | undefined;
      } catch {
        return undefined;
      }
    };
    const opening = db().catch(() => undefined); // a failure is reported where the database is used
    void refreshList(true); // "My requests" is read meanwhile too, its first page first
    const readDetails = async () => {
      try {
        myDetails.value = (await getMeta(await db(), 'myDetails')) ?? null;
      } catch {
        myDetails.value = null; // nothing to offer
      }
    };
    const [, pointer, intent] = await Promise.all([
      loadSettings(),
      readPointer(),
      intentSource,
      opening,
      readDetails(),
    ]);
    let saved: RequestRecord | undefined;
    if (pointer?.id) {
      try {
        saved = await getRequest(await db(), pointer.id);
      } catch (error) {
        reportStorage(error);
      }
    }
    const policy = intent && !('operator' in intent) ? getPolicy(intent.policyId) : undefined;
    if (intent && 'operator' in intent) {
      // From a reading of any site's policy: a new request to the operator found, which the user checks.
      startDraft('', intent.kind, [], intent.pageUrl, true, intent.operator);
      if (intent.reading) pendingReading = { id: record.value.id, reading: intent.reading };
    } else if (intent && policy) {
      // This opening's page only: its own addresses (the site's, whatever sent them), its URL.
      const contacts = siteContacts(intent.pageContacts, policy.site.hostnames);
      if (saved && saved.status === 'draft' && saved.policyId === intent.policyId) {
        // The same site again: keep what was typed, take the kind from the panel.
        show(saved, contacts, intent.pageUrl);
        if (saved.kind !== intent.kind) update((r) => ({ ...r, kind: intent.kind }));
      } else {
        startDraft(intent.policyId, intent.kind, contacts, intent.pageUrl);
      }
    } else if (saved) {
      show(saved, [], '');
    } else if (pointer?.policyId && getPolicy(pointer.policyId) && isRequestKind(pointer.kind)) {
      // Opened from the panel and closed before anything was typed: the same site and kind.
      startDraft(pointer.policyId, pointer.kind, [], '');
    }
    ready.value = true;
  }

  // ——— requests ———

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

  /** The deadlines to keep, from the day the operator received the request (none while it is unknown). */
  function deadlinesFrom(kind: RequestKind, receivedOn: string | undefined): Deadline[] {
    return storedDeadlines(kind, receivedOn);
  }

  /** A date the request can have been sent on: a real day, not in the future. */
  function isValidSentOn(value: string): boolean {
    return isPastOrTodayIso(value, today(), '2000-01-01');
  }

  /**
   * Marks the open request sent on `sentOn`. `receivedOn` is when the operator got it: for e-mail the
   * sending day unless given, for a web form the sending day, for post unknown unless given.
   */
  async function markSent(sentOn: string, receivedOn?: string): Promise<boolean> {
    if (!checkReady() || !isValidSentOn(sentOn)) return false;
    const channel = record.value.channel ?? 'email';
    const received =
      channel === 'web-form' ? sentOn : receivedOn?.trim() || (channel === 'post' ? undefined : sentOn);
    if (received && receivedOnProblem(sentOn, received, today())) return false;
    const { subject, body } = letter.value;
    update((r) => ({
      ...r,
      status: 'sent',
      channel,
      sentOn,
      ...(received ? { receivedOn: received } : {}),
      deadlines: deadlinesFrom(r.kind, received),
      letter: { subject, body },
    }));
    await flush();
    await refreshList();
    if (storageError.value) return false;
    // Offered for the next request; the form has a button that forgets them.
    const p = record.value.person;
    const details: MyDetails = { fullName: p.fullName, email: p.email };
    for (const key of ['phone', 'login', 'replyEmail'] as const) if (p[key]) details[key] = p[key];
    try {
      await putMeta(await db(), 'myDetails', details);
      myDetails.value = details;
    } catch {
      // Not offered next time: nothing else depends on it.
    }
    return true;
  }

  /** Fills the empty fields of the draft with the details from the last sent request. */
  function useMyDetails() {
    const details = myDetails.value;
    if (!details || record.value.status !== 'draft') return;
    for (const key of ['fullName', 'email', 'phone', 'login', 'replyEmail'] as const) {
      const value = details[key];
      if (value && !record.value.person[key]) setPerson(key, value);
    }
  }

  /** Forgets the details kept for the next request. */
  async function forgetMyDetails() {
    try {
      await deleteMeta(await db(), 'myDetails');
      myDetails.value = null;
    } catch (error) {
      reportStorage(error);
    }
  }

  /** Records (or corrects) the day the operator received a sent request; its deadlines follow. */
  async function setReceivedOn(id: string, receivedOn: string): Promise<boolean> {
    const open = record.value.id === id ? record.value : undefined;
    const r = open ?? requests.value.find((x) => x.id === id);
    if (!r || r.status === 'draft' || receivedOnProblem(r.sentOn, receivedOn, today())) return false;
    const next = { ...r, receivedOn, deadlines: deadlinesFrom(r.kind, receivedOn) };
    await writeRecord(next);
    return !storageError.value;
  }

  /** Records a marketing message that came after a demand to stop marketing was received. */
  async function recordBreach(id: string, breach: MarketingBreach): Promise<boolean> {
    const open = record.value.id === id ? record.value : undefined;
    const r = open ?? requests.value.find((x) => x.id === id);
    if (!r || r.status === 'draft') return false;
    const received = r.receivedOn ?? (r.channel === 'post' ? undefined : r.sentOn);
    const clean = { on: breach.on, what: breach.what.trim() };
    if (breachProblem(received, clean, today())) return false;
    await writeRecord({ ...r, marketingBreach: clean });
    return !storageError.value;
  }

  async function writeRecord(next: RequestRecord | ListedRequest) {
    try {
      const saved = await saveRequest(await db(), next, now());
      // A request saved from the list comes back without its letter: the open one keeps the letter it has.
      const open = record.value;
      if (open.id === saved.id)
        record.value = 'letter' in saved || !open.letter ? saved : { ...saved, letter: open.letter };
      await markRequestsChanged(now());
      storageError.value = null;
    } catch (error) {
      reportStorage(error);
    }
    await refreshList();
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
    try {
      if (record.value.id === id) {
        // A pending write of this request must not bring it back.
        dirty.value = false;
        await chain;
      }
      await deleteRequest(await db(), id);
      await markRequestsChanged(now());
      if (record.value.id === id) startSameAgain();
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

  /** Every request with its letter, for a backup; undefined (and the error shown) when storage fails. */
  async function exportRecords(): Promise<RequestRecord[] | undefined> {
    await flush();
    try {
      return await listRequestsWithLetters(await db());
    } catch (error) {
      reportStorage(error);
      return undefined;
    }
  }

  async function openRecord(id: string) {
    await flush();
    const r = await loadRequest(id);
    if (!r) return;
    show(r, pageContacts.value, pageUrl.value);
    view.value = 'draft';
  }

  /** A fresh draft to the same site (and operator) and of the same kind as the one on screen. */
  function startSameAgain(remember = true) {
    const r = record.value;
    startDraft(r.policyId, r.kind, pageContacts.value, pageUrl.value, remember, r.operator);
  }

  async function startNew() {
    await flush();
    startSameAgain();
    view.value = 'draft';
  }

  /** A request to the operator of the site at `url` (or of no site yet), typed by the user. */
  async function startTyped(url: string) {
    await flush();
    startDraft('', record.value.kind, [], url, true, typedOperator(url));
    view.value = 'draft';
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

  /** Imports a backup file's text; a refused file changes nothing. Returns the message to show. */
  async function importText(text: string): Promise<Notice> {
    const t = drafterStrings[lang.value];
    const parsed = parseBackup(text);
    if (!parsed.ok) return { kind: 'error', text: `${parsed.error[lang.value]} ${t.importUnchanged}` };
    try {
      const result = await importBackup(await db(), parsed.requests, 'merge');
      await markRequestsChanged(now());
      await refreshList();
      return { kind: 'info', text: t.imported(result.added, result.updated, result.kept) };
    } catch (error) {
      // One transaction: a failed import wrote nothing.
      return { kind: 'error', text: `${toStorageError(error).userMessage[lang.value]} ${t.importUnchanged}` };
    }
  }

  /** Deletes every request and draft and forgets the current one. */
  async function deleteAll(): Promise<boolean> {
    dirty.value = false;
    try {
      await chain;
      await deleteAllData(await db());
      // Everything Policy Lens keeps in extension storage too: the open draft, the reminders shown,
      // the settings and what the policy checks saw. The language chosen for this view stays on screen.
      await browser.storage.local.clear();
      lastPointer = '';
      await markRequestsChanged(now());
    } catch (error) {
      reportStorage(error);
      return false;
    }
    // A fresh, empty draft that is not remembered: nothing of the user's is left behind.
    startSameAgain(false);
    listReads++; // a read still on its way must not bring the deleted requests back
    batch(() => {
      requests.value = [];
      requestsTotal.value = null;
      myDetails.value = null;
    });
    return true;
  }

  /** Shows (true) or hides (false) the panel on a site: the switch of the toolbar popup's settings. */
  async function setShownOn(policyId: string, shown: boolean) {
    const next = shown
      ? hiddenSites.value.filter((id) => id !== policyId)
      : [...new Set([...hiddenSites.value, policyId])];
    hiddenSites.value = next;
    try {
      await hiddenSitesSetting.setValue(next);
    } catch {
      notice.value = { kind: 'error', text: storageErrorMessage() };
    }
  }

  async function showPanelAgain(policyId: string) {
    await setShownOn(policyId, true);
  }

  function storageErrorMessage() {
    return new StorageError('unknown').userMessage[lang.value];
  }

  async function setLang(next: Lang) {
    lang.value = next;
    document.documentElement.lang = next;
    try {
      await languageSetting.setValue(next);
    } catch {
      // The choice still applies to this window.
    }
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

  return {
    lang,
    view,
    ready,
    record,
    letterDate,
    pageContacts,
    pageUrl,
    docOpen,
    touched,
    showAllErrors,
    saveState,
    savedOnce,
    storageError,
    requests,
    requestsTotal,
    requestsLoaded,
    allRequests,
    notice,
    hiddenSites,
    policy,
    operatorErrors,
    setOperator,
    startTyped,
    readingOf,
    personErrors,
    recipientError,
    letter,
    today,
    now,
    init,
    flush,
    update,
    setPerson,
    setDoc,
    setDocOpen,
    setKind,
    setPolicy,
    setChannel,
    setRepresentative,
    setRepresentativeField,
    setReceivedOn,
    recordBreach,
    correctionErrors,
    touch,
    errorFor,
    checkReady,
    isValidSentOn,
    markSent,
    setStatus,
    remove,
    loadRequest,
    exportRecords,
    openRecord,
    startNew,
    refreshList,
    importText,
    deleteAll,
    showPanelAgain,
    setShownOn,
    myDetails,
    useMyDetails,
    forgetMyDetails,
    setLang,
  };
}

export type DrafterState = ReturnType<typeof createDrafterState>;
