// @vitest-environment jsdom
// The drafter's state on fake-indexeddb and WXT's fake browser: what is kept when the popup closes,
// what reopening restores, and what storage failures, refused backups and deletion leave behind.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDrafterState, type DrafterDeps } from '../../components/drafter/state';
import { localKeys } from '../../lib/platform/storage-keys';

const currentDraftKey = localKeys.drafterCurrent;

import type { DrafterIntent } from '../../lib/platform/messages';
import { exportBackup } from '../../lib/requests/backup';
import { getRequest, listRequests, openRequestsDb, saveRequest } from '../../lib/requests/db/store';

const intent: DrafterIntent = {
  policyId: 'expert.plus',
  kind: 'deletion',
  pageContacts: [
    {
      email: 'support@expert.plus',
      context: 'Поддержка: support@expert.plus',
      pageUrl: 'https://expert.plus/',
    },
  ],
  pageUrl: 'https://expert.plus/',
};

const now = () => new Date(2026, 2, 2, 10, 0, 0); // 2 March 2026, local time
const today = '2026-03-02';

let factory: IDBFactory;
let seed = 0;
const deps = (overrides: DrafterDeps = {}): DrafterDeps => ({
  openDb: () => openRequestsDb(factory),
  now,
  random: () => {
    seed = (seed * 9301 + 49297) % 233280;
    return seed / 233280;
  },
  ...overrides,
});

/** A drafter as a freshly opened popup has it. */
async function open(opening?: DrafterIntent, overrides?: DrafterDeps) {
  const state = createDrafterState(deps(overrides));
  await state.init(opening);
  return state;
}

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
  seed = 7;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('drafter state: keeping what is typed', () => {
  it('writes each change at once, without waiting for a pause, so a popup closed straight after keeps it', async () => {
    // Timers frozen: a save that waited for a pause in typing would never happen here.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('phone', '8 900 123-45-67');
    const id = popup.record.value.id;
    // Let IndexedDB work (real macrotasks; vi.waitFor would advance the frozen timers).
    for (let i = 0; i < 100; i++) await new Promise((resolve) => setImmediate(resolve));
    expect((await getRequest(await openRequestsDb(factory), id))?.person).toMatchObject({
      fullName: 'Иванов Иван',
      phone: '8 900 123-45-67',
    });
    vi.useRealTimers();

    const reopened = await open();
    expect(reopened.record.value.id).toBe(id);
    expect(reopened.record.value.person).toMatchObject({ fullName: 'Иванов Иван', phone: '8 900 123-45-67' });
    // Nothing from the page it was first opened from comes back with it.
    expect(reopened.pageContacts.value).toEqual([]);
    expect(reopened.pageUrl.value).toBe('');
  });

  it('never chooses a recipient, and shows only this opening’s page addresses', async () => {
    const first = await open(intent);
    expect(first.record.value.person.recipient).toBeUndefined();
    expect(first.pageContacts.value).toEqual(intent.pageContacts);
    first.setPerson('fullName', 'Иванов Иван');
    await first.flush();
    // Opened later from another page of the site, which shows no address.
    const later = await open({ ...intent, pageContacts: [], pageUrl: 'https://expert.plus/experts' });
    expect(later.record.value.id).toBe(first.record.value.id);
    expect(later.pageContacts.value).toEqual([]);
    expect(later.pageUrl.value).toBe('https://expert.plus/experts');
    expect(later.record.value.person.recipient).toBeUndefined();
  });

  it('drops addresses that are not the site’s own, whatever sent them', async () => {
    const popup = await open({
      ...intent,
      pageContacts: [
        ...intent.pageContacts,
        { email: 'support@expert.plus.attacker.example', context: 'x', pageUrl: 'https://expert.plus/' },
      ],
    });
    expect(popup.pageContacts.value.map((c) => c.email)).toEqual(['support@expert.plus']);
  });

  it('keeps the typed draft when the panel opens the drafter again for the same site, taking the new kind', async () => {
    const first = await open(intent);
    first.setPerson('fullName', 'Иванов Иван');
    await first.flush();

    const again = await open({ ...intent, kind: 'access' });
    expect(again.record.value.id).toBe(first.record.value.id);
    expect(again.record.value.person.fullName).toBe('Иванов Иван');
    expect(again.record.value.kind).toBe('access');
  });

  it('remembers site and kind, not the page’s addresses, when closed before anything was typed', async () => {
    await open({ ...intent, kind: 'stop-marketing' });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(currentDraftKey))[currentDraftKey]).toBeTruthy(),
    );
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));

    const reopened = await open();
    expect(reopened.record.value.policyId).toBe('expert.plus');
    expect(reopened.record.value.kind).toBe('stop-marketing');
    expect(reopened.record.value.person.recipient).toBeUndefined();
    expect(reopened.pageContacts.value).toEqual([]);
    // What extension storage holds about it is no one's personal data, and nothing from the page.
    expect(stored).not.toMatch(/fullName|email"|phone|support@|expert\.plus\//);
  });

  it('shows a storage failure, keeps the typed text, and saves it once storage works again', async () => {
    let failing = true;
    const quota = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const popup = createDrafterState(deps({ openDb: () => (failing ? quota() : openRequestsDb(factory)) }));
    await popup.init(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    await popup.flush();
    expect(popup.storageError.value?.kind).toBe('quota');
    expect(popup.saveState.value).toBe('error');
    expect(popup.record.value.person.fullName).toBe('Иванов Иван');

    failing = false;
    popup.setPerson('fullName', 'Иванов Иван Петрович');
    await popup.flush();
    expect(popup.storageError.value).toBeNull();
    expect(popup.saveState.value).toBe('saved');
    const saved = await getRequest(await openRequestsDb(factory), popup.record.value.id);
    expect(saved?.person.fullName).toBe('Иванов Иван Петрович');
  });

  it('does not bring back a deleted draft through a write still pending', async () => {
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    const id = popup.record.value.id;
    popup.setPerson('fullName', 'Иванов Иван П'); // queued behind the first write
    await popup.remove(id);
    await popup.flush();
    expect(await getRequest(await openRequestsDb(factory), id)).toBeUndefined();
    expect(popup.record.value.id).not.toBe(id);
  });
});

