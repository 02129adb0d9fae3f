// The loader: the only script of Policy Lens that runs on every page of a covered site. It draws the
// launcher (plain DOM in the closed shadow root: no Preact, no polyfill) and does nothing else until the
// user reaches for it. On intent (the pointer entering or pressing the launcher, keyboard focus on it, a
// click, the panel's shortcut, the panel left open in this tab) it asks the background to run the
// panel's code (panel-ui.js) in this frame and hands over: the panel takes the same host and draws the
// same launcher in its place. On a page that may be the site's policy (its path, or its main heading)
// it brings the panel's code in too, which compares the policy text. Budgets: bench/budgets.json.
import { defineContentScript } from 'wxt/utils/define-content-script';
import themeCss from '../../components/launcher-theme.css?inline';
import { measureEdges } from '../../components/panel/edges';
import launcherCss from '../../components/panel/launcher.css?inline';
import { launcherLabel, launcherStrings } from '../../components/panel/launcher-strings';
import { freePlacement } from '../../components/panel/placement';
import type { PanelState } from '../../lib/platform/messages';
import type { ContentScriptContext } from '../../lib/platform/quiet-content-script-context';
import { type SiteEntry, sites } from '../../policies/sites';
import { ext } from './ext';
import { type CreatePanelUi, type PanelUi, panelUiGlobal } from './handoff';
import { type MountedHost, mountPanelHost } from './mount';
import { mayBePolicyPage } from './policy-page';

/** How long the page must be quiet (no navigation) before it is looked at as a possible policy page. */
const settleMs = 800;
export default defineContentScript({
  // Literal, because WXT reads it at build time; a unit test checks it equals hostMatchPatterns().
  matches: ['*://expert.plus/*', '*://*.expert.plus/*'],
  // When the page is idle: Firefox then injects it after the load event (bench: Firefox's load ratio
  // 1.03× against 1.12× at document_end, same machine, one after the other); Chromium injects it at
  // about the same moment as document_end on a page whose images are still loading (traced: after
  // DOMContentLoaded, before the load event). The launcher waits for the load event either way; the
  // panel's shortcut pressed before the loader starts is kept by the background (panel-tabs.ts).
  runAt: 'document_idle',
  main(ctx) {
    // The matches above are the sites' hostnames: which site's page this is, by its hostname.
    const host = location.hostname;
    const site = sites.find((s) => s.hostnames.some((h) => host === h || host.endsWith(`.${h}`)));
    if (site) void startLoader(ctx as unknown as ContentScriptContext, site);
  },
});

/** The background's answer; undefined when it gave none (restarting, or the extension went away). */
const askState = () =>
  ext.runtime.sendMessage({ type: 'panel-state' }).catch(() => undefined) as Promise<PanelState | undefined>;

