// The two browsers the benchmark compares: the system Chromium with the build loaded and without it,
// launched the way the e2e tests launch it (test/e2e/launch-chromium.mjs), the fixture site served
// by request interception, and a probe in every page that records when things happen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionOrigin, launchChromium } from '../test/e2e/launch-chromium.mjs';
import { extensionDir, HOST_SELECTOR, LIST_ROWS, READING_HOST, root, TIMEOUT } from './common.mjs';

export const homeHtml = readFileSync(join(root, 'test/fixtures/pages/home.html'), 'utf8');

/** Requests to anywhere but the fixture site and the extension: refused, and reported. */
export const strayRequests = [];

/** `dir`: the unpacked extension to load when `withExtension` (the build, unless a reference one). */
export async function launch(withExtension, dir = extensionDir) {
  const { context, close, userDataDir } = await launchChromium({
    extensionDir: withExtension ? dir : undefined,
    // No name resolves: nothing can reach the network even where the route below is not in the way.
    // A DevTools port for the browser-level CDP the on-demand reading part needs (the toolbar click).
    args: ['--host-resolver-rules=MAP * ~NOTFOUND', ...(withExtension ? ['--remote-debugging-port=0'] : [])],
    noSandbox: process.getuid?.() === 0,
    viewport: { width: 1280, height: 800 },
    profilePrefix: `policy-lens-bench-${withExtension ? 'ext' : 'base'}-`,
  });
  // Every request goes through this route while it is on: the fixture site is served, anything else is
  // refused and reported. Playwright then intercepts extension files too, so for the drafter's own
  // pages it is switched off (see `extensionPagesOnly`); the host resolver rule above still stops any
  // request from reaching the network, and the request listener still reports it.
  const handler = (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (/^(?:[a-z0-9-]+\.)*expert\.plus$/.test(url.hostname)) {
      if (url.pathname === '/') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: homeHtml });
      }
      return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    }
    return route.abort();
  };
  await context.route('**/*', handler);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return;
    if (/^(?:[a-z0-9-]+\.)*expert\.plus$/.test(url.hostname)) return;
    if (url.hostname === READING_HOST) return; // bench/site-reading.mjs serves its own policy page
    strayRequests.push(`${withExtension ? 'with' : 'without'} extension: ${url.href}`);
  });
  await context.addInitScript(probe, { hostSelector: HOST_SELECTOR, listRows: LIST_ROWS });
  const extensionId = withExtension
    ? (await extensionOrigin(context, TIMEOUT)).slice('chrome-extension://'.length)
    : undefined;
  return {
    context,
    userDataDir,
    extensionId,
    /** Lets extension pages load without Playwright's interception in the way (site loads are refused). */
    async extensionPagesOnly() {
      await context.unroute('**/*', handler);
    },
    close,
  };
}

/**
 * In the page: the load has settled, the same way with and without the extension (500 ms after the
 * later of the load event and the launcher painted), so late work lands in the buffers.
 */
export function loadSettled() {
  const nav = performance.getEntriesByType('navigation')[0];
  const last = Math.max(nav?.loadEventEnd ?? Infinity, window.__plBench.hostPaint ?? 0);
  return nav && nav.loadEventEnd > 0 && performance.now() > last + 500;
}

/** In the page: what a load measured, from the navigation and paint entries and the probe. */
export function loadFigures(hostSelector) {
  const nav = performance.getEntriesByType('navigation')[0];
  const m = window.__plBench;
  return {
    load: nav.loadEventEnd,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    dcl: m.dcl,
    host: m.host,
    hostPaint: m.hostPaint,
    longTasks: m.longTasks,
    hosts: document.querySelectorAll(hostSelector).length,
  };
}

/**
 * Runs in every page before its own scripts (main world). On the site: DOMContentLoaded, when the
 * panel host is put under <html> (a MutationObserver on <html>'s children, so it records the end of
 * the content script's task that appended it) and two frames later (painted), and long tasks. On the
 * drafter: when the form's first text input exists and is enabled, or when the list has all its rows.

 */
export function probe({ hostSelector, listRows }) {
  const m = {};
  Object.defineProperty(window, '__plBench', { value: m });
  const afterTwoFrames = (cb) => requestAnimationFrame(() => requestAnimationFrame(cb));
  const now = () => performance.now();

  if (location.protocol === 'chrome-extension:') {
    const list = new URLSearchParams(location.search).get('view') === 'list';
    m.ready = null;
    m.painted = null;
    const rowsLive = document.getElementsByClassName('req');
    const check = () => {
      if (list) {
        // Shown: the heading counts every saved request and the rows are there (all of them, or the
        // first page with its "Showing N of M" line, `.more`; see components/drafter/RequestList.tsx).
        const total = /\((\d+)\)/.exec(document.querySelector('.list-view h2')?.textContent ?? '')?.[1];
        if (Number(total) !== listRows || rowsLive.length === 0) return false;
        if (rowsLive.length < listRows && !document.querySelector('.more')) return false;
        m.rows = rowsLive.length;
      } else {
        const input = document.getElementById('pl-fullName');
        if (!input?.matches(':enabled')) return false;
      }
      m.ready = now();
      afterTwoFrames(() => {
        m.painted = now();
      });
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    return;
  }

  m.dcl = null;
  m.host = null;
  m.hostPaint = null;
  m.longTasks = [];
  try {
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the figure is reported missing
    m.longTasks = null;
  }
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      m.dcl = now();
    },
    { once: true },
  );
  const found = () => {
    if (m.host !== null) return true;
    const html = document.documentElement;
    if (!html) return false;
    for (const child of html.children) {
      if (child.matches(hostSelector)) {
        m.host = now();
        afterTwoFrames(() => {
          m.hostPaint = now();
        });
        return true;
      }
    }
    return false;
  };
  let htmlObserver;
  const watchHtml = () => {
    if (found() || !document.documentElement) return;
    htmlObserver?.disconnect();
    htmlObserver = new MutationObserver(() => {
      if (found()) htmlObserver.disconnect();
    });
    htmlObserver.observe(document.documentElement, { childList: true });
  };
  // <html> may not exist yet, and a page may replace it.
  const docObserver = new MutationObserver(() => {
    if (m.host !== null) docObserver.disconnect();
    else watchHtml();
  });
  docObserver.observe(document, { childList: true });
  watchHtml();
}