describe('drafter state: sending and keeping requests', () => {
  it('marks sent only a valid request with a real, past or present date, and gives it its deadlines', async () => {
    const popup = await open(intent);
    expect(await popup.markSent(today)).toBe(false);
    expect(popup.showAllErrors.value).toBe(true);
    expect(popup.errorFor('fullName')).toBeTruthy();

    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('email', 'ivan@example.ru');
    expect(await popup.markSent('2026-03-03')).toBe(false); // tomorrow
    expect(await popup.markSent('')).toBe(false);
    expect(popup.record.value.status).toBe('draft');

    expect(await popup.markSent('2026-02-27')).toBe(true);
    const r = popup.record.value;
    expect(r.status).toBe('sent');
    expect(r.sentOn).toBe('2026-02-27');
    // E-mail: received the day it was sent. 9 March 2026 is a day off; day 30 is Sunday 29 March.
    expect(r.channel).toBe('email');
    expect(r.receivedOn).toBe('2026-02-27');
    expect(r.deadlines.map((d) => [d.id, d.date, d.movedTo])).toEqual([
      ['answer', '2026-03-16', undefined],
      ['stop', '2026-03-16', undefined],
      ['destroy', '2026-03-29', '2026-03-30'],
    ]);
    expect(r.letter?.body).toContain('От: Иванов Иван');
    expect(popup.requests.value.map((x) => x.id)).toEqual([r.id]);
    // The background's alarm is told, so the deadline gets its reminder.
    expect((await fakeBrowser.storage.local.get('requestsChangedAt')).requestsChangedAt).toBe(
      now().getTime(),
    );
  });

  it('refuses a broken backup with a message saying nothing changed, and keeps the requests', async () => {
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    await popup.flush();
    await popup.refreshList();
    const before = popup.requests.value;

    popup.lang.value = 'ru';
    const notice = await popup.importText('{"format": "policy-lens-backup", "requests": [');
    expect(notice?.kind).toBe('error');
    expect(notice?.text).toMatch(/повреждён\. Ничего не импортировано\. Ваши запросы не изменены\.$/);
    await popup.refreshList();
    expect(popup.requests.value).toEqual(before);
  });

  it('brings back exported requests after everything was deleted, and a second import changes nothing', async () => {
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('email', 'ivan@example.ru');
    expect(await popup.markSent(today)).toBe(true);
    const sentLetter = popup.record.value.letter;
    const records = await popup.exportRecords();
    expect(records?.map((r) => r.letter)).toEqual([sentLetter]);
    const exported = exportBackup(records!, now());

    expect(await popup.deleteAll()).toBe(true);
    popup.lang.value = 'ru';
    expect(await popup.importText(exported)).toEqual({
      kind: 'info',
      text: 'Импортировано: новых 1, обновлено 0, оставлено без изменений 0.',
    });
    expect(popup.requests.value.map((r) => [r.reference, r.status, r.person.fullName])).toEqual([
      [JSON.parse(exported).requests[0].reference, 'sent', 'Иванов Иван'],
    ]);
    expect((await popup.importText(exported))?.text).toBe(
      'Импортировано: новых 0, обновлено 0, оставлено без изменений 1.',
    );
    // The letter as sent came back with it.
    expect((await popup.loadRequest(popup.requests.value[0]!.id))?.letter).toEqual(sentLetter);
  });

  it('keeps the letter as sent through the list, which reads the requests without their letters', async () => {
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('email', 'ivan@example.ru');
    expect(await popup.markSent(today)).toBe(true);
    const sent = popup.record.value;
    expect(sent.letter?.body).toContain('Иванов Иван');
    expect(popup.requests.value[0]).not.toHaveProperty('letter');

    // A status change from the list, then the request opened from the list: the letter is the sent one.
    await popup.setStatus(sent.id, 'answered');
    await popup.startNew();
    await popup.openRecord(sent.id);
    expect(popup.record.value).toMatchObject({ id: sent.id, status: 'answered', letter: sent.letter });
    expect((await getRequest(await openRequestsDb(factory), sent.id))?.letter).toEqual(sent.letter);
  });

  it('deletes every request and forgets the open one: the next opening starts empty', async () => {
    const db = await openRequestsDb(factory);
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('email', 'ivan@example.ru');
    await popup.flush();
    await saveRequest(db, { ...popup.record.value, id: 'other', status: 'sent' });

    expect(await popup.deleteAll()).toBe(true);
    expect(await listRequests(db)).toEqual([]);
    expect((await fakeBrowser.storage.local.get(currentDraftKey))[currentDraftKey]).toBeUndefined();
    expect(popup.record.value.person).toEqual({ fullName: '', email: '' });

    const reopened = await open();
    expect(reopened.record.value.person.fullName).toBe('');
    expect(reopened.requests.value).toEqual([]);
  });
});