async function startLoader(ctx: ContentScriptContext, site: SiteEntry): Promise<void> {
  const state = await askState();
  if (!state || !ctx.isValid) return;
  let mounted: MountedHost | undefined;
  /** The loader's own launcher, until the panel's code takes over. */
  let button: HTMLButtonElement | undefined;
  let ui: PanelUi | undefined;
  let loading: Promise<void> | undefined;
  /** The user asked for the panel (a click, Enter, the shortcut) before its code had arrived. */
  let wantOpen = false;

  const attachUi = () => {
    if (!ui || !mounted) return;
    const focusLauncher = button !== undefined && mounted.shadow.activeElement === button;
    button = undefined;
    ui.attach(mounted, { open: wantOpen, focusLauncher });
    wantOpen = false;
  };

  const load = () =>
    (loading ??= (async () => {
      const ran = await ext.runtime.sendMessage({ type: 'load-panel' }).catch(() => false);
      const create = (globalThis as Record<string, unknown>)[panelUiGlobal] as CreatePanelUi | undefined;
      if (ran !== true || typeof create !== 'function' || !ctx.isValid) {
        // Not this time (the background was restarting, or the extension went away): the next intent retries.
        loading = undefined;
        return;
      }
      ui = create({ site, state, ctx, onHidden: hide });
      attachUi();
    })());

  const intent = (open: boolean) => {
    wantOpen ||= open;
    void load();
  };

  const drawLauncher = () => {
    if (!mounted || ui) return;
    const lang = state.lang ?? state.uiLang;
    const make = (tag: string, className: string) => {
      const el = document.createElement(tag);
      el.className = className;
      return el;
    };
    const root = make('div', 'root');
    root.lang = lang;
    root.dataset.side = state.placement.side;
    if (state.theme !== 'auto') root.dataset.theme = state.theme;
    const b = make('button', 'launcher') as HTMLButtonElement;
    b.type = 'button';
    b.style.top = `${state.placement.top}%`;
    b.setAttribute('aria-expanded', 'false');
    b.setAttribute('aria-label', launcherLabel(lang, site.name));
    const icon = make('span', 'launcher-icon');
    icon.setAttribute('aria-hidden', 'true');
    const text = make('span', 'launcher-text');
    text.textContent = launcherStrings[lang].launcher;
    b.append(icon, text);
    root.append(b);
    // Only the user's own events: a page script's .click() or dispatched events are not trusted.
    const on = (type: string, open: (e: PointerEvent) => boolean) =>
      b.addEventListener(type, (e) => e.isTrusted && intent(open(e as PointerEvent)));
    on('pointerenter', () => false);
    on('focus', () => false);
    // A press opens the panel (not only its click): if the panel's code arrives between the press and
    // the release, the release lands on the panel's own launcher and the browser makes no click of it.
    on('pointerdown', (e) => !e.button);
    // Enter likewise: its keydown may reach this launcher and its activation the panel's.
    on('keydown', (e) => (e as unknown as KeyboardEvent).key === 'Enter');
    on('click', () => true);
    // Redrawn only when settings change elsewhere (the user is in another tab or the popup, not on it).
    mounted.container.replaceChildren(root);
    button = b;
  };

  const show = () => {
    if (mounted || state.hidden || !ctx.isValid) return;
    mounted = mountPanelHost(
      document,
      themeCss + launcherCss,
      // The page put our host out and we put it back: document.open() erased every listener in it.
      () => (ui ? attachUi() : drawLauncher()),
      () => ctx.isValid,
    );
    if (ui) attachUi();
    else drawLauncher();
  };

  function hide() {
    ui?.detach();
    mounted?.remove();
    mounted = undefined;
    button = undefined;
  }

  // Where the launcher goes where the user has not put it: clear of what the page pins to its edges,
  // measured once the page has drawn itself (the panel's code measures instead if it came first).
  // Measured before the host goes in: the page's layout is then still the one it drew, so the hit
  // tests cost no layout of their own (with the host in, the first one made the page lay out again).
  const place = () => {
    if (state.placed || ui) return;
    // Where the launcher would go first (a few hit tests); both whole edges only if the page is there.
    const at = (state.placement.top / 100) * innerHeight;
    const own = mounted?.host;
    if (measureEdges(document, own, at - 48, at + 48, state.placement.side).length)
      state.placement = freePlacement(state.placement, measureEdges(document, own), innerHeight);
    state.placed = true;
    if (mounted) drawLauncher();
  };

  // A page that may be the site's policy brings the panel's code in, which compares its text; on any
  // other page the loader looks at the path and one heading, once the page has settled.
  let settling: number | undefined;
  const lookWhenSettled = () => {
    clearTimeout(settling);
    settling = ctx.setTimeout(() => !ui && mayBePolicyPage(document, site) && load(), settleMs);
  };
  ctx.addEventListener(window, 'wxt:locationchange', lookWhenSettled);
  // The launcher comes once the page has loaded (or after a second, on a page whose load drags on) and
  // the page is idle (half a second at most): nothing the loader does sits on the page's own critical
  // path (its first paint, its load event).
  let start = () => {
    start = () => undefined;
    const draw = () => {
      place();
      show();
      // Left open in this tab (or opening by itself, where the user asked for that): the panel comes now.
      if (state.open && mounted) void load();
    };
    // Called on `window` (Firefox's content scripts refuse the method unbound); both supported browsers
    // have it (Chrome 47, Firefox 55).
    window.requestIdleCallback(draw, { timeout: 500 });
  };
  ctx.setTimeout(() => start(), 1000);
  const afterLoad = () => {
    start();
    lookWhenSettled();
  };
  if (document.readyState === 'complete') afterLoad();
  else ctx.addEventListener(window, 'load', (e: Event) => e.isTrusted && afterLoad());

  // Settings changed elsewhere (the background tells every page of the site; the loader does not
  // touch the storage API): the background answers again, and the launcher follows (hidden on the site
  // or brought back, another language, theme or place). The open state stays this tab's.
  const settingsChanged = async () => {
    const next = await askState();
    if (!next || !ctx.isValid) return;
    const measured = state.placed && !next.placed;
    Object.assign(
      state,
      { ...next, open: false },
      measured ? { placement: state.placement, placed: true } : {},
    );
    if (state.hidden) ui ? ui.hide() : hide();
    else if (mounted) drawLauncher();
    else show();
  };
  // Only our own extension's messages. The panel's shortcut: before the panel's code has come, it brings
  // it in open; after, the panel answers it itself.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== ext.runtime.id) return;
    const type = (message as { type?: unknown })?.type;
    if (type === 'settings-changed') void settingsChanged();
    if (type !== 'toggle-panel' || ui) return;
    // Pressed before the page had loaded: the launcher comes at once, with the panel.
    show();
    if (mounted) intent(true);
  };
  ext.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    ext.runtime.onMessage.removeListener(onMessage);
    hide();
  });
}
