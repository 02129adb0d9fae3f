// The settings model: the drafter's language and the sites whose panel the user hid.

import { signal } from '@preact/signals';
import { hiddenSitesSetting, languageSetting, uiLang } from '../../../lib/platform/settings';
import { StorageError } from '../../../lib/requests/db/errors';
import type { Lang } from '../../../policies/types';

export type Notice = { kind: 'info' | 'error'; text: string } | null;

export function createSettingsModel() {
  const lang = signal<Lang>('ru');
  const hiddenSites = signal<string[]>([]);
  const notice = signal<Notice>(null);

  async function loadSettings() {
    try {
      const [chosen, hidden] = await Promise.all([uiLang(), hiddenSitesSetting.getValue()]);
      lang.value = chosen;
      hiddenSites.value = hidden;
      // Hidden in a page while the drafter is open: Settings shows it at once, with its way back.
      hiddenSitesSetting.watch((next) => {
        hiddenSites.value = Array.isArray(next) ? next : [];
      });
    } catch {
      // Settings unreadable: Russian and an empty list are safe defaults.
    }
  }

  function storageErrorMessage() {
    return new StorageError('unknown').userMessage[lang.value];
  }

  /** Shows (true) or hides (false) the panel on a site: the switch of the toolbar popup's settings. */
  async function setShownOn(policyId: string, shown: boolean) {
    const next = shown
      ? hiddenSites.value.filter((id) => id !== policyId)
      : [...new Set([...hiddenSites.value, policyId])];
    hiddenSites.value = next;
    try {
      await hiddenSitesSetting.setValue(next);
    } catch {
      notice.value = { kind: 'error', text: storageErrorMessage() };
    }
  }

  async function showPanelAgain(policyId: string) {
    await setShownOn(policyId, true);
  }

  async function setLang(next: Lang) {
    lang.value = next;
    document.documentElement.lang = next;
    try {
      await languageSetting.setValue(next);
    } catch {
      // The choice still applies to this window.
    }
  }

  return { lang, hiddenSites, notice, loadSettings, setShownOn, showPanelAgain, setLang };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
