import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hostMatchPatterns } from './policies/sites';

/**
 * WXT's content-script context posts the extension's id to the page and stops the script when the page
 * dispatches an event: the content script gets lib/platform/quiet-content-script-context.ts instead.
 */
const quietContext = fileURLToPath(
  new URL('./lib/platform/quiet-content-script-context.ts', import.meta.url),
);

// Firefox builds as MV2: Firefox ESR still runs MV2 best (content-script host access granted at install,
// persistent background with alarms), and Debian ships firefox-esr. Chrome builds as MV3.
export default defineConfig({
  imports: false,
  hooks: {
    // The loader runs on every page of a covered site, so its bytes are a budget (3 KiB gzip,
    // bench/budgets.json): terser with several passes makes it ~5 % smaller than Vite's default minifier.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === 'panel')) return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: {
          ecma: 2020,
          // `panel` is the name WXT gives the script's result (`var panel = …; panel;`): kept.
          compress: { passes: 3, pure_getters: true, toplevel: true, top_retain: ['panel'], unsafe: true },
          mangle: { toplevel: true, reserved: ['panel'] },
        },
      };
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: quietContext }] },
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    action: { default_title: '__MSG_extActionTitle__' },
    // activeTab (+ scripting in Chrome): a click on the toolbar button or its shortcut lets the extension
    // read the policy of the site in that tab, once. Another host (the policy on legal.example.ru) is
    // asked for at that moment, as an optional permission. No install-time warning for any of them.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      ...(browser === 'firefox' ? hostMatchPatterns() : ['scripting']),
    ],
    // The covered sites, where the loader runs: the background injects the panel's code (panel-ui.js)
    // there when the user reaches for the launcher. The same hosts as the content script's matches, so
    // the install prompt says nothing new (Firefox MV2 lists host permissions under `permissions`).
    ...(browser === 'firefox' ? {} : { host_permissions: hostMatchPatterns() }),
    // The keyboard shortcut that opens and closes the panel on a covered site (the user can change it in
    // the browser's shortcut settings; the panel and the options page show the one in force), and the
    // toolbar button's own shortcut (opens the popup, which grants activeTab like a click).
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandTogglePanel__',
      },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
      },
    },
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'policy-lens@policy-lens.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (MDN browser-compat-data
            // 8.1.4, webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions);
            // every API the extension calls is older there (storage.session 115, action 109).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The APIs need Chrome 102 (storage.session) and the bundle Chrome 111 (Vite 8's default target);
        // action.openPopup() needs 127 (before that the drafter opens in a tab). 116 is kept as the floor.
        { minimum_chrome_version: '116', optional_host_permissions: ['https://*/*', 'http://*/*'] }),
  }),
});
