// Puts the panel's shadow-root host on the page and keeps exactly one there, whatever the page does.

/**
 * The host is a plain <div>, not a custom element: a page can register any custom-element name
 * (`customElements.define('policy-lens-panel', …)`), and then createElement hands our host to the
 * page's constructor, which can take the shadow root first or keep a reference to it. A built-in
 * element that may host a shadow root cannot be claimed that way. `data-policy-lens` marks it.
 */
export const hostTag = 'div';
export const hostAttribute = 'data-policy-lens';
/** Our hosts: direct children of <html> only, so the page's own elements are never touched. */
const ownHosts = `:scope > ${hostTag}[${hostAttribute}]`;

export interface MountedHost {
  host: HTMLElement;
  /** The closed shadow root: the page reads `host.shadowRoot === null`; only the extension holds this. */
  shadow: ShadowRoot;
  container: HTMLElement;
  /** Replaces the host's styles: the loader's launcher-only sheet gives way to the panel's whole one. */
  restyle(css: string): void;
  remove(): void;
}

/**
 * Creates the host under <html> (not <body>, which pages replace) with a closed shadow root
 * holding `css`, and re-attaches it whenever the page removes it. Where the browser has the Popover
 * API the host is a manual popover shown in the top layer, above any z-index: a page's overlays
 * (fixed, z-index 2147483647, kept last in the DOM) cannot cover the panel.
 * `onReattached` runs after the page removed the host and it was put back: document.open() erases
 * every event listener in the document, shadow trees included, so the owner renders the panel anew.
 */
export function mountPanelHost(
  doc: Document,
  css: string,
  onReattached?: () => void,
  /** False once this copy of the content script is stale (the extension was updated or reloaded). */
  isCurrent: () => boolean = () => true,
): MountedHost {
  // A host left by an earlier copy of the content script (the extension was updated or reloaded).
  for (const stale of doc.documentElement?.querySelectorAll(ownHosts) ?? []) stale.remove();

  const host = doc.createElement(hostTag);
  host.setAttribute(hostAttribute, '');
  const topLayer = typeof host.showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');
  // Closed: a page script cannot reach the panel's controls or words through `host.shadowRoot`.
  const shadow = host.attachShadow({ mode: 'closed' });
  const restyle = applyStyles(doc, shadow, css);
  const container = doc.createElement('div');
  shadow.append(container);

  let attached = false;
  let observer: MutationObserver | undefined;
  let watchRoot: MutationObserver | undefined;
  const stop = () => {
    observer?.disconnect();
    watchRoot?.disconnect();
  };
  const attach = () => {
    // Between document.open() and the next write there is no root at all.
    const root = doc.documentElement;
    if (!root) return;
    const reattached = attached && host.parentNode !== root;
    if (reattached && !isCurrent()) {
      // A newer copy of the content script (the extension was updated or reloaded) removed this stale
      // one's host: it gives way, and the two never take turns removing each other. Not for any host
      // that happens to be there: a page can put up a look-alike `<div data-policy-lens>` after
      // removing ours, and ours comes back beside it.
      stop();
      return;
    }
    if (host.parentNode !== root) root.append(host);
    attached = true;
    if (topLayer && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // Not shown in the top layer (e.g. the page holds a modal dialog): it still sits under <html>.
      }
    }
    if (reattached) onReattached?.();
  };
  attach();
  // Pages replace <body>, swap <html>, call document.open() or wipe the DOM: put the host back, once.
  observer = new MutationObserver(attach);
  const observeRoot = () => {
    observer?.disconnect();
    if (doc.documentElement) observer?.observe(doc.documentElement, { childList: true });
  };
  observeRoot();
  watchRoot = new MutationObserver(() => {
    observeRoot();
    attach();
  });
  watchRoot.observe(doc, { childList: true });

  return {
    host,
    shadow,
    container,
    restyle,
    remove() {
      stop();
      host.remove();
    },
  };
}

/**
 * A constructed stylesheet is not subject to the page's CSP (style-src); a <style> element is the
 * fallback where adopting one from a content script is not allowed (Firefox Xray wrappers), and
 * Firefox exempts content-script-inserted styles from the page's CSP.
 */
function applyStyles(doc: Document, shadow: ShadowRoot, css: string): (css: string) => void {
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return (next) => sheet.replaceSync(next);
    }
  } catch {
    // fall through to <style>
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return (next) => {
    style.textContent = next;
  };
}
