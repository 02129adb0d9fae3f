// One driver interface over two automation stacks, so every e2e test runs in both browsers:
// Chromium through Playwright (playwright-core with the system Chromium) and Firefox through
// puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock Firefox).
// The site is served from fixture files by request interception: no network is used, and any
// request that is neither the fixture site nor the extension is recorded and refused.

import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { CDPSession, Page as PwPage } from 'playwright-core';
import puppeteer, { type HTTPRequest, type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { firefoxNoNetworkPrefs, requireBrowser } from './find-browsers.mjs';
import {
  extensionOrigin as serviceWorkerOrigin,
  launchChromium as startChromium,
} from './launch-chromium.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const browsers: BrowserName[] = ['chromium', 'firefox'];

const root = resolve(import.meta.dirname, '../..');
const fixturesDir = join(root, 'test/fixtures/pages');

export interface Fixture {
  /** File under test/fixtures/pages, or inline HTML. */
  file?: string;
  html?: string;
  /**
   * Also served by the test's proxy for plain-http requests that no page interception saw (Firefox: a
   * content script's or the background's own fetch). Still recorded as 'network'; nothing leaves.
   */
  viaProxy?: boolean;
  /** Any other body (a binary file, a huge page), served with `contentType`. */
  body?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface TestPage {
  /** Navigate; `fixture` says what the (routed) URL serves. */
  goto(url: string, fixture?: Fixture): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page's own world (e.g. a library the test injects). */
  addScript(source: string): Promise<void>;
  /** Sets the viewport's size in CSS pixels (a phone-sized window, 360 × 640, for instance). */
  resize(width: number, height: number): Promise<void>;
  /** Emulates prefers-color-scheme (Chromium; for Firefox see LaunchOptions#colorScheme). */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Emulates forced colours (Windows high contrast) as DevTools does: Chromium's tabs only (Playwright's
   *  emulateMedia); undefined where the browser offers no such emulation. */
  forcedColors?(active: boolean): Promise<void>;
  /**
   * Click the first element matching a CSS selector: in the panel's shadow root when it holds one (a
   * real mouse click at the control's centre, see `clickInPanel`), else in the page (open shadow
   * roots included).
   */
  click(selector: string): Promise<void>;
  /** A real (trusted) mouse click at viewport coordinates, as a user's: mouse move, down, up. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A real mouse move to viewport coordinates (the pointer comes to rest there: a hover). */
  mouseMove(x: number, y: number): Promise<void>;
  /** Tap it with a touch (a browser launched with `touch`): in the panel's shadow root when it holds one
   *  (a real touch at the control's centre), else in the page (open shadow roots included). */
  tap(selector: string): Promise<void>;
  /** A real touch at viewport coordinates (a browser launched with `touch`). */
  touchTap(x: number, y: number): Promise<void>;
  /**
   * Runs `fn` in the page, in the test's own world (isolated from the page's scripts and their rewritten
   * built-ins), with the panel host's shadow root (null when there is no host), whatever the root's mode:
   * the automation protocol reaches closed roots as DevTools does (Chromium: CDP DOM with `pierce`;
   * Firefox: WebDriver BiDi with `includeShadowTree: 'all'`), while the page's own scripts read
   * `host.shadowRoot === null`. `fn` is sent as source; its argument and result go as JSON.
   */
  panel<R, A = undefined>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the world `panel` functions run in (the test's own, not the page's). */
  panelScript(source: string): Promise<void>;
  /** A key, or a chord such as "Shift+Tab". */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Selects all of the focused field's text, as Ctrl+A does. */
  selectAll(): Promise<void>;
  /** Chooses a file in the file input matching a CSS selector, as the file picker would. */
  upload(selector: string, filePath: string): Promise<void>;
  /** Wait until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  url(): Promise<string>;
  close(): Promise<void>;
  /** Messages the page logged as errors, and uncaught page errors. */
  errors: string[];
}

/** A request the browser made, as the test's recorder saw it. */
export interface RecordedRequest {
  url: string;
  /**
   * Which context made it: a web page (and its content scripts), an extension page, the background,
   * or 'network': it got past every per-context recorder and reached the browser's proxy, the test's
   * no-network proxy, which records and refuses it (for https only the host is known: CONNECT host:443).
   * 'browser' is such a request to the browser maker's own services (Chromium's component and extension
   * updater, time and sign-in checks on google.com/googleapis.com; Mozilla's hosts for Firefox), which
   * the browser makes by itself with or without the extension; it is refused all the same.
   */
  from: 'page' | 'extension-page' | 'background' | 'network' | 'browser';
}

export interface TestBrowser {
  name: BrowserName;
  /** The extension's origin, `chrome-extension://id` or `moz-extension://uuid`, once known. */
  extensionOrigin(): Promise<string>;
  /**
   * Every request seen so far, allowed or not. Both browsers run with a no-network proxy: every http(s)
   * request that no interception answered or refused reaches it, is recorded as 'network' and refused,
   * so nothing the browser fetches goes unseen, whichever context made it. On top of that, by context:
   * - Chromium: every request of the pages Playwright drives and of the extension's service worker
   *   (Playwright's context-level request events include service-worker traffic), and every request of
   *   the toolbar popup once waitForExtensionPage returned it (puppeteer over CDP); before that, and
   *   for its first load, the popup's requests are seen by the proxy.
   * - Firefox: every request of the pages the test opened and of the extension pages it reached, by BiDi
   *   interception per page. The background page is not a browsing context BiDi reports: its requests
   *   are seen only by the proxy.
   */
  requests: RecordedRequest[];
  /**
   * Makes the extension's background fetch `url` (Chromium: in the service worker; Firefox: the
   * background page's own fetch, reached with `runtime.getBackgroundPage()` from an open extension
   * page). Resolves when the fetch settled, whatever its outcome. For negative controls.
   */
  fetchFromBackground(url: string): Promise<void>;
  newPage(): Promise<TestPage>;
  /** Wait for a page the extension opened whose URL contains `part`. */
  waitForExtensionPage(part: string, timeoutMs?: number): Promise<TestPage>;
  /** Every extension page open now (tabs and, in Chromium, the toolbar popup) whose URL contains `part`. */
  extensionPages(part: string): Promise<TestPage[]>;
  /** Requests that were refused because they were neither the fixture site nor the extension. */
  strayRequests: string[];
  /**
   * Clicks the extension's toolbar button for the tab showing `page`, as the user does: the browser opens
   * the popup and grants the extension access to that tab (activeTab). Chromium: CDP
   * `Extensions.triggerAction`, the browser's own action path. Undefined where the browser offers no
   * such hook (Firefox over BiDi): see the test for what stands in for it there.
   */
  clickToolbarButton?(page: TestPage): Promise<void>;
  /**
   * Chromium only: runs `fn` in the extension's service worker (e.g. to read the toolbar badge).
   * Firefox over BiDi offers no handle on an extension's background page.
   */
  evaluateInBackground?<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

const siteHost = /^(?:[a-z0-9-]+\.)*expert\.plus$/;
const fixtures = new Map<string, Fixture>();

/** What a URL serves: the fixture a test registered for it, else the home page on expert.plus hosts. */
function fixtureFor(url: string): Fixture | undefined {
  const u = new URL(url);
  const registered = fixtures.get(`${u.origin}${u.pathname}`);
  if (registered) return registered;
  return siteHost.test(u.hostname) ? { file: 'home.html' } : undefined;
}

function fixtureBody(f: Fixture): string | Buffer {
  return f.body ?? f.html ?? readFileSync(join(fixturesDir, f.file ?? 'home.html'), 'utf8');
}

const fixtureType = (f: Fixture) => f.contentType ?? 'text/html; charset=utf-8';

/** Serves `f` at `url` for every page and extension context from now on (e.g. a page only fetched). */
export function serveFixture(url: string, f: Fixture) {
  register(url, f);
}

function fixtureKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

function register(url: string, f?: Fixture) {
  if (!f) return;
  fixtures.set(fixtureKey(url), f);
}

/**
 * A local HTTP proxy that answers nothing: plain requests get 403, CONNECT tunnels are refused. The
 * browsers are pointed at it, so a request that escaped interception is recorded and never leaves.
 */
async function startNoNetworkProxy(requests: RecordedRequest[], browserServices: RegExp) {
  const record = (url: string) => {
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      // recorded as 'network' below
    }
    requests.push({ url, from: browserServices.test(host) ? 'browser' : 'network' });
  };
  const server = createServer((req, res) => {
    record(req.url ?? '');
    // A plain-http fixture registered with `viaProxy` (Firefox: requests a content script or the background
    // makes escape BiDi's per-page interception) is answered here, from the fixture, never the network.
    const f = fixtures.get(fixtureKey(req.url ?? ''));
    if (f?.viaProxy) {
      res.writeHead(200, { 'content-type': fixtureType(f), ...f.headers }).end(fixtureBody(f));
      return;
    }
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`https://${(req.url ?? '').replace(/:443$/, '')}/`);
    // The browser may reset a refused tunnel before our answer is written (ECONNRESET): without a
    // listener that error would be thrown in the test run (a fresh-clone run failed on it once).
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchOptions {
  /** Firefox only: prefers-color-scheme for every page, set at launch (WebDriver BiDi cannot emulate it
   *  per page; Chromium pages use TestPage#colorScheme). */
  colorScheme?: 'light' | 'dark';
  /** Firefox only: forced colours for every page, set at launch ("Override the colours specified by the
   *  page: always", which makes `forced-colors: active` match); Chromium pages use TestPage#forcedColors. */
  forcedColors?: boolean;
  /** The unpacked extension to load (absolute path); the build in .output/ by default. */
  extensionDir?: string;
  /** Chromium only: the size of every page (Playwright's default is 1280×720). */
  viewport?: { width: number; height: number };
  /**
   * A phone-sized viewport with touch, for every page. Chromium: Playwright's viewport, hasTouch and
   * isMobile (meta viewport honoured). Firefox: WebDriver BiDi's browsingContext.setViewport, and touch
   * from preferences, since Firefox ESR 153 does not apply BiDi's emulation.setTouchOverride
   * (navigator.maxTouchPoints stays 0): five touch points and one coarse pointer that cannot hover, as
   * on a phone. BiDi has no isMobile: a page's meta viewport is not applied; the layout is the
   * viewport's width. Taps are WebDriver touch actions (pointerType "touch") in both.
   */
  touch?: { width: number; height: number };
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<TestBrowser> {
  const requests: RecordedRequest[] = [];
  const proxy = await startNoNetworkProxy(
    requests,
    /(?:^|\.)(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/,
  );
  const launched = await startChromium({
    extensionDir: options.extensionDir ?? join(root, '.output/chrome-mv3'),
    viewport: options.viewport,
    touch: options.touch,
    args: [
      // A second, CDP port for puppeteer: Playwright does not expose the action popup that
      // action.openPopup() opens, and puppeteer can drive it (Target#asPage).
      '--remote-debugging-port=0',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ],
  }).catch(async (error) => {
    await proxy.close();
    throw error;
  });
  const { context, userDataDir } = launched;
  const strayRequests: string[] = [];
  let extensionOrigin = 'chrome-extension://';
  context.on('request', (request) => {
    let from: RecordedRequest['from'] = 'page';
    if (request.serviceWorker()) from = 'background';
    else {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // A request without a frame.
      }
      const target = request.isNavigationRequest() ? request.url() : frameUrl;
      if (target.startsWith(extensionOrigin)) from = 'extension-page';
    }
    requests.push({ url: request.url(), from });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own files (an extension page opened in a tab) load as they are.
    if (!/^https?:/.test(url)) return route.fallback();
    const f = fixtureFor(url);
    if (!f) {
      strayRequests.push(url);
      return route.abort();
    }
    return route.fulfill({
      status: 200,
      contentType: fixtureType(f),
      headers: f.headers,
      body: fixtureBody(f),
    });
  });
  extensionOrigin = await serviceWorkerOrigin(context);

  let cdp: PpBrowser | undefined;
  const isExtensionPopup = (url: string, type: string) => type === 'page' && url.startsWith(extensionOrigin);
  /** Puppeteer over CDP, attached only to extension pages (Playwright keeps the tabs). */
  const cdpBrowser = async () => {
    if (cdp) return cdp;
    // Chromium writes the port file once its DevTools server listens, which may be after launch returns.
    const portFile = join(userDataDir, 'DevToolsActivePort');
    for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
    const [port, path] = readFileSync(portFile, 'utf8').split('\n');
    cdp = await puppeteer.connect({
      browserWSEndpoint: `ws://127.0.0.1:${port}${path}`,
      defaultViewport: null,
      // The popup shows up first as an untitled 'other' target; tabs stay Playwright's alone.
      targetFilter: (t) => t.url().startsWith(extensionOrigin) || (t.type() === 'other' && t.url() === ''),
    });
    return cdp;
  };

  const playwrightPages = new WeakMap<TestPage, PwPage>();
  const wrap = (page: PwPage): TestPage => {
    let cdpSession: CDPSession | undefined;
    const world: { loaderId?: string; contextId?: number } = {};
    const errors: string[] = [];
    let tp: TestPage;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    tp = {
      errors,
      async goto(url, fixture) {
        register(url, fixture);
        await page.goto(url.startsWith('/') ? `${extensionOrigin}${url}` : url);
      },
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      async addScript(source) {
        await page.evaluate(source);
      },
      colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      forcedColors: (active) => page.emulateMedia({ forcedColors: active ? 'active' : 'none' }),
      resize: (width, height) => page.setViewportSize({ width, height }),
      async click(selector) {
        if (!(await clickedInPanel(tp, selector))) await page.locator(selector).first().click();
      },
      async tap(selector) {
        if (!(await clickedInPanel(tp, selector, 'touch'))) await page.locator(selector).first().tap();
      },
      mouseClick: (x, y) => page.mouse.click(x, y),
      mouseMove: (x, y) => page.mouse.move(x, y),
      touchTap: (x, y) => page.touchscreen.tap(x, y),
      async panel(fn, arg) {
        if (page.url().startsWith(extensionOrigin)) return panelOnPageOnly(page, fn, arg);
        cdpSession ??= await page.context().newCDPSession(page);
        return panelOverCdp(cdpSession, world, fn, arg);
      },
      async panelScript(source) {
        cdpSession ??= await page.context().newCDPSession(page);
        await scriptOverCdp(cdpSession, world, source);
      },
      press: (key) => page.keyboard.press(key),
      type: (text) => page.keyboard.type(text),
      selectAll: () => page.keyboard.press('ControlOrMeta+A'),
      upload: (selector, filePath) => page.locator(selector).first().setInputFiles(filePath),
      async waitFor(fn, arg, timeoutMs = 5000) {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
      },
      async screenshot(path, options) {
        await page.screenshot({ path, fullPage: options?.fullPage });
      },
      url: async () => page.url(),
      close: () => page.close(),
    };
    playwrightPages.set(tp, page);
    return tp;
  };

  return {
    name: 'chromium',
    async clickToolbarButton(tab) {
      const page = playwrightPages.get(tab);
      if (!page) throw new Error('clickToolbarButton: not a tab of this browser');
      await page.bringToFront();
      const browserSession = await (await cdpBrowser()).target().createCDPSession();
      // The action runs on a tab target (the page's parent in Chromium's target tree), found by its URL.
      const { targetInfos } = (await browserSession.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      } as never)) as { targetInfos: { targetId: string; type: string; url: string }[] };
      const tabTarget = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
      if (tabTarget.length !== 1)
        throw new Error(`clickToolbarButton: ${tabTarget.length} tabs show ${page.url()}`);
      await browserSession.send(
        'Extensions.triggerAction' as never,
        {
          id: extensionOrigin.slice('chrome-extension://'.length),
          targetId: tabTarget[0]!.targetId,
        } as never,
      );
      await browserSession.detach();
    },
    strayRequests,
    requests,
    extensionOrigin: async () => extensionOrigin,
    async fetchFromBackground(url) {
      const current = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await current.evaluate(
        (u) =>
          fetch(u).then(
            () => undefined,
            () => undefined,
          ),
        url,
      );
    },
    newPage: async () => wrap(await context.newPage()),
    async evaluateInBackground(fn, arg) {
      // The worker may have been stopped and restarted since launch: ask for the current one.
      const current = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return current.evaluate(fn as never, arg) as never;
    },
    async waitForExtensionPage(part, timeoutMs = 5000) {
      const match = (url: string) => url.startsWith(extensionOrigin) && url.includes(part);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        // A tab (the fallback, or a page a test opened) is Playwright's; the action popup is not.
        const tab = context.pages().find((p) => match(p.url()));
        if (tab) {
          await tab.waitForLoadState('domcontentloaded');
          return wrap(tab);
        }
        const tabUrls = new Set(context.pages().map((p) => p.url()));
        const popup = (await cdpBrowser())
          .targets()
          .find((t) => isExtensionPopup(t.url(), t.type()) && match(t.url()) && !tabUrls.has(t.url()));
        if (popup) {
          const page = await popup.asPage();
          page.on('request', (r) => void requests.push({ url: r.url(), from: 'extension-page' }));
          return wrapPuppeteer(page, 'cdp');
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no extension page with "${part}" opened within ${timeoutMs} ms`);
    },
    async extensionPages(part) {
      const match = (url: string) => url.startsWith(extensionOrigin) && url.includes(part);
      const tabs = context.pages().filter((p) => match(p.url()));
      const tabUrls = new Set(context.pages().map((p) => p.url()));
      const popups = (await cdpBrowser())
        .targets()
        .filter((t) => isExtensionPopup(t.url(), t.type()) && match(t.url()) && !tabUrls.has(t.url()));
      return [
        ...tabs.map(wrap),
        ...(await Promise.all(popups.map(async (t) => wrapPuppeteer(await t.asPage(), 'cdp')))),
      ];
    },
    async close() {
      await cdp?.disconnect().catch(() => undefined);
      await launched.close();
      await proxy.close();
    },
  };
}

/** A TestPage over a puppeteer page: Firefox pages (BiDi), and Chromium's action popup (CDP). */
export function wrapPuppeteer(page: PpPage, protocol: 'bidi' | 'cdp' = 'bidi'): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  const locate = (selector: string) => `pierce/${selector}`;
  const tp: TestPage = {
    errors,
    async goto(url, fixture) {
      register(url, fixture);
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async addScript(source) {
      await page.evaluate(source);
    },
    colorScheme: (scheme) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]),
    resize: (width, height) => page.setViewport({ width, height }),
    async click(selector) {
      if (await clickedInPanel(tp, selector)) return;
      const handle = await page.waitForSelector(locate(selector), { visible: true, timeout: 5000 });
      if (!handle) throw new Error(`no element ${selector}`);
      await handle.click();
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouseMove: (x, y) => page.mouse.move(x, y),
    touchTap: (x, y) => page.touchscreen.tap(x, y),
    // Chromium's toolbar popup (CDP) is an extension page: it has no panel.
    panel: (fn, arg) => (protocol === 'bidi' ? panelOverBidi(page, fn, arg) : panelOnPageOnly(page, fn, arg)),
    async panelScript(source) {
      if (protocol === 'bidi') await scriptOverBidi(page, source);
      else await page.evaluate(source);
    },
    async tap(selector) {
      if (await clickedInPanel(tp, selector, 'touch')) return;
      const handle = await page.waitForSelector(locate(selector), { visible: true, timeout: 5000 });
      if (!handle) throw new Error(`no element ${selector}`);
      await handle.tap();
    },
    // "Shift+Tab" as Playwright writes it: modifiers held down around the key.
    async press(key) {
      const parts = key.split('+');
      const main = parts.pop() ?? key;
      for (const m of parts) await page.keyboard.down(m as never);
      await page.keyboard.press(main as never);
      for (const m of parts.reverse()) await page.keyboard.up(m as never);
    },
    type: (text) => page.keyboard.type(text),
    async selectAll() {
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
    },
    async upload(selector, filePath) {
      const input = await page.waitForSelector(locate(selector), { timeout: 5000 });
      if (!input) throw new Error(`no element ${selector}`);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(filePath);
    },
    async waitFor(fn, arg, timeoutMs = 5000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    },
    async screenshot(path, options) {
      await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage });
    },
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
  };
  return tp;
}

const firefoxAddonId = 'policy-lens@policy-lens.app';
const firefoxUuid = '5f0c6a3e-8d2b-4c1e-9a7f-3b2d1e0c9a84';

async function launchFirefox({
  colorScheme,
  extensionDir: dir,
  touch,
  forcedColors,
}: LaunchOptions): Promise<TestBrowser> {
  const extensionDir = dir ?? join(root, '.output/firefox-mv2');
  const requests: RecordedRequest[] = [];
  const proxy = await startNoNetworkProxy(requests, /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com)$/);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'intl.locale.requested': 'en-US',
      'network.dns.disableIPv6': true,
      'browser.shell.checkDefaultBrowser': false,
      // 0 dark, 1 light, 2 follow the system.
      'layout.css.prefers-color-scheme.content-override': colorScheme ? (colorScheme === 'dark' ? 0 : 1) : 2,
      // 2: always use the user's colours instead of the page's (forced colours).
      ...(forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
      // Through the recording proxy; Firefox's own remote-settings sync (not the extension's) is pointed
      // nowhere, so the proxy records only what the pages and the extension ask for.
      ...firefoxNoNetworkPrefs(proxy.port),
      // An optional permission the extension asks for (a policy on another host, on-demand reading) is
      // granted without Firefox's prompt, which WebDriver BiDi cannot answer; the extension still asks,
      // and only from a click (test/e2e/site-reading.e2e.ts says what this stands in for).
      'extensions.webextOptionalPermissionPrompts': false,
      // The on-demand reading test serves its made-up sites over plain http in Firefox (see viaProxy).
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      // The extension's moz-extension:// origin, fixed so a test can open an extension page by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId]: firefoxUuid }),
      ...(touch
        ? {
            'dom.w3c_touch_events.enabled': 1,
            'dom.maxtouchpoints.testing.value': 5,
            // Bit flags: 1 coarse, 2 fine, 4 hover. A phone's only pointer is a finger.
            'ui.primaryPointerCapabilities': 1,
            'ui.allPointerCapabilities': 1,
          }
        : {}),
    },
  });
  await browser.installExtension(extensionDir);
  const strayRequests: string[] = [];

  const intercept = async (page: PpPage, from: RecordedRequest['from'] = 'page') => {
    // The size only: BiDi's touch override reloads the page and changes nothing in this Firefox.
    if (touch) await page.setViewport(touch);
    await page.setRequestInterception(true);
    page.on('request', (req: HTTPRequest) => {
      const url = req.url();
      requests.push({ url, from });
      if (!/^https?:/.test(url)) return void req.continue();
      const f = fixtureFor(url);
      if (!f) {
        strayRequests.push(url);
        return void req.abort();
      }
      return void req.respond({
        status: 200,
        contentType: fixtureType(f),
        headers: f.headers,
        body: fixtureBody(f),
      });
    });
  };

  const intercepted = new WeakSet<PpPage>();
  const extensionPage = async (): Promise<{ page: PpPage; origin: string } | undefined> => {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://')) return { page: p, origin: new URL(href).origin };
    }
    return undefined;
  };

  return {
    name: 'firefox',
    strayRequests,
    requests,
    async extensionOrigin() {
      const found = await extensionPage();
      return found?.origin ?? `moz-extension://${firefoxUuid}`;
    },
    async fetchFromBackground(url) {
      const found = await extensionPage();
      if (!found) throw new Error('fetchFromBackground needs an open extension page in Firefox');
      await found.page.evaluate(async (u) => {
        type Api = { runtime: { getBackgroundPage(): Promise<Window> } };
        const background = await (
          globalThis as unknown as { browser: Api }
        ).browser.runtime.getBackgroundPage();
        await background.fetch(u).then(
          () => undefined,
          () => undefined,
        );
      }, url);
    },
    async newPage() {
      const page = await browser.newPage();
      await intercept(page);
      return wrapPuppeteer(page);
    },
    async waitForExtensionPage(part, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        for (const p of await browser.pages()) {
          // A page the extension opened may still report about:blank through BiDi: ask it.
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension://') && href.includes(part)) {
            if (!intercepted.has(p)) {
              intercepted.add(p);
              await intercept(p, 'extension-page');
            }
            return wrapPuppeteer(p);
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no extension page with "${part}" opened within ${timeoutMs} ms`);
    },
    async extensionPages(part) {
      const found: TestPage[] = [];
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.includes(part)) found.push(wrapPuppeteer(p));
      }
      return found;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}

/** The panel host, as the page's DOM has it: a direct child of <html> (entrypoints/panel.content/mount.ts). */
const hostExpression = `document.documentElement.querySelector(':scope > [data-policy-lens]')`;

/** `fn(root, arg)` as a function declaration that takes the root and a JSON argument and returns JSON. */
function panelCall(fn: (...args: never[]) => unknown): string {
  return `async function (root, json) { const r = await (${fn.toString()})(root, JSON.parse(json)); return JSON.stringify({ r }); }`;
}

function fromJson<R>(json: unknown): R {
  if (typeof json !== 'string') throw new Error(`panel(): no result (${JSON.stringify(json)})`);
  return (JSON.parse(json) as { r: R }).r;
}

/** The test's own world in a page: pristine built-ins whatever the page rewrote (JSON, prototypes). */
const testWorld = 'policy-lens-test';

/** Chromium: the test world's execution context in the page's main frame, made once per document. */
async function cdpTestWorld(cdp: CDPSession, cache: { loaderId?: string; contextId?: number }) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { id, loaderId } = frameTree.frame;
  if (cache.loaderId !== loaderId || cache.contextId === undefined) {
    const world = await cdp.send('Page.createIsolatedWorld', { frameId: id, worldName: testWorld });
    cache.loaderId = loaderId;
    cache.contextId = world.executionContextId;
  }
  return cache.contextId;
}

/** Chromium: CDP's DOM domain describes closed shadow roots (`pierce`), and resolves them to objects. */
async function panelOverCdp<R, A>(
  cdp: CDPSession,
  cache: { loaderId?: string; contextId?: number },
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg: A | undefined,
): Promise<R> {
  const objectGroup = 'policy-lens-test';
  try {
    const contextId = await cdpTestWorld(cdp, cache);
    const host = await cdp.send('Runtime.evaluate', { expression: hostExpression, objectGroup, contextId });
    let rootId: string | undefined;
    if (host.result.objectId) {
      const { node } = await cdp.send('DOM.describeNode', {
        objectId: host.result.objectId,
        depth: 1,
        pierce: true,
      });
      const shadow = node.shadowRoots?.[0];
      if (shadow) {
        const { object } = await cdp.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
          objectGroup,
          executionContextId: contextId,
        });
        rootId = object.objectId;
      }
    }
    const declaration = panelCall(fn);
    const json = JSON.stringify(arg ?? null);
    const call = rootId
      ? await cdp.send('Runtime.callFunctionOn', {
          objectId: rootId,
          functionDeclaration: `function (json) { return (${declaration}).call(null, this, json); }`,
          arguments: [{ value: json }],
          returnByValue: true,
          awaitPromise: true,
        })
      : await cdp.send('Runtime.evaluate', {
          expression: `(${declaration})(null, ${JSON.stringify(json)})`,
          contextId,
          returnByValue: true,
          awaitPromise: true,
        });
    if (call.exceptionDetails) {
      throw new Error(
        `panel(): ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`,
      );
    }
    return fromJson<R>(call.result.value);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** Chromium: runs a script's source in the test world (e.g. axe-core, for TestPage#panel functions). */
async function scriptOverCdp(
  cdp: CDPSession,
  cache: { loaderId?: string; contextId?: number },
  source: string,
) {
  const contextId = await cdpTestWorld(cdp, cache);
  const r = await cdp.send('Runtime.evaluate', { expression: source, contextId });
  if (r.exceptionDetails) throw new Error(`panelScript(): ${r.exceptionDetails.text}`);
}

interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiScriptResult {
  type: 'success' | 'exception';
  result?: BidiRemoteValue;
  exceptionDetails?: { text: string };
}
/** What puppeteer-core's BiDi frame holds: its browsing context and the session that drives it. */
interface BidiFrameInternals {
  browsingContext: {
    id: string;
    userContext: {
      browser: { session: { send(method: string, params: object): Promise<{ result: BidiScriptResult }> } };
    };
  };
}

/** Firefox: the page's BiDi browsing context and session (puppeteer-core's own, reached through its frame). */
function bidiOf(page: PpPage) {
  const { browsingContext } = page.mainFrame() as unknown as BidiFrameInternals;
  // A sandbox: the test's own realm in the page, with pristine built-ins.
  return {
    session: browsingContext.userContext.browser.session,
    target: { context: browsingContext.id, sandbox: testWorld },
  };
}

/** Firefox: WebDriver BiDi serialises a node's shadow root, closed ones too with `includeShadowTree: 'all'`. */
async function panelOverBidi<R, A>(
  page: PpPage,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg: A | undefined,
): Promise<R> {
  const { session, target } = bidiOf(page);
  const host = await session.send('script.evaluate', {
    expression: hostExpression,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (host.result.type !== 'success') throw new Error(`panel(): ${host.result.exceptionDetails?.text}`);
  const node = host.result.result;
  const shadow =
    node?.type === 'node'
      ? (node.value as { shadowRoot?: BidiRemoteValue | null } | undefined)?.shadowRoot
      : null;
  const call = await session.send('script.callFunction', {
    functionDeclaration: panelCall(fn),
    target,
    awaitPromise: true,
    resultOwnership: 'none',
    arguments: [
      shadow?.sharedId ? { sharedId: shadow.sharedId } : { type: 'null' },
      { type: 'string', value: JSON.stringify(arg ?? null) },
    ],
  });
  if (call.result.type !== 'success') throw new Error(`panel(): ${call.result.exceptionDetails?.text}`);
  return fromJson<R>(call.result.result?.value);
}

/** Firefox: runs a script's source in the test's sandbox. */
async function scriptOverBidi(page: PpPage, source: string) {
  const { session, target } = bidiOf(page);
  const r = await session.send('script.evaluate', { expression: source, target, awaitPromise: false });
  if (r.result.type !== 'success') throw new Error(`panelScript(): ${r.result.exceptionDetails?.text}`);
}

/** `fn(null, arg)` in a page that has no panel (an extension page). */
async function panelOnPageOnly<R, A>(
  page: { evaluate: PwPage['evaluate'] } | PpPage,
  fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>,
  arg: A | undefined,
): Promise<R> {
  const json = await (page as PpPage).evaluate(
    `(${panelCall(fn)})(null, ${JSON.stringify(JSON.stringify(arg ?? null))})`,
  );
  return fromJson<R>(json);
}

/**
 * When the panel's shadow root holds `selector`: scrolls it into view and clicks its centre with the
 * mouse, or taps it (a real, trusted click or touch), after checking nothing covers it; returns false
 * when the panel has no such element.
 */
export async function clickedInPanel(
  page: TestPage,
  selector: string,
  by: 'mouse' | 'touch' = 'mouse',
): Promise<boolean> {
  const at = await page
    .panel((root, sel) => {
      const el = root?.querySelector<HTMLElement>(sel);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = root?.elementFromPoint(x, y);
      return { x, y, onTop: Boolean(top && (top === el || el.contains(top))) };
    }, selector)
    .catch(() => null);
  if (!at) return false;
  if (!at.onTop) throw new Error(`click: ${selector} in the panel is covered at (${at.x}, ${at.y})`);
  if (by === 'touch') await page.touchTap(at.x, at.y);
  else await page.mouseClick(at.x, at.y);
  return true;
}
