// The drafter's state: small models (./model/) composed here, created by a factory so that the popup, the
// tab and every test get a fresh one. Each model owns its signals and actions:
//   storage  — the database connection, storage errors, "requests changed" for the background;
//   settings — language, hidden sites, the settings notice;
//   draft    — the request on screen, its person and kind, form errors, its saving (./model/draft.ts);
//   list     — "My requests", status, delete, export and import;
//   sending  — the letter, marking it sent, the day it was received, a recorded breach;
//   details  — the user's details from the last sent request, offered for the next one;
//   pointer  — which request is open, so that the next window reopens it.
// What spans several models lives here: opening the window (init), moving between list and draft, and
// deleting everything. The returned object is the one surface the components use.

import { batch, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { isRequestKind } from '../../lib/law/kinds';
import { type DrafterIntent, siteContacts } from '../../lib/platform/messages';
import type { RequestsDb } from '../../lib/requests/db/schema';
import { deleteAllData, getRequest } from '../../lib/requests/db/store';
import { typedOperator } from '../../lib/requests/operator';
import type { RequestRecord } from '../../lib/requests/request-record';
import type { OperatorIntent } from '../../lib/site-reading/messages';
import { getPolicy } from '../../policies';
import { createClock } from './model/clock';
import { createMyDetailsModel } from './model/details';
import { createDraftModel } from './model/draft';
import { createListModel } from './model/list';
import { createPointerStore } from './model/pointer';
import { createSendingModel } from './model/sending';
import { createSettingsModel } from './model/settings';
import { createStorageModel } from './model/storage';

export { listPageSize } from './model/list';
export type { CurrentDraftPointer } from './model/pointer';
export type { Notice } from './model/settings';

export type View = 'home' | 'draft' | 'list' | 'settings' | 'print';

export interface DrafterDeps {
  openDb?: () => Promise<RequestsDb>;
  now?: () => Date;
  random?: () => number;
}

export function createDrafterState(deps: DrafterDeps = {}) {
  const clock = createClock(deps.now, deps.random);
  const storage = createStorageModel({ openDb: deps.openDb, now: clock.now });
  const settings = createSettingsModel();
  const pointer = createPointerStore();
  const draft = createDraftModel({ clock, storage, pointer, lang: settings.lang });
  const list = createListModel({ clock, storage, draft, lang: settings.lang });
  const details = createMyDetailsModel({ storage, draft });
  const sending = createSendingModel({ clock, storage, draft, list, details });

  const view = signal<View>('draft');
  const ready = signal(false);

  /** Opens with an intent from the panel, or restores the request the user was writing. */
  async function init(
    intentSource?: DrafterIntent | OperatorIntent | PromiseLike<DrafterIntent | OperatorIntent | undefined>,
  ) {
    // Settings, the pointer to the open draft and the database are read at once, not one after another:
    // the form waits for the slowest of them, not for their sum.
    const opening = storage.db().catch(() => undefined); // a failure is reported where the database is used
    void list.refreshList(true); // "My requests" is read meanwhile too, its first page first
    const [, kept, intent] = await Promise.all([
      settings.loadSettings(),
      pointer.read(),
      intentSource,
      opening,
      details.read(),
    ]);
    let saved: RequestRecord | undefined;
    if (kept?.id) {
      try {
        saved = await getRequest(await storage.db(), kept.id);
      } catch (error) {
        storage.reportStorage(error);
      }
    }
    const policy = intent && !('operator' in intent) ? getPolicy(intent.policyId) : undefined;
    if (intent && 'operator' in intent) {
      // From a reading of any site's policy: a new request to the operator found, which the user checks.
      draft.startDraft('', intent.kind, [], intent.pageUrl, true, intent.operator);
      if (intent.reading) draft.keepReading(intent.reading);
    } else if (intent && policy) {
      // This opening's page only: its own addresses (the site's, whatever sent them), its URL.
      const contacts = siteContacts(intent.pageContacts, policy.site.hostnames);
      if (saved && saved.status === 'draft' && saved.policyId === intent.policyId) {
        // The same site again: keep what was typed, take the kind from the panel.
        draft.show(saved, contacts, intent.pageUrl);
        if (saved.kind !== intent.kind) draft.update((r) => ({ ...r, kind: intent.kind }));
      } else {
        draft.startDraft(intent.policyId, intent.kind, contacts, intent.pageUrl);
      }
    } else if (saved) {
      draft.show(saved, [], '');
    } else if (kept?.policyId && getPolicy(kept.policyId) && isRequestKind(kept.kind)) {
      // Opened from the panel and closed before anything was typed: the same site and kind.
      draft.startDraft(kept.policyId, kept.kind, [], '');
    }
    ready.value = true;
  }

  async function openRecord(id: string) {
    await draft.flush();
    const r = await list.loadRequest(id);
    if (!r) return;
    draft.show(r, draft.pageContacts.value, draft.pageUrl.value);
    view.value = 'draft';
  }

  async function startNew() {
    await draft.flush();
    draft.startSameAgain();
    view.value = 'draft';
  }

  /** A request to the operator of the site at `url` (or of no site yet), typed by the user. */
  async function startTyped(url: string) {
    await draft.flush();
    draft.startDraft('', draft.record.value.kind, [], url, true, typedOperator(url));
    view.value = 'draft';
  }

  /** Deletes every request and draft and forgets the current one. */
  async function deleteAll(): Promise<boolean> {
    try {
      await draft.discardPending();
      await deleteAllData(await storage.db());
      // Everything Policy Lens keeps in extension storage too: the open draft, the reminders shown,
      // the settings and what the policy checks saw. The language chosen for this view stays on screen.
      await browser.storage.local.clear();
      pointer.forgotten();
      await storage.markRequestsChanged();
    } catch (error) {
      storage.reportStorage(error);
      return false;
    }
    // A fresh, empty draft that is not remembered: nothing of the user's is left behind.
    draft.startSameAgain(false);
    batch(() => {
      list.clear();
      details.myDetails.value = null;
    });
    return true;
  }

  return {
    // settings
    lang: settings.lang,
    hiddenSites: settings.hiddenSites,
    notice: settings.notice,
    showPanelAgain: settings.showPanelAgain,
    setShownOn: settings.setShownOn,
    setLang: settings.setLang,
    // my details
    myDetails: details.myDetails,
    useMyDetails: details.useMyDetails,
    forgetMyDetails: details.forgetMyDetails,
    // storage
    saveState: storage.saveState,
    storageError: storage.storageError,
    // draft
    record: draft.record,
    letterDate: draft.letterDate,
    pageContacts: draft.pageContacts,
    pageUrl: draft.pageUrl,
    docOpen: draft.docOpen,
    touched: draft.touched,
    showAllErrors: draft.showAllErrors,
    savedOnce: draft.savedOnce,
    policy: draft.policy,
    operatorErrors: draft.operatorErrors,
    setOperator: draft.setOperator,
    personErrors: draft.personErrors,
    recipientError: draft.recipientError,
    flush: draft.flush,
    update: draft.update,
    setPerson: draft.setPerson,
    setDoc: draft.setDoc,
    setDocOpen: draft.setDocOpen,
    setKind: draft.setKind,
    setPolicy: draft.setPolicy,
    setChannel: draft.setChannel,
    setRepresentative: draft.setRepresentative,
    setRepresentativeField: draft.setRepresentativeField,
    correctionErrors: draft.correctionErrors,
    touch: draft.touch,
    errorFor: draft.errorFor,
    checkReady: draft.checkReady,
    // list
    requests: list.requests,
    requestsTotal: list.requestsTotal,
    requestsLoaded: list.requestsLoaded,
    allRequests: list.allRequests,
    setStatus: list.setStatus,
    remove: list.remove,
    loadRequest: list.loadRequest,
    readingOf: list.readingOf,
    exportRecords: list.exportRecords,
    refreshList: list.refreshList,
    importText: list.importText,
    // sending
    letter: sending.letter,
    isValidSentOn: sending.isValidSentOn,
    markSent: sending.markSent,
    setReceivedOn: sending.setReceivedOn,
    recordBreach: sending.recordBreach,
    // the window
    today: clock.today,
    now: clock.now,
    view,
    ready,
    init,
    openRecord,
    startNew,
    startTyped,
    deleteAll,
  };
}

export type DrafterState = ReturnType<typeof createDrafterState>;
