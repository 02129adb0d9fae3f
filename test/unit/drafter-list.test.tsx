// @vitest-environment jsdom
// "My requests" with a long history: the first page of rows at once, the rest on request, most
// pressing first.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import { listPageSize } from '../../components/drafter/RequestList';
import { createDrafterState, type DrafterState } from '../../components/drafter/state';
import { newDraft, type RequestRecord } from '../../utils/request-record';
import { openRequestsDb } from '../../utils/requests-db';

let host: HTMLElement;
let state: DrafterState;

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

beforeEach(async () => {
  fakeBrowser.reset();
  const factory = new IDBFactory();
  state = createDrafterState({ openDb: () => openRequestsDb(factory), now: () => new Date(2026, 2, 2, 10) });
  await state.init(undefined);
  state.lang.value = 'ru';
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<DrafterApp state={state} />, host));
});
afterEach(async () => {
  await state.flush();
  render(null, host);
  host.remove();
});

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
    expect(host.querySelector('.more [role="status"]')?.textContent).toBe('Показано 100 из 250.');

    await act(async () => host.querySelector<HTMLElement>('[data-action="show-more"]')!.click());
    expect(rows()).toHaveLength(200);
    expect(host.querySelector('[data-action="show-more"]')?.textContent).toBe('Показать ещё 50');

    await act(async () => host.querySelector<HTMLElement>('[data-action="show-all"]')!.click());
    expect(rows()).toHaveLength(250);
    expect(host.querySelector('.more')).toBeNull();
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
