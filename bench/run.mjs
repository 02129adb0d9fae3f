// `npm run bench` (after `npm run build`): what the extension costs, measured side by side with a
// browser that has no extension. Real headless Chromium (the system one), the fixture site served by
// request interception (no network: any other request is refused and reported), medians over many
// runs after warm-up runs. Prints a table, writes bench/results.json, and exits non-zero when a figure
// is over its budget (bench/budgets.json), missing, or the run itself went wrong.
//
// Env: BENCH_RUNS (measured runs per figure, default 20, page-load pairs twice that; fewer than 15 is
// a quick run and fails),
// CHROMIUM_PATH (else the usual install paths).

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../test/e2e/find-browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
const extensionDir = join(root, '.output/chrome-mv3');
const SITE = 'https://expert.plus/';
const homeHtml = readFileSync(join(root, 'test/fixtures/pages/home.html'), 'utf8');
const HOST_SELECTOR = '[data-policy-lens]';
const MIN_RUNS = 15;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 20) || 20);
const WARMUP = 3;
/** Page loads are cheap and their ratio is the noisiest figure: twice as many pairs. */
const LOAD_PAIRS = RUNS * 2;
const LIST_ROWS = 1000;
const CHANGE_TEXT_BYTES = 1024 * 1024;
const TIMEOUT = 20_000;

const log = (...args) => console.error('[bench]', ...args);

// ——— statistics ———

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** median, min, max and the samples themselves (rounded for the JSON). */
function summary(values, digits = 2) {
  const round = (v) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    n: values.length,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    samples: values.map(round),
  };
}

// ——— results ———

/** @type {Array<Record<string, unknown>>} */
const rows = [];
const problems = [];

/**
 * One figure. `value` is what the budget is checked against; `stats` adds median/min/max.
 * status: 'ok' | 'over' | 'missing' | 'info' (no budget).
 */
function record({ id, label, unit, value, stats, budgetKey, note }) {
  const budget = budgetKey ? budgets[budgetKey] : undefined;
  let status = 'info';
  if (value === undefined || value === null || Number.isNaN(value)) status = budgetKey ? 'missing' : 'info';
  else if (budget !== undefined) status = value <= budget ? 'ok' : 'over';
  rows.push({ id, label, unit, value, ...(stats ?? {}), budgetKey, budget, status, note });
}

// ——— sizes ———

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.map((f) => f.slice(extensionDir.length + 1)) };
}

function contentScriptSize() {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => join(dir, f));
  return sizeOf(files);
}

/** popup.html and everything it loads: its scripts and stylesheets, and their static JS imports. */
function popupSize() {
  const html = join(extensionDir, 'popup.html');
  const text = readFileSync(html, 'utf8');
  const queue = [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => !/^[a-z]+:/i.test(u))
    .map((u) => join(extensionDir, u.replace(/^\//, '')));
  const seen = new Set([html]);
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const js = readFileSync(file, 'utf8');
      for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
        queue.push(m[1].startsWith('/') ? join(extensionDir, m[1]) : join(dirname(file), m[1]));
      }
    }
  }
  return sizeOf([...seen]);
}

// ——— machine ———

function machineInfo() {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) osName = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux: os.type() is enough
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName,
    arch: os.arch(),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

// ——— the browser ———

const strayRequests = [];

async function launch(withExtension) {
  const userDataDir = mkdtempSync(join(os.tmpdir(), `policy-lens-bench-${withExtension ? 'ext' : 'base'}-`));
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('Chromium not found: install it or set CHROMIUM_PATH.');
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    // No name resolves: nothing can reach the network even where the route below is not in the way.
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (withExtension)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    args,
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
    strayRequests.push(`${withExtension ? 'with' : 'without'} extension: ${url.href}`);
  });
  await context.addInitScript(probe, { hostSelector: HOST_SELECTOR, listRows: LIST_ROWS });
  let extensionId;
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: TIMEOUT }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    /** Lets extension pages load without Playwright's interception in the way (site loads are refused). */
    async extensionPagesOnly() {
      await context.unroute('**/*', handler);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in every page before its own scripts (main world). On the site: DOMContentLoaded, when the
 * panel host is put under <html> (a MutationObserver on <html>'s children, so it records the end of
 * the content script's task that appended it) and two frames later (painted), and long tasks. On the
 * drafter: when the form's first text input exists and is enabled, or when the list has all its rows.
 */
function probe({ hostSelector, listRows }) {
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
        // first page with its "Showing N of M" line; see components/drafter/RequestList.tsx).
        const total = /\((\d+)\)/.exec(document.querySelector('.list-view h2')?.textContent ?? '')?.[1];
        if (Number(total) !== listRows || rowsLive.length === 0) return false;
        if (rowsLive.length < listRows && !document.querySelector('.more [role="status"]')) return false;
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

// ——— page loads, with and without the extension ———

async function loadSite(browser, withExtension) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
    if (withExtension) {
      await page.waitForFunction(() => window.__plBench.hostPaint !== null, null, { timeout: TIMEOUT });
    }
    // Let late work land in the long-task buffer, the same way in both browsers.
    await page.waitForFunction(
      () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const m = window.__plBench;
        const last = Math.max(nav?.loadEventEnd ?? Infinity, m.hostPaint ?? 0);
        return nav && nav.loadEventEnd > 0 && performance.now() > last + 500;
      },
      null,
      { timeout: TIMEOUT, polling: 100 },
    );
    const r = await page.evaluate((sel) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const m = window.__plBench;
      return {
        load: nav.loadEventEnd,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dclNav: nav.domContentLoadedEventEnd,
        dcl: m.dcl,
        host: m.host,
        hostPaint: m.hostPaint,
        longTasks: m.longTasks,
        hosts: document.querySelectorAll(sel).length,
      };
    }, HOST_SELECTOR);
    r.panelOpen =
      r.hosts > 0 &&
      (await rootCall(cdp, (root) => root.querySelector('#pl-panel')?.hidden === false)) === true;
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    r.heap = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    r.metrics = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return r;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

async function pairedLoads(ext, base) {
  const pairs = [];
  for (let i = 0; i < WARMUP + LOAD_PAIRS; i++) {
    // Alternate which browser goes first, so neither always follows the other.
    const order = i % 2 === 0 ? ['ext', 'base'] : ['base', 'ext'];
    const pair = {};
    for (const which of order) {
      pair[which] = await loadSite(which === 'ext' ? ext : base, which === 'ext');
    }
    if (i >= WARMUP) pairs.push(pair);
    log(
      `load pair ${i + 1}/${WARMUP + LOAD_PAIRS}${i < WARMUP ? ' (warm-up)' : ''}: with ${pair.ext.load.toFixed(1)} ms, without ${pair.base.load.toFixed(1)} ms, host +${(pair.ext.host - pair.ext.dcl).toFixed(1)} ms after DCL`,
    );
  }
  return pairs;
}

// ——— main-thread work, from a trace ———

const TRACE_RUNS = 10;

/**
 * One load with a Chromium trace. Returns the page's main-thread busy time (outermost tasks) and the
 * longest task that ran the content script (a task holding an event with the extension's URL: its
 * evaluation, and calls into its functions that the trace labels with their script).
 */
async function tracedLoad(browser, withExtension) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
      ],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  try {
    await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
    if (withExtension) {
      await page.waitForFunction(() => window.__plBench.hostPaint !== null, null, { timeout: TIMEOUT });
    }
    await page.waitForTimeout(500);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    await page.close();
  }
  return analyseTrace(events, browser.extensionId);
}

