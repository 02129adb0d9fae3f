// Which request the drafter shows, kept in extension storage (no personal data) so that reopening the
// popup restores it.

import { browser } from 'wxt/browser';
import { localKeys } from '../../../lib/platform/storage-keys';
import type { RequestKind } from '../../../policies/types';

const currentDraftKey = localKeys.drafterCurrent;

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

export function createPointerStore() {
  /** The pointer last written, so an unchanged one is not written again. */
  let last = '';

  async function write(pointer: CurrentDraftPointer): Promise<void> {
    const json = JSON.stringify(pointer);
    if (json === last) return;
    await browser.storage.local.set({ [currentDraftKey]: pointer });
    last = json;
  }

  /** The pointer kept by the last window, or undefined when there is none or it cannot be read. */
  async function read(): Promise<CurrentDraftPointer | undefined> {
    try {
      return (await browser.storage.local.get(currentDraftKey))[currentDraftKey] as
        | CurrentDraftPointer
        | undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored pointer was removed (with everything else in extension storage): the next one is written. */
  function forgotten() {
    last = '';
  }

  return { write, read, forgotten };
}

export type PointerStore = ReturnType<typeof createPointerStore>;
