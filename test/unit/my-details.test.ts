// @vitest-environment jsdom
// "Use my details from my last request": kept on the device (IndexedDB meta) once a request is marked
// sent, offered to a new draft, filled into its empty fields only, and forgotten on request or with
// everything else.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDrafterState } from '../../components/drafter/state';
import type { DrafterIntent } from '../../lib/platform/messages';
import { getMeta, openRequestsDb } from '../../lib/requests/db/store';

const intent: DrafterIntent = {
  policyId: 'expert.plus',
  kind: 'deletion',
  pageContacts: [],
  pageUrl: 'https://expert.plus/',
};
const now = () => new Date(2026, 2, 2, 10, 0, 0);
let factory: IDBFactory;

async function open(opening?: DrafterIntent) {
  const state = createDrafterState({ openDb: () => openRequestsDb(factory), now });
  await state.init(opening);
  return state;
}

beforeEach(() => {
  fakeBrowser.reset();
  factory = new IDBFactory();
});

describe('my details from the last request', () => {
  it('are kept when a request is sent, offered to the next one and fill only its empty fields', async () => {
    const first = await open(intent);
    expect(first.myDetails.value).toBeNull();
    first.setPerson('fullName', 'Иванова Мария');
    first.setPerson('email', 'maria@example.ru');
    first.setPerson('phone', '+7 900 000-00-00');
    first.setPerson('accountInfo', 'заказ 123');
    expect(await first.markSent('2026-03-02')).toBe(true);
    const kept = await getMeta(await openRequestsDb(factory), 'myDetails');
    // Who the user is on the site; nothing about one request (account notes) or a document.
    expect(kept).toEqual({ fullName: 'Иванова Мария', email: 'maria@example.ru', phone: '+7 900 000-00-00' });

    await first.startNew();
    const next = await open(intent);
    expect(next.myDetails.value).toEqual(kept);
    next.setPerson('email', 'other@example.ru');
    next.useMyDetails();
    expect(next.record.value.person).toMatchObject({
      fullName: 'Иванова Мария',
      email: 'other@example.ru',
      phone: '+7 900 000-00-00',
    });
  });

  it('are forgotten on request, and with everything else', async () => {
    const popup = await open(intent);
    popup.setPerson('fullName', 'Иванова Мария');
    popup.setPerson('email', 'maria@example.ru');
    expect(await popup.markSent('2026-03-02')).toBe(true);
    await popup.forgetMyDetails();
    expect(popup.myDetails.value).toBeNull();
    expect(await getMeta(await openRequestsDb(factory), 'myDetails')).toBeUndefined();

    await popup.startNew();
    popup.setPerson('fullName', 'Иванова Мария');
    popup.setPerson('email', 'maria@example.ru');
    expect(await popup.markSent('2026-03-02')).toBe(true);
    expect(popup.myDetails.value).not.toBeNull();
    expect(await popup.deleteAll()).toBe(true);
    expect(popup.myDetails.value).toBeNull();
    expect(await getMeta(await openRequestsDb(factory), 'myDetails')).toBeUndefined();
  });
});