function analyseTrace(events, extensionId) {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}/${e.tid}`),
  );
  // The page's main thread: the renderer thread that parsed the site's HTML.
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(SITE),
  );
  if (!parse || !mainThreads.has(`${parse.pid}/${parse.tid}`)) return null;
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const tasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const outermost = [];
  for (const t of tasks) {
    const last = outermost.at(-1);
    if (!last || t.ts >= last.ts + last.dur) outermost.push(t);
  }
  const busyMs = outermost.reduce((sum, t) => sum + t.dur, 0) / 1000;
  let longestExtensionTaskMs = 0;
  let extensionTasks = 0;
  if (extensionId) {
    const mark = `chrome-extension://${extensionId}/`;
    const extEvents = onThread.filter(
      (e) => e.name !== 'RunTask' && JSON.stringify(e.args ?? {}).includes(mark),
    );
    for (const t of outermost) {
      if (extEvents.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur)) {
        extensionTasks++;
        longestExtensionTaskMs = Math.max(longestExtensionTaskMs, t.dur / 1000);
      }
    }
  }
  // When Chromium starts the content script (a document_idle script), counted from DOMContentLoaded.
  const dcl = onThread.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'DOMContentLoaded');
  const loadEvent = onThread.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'load');
  const evaluation = extensionId
    ? onThread.find(
        (e) =>
          e.name === 'EvaluateScript' &&
          String(e.args?.data?.url).startsWith(`chrome-extension://${extensionId}/`),
      )
    : undefined;
  return {
    busyMs,
    tasks: outermost.length,
    longestExtensionTaskMs,
    extensionTasks,
    scriptStartAfterDclMs: evaluation && dcl ? (evaluation.ts - dcl.ts) / 1000 : null,
    scriptEvaluationMs: evaluation ? evaluation.dur / 1000 : null,
    loadAfterDclMs: dcl && loadEvent ? (loadEvent.ts - dcl.ts) / 1000 : null,
  };
}

async function tracedPairs(ext, base) {
  const pairs = [];
  for (let i = 0; i < 1 + TRACE_RUNS; i++) {
    const order = i % 2 === 0 ? ['ext', 'base'] : ['base', 'ext'];
    const pair = {};
    for (const which of order) pair[which] = await tracedLoad(which === 'ext' ? ext : base, which === 'ext');
    if (!pair.ext || !pair.base) throw new Error('the trace did not show the page’s main thread');
    if (i >= 1) pairs.push(pair);
    log(
      `traced pair ${i + 1}/${1 + TRACE_RUNS}${i < 1 ? ' (warm-up)' : ''}: main thread busy ${pair.ext.busyMs.toFixed(1)} vs ${pair.base.busyMs.toFixed(1)} ms, longest content-script task ${pair.ext.longestExtensionTaskMs.toFixed(1)} ms`,
    );
  }
  return pairs;
}

// ——— opening the panel ———

/**
 * Calls `fn(root, arg)` in the page with the panel's shadow root, which is closed: CDP's DOM domain
 * reaches it (`pierce`), as DevTools does, while page scripts read `host.shadowRoot === null`.
 */