describe('drafter state: when the operator received the request', () => {
  async function ready(kind: DrafterIntent['kind'] = 'deletion') {
    const popup = await open({ ...intent, kind });
    popup.setPerson('fullName', 'Иванов Иван');
    popup.setPerson('email', 'ivan@example.ru');
    return popup;
  }

  it('by post: no deadlines until the delivery date is entered, then they run from it', async () => {
    const popup = await ready();
    popup.setChannel('post');
    expect(popup.letter.value.body).toContain('(даты вручения почтового отправления)');
    expect(await popup.markSent('2026-02-16')).toBe(true);
    const id = popup.record.value.id;
    expect(popup.record.value.receivedOn).toBeUndefined();
    expect(popup.record.value.deadlines).toEqual([]);
    // Delivered on Tuesday 24 February 2026.
    expect(await popup.setReceivedOn(id, '2026-02-15')).toBe(false); // before it was sent
    expect(await popup.setReceivedOn(id, '2026-03-03')).toBe(false); // in the future
    expect(await popup.setReceivedOn(id, '2026-02-24')).toBe(true);
    const saved = await getRequest(await openRequestsDb(factory), id);
    expect(saved?.receivedOn).toBe('2026-02-24');
    expect(saved?.deadlines.map((d) => [d.id, d.date])).toEqual([
      ['answer', '2026-03-11'],
      ['stop', '2026-03-11'],
      ['destroy', '2026-03-26'],
    ]);
  });

  it('by e-mail: a later day of receipt moves the deadlines', async () => {
    const popup = await ready('access');
    expect(await popup.markSent('2026-02-27', '2026-03-02')).toBe(true);
    expect(popup.record.value.deadlines.map((d) => [d.id, d.date])).toEqual([['answer', '2026-03-17']]);
  });

  it('stop-marketing: no date deadline; a marketing message after receipt is recorded as the breach', async () => {
    const popup = await ready('stop-marketing');
    expect(await popup.markSent('2026-02-25')).toBe(true);
    const id = popup.record.value.id;
    expect(popup.record.value.deadlines).toEqual([]);
    expect(await popup.recordBreach(id, { on: '2026-02-25', what: 'SMS' })).toBe(false); // the same day
    expect(await popup.recordBreach(id, { on: '2026-02-26', what: '' })).toBe(false);
    expect(await popup.recordBreach(id, { on: '2026-02-26', what: ' SMS о скидках ' })).toBe(true);
    expect((await getRequest(await openRequestsDb(factory), id))?.marketingBreach).toEqual({
      on: '2026-02-26',
      what: 'SMS о скидках',
    });
  });

  it('correction: refuses to go out without what to correct and what proves it', async () => {
    const popup = await ready('correction');
    expect(popup.checkReady()).toBe(false);
    expect(popup.errorFor('details')).toContain('какие данные неточны');
    expect(popup.errorFor('evidence')).toContain('что подтверждает неточность');
    popup.update((r) => ({ ...r, notes: 'Телефон неверный', evidence: 'пишу с верного номера' }));
    expect(popup.checkReady()).toBe(true);
    expect(popup.letter.value.body).not.toContain('[укажите');
  });

  it('a representative must be named, with the document of their authority', async () => {
    const popup = await ready();
    popup.setRepresentative(true);
    expect(popup.checkReady()).toBe(false);
    expect(popup.errorFor('representative.authority')).toContain('доверенность');
    popup.setRepresentativeField('fullName', 'Петров Пётр');
    popup.setRepresentativeField('authority', 'от 01.02.2026 № 77 АА 1234567');
    expect(popup.checkReady()).toBe(true);
    expect(popup.letter.value.body).toContain('на основании доверенности от 01.02.2026 № 77 АА 1234567');
    popup.setRepresentative(false);
    expect(popup.record.value.person.representative).toBeUndefined();
  });
});
