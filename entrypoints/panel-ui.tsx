// The panel's code, run in a page of a covered site only when the loader (panel.content/index.ts) asks:
// the user reached for the launcher, pressed the shortcut or left the panel open in this tab, or the
// page may be the site's policy. The background injects it into the loader's frame (not web-accessible:
// a page cannot fetch it to learn that Policy Lens is installed, and its CSP has no say). It leaves its
// entry point on the isolated world's global object for the loader, and takes over the loader's host.
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { panelStyles } from '../components/panel/styles';
import { type Message, type PolicyCheck, parsePolicyCheck } from '../lib/platform/messages';
import { fingerprint } from '../lib/policy-watch/fingerprint';
import { App, send } from './panel.content/App';
import { type CreatePanelUi, panelUiGlobal } from './panel.content/handoff';
import type { MountedHost } from './panel.content/mount';
import { policyPageText } from './panel.content/policy-page-text';

/** How long the page must be quiet (no navigation) before its policy text is read. */
const settleMs = 800;

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[panelUiGlobal] = createPanelUi;
});

const createPanelUi: CreatePanelUi = ({ site, state: first, ctx, onHidden }) => {
  let mounted: MountedHost | undefined;
  /** The "hidden on this site" notice is showing: the host stays until the user is done with it. */
  let noticeShowing = false;
  /** What the background found comparing this page's policy text with the reviewed one. */
  let pageCheck: PolicyCheck | undefined;

  const draw = (openNow = false) => {
    if (!mounted) return;
    render(
      <App
        site={site}
        initialLang={first.lang}
        uiLang={first.uiLang}
        initialOpen={first.open && !openNow}
        initialTheme={first.theme}
        shortcut={first.shortcut}
        placement={first.placement}
        placed={first.placed}
        openNow={openNow}
        pageCheck={pageCheck}
        onHidden={onHidden}
        onNotice={(showing) => {
          noticeShowing = showing;
        }}
        host={mounted.host}
      />,
      mounted.container,
    );
  };

  // On the site's policy page, the background compares its text with the reviewed one (and marks the
  // toolbar icon). Single-page sites render late and change under us: the page is read only once its
  // text has settled (no navigation for `settleMs`), and sent only when its fingerprint differs from
  // what was sent last.
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
  // The loader came for this page after it settled (or on the user's intent): look now, or once loaded.
  if (document.readyState === 'complete') void checkPage();
  else ctx.addEventListener(window, 'load', (e: Event) => e.isTrusted && checkWhenSettled());

  return {
    attach(next, how) {
      // Anew each time: the first time over the loader's launcher, and after the page erased the host's
      // listeners (document.open()) or the user brought Policy Lens back on the site.
      if (mounted === next) render(null, next.container);
      mounted = next;
      next.restyle(panelStyles);
      next.container.replaceChildren();
      draw(how.open);
      if (how.focusLauncher && !how.open) next.shadow.querySelector<HTMLElement>('.launcher')?.focus();
    },
    hide() {
      if (!noticeShowing) onHidden();
    },
    detach() {
      // Hidden on the site: brought back, it starts closed.
      first.open = false;
      if (mounted) render(null, mounted.container);
      mounted = undefined;
    },
  };
};