async function rootCall(cdp, fn, arg) {
  const host = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(HOST_SELECTOR)})`,
  });
  if (!host.result.objectId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: host.result.objectId,
    depth: 1,
    pierce: true,
  });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const r = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (r.exceptionDetails)
    throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
  return r.result.value;
}

/** A real (trusted) mouse click at the centre of the panel control `selector`. */
async function clickInPanel(page, cdp, selector) {
  const at = await rootCall(
    cdp,
    (root, sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
  );
  await page.mouse.click(at.x, at.y);
}

async function panelOpens(ext, runs) {
  const results = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    try {
      await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
      for (let tries = 0; ; tries++) {
        const ready = await rootCall(cdp, (root) =>
          Boolean(root.querySelector('.launcher') && window.__plBench.hostPaint),
        );
        if (ready) break;
        if (tries * 50 > TIMEOUT) throw new Error('no launcher');
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(300);
      const startedOpen = await rootCall(cdp, (root) => root.querySelector('#pl-panel').hidden === false);
      if (startedOpen) {
        await clickInPanel(page, cdp, '.close');
        await page.waitForTimeout(300);
      }
      // The watchers are in place before the click, so neither misses its moment; the clock starts at
      // the real click's own time stamp (pointerdown), the user's moment.
      await rootCall(
        cdp,
        (root, timeout) => {
          const panel = () => root.querySelector('#pl-panel');
          const isOpen = () => panel() && panel().hidden === false;
          const hasContent = () => isOpen() && root.querySelector('#pl-panel [data-section]');
          const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const until = (test) =>
            new Promise((resolve, reject) => {
              if (test()) return resolve(performance.now());
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error('panel did not open'));
              }, timeout);
              const observer = new MutationObserver(() => {
                if (!test()) return;
                const at = performance.now();
                observer.disconnect();
                clearTimeout(timer);
                resolve(at);
              });
              observer.observe(root, { childList: true, subtree: true, attributes: true });
            });
          let t0;
          addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
          const shownAt = until(isOpen);
          const contentAt = until(hasContent);
          window.__plOpen = (async () => {
            const shown = await shownAt;
            await twoFrames();
            const shownPaint = performance.now();
            const content = await contentAt;
            await twoFrames();
            const contentPaint = performance.now();
            return {
              shown: shown - t0,
              shownPaint: shownPaint - t0,
              content: content - t0,
              contentPaint: contentPaint - t0,
              sections: root.querySelectorAll('#pl-panel [data-section]').length,
            };
          })();
        },
        TIMEOUT,
      );
      await clickInPanel(page, cdp, '.launcher');
      const r = { startedOpen, ...(await page.evaluate(() => window.__plOpen)) };
      await page.waitForTimeout(100);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      r.heap = await cdp.send('Runtime.getHeapUsage');
      // Close it again so the next page starts closed (the open state is remembered).
      await clickInPanel(page, cdp, '.close');
      for (
        let tries = 0;
        !(await rootCall(cdp, (root) => root.querySelector('#pl-panel').hidden === true));
        tries++
      ) {
        if (tries * 50 > TIMEOUT) throw new Error('the panel did not close');
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(200);
      if (i >= WARMUP) results.push(r);
      log(
        `panel open ${i + 1}/${WARMUP + runs}${i < WARMUP ? ' (warm-up)' : ''}: painted ${r.shownPaint.toFixed(1)} ms, content painted ${r.contentPaint.toFixed(1)} ms`,
      );
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  }
  return results;
}

// ——— the drafter ———

async function openDrafter(ext, query) {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__plBench.painted !== null, null, { timeout: TIMEOUT });
    return await page.evaluate(() => ({ ...window.__plBench }));
  } finally {
    await page.close();
  }
}

/** Opens the list, then times "Show all": click → every row in the DOM, and painted (2 frames). */
async function showAllRun(ext) {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?view=list`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__plBench.painted !== null, null, { timeout: TIMEOUT });
    return await page.evaluate(
      (rows) =>
        new Promise((done) => {
          const live = document.getElementsByClassName('req');
          const start = performance.now();
          const finish = () => {
            const ready = performance.now() - start;
            requestAnimationFrame(() =>
              requestAnimationFrame(() =>
                done({ ready, painted: performance.now() - start, rows: live.length }),
              ),
            );
          };
          const observer = new MutationObserver(() => {
            if (live.length >= rows) {
              observer.disconnect();
              finish();
            }
          });
          observer.observe(document, { childList: true, subtree: true });
          document.querySelector('[data-action="show-all"]').click();
        }),
      LIST_ROWS,
    );
  } finally {
    await page.close();
  }
}

async function drafterRuns(ext, query, runs, label) {
  const results = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const r = await openDrafter(ext, query);
    if (i >= WARMUP) results.push(r);
    log(
      `${label} ${i + 1}/${WARMUP + runs}${i < WARMUP ? ' (warm-up)' : ''}: ready ${r.ready.toFixed(1)} ms, painted ${r.painted.toFixed(1)} ms`,
    );
  }
  return results;
}

/** Bundles a TypeScript module of the app for Node or the page, `?raw` imports included. */
async function bundle(entry, options = {}) {
  const rawText = {
    name: 'raw-text',
    setup(b) {
      b.onResolve({ filter: /\?raw$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
        namespace: 'raw-text',
      }));
      b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
        contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
        loader: 'js',
      }));
    },
  };
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [rawText],
    ...options,
  });
  return out.outputFiles[0].text;
}

