import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import panelCss from '../../components/panel/panel.css?inline';
import themeCss from '../../components/theme.css?inline';
import { type Message, type PolicyCheck, parsePolicyCheck } from '../../lib/platform/messages';
import { hiddenSitesSetting, languageSetting, panelOpenSetting } from '../../lib/platform/settings';
import { policyTextOf } from '../../lib/policy-watch/page';
import { findSiteForUrl } from '../../policies/sites';
import type { Lang } from '../../policies/types';
import { App } from './App';
import { type MountedHost, mountPanelHost } from './mount';

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
      const [lang, open] = preset
        ? [preset.lang, preset.open]
        : await Promise.all([languageSetting.getValue(), panelOpenSetting.getValue()]);
      preset = undefined;
      if (mounted || !ctx.isValid) return;
      // Rendered anew when the page put our host out and we put it back (document.open() erases listeners).
      const host = mountPanelHost(document, themeCss + panelCss, () => {
        render(null, host.container);
        draw();
      });
      mounted = host;
      settings.lang = lang;
      settings.open = open;
      draw();
    };

    // On a page showing the policy, the background compares its text with the reviewed one (and marks
    // the toolbar icon). Single-page sites render late: look again after each navigation.
    let sent: string | undefined;
    let asked = 0;
    const checkPage = async () => {
      if (!ctx.isValid) return;
      const text = policyTextOf(document);
      // Left a policy page without a reload: an empty text clears the tab's mark.
      const message = text ?? (sent ? '' : undefined);
      if (message === undefined || message === sent) return;
      sent = message;
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
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(checkPage, 300);
      ctx.setTimeout(checkPage, 1500);
    });

    // "Hide on this site" is undone from the extension window; follow it live.
    const apply = (hidden: string[]) => (hidden.includes(site.id) ? unmount() : mount());
    const [hidden, lang, open] = await firstRead;
    preset = { lang, open };
    await apply(hidden);
    const unwatch = hiddenSitesSetting.watch((hidden) => void apply(hidden));
    void checkPage();
    // Run at document_end, before the page's own load-time scripts have drawn everything: look again then.
    if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', () => void checkPage());
    ctx.onInvalidated(() => {
      unwatch();
      unmount();
    });
  },
});
