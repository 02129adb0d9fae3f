// Stands in for WXT's ContentScriptContext in the content script (wxt.config.ts points the import of
// `wxt/utils/content-script-context` here). WXT's own context announces each start to the page: it
// posts `{ type: '<extension id>:panel:wxt:content-script-started' }` with window.postMessage, which any
// page script can read, and it stops the running script when that event reaches the document, which
// any page script can dispatch. This one tells the page nothing and listens to nothing the page can
// send: it ends only when the extension itself goes away (updated, reloaded or removed), which is when
// `chrome.runtime.id` stops being readable. Its URL watcher ("wxt:locationchange") calls the handlers
// directly rather than dispatching an event on the page's window. Only what the loader
// (entrypoints/panel.content) and the panel's code use is here: it is part of the loader's weight.

/** `chrome` exists in the content scripts of both browsers (no polyfill in the loader). */
const extensionRuntime = () => (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;

type Handler = (...args: never[]) => unknown;

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #locationHandlers = new Set<Handler>();
  #watching = false;

  get isValid(): boolean {
    let id: string | undefined;
    try {
      id = extensionRuntime()?.id;
    } catch {
      id = undefined;
    }
    if (id == null && !this.#controller.signal.aborted) this.#controller.abort();
    return !this.#controller.signal.aborted;
  }

  onInvalidated(cb: () => void): void {
    this.#controller.signal.addEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /** A listener removed when the extension goes away; 'wxt:locationchange' is the URL watcher. */
  addEventListener(target: EventTarget, type: string, handler: Handler): void {
    if (type !== 'wxt:locationchange') {
      target.addEventListener(type, handler as EventListener, { signal: this.#controller.signal });
      return;
    }
    this.#locationHandlers.add(handler);
    if (this.#watching) return;
    this.#watching = true;
    // Polled, so nothing the page dispatches can fake a navigation (history.pushState and the like).
    let last = location.href;
    const id = setInterval(() => {
      if (!this.isValid || location.href === last) return;
      last = location.href;
      for (const h of this.#locationHandlers) (h as () => void)();
    }, 500);
    this.onInvalidated(() => clearInterval(id));
  }
}