const importBundle = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** 1,000 requests in the app's stored format, checked by the app's own backup parser. */
async function makeRecords(n, statusOf = (i, statuses) => statuses[i % statuses.length]) {
  const kinds = ['deletion', 'withdraw-consent', 'access', 'correction', 'stop-processing', 'stop-marketing'];
  const statuses = ['draft', 'sent', 'answered', 'done'];
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  const start = Date.UTC(2025, 0, 6, 9, 0, 0);
  const body = (i) =>
    `Оператору персональных данных ИП Ворсов А.А.\nот Иванова Ивана Ивановича (${i})\n\n` +
    'ТРЕБОВАНИЕ об уничтожении персональных данных\n\n' +
    'На основании ч. 1 ст. 14 и ч. 1 ст. 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» ' +
    'и п. 4.2 Политики конфиденциальности сайта expert.plus прошу прекратить обработку и уничтожить мои ' +
    'персональные данные, в том числе имя, телефон, IP-адрес, данные файлов cookie и сведения о браузере, ' +
    'а также уведомить меня об этом по адресу электронной почты, указанному ниже. '.repeat(2);
  const records = [];
  for (let i = 0; i < n; i++) {
    const created = start + i * 7 * 3600_000;
    const status = statusOf(i, statuses);
    const code = (i * 7919)
      .toString(36)
      .toUpperCase()
      .padStart(4, '2')
      .slice(-4)
      .replace(/[01IO]/g, '7');
    const r = {
      id: `${created.toString(36)}-bench${String(i).padStart(5, '0')}`,
      policyId: 'expert.plus',
      kind: kinds[i % kinds.length],
      person: {
        fullName: `Иванов Иван Иванович ${i}`,
        email: `user${i}@example.org`,
        phone: `+7 900 ${String(1000000 + i).slice(-7)}`,
        recipient: 'support@expert.plus',
      },
      status,
      reference: `PL-${day(created).replaceAll('-', '')}-${code}`,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(created + 3600_000).toISOString(),
      deadlines: [],
    };
    if (status !== 'draft') {
      r.sentOn = day(created);
      r.deadlines = [
        {
          id: 'answer',
          label: { ru: 'ответ на обращение', en: 'answer to the request' },
          date: day(created + 14 * 86400_000),
          approximate: i % 5 === 0,
        },
      ];
      r.letter = { subject: `Требование об уничтожении персональных данных (${r.reference})`, body: body(i) };
    }
    if (status === 'answered' || status === 'done') r.answeredOn = day(created + 5 * 86400_000);
    if (status === 'done') r.doneOn = day(created + 6 * 86400_000);
    records.push(r);
  }
  const backup = await importBundle(
    await bundle(`export { exportBackup, parseBackup } from './lib/requests/backup';`, { platform: 'node' }),
  );
  const parsed = backup.parseBackup(backup.exportBackup(records, new Date()));
  if (!parsed.ok) throw new Error(`seed records are not in the app's format: ${parsed.error.en}`);
  return parsed.requests;
}

