// @vitest-environment jsdom
// "My requests" with a long history: the first page of rows at once, the rest on request, most
// pressing first.
import 'fake-indexeddb/auto';
import type { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import { createDrafterState, type DrafterState, listPageSize } from '../../components/drafter/state';
import { importBackup, openRequestsDb } from '../../lib/requests/db/store';
import { newDraft, type RequestRecord } from '../../lib/requests/request-record';
import { mountDrafter } from './mount-drafter';

let host: HTMLElement;
let state: DrafterState;
let factory: IDBFactory;

function records(count: number): RequestRecord[] {
  const now = new Date(2026, 2, 2, 10);
  return Array.from({ length: count }, (_, i) => {
    const draft = newDraft('expert.plus', 'deletion', now, () => (i % 997) / 997);
    // One in fifty was sent long ago and is overdue; the rest are finished.
    return i % 50 === 49
      ? {
          ...draft,
          id: `r${i}`,
          status: 'sent' as const,
          sentOn: '2026-01-12',
          deadlines: [
            { id: 'answer', label: { ru: 'ответ', en: 'answer' }, date: '2026-01-26', approximate: false },
          ],
        }
      : { ...draft, id: `r${i}`, status: 'done' as const };
  });
}

let unmount: () => Promise<void>;
beforeEach(async () => {
  ({ state, host, factory, unmount } = await mountDrafter(undefined, (s) =>
    vi.waitFor(() => expect(s.requestsLoaded.value).toBe(true)),
  ));
});
afterEach(() => unmount());

const rows = () => [...host.querySelectorAll<HTMLElement>('.requests li.req')];

describe('a long list of requests', () => {
  it('shows the first page with the overdue ones on top, then more and all on request', async () => {
    await act(() => {
      state.requests.value = records(250);
      state.view.value = 'list';
    });
    expect(rows()).toHaveLength(listPageSize);
    expect(host.querySelector('h2')?.textContent).toContain('(250)');
    // The five overdue requests (r49, r99, …) come first, though they sit deep in the stored order.
    expect(
      rows()
        .slice(0, 5)
        .map((r) => r.dataset.id),
    ).toEqual(['r49', 'r99', 'r149', 'r199', 'r249']);
    expect(rows()[0]!.classList.contains('status-overdue')).toBe(true);
    expect(listPageSize).toBe(50);
    expect(host.querySelector('.more .muted')?.textContent).toBe('Показано 50 из 250.');

    for (const shown of [100, 150, 200]) {
      await act(async () => host.querySelector<HTMLElement>('[data-action="show-more"]')!.click());
      expect(rows()).toHaveLength(shown);
      // Said in the view's one status line, not by a live region of its own.
      expect(host.querySelector('[role="status"]')?.textContent).toBe(`Показано ${shown} из 250.`);
    }
    expect(host.querySelector('[data-action="show-more"]')?.textContent).toBe('Показать ещё 50');

    await act(async () => host.querySelector<HTMLElement>('[data-action="show-all"]')!.click());
    expect(rows()).toHaveLength(250);
    expect(host.querySelector('.more')).toBeNull();
  });

  it('reads the first page on its own and shows it, then the rest, from a store of 250', async () => {
    // Stored newest first by index, so r0 is the most recently changed.
    const stored = records(250).map((r, i) => ({
      ...r,
      updatedAt: new Date(Date.UTC(2026, 2, 1, 12) - i * 60_000).toISOString(),
    }));
    await importBackup(await openRequestsDb(factory), stored, 'replace');
    const popup = createDrafterState({
      openDb: () => openRequestsDb(factory),
      now: () => new Date(2026, 2, 2, 10),
    });
    const view = document.createElement('div');
    document.body.append(view);
    popup.view.value = 'list';
    popup.lang.value = 'ru';
    render(<DrafterApp state={popup} />, view);
    const firstPage = new Promise<string[]>((resolve) => {
      const stop = popup.requests.subscribe((list) => {
        if (list.length === 0) return;
        // The first page arrives before the rest, with the total counted in the store.
        expect(popup.requestsTotal.value).toBe(250);
        resolve(list.map((r) => r.id));
        queueMicrotask(() => stop());
      });
    });
    await act(() => popup.init(undefined));
    const first = await firstPage;
    expect(first).toHaveLength(listPageSize);
    expect(first.slice(0, 5)).toEqual(['r49', 'r99', 'r149', 'r199', 'r249']);
    await vi.waitFor(() => expect(popup.requestsTotal.value).toBeNull());
    await act(() => {});
    const shown = () =>
      [...view.querySelectorAll<HTMLElement>('.requests li.req')].map((li) => li.dataset.id);
    // The same rows as the first page, and the count of all.
    expect(shown()).toEqual(first);
    expect(view.querySelector('h2')?.textContent).toContain('(250)');
    await act(async () => view.querySelector<HTMLElement>('[data-action="show-all"]')!.click());
    expect(shown()).toHaveLength(250);
    render(null, view);
    view.remove();
  });

  it('after deleting a row, puts focus on the next one (or the heading) and says it was deleted', async () => {
    const stored = records(3).map((r, i) => ({
      ...r,
      updatedAt: new Date(Date.UTC(2026, 2, 1, 12) - i * 60_000).toISOString(),
    }));
    await importBackup(await openRequestsDb(factory), stored, 'replace');
    await act(async () => {
      await state.refreshList();
      state.view.value = 'list';
    });
    const focusedRow = () => (document.activeElement?.closest('li.req') as HTMLElement | null)?.dataset.id;
    const remove = async (id: string) => {
      await act(async () =>
        host.querySelector<HTMLElement>(`li.req[data-id="${id}"] [data-action="delete"]`)!.click(),
      );
      expect(document.activeElement?.getAttribute('data-action')).toBe('delete-no');
      await act(async () =>
        host.querySelector<HTMLElement>(`li.req[data-id="${id}"] [data-action="delete-yes"]`)!.click(),
      );
      await vi.waitFor(() => expect(host.querySelector(`li.req[data-id="${id}"]`)).toBeNull());
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    };
    expect(rows().map((r) => r.dataset.id)).toEqual(['r0', 'r1', 'r2']);

    await remove('r1');
    expect(focusedRow()).toBe('r2');
    expect(document.activeElement?.getAttribute('data-action')).toBe('open');
    expect(host.querySelector('#pl-data-notice')?.textContent).toBe('Запрос удалён.');
    await remove('r2');
    expect(focusedRow()).toBe('r0'); // the last row: the one before it
    await remove('r0');
    expect(document.activeElement).toBe(host.querySelector('.list-view h2'));
    expect(host.querySelector('.list-view .muted')?.textContent).toBe('Запросов пока нет.');
  });

  it('shows a short list whole, without the more buttons', async () => {
    await act(() => {
      state.requests.value = records(3);
      state.view.value = 'list';
    });
    expect(rows()).toHaveLength(3);
    expect(host.querySelector('.more')).toBeNull();
  });
});
