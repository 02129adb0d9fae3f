// The drafter as the component tests mount it: a fresh fake IndexedDB, a fixed clock (2 March 2026,
// 10:00), Russian, rendered into a host element in the document.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DrafterApp } from '../../components/drafter/DrafterApp';
import { createDrafterState, type DrafterState } from '../../components/drafter/state';
import { openRequestsDb } from '../../lib/requests/db/store';

export async function mountDrafter(
  intent?: Parameters<DrafterState['init']>[0],
  afterInit?: (state: DrafterState) => Promise<void>,
) {
  fakeBrowser.reset();
  const factory = new IDBFactory();
  const state = createDrafterState({
    openDb: () => openRequestsDb(factory),
    now: () => new Date(2026, 2, 2, 10),
  });
  await state.init(intent);
  await afterInit?.(state);
  state.lang.value = 'ru';
  const host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<DrafterApp state={state} />, host));
  return {
    state,
    host,
    factory,
    async unmount() {
      await state.flush();
      render(null, host);
      host.remove();
    },
  };
}
