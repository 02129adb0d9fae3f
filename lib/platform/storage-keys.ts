// EVERY name under which the extension keeps something in the browser, in one place: the keys of
// extension storage (`storage.local`, `storage.session`), the alarm's name and the IndexedDB database
// with its object stores. Extension storage and the database belong to the extension's origin; the
// page can neither read nor change them. Renaming one orphans what users already have: add a migration.

/** `storage.local`: one key per setting (lib/platform/settings.ts) and per piece of drafter state. */
export const localKeys = {
  /** The UI language the user chose; null follows the browser. */
  language: 'language',
  /** Sites where the user hid the panel's launcher. */
  hiddenSites: 'hiddenSites',
  /** Per site, the last check of its live policy (written by the background only). */
  policySeen: 'policySeen',
  /** Which request the drafter shows (an id, the site and the kind; no personal data and nothing from
   *  the page), so reopening the popup restores it. */
  drafterCurrent: 'drafterCurrent',
  /** Bumped by the drafter after every write, so the background reschedules the deadline reminders. */
  requestsChangedAt: 'requestsChangedAt',
  /** The reminders' one record, `{ through: 'YYYY-MM-DD' }`: the last day whose run-out deadlines the
   *  user was told about (lib/requests/reminders.ts). */
  notifiedOverdue: 'notifiedOverdue',
  /** Light, dark, or as the system says (the options page). */
  theme: 'theme',
  /** The edge where the launcher starts on a site where the user has not moved it. */
  launcherSide: 'launcherSide',
  /** Per site (policy id), where the user moved the launcher: `{ side, top }`. */
  launcherPlaces: 'launcherPlaces',
  /** Whether the panel opens by itself on a covered site (off unless the user turns it on). */
  autoOpen: 'autoOpen',
  /** Deadline reminders: `{ on, hour }`. */
  reminders: 'reminders',
} as const;

/** `storage.session`: where the background leaves an intent before Chrome's action.openPopup(), for the
 *  popup to take once (lib/platform/messages.ts, `pendingIntentMaxAgeMs`). */
export const sessionKeys = {
  pendingDrafterIntent: 'pendingDrafterIntent',
  /** On-demand reading (issue #18): the tab ids showing a reading the user asked for, each with the
   *  origin it was read on, so only the reader in those tabs may open the drafter. */
  readingTabs: 'readingTabs',
  /** On-demand reading: per tab id, the policy page on another origin the popup asked the user about;
   *  only that page is read once the user grants its origin. */
  readingOffers: 'readingOffers',
  /** The token of the operator intent the toolbar popup (Chrome's action.openPopup) should take. */
  pendingOperatorIntent: 'pendingOperatorIntent',
  /** Prefix of `operatorIntent:<token>`: an intent to write to an operator a reading found, with the
   *  reading, left for the drafter to take once. */
  operatorIntentPrefix: 'operatorIntent:',
  /** Followed by a tab id: whether the user left the panel open (true) or closed (false) in that tab
   *  (entrypoints/background/panel-tabs.ts; removed when the tab closes). */
  panelOpenTabPrefix: 'panelOpen:',
} as const;

/** The `commands` entry (the manifest's keyboard shortcut) that opens and closes the panel. */
export const panelCommand = 'toggle-panel';

/** The `alarms` alarm (and notification id) of the deadline reminders. */
export const deadlineAlarmName = 'policy-lens-deadline';

/** The IndexedDB database of the user's requests (lib/requests/db/) and its object stores. */
export const requestsDbName = 'policy-lens';
export const requestsDbStores = {
  /** The requests, by id, without their letters. */
  requests: 'requests',
  /** Each sent letter, under its request's id. */
  letters: 'letters',
  /** Key-value facts about the database itself. */
  meta: 'meta',
  /** The automatic reading a request was made from (issue #18), under the request's id (v6). */
  readings: 'readings',
} as const;
