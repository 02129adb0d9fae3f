// The settings of the options page and the launcher's place, one storage item each (extension storage:
// the page can neither read nor change them).
import type { LauncherPlacement, Side } from '../../components/panel/placement';
import { defineSetting } from '../../utils/settings';

/** Light, dark, or as the system says. */
export type Theme = 'auto' | 'light' | 'dark';
export const themeSetting = defineSetting<Theme>('theme', 'auto');

/** The edge where the launcher starts on a site where the user has not moved it. */
export const launcherSideSetting = defineSetting<Side>('launcherSide', 'right');

/** Per site (policy id), where the user put the launcher. Read through parsePlacement. */
export const launcherPlacesSetting = defineSetting<Record<string, LauncherPlacement>>('launcherPlaces', {});

/** Whether the panel opens by itself on a site the extension covers. Off unless the user turns it on. */
export const autoOpenSetting = defineSetting<boolean>('autoOpen', false);

/** Deadline reminders: whether they are shown, and the hour of the morning after a deadline. */
export interface Reminders {
  on: boolean;
  hour: number;
}
export const remindersSetting = defineSetting<Reminders>('reminders', { on: true, hour: 9 });
