// @vitest-environment jsdom
// Status messages (issue #15, point 18): each view of the drafter and the options page has ONE polite
// live region, in the page before anything is said (a region that appears with its text is often not
// read) and never switched to an alert; every action that finishes says so there, a download too; a
// failed check makes one announcement (the status line) and moves the focus to the first wrong field.
import 'fake-indexeddb/auto';
import type { IDBFactory } from 'fake-indexeddb';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrafterState } from '../../components/drafter/state';
import { importBackup, openRequestsDb } from '../../lib/requests/db/store';
import { newDraft, type RequestRecord } from '../../lib/requests/request-record';
import { liveRegions } from './live-regions';
import { mountDrafter } from './mount-drafter';

let host: HTMLElement;
let state: DrafterState;
let factory: IDBFactory;

const describeRegions = () =>
  liveRegions(host).map((el) => `${el.tagName.toLowerCase()}#${el.id}[role=${el.getAttribute('role')}]`);

const q = <T extends Element = HTMLElement>(selector: string) => host.querySelector<T>(selector);

async function click(selector: string) {
  const el = q(selector);
  if (!el) throw new Error(`no ${selector}`);
  await act(async () => el.click());
}

/** Chooses a file in a file input, as the picker does (jsdom's File has no text()). */
async function choose(input: HTMLInputElement, text: string) {
  const file = { name: 'backup.json', size: text.length, text: async () => text };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function overdue(i: number): RequestRecord {
  const draft = newDraft('expert.plus', 'deletion', new Date(2026, 0, 10, 10), () => i / 10);
  return {
    ...draft,
    id: `r${i}`,
    person: { fullName: `Иванова Мария ${i}`, email: `m${i}@example.org`, recipient: 'info@expert.plus' },
    status: 'sent',
    sentOn: '2026-01-12',
    receivedOn: '2026-01-12',
    deadlines: [
      { id: 'answer', label: { ru: 'ответ', en: 'answer' }, date: '2026-01-26', approximate: false },
    ],
    letter: { subject: `Требование ${i}`, body: `Письмо ${i}.` },
  };
}

describe('the drafter', () => {
  let unmount: () => Promise<void>;
  beforeEach(async () => {
    ({ state, host, factory, unmount } = await mountDrafter({
      policyId: 'expert.plus',
      kind: 'deletion',
      pageContacts: [],
      pageUrl: '',
    }));
  });
  afterEach(() => unmount());

  it('has one polite live region in the draft view; a failed check says so once, with no alert, and focuses the first wrong field', async () => {
    expect(describeRegions()).toEqual(['p#pl-send-notice[role=status]']);
    expect(q('#pl-send-notice')?.textContent).toBe('');
    await click('#pl-copy');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('pl-fullName'));
    expect(describeRegions()).toEqual(['p#pl-send-notice[role=status]']);
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(q('#pl-send-notice')?.textContent).toBe('Исправьте отмеченные поля.');
    expect(document.activeElement?.id).toBe('pl-fullName');
    expect(q('#pl-fullName')?.getAttribute('aria-describedby')).toContain('pl-fullName-error');
  });

  it('says where a downloaded letter went, in that same region', async () => {
    const download = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    await act(async () => {
      state.setPerson('fullName', 'Иванов Иван');
      state.setPerson('email', 'ivan@example.ru');
    });
    await click('#pl-download');
    expect(download).toHaveBeenCalledOnce();
    expect(q('#pl-send-notice')?.textContent).toMatch(/^Письмо сохранено в файл PL-.*\.txt\.$/);
    expect(liveRegions(host)).toHaveLength(1);
    download.mockRestore();
  });

  it('names the focusable letter preview, and the form has a heading for each section', () => {
    const letter = q('#pl-letter');
    expect(letter?.tabIndex).toBe(0);
    expect(letter?.getAttribute('role')).toBe('region');
    expect(letter?.getAttribute('aria-label')).toBe('Текст письма');
    const headings = () => [...host.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings()).toEqual([
      'Запрос',
      'Кто вы',
      'Куда и как отправить',
      'Письмо',
      'Как отправить письмо',
    ]);
    // Each fieldset's heading is its legend's: the group is named by it.
    expect(
      q('.kinds')?.closest('fieldset:not(.kinds)')?.querySelector(':scope > legend h2')?.textContent,
    ).toBe('Запрос');
  });

  it('has one polite live region in My requests: show more, a follow-up copied or downloaded, export, the calendar, delete', async () => {
    const records = Array.from({ length: 60 }, (_, i) => overdue(i));
    await importBackup(await openRequestsDb(factory), records, 'merge');
    await act(async () => {
      state.view.value = 'list';
      await state.refreshList();
    });
    await vi.waitFor(() => expect(q('[data-action="show-more"]')).not.toBeNull());
    expect(describeRegions()).toEqual(['p#pl-data-notice[role=status]']);
    await click('[data-action="show-more"]');
    expect(q('#pl-data-notice')?.textContent).toBe('Показано 60 из 60.');

    const url = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    await click('.requests li.req [data-action="follow-up"]');
    await vi.waitFor(() => expect(q('.follow-up')).not.toBeNull());
    expect(describeRegions()).toEqual(['p#pl-data-notice[role=status]']);
    const followUpButton = (text: string) =>
      [...host.querySelectorAll<HTMLButtonElement>('.follow-up button')].find((b) => b.textContent === text);
    await act(async () => followUpButton('Скачать .txt')?.click());
    expect(q('#pl-data-notice')?.textContent).toMatch(/^Письмо сохранено в файл PL-.*-follow-up\.txt\.$/);

    await click('#pl-export');
    await vi.waitFor(() =>
      expect(q('#pl-data-notice')?.textContent).toMatch(
        /^Резервная копия сохранена в файл policy-lens-backup-.*\.json \(папка загрузок\)\.$/,
      ),
    );
    await click('#pl-ics');
    await vi.waitFor(() =>
      expect(q('#pl-data-notice')?.textContent).toMatch(/^Сроки сохранены в файл policy-lens-deadlines\.ics/),
    );
    url.mockRestore();

    await click('.requests li.req [data-action="delete"]');
    await click('.requests li.req [data-action="delete-yes"]');
    await vi.waitFor(() => expect(q('#pl-data-notice')?.textContent).toBe('Запрос удалён.'));
    expect(describeRegions()).toEqual(['p#pl-data-notice[role=status]']);
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });

  it('after "delete everything" in My requests, puts the focus on the status line that says so', async () => {
    await importBackup(await openRequestsDb(factory), [overdue(1), overdue(2)], 'merge');
    await act(async () => {
      state.view.value = 'list';
      await state.refreshList();
    });
    await click('#pl-delete-all');
    expect(document.activeElement?.textContent).toBe('Отмена');
    await click('#pl-delete-all-yes');
    await vi.waitFor(() => expect(q('#pl-data-notice')?.textContent).toMatch(/удалено/));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('pl-data-notice'));
  });

  it('says an import refusal in the same polite region, not in an alert', async () => {
    await act(async () => {
      state.view.value = 'list';
      await state.refreshList();
    });
    await choose(q<HTMLInputElement>('#pl-import')!, '{"format": "something-else"}');
    await vi.waitFor(() => expect(q('#pl-data-notice')?.textContent).toMatch(/Ваши запросы не изменены\.$/));
    expect(q('#pl-data-notice')?.getAttribute('role')).toBe('status');
    expect(q('#pl-data-notice')?.className).toContain('error');
    expect(liveRegions(host)).toHaveLength(1);
  });

  it('has at most one live region in the home and settings views', async () => {
    for (const view of ['home', 'settings'] as const) {
      await act(async () => {
        state.view.value = view;
      });
      expect(liveRegions(host).length, view).toBeLessThanOrEqual(1);
    }
  });
});
