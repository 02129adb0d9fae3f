import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '../../components/panel/panel.css?inline';
import themeCss from '../../components/theme.css?inline';
import {
  type Message,
  type PanelState,
  type PolicyCheck,
  parsePolicyCheck,
} from '../../lib/platform/messages';
import {
  autoOpenSetting,
  hiddenSitesSetting,
  languageSetting,
  type Theme,
  themeSetting,
} from '../../lib/platform/settings';
import { fingerprint } from '../../lib/policy-watch/fingerprint';
import { findSiteForUrl } from '../../policies/sites';
import { App, send } from './App';
import { type MountedHost, mountPanelHost } from './mount';
import { policyPageText } from './policy-page-text';

/** How long the page must be quiet (no navigation) before its policy text is read. */
const settleMs = 800;

export default defineContentScript({
  // Literal, because WXT reads it at build time; a unit test checks it equals hostMatchPatterns().
  matches: ['*://expert.plus/*', '*://*.expert.plus/*'],
  // As soon as the document is parsed (around DOMContentLoaded), not when Chromium finds the page idle.
  runAt: 'document_end',
  async main(ctx) {
    const site = findSiteForUrl(location.href);
    if (!site) return;
    /** What the first mount needs, asked for at once: the open state is this tab's (the background
     *  keeps it), or, where the user has not opened or closed it in this tab, the auto-open setting. */
    const firstState = async () => {
      const [lang, theme, autoOpen, tab] = await Promise.all([
        languageSetting.getValue(),
        themeSetting.getValue(),
        autoOpenSetting.getValue(),
        send<PanelState | undefined>({ type: 'panel-state' }).catch(() => undefined),
      ]);
      return { lang, theme, open: tab?.open ?? autoOpen, shortcut: tab?.shortcut ?? '' };
    };
    type First = Awaited<ReturnType<typeof firstState>>;
    const firstRead = Promise.all([hiddenSitesSetting.getValue(), firstState()]);
    let preset: First | undefined;

    let mounted: MountedHost | undefined;
    /** What the background found comparing this page's policy text with the reviewed one. */
    let pageCheck: PolicyCheck | undefined;
    let settings: First = { lang: null, theme: 'auto' as Theme, open: false, shortcut: '' };
    const draw = () => {
      if (!mounted) return;
      render(
        <App
          site={site}
          initialLang={settings.lang}
          initialOpen={settings.open}
          initialTheme={settings.theme}
          shortcut={settings.shortcut}
          pageCheck={pageCheck}
          onHidden={unmount}
          host={mounted.host}
        />,
        mounted.container,
      );
    };
    const unmount = () => {
      if (!mounted) return;
      render(null, mounted.container);
      mounted.remove();
      mounted = undefined;
    };
    const mount = async () => {
      if (mounted || !ctx.isValid) return;
      const first = preset ?? (await firstState());
      preset = undefined;
      if (mounted || !ctx.isValid) return;
      // Rendered anew when the page put our host out and we put it back (document.open() erases listeners).
      const host = mountPanelHost(
        document,
        themeCss + panelCss,
        () => {
          render(null, host.container);
          draw();
        },
        () => ctx.isValid,
      );
      mounted = host;
      settings = first;
      draw();
    };

    // On the site's policy page, the background compares its text with the reviewed one (and marks the
    // toolbar icon). Single-page sites render late and change under us: the page is read only once its
    // text has settled (no navigation for `settleMs`), and sent only when its fingerprint differs from
    // what was sent last. Other pages cost one look at the path and the main heading.
    let sent: string | undefined;
    let asked = 0;
    const checkPage = async () => {
      if (!ctx.isValid) return;
      const text = policyPageText(document, site);
      // Left a policy page without a reload: an empty text clears the tab's mark.
      const message = text ?? (sent !== undefined && sent !== '' ? '' : undefined);
      if (message === undefined) return;
      const print = message === '' ? '' : fingerprint(message);
      if (print === sent) return;
      sent = print;
      const question = ++asked;
      let answer: PolicyCheck | undefined;
      try {
        const request: Message = { type: 'check-policy', policyId: site.id, text: message };
        answer = parsePolicyCheck(await send(request));
      } catch {
        answer = undefined;
      }
      // A slow answer about a page the single-page site has since replaced is no longer news.
      if (question !== asked || !ctx.isValid) return;
      pageCheck = answer;
      draw();
    };
    let settling: number | undefined;
    const checkWhenSettled = () => {
      if (settling !== undefined) clearTimeout(settling);
      settling = ctx.setTimeout(() => {
        settling = undefined;
        void checkPage();
      }, settleMs);
    };
    ctx.addEventListener(window, 'wxt:locationchange', checkWhenSettled);

    // "Hide on this site" is undone from the extension window; follow it live.
    const apply = (hidden: string[]) => (hidden.includes(site.id) ? unmount() : mount());
    const [hidden, first] = await firstRead;
    preset = first;
    await apply(hidden);
    const unwatch = hiddenSitesSetting.watch((hidden) => void apply(hidden));
    // Run at document_end, before the page's own load-time scripts have drawn everything: look once the
    // load event has passed and the page has been quiet for a moment.
    if (document.readyState === 'complete') checkWhenSettled();
    else ctx.addEventListener(window, 'load', (e: Event) => e.isTrusted && checkWhenSettled());
    ctx.onInvalidated(() => {
      unwatch();
      unmount();
    });
  },
});