async function seedRequests(ext, records) {
  const page = await ext.context.newPage();
  try {
    // The drafter creates the database at its current version; the records then go in through the
    // extension page's own indexedDB, one transaction, in the stored shape.
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?view=list`, { timeout: TIMEOUT });
    await page.waitForFunction(() => document.querySelector('.drafter'), null, { timeout: TIMEOUT });
    await page.waitForTimeout(500);
    return await page.evaluate(async (records) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('policy-lens');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!db.objectStoreNames.contains('requests') || !db.objectStoreNames.contains('letters'))
        throw new Error('the drafter did not create its database (schema v3: requests, letters)');
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['requests', 'letters'], 'readwrite');
        const store = tx.objectStore('requests');
        const letters = tx.objectStore('letters');
        store.clear();
        letters.clear();
        // As lib/requests/db/store.ts stores them (splitLetter): the letter apart, under the request's id.
        for (const { letter, ...request } of records) {
          store.put(request);
          if (letter) letters.put(letter, request.id);
        }
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const count = await new Promise((resolve) => {
        const req = db.transaction('requests').objectStore('requests').count();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return count;
    }, records);
  } finally {
    await page.close();
  }
}

// ——— change detection ———

/**
 * The policy as the live page would show it, one clause changed, between the site's other text, to
 * `bytes` of UTF-8 in all. The other text is made of the policy's own words, shuffled deterministically
 * into sentences and lines: the hardest realistic case for a matcher, which cannot skip it by alphabet.
 */
function changedPageText(source, clauses, bytes) {
  const target = clauses.find((c) => c.id === '4.2') ?? clauses[Math.floor(clauses.length / 2)];
  const changed = target.text.replace(/\S+$/, 'и по запросу Пользователя в течение 30 дней.');
  const policyText = source.replace(target.text, changed);
  const words = source.split(/\s+/).filter(Boolean);
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const sentence = () =>
    `${Array.from({ length: 8 + (next() % 20) }, () => words[next() % words.length]).join(' ')}.`;
  // Lines of one to five sentences, as a page's paragraphs, list items and menus read.
  const filler = (size) => {
    const lines = [];
    let used = 0;
    while (used < size) {
      let line = Array.from({ length: 1 + (next() % 5) }, sentence).join(' ');
      const lineBytes = Buffer.byteLength(line) + 1;
      if (used + lineBytes > size) line = line.slice(0, Math.max(0, Math.floor((size - used - 1) / 2)));
      lines.push(line);
      used += Buffer.byteLength(line) + 1;
    }
    return lines.join('\n');
  };
  const rest = bytes - Buffer.byteLength(policyText) - 2;
  const text = `${filler(Math.floor(rest / 2))}\n${policyText}\n${filler(Math.ceil(rest / 2))}`;
  return { text, changedId: target.id };
}

async function changeDetection(page) {
  const file = join(root, 'lib/policy-watch/diff.ts');
  if (!existsSync(file)) return { missing: 'lib/policy-watch/diff.ts missing' };
  let code;
  try {
    code = await bundle(
      `export { comparePolicyText } from './lib/policy-watch/diff';
       export { clauses, source } from './policies/expert.plus/clauses';`,
    );
  } catch (error) {
    return { missing: `lib/policy-watch/diff.ts does not build: ${String(error.message).split('\n')[0]}` };
  }
  const mod = await importBundle(code);
  const clauses = mod.clauses.map((c) => ({ id: c.id, text: c.text }));
  const { text, changedId } = changedPageText(mod.source, clauses, CHANGE_TEXT_BYTES);
  const runs = WARMUP + RUNS;

  // In Node, as the build's code runs outside a page.
  const node = [];
  let nodeResult;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    nodeResult = mod.comparePolicyText(clauses, text);
    const t = performance.now() - t0;
    if (i >= WARMUP) node.push(t);
  }

  // In the Chromium page, where the content script would run it. The page bundle sets a global.
  const iife = await bundle(
    `import { comparePolicyText } from './lib/policy-watch/diff';
     globalThis.__plBenchDiff = comparePolicyText;`,
    { format: 'iife' },
  );
  await page.evaluate(iife);
  const browserRun = await page.evaluate(
    ({ clauses, text, runs, warmup }) => {
      const times = [];
      let result;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        result = globalThis.__plBenchDiff(clauses, text);
        const t = performance.now() - t0;
        if (i >= warmup) times.push(t);
      }
      return { times, result: JSON.stringify(result) };
    },
    { clauses, text, runs, warmup: WARMUP },
  );
  // The changed clause must be reported, whatever else the result holds: an object with its id and a
  // status other than 'unchanged'.
  const mentions = (json) => {
    const walk = (v) =>
      Array.isArray(v)
        ? v.some(walk)
        : v !== null && typeof v === 'object'
          ? (v.id === changedId && typeof v.status === 'string' && v.status !== 'unchanged') ||
            Object.values(v).some(walk)
          : false;
    return walk(JSON.parse(json));
  };
  return {
    textChars: text.length,
    textUtf8Bytes: Buffer.byteLength(text),
    clauses: clauses.length,
    changedId,
    browser: browserRun.times,
    node,
    foundChangeInBrowser: mentions(browserRun.result),
    foundChangeInNode: mentions(JSON.stringify(nodeResult)),
  };
}

// ——— the run ———

function fmt(v, unit) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (unit === 'B') return `${Math.round(v).toLocaleString('en-US')} B`;
  if (unit === 'KiB') return `${(v / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${v.toFixed(1)} ms`;
  if (unit === 'x') return `${v.toFixed(3)}×`;
  return String(v);
}

function printTable(machine) {
  const head = ['Figure', 'Median', 'Min – max', 'Budget', ''];
  const body = rows.map((r) => {
    const unit = r.unit === 'bytes' ? 'KiB' : r.unit;
    const value = fmt(r.median ?? r.value, unit);
    const range = r.min !== undefined ? `${fmt(r.min, unit)} – ${fmt(r.max, unit)}` : '';
    const budget = r.budget !== undefined ? `≤ ${fmt(r.budget, unit)}` : '';
    const mark = { ok: 'ok', over: 'OVER BUDGET', missing: `MISSING: ${r.note ?? 'no value'}`, info: '' }[
      r.status
    ];
    return [r.label, value, range, budget, mark];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  widths[widths.length - 1] = 0;
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log();
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const b of body) console.log(line(b));
  console.log();
  console.log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.chromium}`,
  );
}

async function main() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('.output/chrome-mv3 is missing: run `npm run build` first (npm run bench does).');
  }
  const machine = machineInfo();
  const startedAt = new Date();
  if (RUNS < MIN_RUNS) problems.push(`quick run: ${RUNS} runs per figure, fewer than ${MIN_RUNS}`);

  // Sizes: deterministic for a build.
  const cs = contentScriptSize();
  record({
    id: 'contentScriptRaw',
    label: 'Content script, JS + CSS, raw',
    unit: 'bytes',
    value: cs.raw,
  });
  record({
    id: 'contentScriptGzip',
    label: 'Content script, JS + CSS, gzip',
    unit: 'bytes',
    value: cs.gzip,
    budgetKey: 'contentScriptGzipBytes',
  });
  const popup = popupSize();
  record({
    id: 'popupRaw',
    label: 'Drafter (popup.html + all it loads), raw',
    unit: 'bytes',
    value: popup.raw,
  });
  record({
    id: 'popupGzip',
    label: 'Drafter (popup.html + all it loads), gzip',
    unit: 'bytes',
    value: popup.gzip,
    budgetKey: 'popupGzipBytes',
  });

  log('launching Chromium with and without the extension');
  const ext = await launch(true);
  const base = await launch(false);
  const details = { contentScriptFiles: cs.files, popupFiles: popup.files };
  try {
    const probePage = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(probePage);
    machine.chromium = (await cdp.send('Browser.getVersion')).product;
    await probePage.close();

    // 1. Page loads, paired.
    const pairs = await pairedLoads(ext, base);
    const hostAfterDcl = pairs.map((p) => p.ext.host - p.ext.dcl);
    const hostPaintAfterDcl = pairs.map((p) => p.ext.hostPaint - p.ext.dcl);
    const s1 = summary(hostAfterDcl);
    record({
      id: 'panelHostAfterDcl',
      label: 'Panel host in the DOM, after DOMContentLoaded',
      unit: 'ms',
      value: s1.median,
      stats: s1,
      budgetKey: 'panelHostAfterDomContentLoadedMs',
    });
    const s1p = summary(hostPaintAfterDcl);
    record({
      id: 'panelHostPaintAfterDcl',
      label: 'Launcher painted (host + 2 frames), after DCL',
      unit: 'ms',
      value: s1p.median,
      stats: s1p,
    });
    const ratios = pairs.map((p) => p.ext.load / p.base.load);
    const sr = summary(ratios, 4);
    record({
      id: 'loadTimeRatio',
      label: 'Load event, with / without extension (per pair)',
      unit: 'x',
      value: sr.median,
      stats: sr,
      budgetKey: 'loadTimeRatio',
    });
    const sExt = summary(pairs.map((p) => p.ext.load));
    record({
      id: 'loadWith',
      label: 'Load event, with extension',
      unit: 'ms',
      value: sExt.median,
      stats: sExt,
    });
    const sBase = summary(pairs.map((p) => p.base.load));
    record({
      id: 'loadWithout',
      label: 'Load event, without extension',
      unit: 'ms',
      value: sBase.median,
      stats: sBase,
    });
    // The page's first contentful paint: what the script's start before parsing could cost the page.
    const fcpPairs = pairs.filter((p) => p.ext.fcp !== null && p.base.fcp !== null);
    if (fcpPairs.length < pairs.length) problems.push('first-contentful-paint missing on some loads');
    const sFcpExt = summary(fcpPairs.map((p) => p.ext.fcp));
    record({
      id: 'fcpWith',
      label: 'First contentful paint, with extension',
      unit: 'ms',
      value: sFcpExt.median,
      stats: sFcpExt,
    });
    const sFcpBase = summary(fcpPairs.map((p) => p.base.fcp));
    record({
      id: 'fcpWithout',
      label: 'First contentful paint, without extension',
      unit: 'ms',
      value: sFcpBase.median,
      stats: sFcpBase,
    });
    const longest = (lt) => (lt === null ? Number.NaN : Math.max(0, ...lt.map((t) => t.duration)));
    const ltExt = pairs.map((p) => longest(p.ext.longTasks));
    const ltBase = pairs.map((p) => longest(p.base.longTasks));
    const sLtExt = summary(ltExt);
    record({
      id: 'longTaskWith',
      label: 'Longest main-thread task per load, with extension (0 = none ≥ 50 ms)',
      unit: 'ms',
      value: sLtExt.median,
      stats: sLtExt,
      budgetKey: 'longTaskMs',
    });
    const sLtBase = summary(ltBase);
    record({
      id: 'longTaskWithout',
      label: 'Longest main-thread task per load, without extension',
      unit: 'ms',
      value: sLtBase.median,
      stats: sLtBase,
    });
    details.loadsWithLongTask = {
      withExtension: ltExt.filter((v) => v > 0).length,
      withoutExtension: ltBase.filter((v) => v > 0).length,
      of: pairs.length,
    };
    const heapDelta = pairs.map((p) => p.ext.heap.usedSize - p.base.heap.usedSize);
    const sHeap = summary(heapDelta, 0);
    record({
      id: 'heapDeltaClosed',
      label: 'JS heap of the page, with − without extension (panel closed)',
      unit: 'bytes',
      value: sHeap.median,
      stats: sHeap,
    });
    const embedderDelta = pairs.map(
      (p) => p.ext.heap.embedderHeapUsedSize - p.base.heap.embedderHeapUsedSize,
    );
    const sEmb = summary(embedderDelta, 0);
    record({
      id: 'embedderHeapDeltaClosed',
      label: 'Blink (DOM) heap of the page, with − without (panel closed)',
      unit: 'bytes',
      value: sEmb.median,
      stats: sEmb,
    });
    // CPU time of the page's main thread (thread ticks, so time the thread waited for the CPU is not
    // counted): the figure least disturbed by other work on the machine.
    const cpu = (key) => pairs.map((p) => (p.ext.metrics[key] - p.base.metrics[key]) * 1000);
    const sTaskCpu = summary(cpu('TaskDuration'));
    record({
      id: 'mainThreadCpuDelta',
      label: 'Main-thread CPU time per load, with − without',
      unit: 'ms',
      value: sTaskCpu.median,
      stats: sTaskCpu,
    });
    const sScriptCpu = summary(cpu('ScriptDuration'));
    record({
      id: 'scriptCpuDelta',
      label: 'Script CPU time per load, with − without',
      unit: 'ms',
      value: sScriptCpu.median,
      stats: sScriptCpu,
    });
    details.mainThreadCpuWithoutExtensionMs = summary(pairs.map((p) => p.base.metrics.TaskDuration * 1000));
    details.heapWithoutExtension = summary(
      pairs.map((p) => p.base.heap.usedSize),
      0,
    );
    const r1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
    details.loadPairs = pairs.map((p) => ({
      with: {
        dcl: r1(p.ext.dcl),
        load: r1(p.ext.load),
        host: r1(p.ext.host),
        longTasks: p.ext.longTasks?.length,
      },
      without: { dcl: r1(p.base.dcl), load: r1(p.base.load), longTasks: p.base.longTasks?.length },
    }));
    details.loadsStartedWithPanelOpen = pairs.filter((p) => p.ext.panelOpen).length;
    details.hostsPerPage = [...new Set(pairs.map((p) => p.ext.hosts))];
    details.hostsPerPageWithoutExtension = [...new Set(pairs.map((p) => p.base.hosts))];

    // 1b. The same loads traced: what the content script does on the page's main thread.
    const traced = await tracedPairs(ext, base);
    const sExtTask = summary(traced.map((p) => p.ext.longestExtensionTaskMs));
    record({
      id: 'contentScriptLongestTask',
      label: 'Longest main-thread task running the content script (trace)',
      unit: 'ms',
      value: sExtTask.median,
      stats: sExtTask,
      budgetKey: 'longTaskMs',
    });
    const traceStat = (key, label) => {
      const values = traced.map((p) => p.ext[key]).filter((v) => v !== null);
      if (values.length) {
        const st = summary(values);
        record({ id: key, label, unit: 'ms', value: st.median, stats: st });
      }
    };
    traceStat('scriptStartAfterDclMs', 'Content script starts, after DOMContentLoaded (trace)');
    traceStat('scriptEvaluationMs', 'Content script first evaluation (trace)');
    const loadDelay = traced
      .filter((p) => p.ext.loadAfterDclMs !== null && p.base.loadAfterDclMs !== null)
      .map((p) => p.ext.loadAfterDclMs - p.base.loadAfterDclMs);
    if (loadDelay.length) {
      const st = summary(loadDelay);
      record({
        id: 'loadAfterDclDelta',
        label: 'Load event after DCL, with − without (trace)',
        unit: 'ms',
        value: st.median,
        stats: st,
      });
    }
    details.traced = traced;

    // 2. Opening the panel.
    const opens = await panelOpens(ext, RUNS);
    const sShown = summary(opens.map((o) => o.shownPaint));
    record({
      id: 'panelShownPaint',
      label: 'Panel open: click → panel shown and painted (2 frames)',
      unit: 'ms',
      value: sShown.median,
      stats: sShown,
    });
    const sContent = summary(opens.map((o) => o.contentPaint));
    record({
      id: 'panelContentPaint',
      label: 'Panel open: click → policy summary painted (2 frames)',
      unit: 'ms',
      value: sContent.median,
      stats: sContent,
      budgetKey: 'panelOpenPaintMs',
    });
    const openHeapDelta = opens.map((o) => o.heap.usedSize - details.heapWithoutExtension.median);
    const sOpenHeap = summary(openHeapDelta, 0);
    record({
      id: 'heapDeltaOpen',
      label: 'JS heap of the page, with (panel open) − without',
      unit: 'bytes',
      value: sOpenHeap.median,
      stats: sOpenHeap,
      budgetKey: 'contentScriptHeapBytes',
    });
    details.panelOpensStartedOpen = opens.filter((o) => o.startedOpen).length;
    details.panelSections = [...new Set(opens.map((o) => o.sections))];

    // 3. The drafter: time to interactive on an empty store, then the list of 1,000 requests.
    await ext.extensionPagesOnly();
    const tti = await drafterRuns(ext, '', RUNS, 'drafter');
    const sTti = summary(tti.map((r) => r.ready));
    record({
      id: 'drafterInteractive',
      label: 'Drafter: navigation → first input present and enabled',
      unit: 'ms',
      value: sTti.median,
      stats: sTti,
      budgetKey: 'drafterInteractiveMs',
    });
    const sTtiPaint = summary(tti.map((r) => r.painted));
    record({
      id: 'drafterPainted',
      label: 'Drafter: navigation → form painted (2 frames)',
      unit: 'ms',
      value: sTtiPaint.median,
      stats: sTtiPaint,
    });
    const seeded = await seedRequests(ext, await makeRecords(LIST_ROWS));
    if (seeded !== LIST_ROWS) problems.push(`seeded ${seeded} requests instead of ${LIST_ROWS}`);
    const list = await drafterRuns(ext, '?view=list', RUNS, 'list of 1,000');
    const sList = summary(list.map((r) => r.ready));
    record({
      id: 'requestList1000',
      label: `Saved requests: navigation → list of ${LIST_ROWS.toLocaleString('en-US')} shown (first page of rows)`,
      unit: 'ms',
      value: sList.median,
      stats: sList,
      budgetKey: 'requestList1000Ms',
    });
    const sListPaint = summary(list.map((r) => r.painted));
    record({
      id: 'requestList1000Painted',
      label: `Saved requests: navigation → list of ${LIST_ROWS.toLocaleString('en-US')} painted`,
      unit: 'ms',
      value: sListPaint.median,
      stats: sListPaint,
    });
    const showAll = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const r = await showAllRun(ext);
      if (i >= WARMUP) showAll.push(r);
      log(
        `show all ${i + 1}/${WARMUP + RUNS}: ${r.rows} rows ${r.ready.toFixed(1)} ms, painted ${r.painted.toFixed(1)} ms`,
      );
    }
    if (showAll.some((r) => r.rows !== LIST_ROWS)) problems.push('"Show all" did not show every request');
    const sAll = summary(showAll.map((r) => r.ready));
    record({
      id: 'requestListShowAll',
      label: `Saved requests: "Show all" → ${LIST_ROWS.toLocaleString('en-US')} rows in the DOM`,
      unit: 'ms',
      value: sAll.median,
      stats: sAll,
    });
    const sAllPaint = summary(showAll.map((r) => r.painted));
    record({
      id: 'requestListShowAllPainted',
      label: `Saved requests: "Show all" → ${LIST_ROWS.toLocaleString('en-US')} rows painted`,
      unit: 'ms',
      value: sAllPaint.median,
      stats: sAllPaint,
    });
    details.listRowsRendered = [...new Set(list.map((r) => r.rows))];

    // The same 1,000 as a long history mostly is: nearly all finished (95 % done, 3 % answered, 1 % sent,
    // 1 % drafts). The first page then comes mostly from the done ones, newest first through the index,
    // where the even mix above fills it from the sent ones alone.
    const finished = (i) =>
      ['done', 'answered', 'sent', 'draft'][[95, 98, 99, 100].findIndex((t) => i % 100 < t)];
    const seededFinished = await seedRequests(ext, await makeRecords(LIST_ROWS, finished));
    if (seededFinished !== LIST_ROWS)
      problems.push(`seeded ${seededFinished} requests instead of ${LIST_ROWS}`);
    const listFinished = await drafterRuns(ext, '?view=list', RUNS, 'list of 1,000, mostly finished');
    const sListFinished = summary(listFinished.map((r) => r.ready));
    record({
      id: 'requestList1000Finished',
      label: `Saved requests: navigation → list of ${LIST_ROWS.toLocaleString('en-US')} shown, 95 % of them done`,
      unit: 'ms',
      value: sListFinished.median,
      stats: sListFinished,
      budgetKey: 'requestList1000Ms',
    });

    // 4. Change detection over 1 MB of text, in a page of the browser without the extension.
    const page = await base.context.newPage();
    await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
    const change = await changeDetection(page);
    await page.close();
    if (change.missing) {
      record({
        id: 'changeCheck1Mb',
        label: 'Change check, 1 MiB page of text (in the page)',
        unit: 'ms',
        value: null,
        budgetKey: 'changeCheck1MbMs',
        note: `not available (${change.missing})`,
      });
    } else {
      const sChange = summary(change.browser);
      record({
        id: 'changeCheck1Mb',
        label: 'Change check, 1 MiB page of text (in the page)',
        unit: 'ms',
        value: sChange.median,
        stats: sChange,
        budgetKey: 'changeCheck1MbMs',
      });
      const sNode = summary(change.node);
      record({
        id: 'changeCheck1MbNode',
        label: 'Change check, 1 MiB page of text (in Node)',
        unit: 'ms',
        value: sNode.median,
        stats: sNode,
      });
      const { browser: _b, node: _n, ...rest } = change;
      details.changeCheck = rest;
      if (!change.foundChangeInBrowser || !change.foundChangeInNode) {
        problems.push(`change check did not report the changed clause ${change.changedId}`);
      }
    }
  } finally {
    await ext.close();
    await base.close();
  }

  machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
  if (strayRequests.length)
    problems.push(`${strayRequests.length} request(s) outside the fixture site, refused`);
  if (details.loadsStartedWithPanelOpen) problems.push('some measured loads started with the panel open');
  if (details.hostsPerPage.join() !== '1') problems.push(`panel hosts per page: ${details.hostsPerPage}`);
  if (details.hostsPerPageWithoutExtension.join() !== '0')
    problems.push('a panel host without the extension');

  const results = {
    date: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine,
    runs: RUNS,
    loadPairs: LOAD_PAIRS,
    tracedPairs: TRACE_RUNS,
    warmupRuns: WARMUP,
    budgets,
    figures: rows,
    strayRequests,
    problems,
    details,
    method: {
      loads:
        'Two persistent Chromium contexts, one with the unpacked build and one with no extension, same flags; fixture home.html served by route. Pairs alternate which context loads first; ratio = median of per-pair load-event ratios.',
      panelHost:
        'Init script in the page: performance.now() at DOMContentLoaded, and when a MutationObserver on <html> children sees the host.',
      panelOpen:
        "Launcher clicked inside the page; time to #pl-panel shown, and to the summary's sections, each plus two requestAnimationFrames.",
      memory:
        "CDP Runtime.getHeapUsage after two HeapProfiler.collectGarbage: the page renderer's V8 isolate, which holds the main world and the content script's isolated world together (CDP has no per-world heap). The extension's cost is the difference with the no-extension page.",
      longTasks:
        "PerformanceObserver 'longtask' (buffered) in the page; tasks of the content script run on the same main thread and are counted with the page's own. Traced loads (CDP Tracing, 5 pairs): the longest top-level task on the page's main thread that holds an event naming the content script's URL.",
      cpu: "CDP Performance.getMetrics with timeDomain 'threadTicks' after the load: TaskDuration and ScriptDuration of the page's main thread, in CPU time.",
      drafter:
        'chrome-extension://ID/popup.html opened in a tab; init script records performance.now() (from navigation start) when #pl-fullName exists and is enabled, or when the list heading counts 1,000 requests and its rows are in the DOM (the first page, with "Showing N of 1,000", or all of them); "Show all" is then timed from the click to 1,000 li.req rows (requests written to IndexedDB "policy-lens" by the extension page, in the stored format, validated with lib/requests/backup.ts); then the list again with 1,000 requests of which 95 % are done, 3 % answered, 1 % sent and 1 % drafts.',
      changeCheck:
        'lib/policy-watch/diff.ts bundled with esbuild; comparePolicyText(clauses of expert.plus, 1 MiB of UTF-8 text: the policy with clause 4.2 changed, between lines made of its own words shuffled), in the page and in Node; the result must report clause 4.2 as not unchanged.',
    },
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  printTable(machine);
  const over = rows.filter((r) => r.status === 'over');
  const missing = rows.filter((r) => r.status === 'missing');
  for (const r of over) console.log(`OVER BUDGET: ${r.label}`);
  for (const r of missing) console.log(`MISSING: ${r.label}: ${r.note ?? 'no value'}`);
  for (const p of problems) console.log(`PROBLEM: ${p}`);
  for (const s of strayRequests) console.log(`  refused: ${s}`);
  if (!strayRequests.length) console.log('No request went anywhere but the fixture site and the extension.');
  const busiest = Math.max(...machine.loadAverageAtStart, ...machine.loadAverageAtEnd);
  if (busiest > machine.cores) {
    console.log(
      `NOTE: load average up to ${busiest} on ${machine.cores} cores during the run: other work shared the CPU, so timings are pessimistic and noisy.`,
    );
  }
  console.log(`Written to bench/results.json (${results.durationS} s).`);
  process.exitCode = over.length || missing.length || problems.length ? 1 : 0;
}

await main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
