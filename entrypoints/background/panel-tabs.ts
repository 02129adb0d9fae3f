// The panel's open state, per tab: a panel opened in one tab stays open as the user moves through the
// site in that tab, and no other tab opens it by itself (storage.session: gone when the browser closes,
// and each tab's entry goes when the tab closes). Also the keyboard shortcut that toggles the panel in
// the active tab.
import { browser } from 'wxt/browser';
import { defaultPlacement } from '../../components/panel/placement';
import { type PanelState, settingsChangedMessage, togglePanelMessage } from '../../lib/platform/messages';
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
import { findSiteForUrl, hostMatchPatterns } from '../../policies/sites';

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

/** The settings panelState() reads: a change to any of them is told to the pages (below). */
const panelStateKeys: readonly string[] = [
  languageSetting,
  themeSetting,
  autoOpenSetting,
  hiddenSitesSetting,
  launcherSideSetting,
  launcherPlacesSetting,
].map((setting) => setting.key);

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

/**
 * Tells every page of a covered site that the settings changed, so that its launcher follows (hidden on
 * the site or brought back, another language, theme or place). Told from here rather than heard through
 * `storage.onChanged` in the page: the loader then never touches the storage API, whose first use costs
 * every page of the site (bench: main-thread CPU per load). Only a change to what panelState() reads
 (not, say, the drafter saving its draft as the user types).
 */
async function announceSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({ url: hostMatchPatterns() }).catch(() => []);
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : browser.tabs.sendMessage(t.id, settingsChangedMessage).catch(() => undefined),
    ),
  );
}

/** Wires the shortcut, the settings' announcement and the clean-up; call once from the background's main(). */
export function startPanelTabs(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && panelStateKeys.some((key) => key in changes)) void announceSettingsChanged();
  });
  browser.tabs.onRemoved.addListener(
    (tabId) => void browser.storage.session.remove(keyOf(tabId)).catch(() => undefined),
  );
  browser.commands.onCommand.addListener(async (name, tab) => {
    if (name !== panelCommand) return;
    const target =
      tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    const tabId = target?.id;
    if (tabId === undefined) return;
    // Only our content script listens; on a page it does not cover nothing answers, and nothing happens.
    const delivered = await browser.tabs.sendMessage(tabId, togglePanelMessage).then(
      () => true,
      () => false,
    );
    // A page of a covered site whose loader has not started yet (the page is still loading): it opens
    // the panel when it starts, as left open in this tab.
    // (`tab.url` is there for the covered sites, the extension's host permissions.)
    if (!delivered && findSiteForUrl(target?.url)) await setPanelOpen(tabId, true);
  });
}
