// Stands in for WXT's ContentScriptContext in the content script (wxt.config.ts points the import of
// `wxt/utils/content-script-context` here). WXT's own context announces each start to the page: it
// posts `{ type: '<extension id>:panel:wxt:content-script-started' }` with window.postMessage, which any
// page script can read, and it stops the running script when that event reaches the document, which
// any page script can dispatch. This one tells the page nothing and listens to nothing the page can
// send: it ends only when the extension itself goes away (updated, reloaded or removed), which is when
// `browser.runtime.id` stops being readable. Its URL watcher ("wxt:locationchange") calls the
// handlers directly rather than dispatching an event on the page's window.
import { browser } from 'wxt/browser';

type Handler = (...args: never[]) => unknown;

export class ContentScriptContext implements AbortController {
  readonly #controller = new AbortController();
  readonly #locationHandlers = new Set<Handler>();
  #watching = false;

  constructor(
    private readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  get isInvalid(): boolean {
    let id: string | undefined;
    try {
      id = browser.runtime?.id;
    } catch {
      id = undefined;
    }
    if (id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: Handler,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange') {
      this.#locationHandlers.add(handler);
      this.#watchLocation();
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abort('Content script context invalidated');
  }

  /** WXT's contract has these; this context neither announces itself nor listens for newer copies. */
  stopOldScripts(): void {}
  verifyScriptStartedEvent(): boolean {
    return false;
  }
  listenForNewerScripts(): void {}

  /** Calls the location handlers when the URL changes (history.pushState and the like): polled, so
   *  nothing the page dispatches can fake a navigation. */
  #watchLocation() {
    if (this.#watching) return;
    this.#watching = true;
    let last = location.href;
    this.setInterval(() => {
      const now = location.href;
      if (now === last) return;
      const oldUrl = new URL(last);
      last = now;
      const event = { newUrl: new URL(now), oldUrl };
      for (const handler of this.#locationHandlers) (handler as (e: typeof event) => void)(event);
    }, 500);
  }

  get name(): string {
    return this.contentScriptName;
  }
}
