// The user's settings, one storage item each (keys in storage-keys.ts). Extension storage (not the
// page's): the page can neither read nor change them. A small wrapper rather than WXT's storage
// module, which would add about 4 KB gzip to the content script that every expert.plus page loads.

import { browser } from 'wxt/browser';
import { browserLang, type Lang } from '../text/lang';
import type { PolicyCheck } from './messages';
import { localKeys } from './storage-keys';

export interface Setting<T> {
  /** Its storage.local key (storage-keys.ts). */
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` when any context changes the value; returns the unsubscribe function. */
  watch(onChange: (value: T) => void): () => void;
}

export function defineSetting<T>(key: string, fallback: T): Setting<T> {
  return {
    key,
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return stored[key] !== undefined ? (stored[key] as T) : fallback;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change)
          onChange(change.newValue === undefined ? fallback : (change.newValue as T));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** The UI language the user chose in the panel or drafter; null follows the browser's language. */
export const languageSetting = defineSetting<Lang | null>(localKeys.language, null);

/** Sites (policy ids) where the user asked to hide the panel's launcher. */
export const hiddenSitesSetting = defineSetting<string[]>(localKeys.hiddenSites, []);

/** Light, dark, or as the system says. */
export type Theme = 'auto' | 'light' | 'dark';
export const themeSetting = defineSetting<Theme>(localKeys.theme, 'auto');

/** A window edge the launcher sits on. */
export type Side = 'left' | 'right';

/** The launcher's place: a side, and its centre as a percentage of the window's height (0–100). */
export interface LauncherPlacement {
  side: Side;
  top: number;
}

/** The edge where the launcher starts on a site where the user has not moved it. */
export const launcherSideSetting = defineSetting<Side>(localKeys.launcherSide, 'right');

/** Per site (policy id), where the user put the launcher. */
export const launcherPlacesSetting = defineSetting<Record<string, LauncherPlacement>>(
  localKeys.launcherPlaces,
  {},
);

/** Whether the panel opens by itself on a site the extension covers. Off unless the user turns it on. */
export const autoOpenSetting = defineSetting<boolean>(localKeys.autoOpen, false);

/** Deadline reminders: whether they are shown, and the hour of the morning after a deadline. */
export interface Reminders {
  on: boolean;
  hour: number;
}
export const remindersSetting = defineSetting<Reminders>(localKeys.reminders, { on: true, hour: 9 });

/** What the last check of a site's policy page found: its fingerprint, when, and what differed. */
export type PolicySeen = PolicyCheck & { state: 'unchanged' | 'changed' };

/**
 * Per site, the fingerprint of the policy text last seen on the site, and when, with the comparison
 * result (clause ids and policy words, never user data). Written by the background only.
 */
export const policySeenSetting = defineSetting<Record<string, PolicySeen>>(localKeys.policySeen, {});

/** The browser's UI language as one of ours; Russian, the site's language, if the browser will not say. */
export function browserUiLang(): Lang {
  try {
    return browserLang(browser.i18n.getUILanguage());
  } catch {
    return 'ru';
  }
}

/** The language the UI speaks: the user's choice, else the browser's. */
export async function uiLang(): Promise<Lang> {
  return (await languageSetting.getValue().catch(() => null)) ?? browserUiLang();
}
