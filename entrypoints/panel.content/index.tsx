import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '../../components/panel/panel.css?inline';
import themeCss from '../../components/theme.css?inline';
import { type Message, type PolicyCheck, parsePolicyCheck } from '../../lib/platform/messages';
import { hiddenSitesSetting, languageSetting, panelOpenSetting } from '../../lib/platform/settings';
import { fingerprint } from '../../lib/policy-watch/fingerprint';
import { findSiteForUrl } from '../../policies/sites';
import type { Lang } from '../../policies/types';
import { App } from './App';
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
    // The three settings the first mount needs, read at once rather than one after another.
    const firstRead = Promise.all([
      hiddenSitesSetting.getValue(),
      languageSetting.getValue(),
      panelOpenSetting.getValue(),
    ]);
    let preset: { lang: Lang | null; open: boolean } | undefined;

    let mounted: MountedHost | undefined;
    /** What the background found comparing this page's policy text with the reviewed one. */
    let pageCheck: PolicyCheck | undefined;
    const settings: { lang: Lang | null; open: boolean } = { lang: null, open: false };
    const draw = () => {
      if (!mounted) return;
      render(
        <App
          site={site}
          initialLang={settings.lang}
          initialOpen={settings.open}
          pageCheck={pageCheck}
          onHidden={unmount}
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
      const [lang, open] = preset
        ? [preset.lang, preset.open]
        : await Promise.all([languageSetting.getValue(), panelOpenSetting.getValue()]);
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
      settings.lang = lang;
      settings.open = open;
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
        answer = parsePolicyCheck(await browser.runtime.sendMessage(request));
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
    const [hidden, lang, open] = await firstRead;
    preset = { lang, open };
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
