// The panel's open state, per tab: a panel opened in one tab stays open as the user moves through the
// site in that tab, and no other tab opens it by itself (storage.session: gone when the browser closes,
// and each tab's entry goes when the tab closes). Also the keyboard shortcut that toggles the panel in
// the active tab.
import { browser } from 'wxt/browser';
import { defaultPlacement } from '../../components/panel/placement';
import type { PanelState } from '../../lib/platform/messages';
import {
  autoOpenSetting,
  browserUiLang,
  hiddenSitesSetting,
  languageSetting,
  launcherPlacesSetting,
  launcherSideSetting,
  themeSetting,
} from '../../lib/platform/settings';
import { panelCommand, sessionKeys } from '../../lib/platform/storage-keys';

const keyOf = (tabId: number) => `${sessionKeys.panelOpenTabPrefix}${tabId}`;

/** Whether the user left the panel open (true) or closed (false) in this tab; null if neither yet. */
export async function panelOpenIn(tabId: number): Promise<boolean | null> {
  const key = keyOf(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'boolean' ? value : null;
}

export async function setPanelOpen(tabId: number, open: boolean): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: open });
}

/** The shortcut in force for the panel, as the browser writes it ('' when the user removed it). */
export async function panelShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === panelCommand)?.shortcut ?? '';
}

/** What the loader on a page of `siteId` in `tabId` draws the launcher from, and the panel starts with. */
export async function panelState(siteId: string, tabId: number): Promise<PanelState> {
  const [open, shortcut, lang, theme, autoOpen, hidden, side, places] = await Promise.all([
    panelOpenIn(tabId),
    panelShortcut().catch(() => ''),
    languageSetting.getValue(),
    themeSetting.getValue(),
    autoOpenSetting.getValue(),
    hiddenSitesSetting.getValue(),
    launcherSideSetting.getValue(),
    launcherPlacesSetting.getValue(),
  ]);
  // Written only by this extension: a place the user chose on this site, or none.
  const saved = places[siteId];
  return {
    open: open ?? autoOpen,
    shortcut,
    hidden: hidden.includes(siteId),
    lang,
    uiLang: browserUiLang(),
    theme,
    placement: saved ?? { side, top: defaultPlacement.top },
    placed: saved !== undefined,
  };
}

/** Wires the shortcut and the clean-up; call once from the background's main(). */
export function startPanelTabs(): void {
  browser.tabs.onRemoved.addListener(
    (tabId) => void browser.storage.session.remove(keyOf(tabId)).catch(() => undefined),
  );
  browser.commands.onCommand.addListener(async (name, tab) => {
    if (name !== panelCommand) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // Only our content script listens; on a page it does not cover nothing answers, and nothing happens.
    await browser.tabs.sendMessage(tabId, { type: 'toggle-panel' }).catch(() => undefined);
  });
}
