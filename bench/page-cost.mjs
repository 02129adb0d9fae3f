// What the extension costs the site's pages: the content script's size, page loads side by side with
// a browser without the extension (timings, long tasks, heap, CPU), the same loads traced, opening the
// panel, and the change check the content script runs over a page's text.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, loadFigures, loadSettled } from './browser.mjs';
import {
  bundle,
  extensionDir,
  firefoxExtensionDir,
  HOST_SELECTOR,
  importBundle,
  LOAD_PAIRS,
  log,
  median,
  QUICK,
  RUNS,
  root,
  SITE,
  sizeOf,
  summary,
  TIMEOUT,
  WARMUP,
  withImports,
} from './common.mjs';
import { problems, record, recordSamples } from './report.mjs';

const CHANGE_TEXT_BYTES = 1024 * 1024;

// ——— size ———

/** Every file the built manifest lists under content_scripts (JS and CSS): what each page loads. */
function listedContentScripts(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  return [...new Set(files)].map((f) => join(dir, f.replace(/^\//, '')));
}

/**
 * The panel code the loader asks for on intent (issue #14): `panel-ui.js` and its CSS wherever the
 * build puts them (the root for an unlisted script, content-scripts/, assets/), with their static
 * imports. Empty before the loader lands: the build then has no such file.
 */
function panelCodeFiles(dir) {
  const found = [];
  for (const sub of ['', 'content-scripts', 'assets', 'chunks']) {
    const at = join(dir, sub);
    if (!existsSync(at)) continue;
    for (const f of readdirSync(at)) {
      if (/^panel-ui(?:[.-][\w-]*)?\.(?:js|css)$/.test(f)) found.push(join(at, f));
    }
  }
  const listed = new Set(listedContentScripts(dir));
  return withImports(found, dir).filter((f) => !listed.has(f));
}

/**
 * The loader content script (JS + CSS, every file the manifest lists), raw and gzip, in both builds,
 * and the panel code it loads on intent. Returns the files, for the details.
 */
export function measureContentScriptSize() {
  const builds = { chromium: extensionDir, firefox: firefoxExtensionDir };
  const files = {};
  for (const [browser, dir] of Object.entries(builds)) {
    const name = browser === 'chromium' ? 'Chromium' : 'Firefox';
    const id = browser === 'chromium' ? '' : 'Firefox';
    if (!existsSync(join(dir, 'manifest.json'))) {
      record({
        section: 'sizes',
        id: `contentScriptGzip${id}`,
        label: `Content script (manifest's content_scripts, JS + CSS), gzip, ${name}`,
        unit: 'bytes',
        value: null,
        budgetKey: 'contentScriptGzipBytes',
        note: `${dir.slice(root.length + 1)} is not built`,
      });
      continue;
    }
    const cs = sizeOf(listedContentScripts(dir), dir);
    record({
      section: 'sizes',
      id: `contentScriptGzip${id}`,
      label: `Content script (manifest's content_scripts, JS + CSS), gzip, ${name}`,
      unit: 'bytes',
      value: cs.gzip,
      budgetKey: 'contentScriptGzipBytes',
    });
    record({
      section: 'sizes',
      id: `contentScriptRaw${id}`,
      label: `Content script, raw, ${name}`,
      unit: 'bytes',
      value: cs.raw,
    });
    const panel = panelCodeFiles(dir);
    const ps = panel.length ? sizeOf(panel, dir) : null;
    const none = 'no panel-ui.js in this build: the panel code is in the content script';
    record({
      section: 'sizes',
      id: `panelCodeGzip${id}`,
      label: `Panel code loaded on intent (panel-ui.js + its CSS and imports), gzip, ${name}`,
      unit: 'bytes',
      value: ps?.gzip ?? null,
      note: ps ? undefined : none,
    });
    record({
      section: 'sizes',
      id: `panelCodeRaw${id}`,
      label: `Panel code loaded on intent, raw, ${name}`,
      unit: 'bytes',
      value: ps?.raw ?? null,
      note: ps ? undefined : none,
    });
    files[browser] = { contentScript: cs.files, panelCode: ps?.files ?? [] };
  }
  return files;
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
    await page.waitForFunction(loadSettled, null, { timeout: TIMEOUT, polling: 100 });
    const r = await page.evaluate(loadFigures, HOST_SELECTOR);
    r.floorRan = await page.evaluate(() => document.documentElement.dataset.benchFloor === '1');
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

/**
 * Rounds of loads: the extension, no extension, and the two reference extensions (the floors, below),
 * each round in a rotated order, so that every difference is taken between loads seconds apart.
 */
async function pairedLoads(ext, base) {
  const refs = {};
  const dirs = [];
  try {
    for (const id of Object.keys(FLOORS)) {
      const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-floor-'));
      dirs.push(dir);
      writeFloorExtension(dir, FLOORS[id].script);
      log(`launching Chromium with the reference extension: ${FLOORS[id].what}`);
      refs[id] = await launch(true, dir);
    }
    const browsers = { ext, base, ...refs };
    const names = Object.keys(browsers);
    const pairs = [];
    for (let i = 0; i < WARMUP + LOAD_PAIRS; i++) {
      // Rotate which browser goes first, so none always follows another.
      const order = names.map((_, k) => names[(i + k) % names.length]);
      const pair = {};
      for (const which of order)
        pair[which] = await loadSite(browsers[which], which !== 'base' && which !== 'floor');
      if (i >= WARMUP) pairs.push(pair);
      log(
        `load round ${i + 1}/${WARMUP + LOAD_PAIRS}${i < WARMUP ? ' (warm-up)' : ''}: with ${pair.ext.load.toFixed(1)} ms, without ${pair.base.load.toFixed(1)} ms, host +${(pair.ext.host - pair.ext.load).toFixed(1)} ms after load`,
      );
    }
    for (const id of Object.keys(FLOORS)) {
      const ran = pairs.every((p) => p[id].floorRan);
      if (!ran) problems.push(`the reference content script (${FLOORS[id].what}) did not run on every load`);
    }
    return pairs;
  } finally {
    for (const r of Object.values(refs)) await r.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

// ——— main-thread work, from a trace ———

export const TRACE_RUNS = QUICK ? 3 : 10;

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
  // Self time by event name (an event's duration less its children's): where the main thread's time
  // went, for the breakdown of what the extension adds.
  const selfMs = {};
  const stack = [];
  const nested = [...onThread].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const selfOf = new Map();
  for (const e of nested) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent && e.ts + e.dur <= parent.ts + parent.dur) selfOf.set(parent, selfOf.get(parent) - e.dur);
    selfOf.set(e, e.dur);
    stack.push(e);
  }
  for (const [e, self] of selfOf) selfMs[e.name] = (selfMs[e.name] ?? 0) + Math.max(0, self) / 1000;
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
    selfMs,
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

/** The launcher's centre, in the page's coordinates. */
const launcherAt = (cdp) =>
  rootCall(cdp, (root) => {
    const r = root.querySelector('.launcher').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });

/**
 * Watches, in the page, for the panel to open after the user's gesture: the clock starts at the
 * gesture's own time stamp (the real pointerdown, or the keydown of Enter), and stops when #pl-panel
 * is shown, and when the summary's sections are there, each plus two frames. The watchers are in
 * place before the gesture, so neither misses its moment. Keyboard: also when the focus reached the
 * panel's host (the loader's own intent signal) and what had the focus when Enter went down.
 */
function watchOpen(cdp, how) {
  return rootCall(
    cdp,
    (root, { timeout, how }) => {
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
      let focusAt = null;
      let focused = null;
      if (how === 'keyboard') {
        addEventListener(
          'focusin',
          (e) => {
            if (focusAt === null && e.target === root.host) focusAt = e.timeStamp;
          },
          { capture: true },
        );
        const onKey = (e) => {
          if (e.key !== 'Enter') return;
          t0 = e.timeStamp;
          const a = root.activeElement;
          focused = a
            ? `${a.localName}${a.className ? `.${String(a.className).split(' ').join('.')}` : ''}`
            : null;
          removeEventListener('keydown', onKey, { capture: true });
        };
        addEventListener('keydown', onKey, { capture: true });
      } else {
        addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
      }
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
          focusToKey: focusAt === null ? null : t0 - focusAt,
          focused,
          sections: root.querySelectorAll('#pl-panel [data-section]').length,
        };
      })();
    },
    { timeout: TIMEOUT, how },
  );
}

/**
 * Opens the panel as a user would, `runs` times after the warm-up, each on a fresh load of the site:
 * - 'pointer': the pointer moves onto the launcher (a real mouse move: hover, the loader's intent),
 *   the click comes 150 ms later; timed from the click's pointerdown.
 * - 'keyboard': no pointer over the page; the focus is put on the page's last focusable element, then
 *   Tab (onto the launcher: focus is itself an intent) and Enter at once; timed from Enter's keydown.
 */
async function panelOpens(ext, runs, how) {
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
      const startedOpen = await rootCall(cdp, (root) => root.querySelector('#pl-panel')?.hidden === false);
      if (startedOpen) {
        await clickInPanel(page, cdp, '.close');
        await page.waitForTimeout(300);
        // The close button had the pointer: take it off the launcher's side of the page.
        await page.mouse.move(1, 1);
      }
      await watchOpen(cdp, how);
      if (how === 'pointer') {
        const at = await launcherAt(cdp);
        await page.mouse.move(at.x, at.y);
        await page.waitForTimeout(150);
        await page.mouse.down();
        await page.mouse.up();
      } else {
        await page.evaluate(() => {
          const focusable = [
            ...document.body.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'),
          ].filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
          const last = focusable.at(-1);
          if (last) last.focus();
          else {
            document.body.tabIndex = -1;
            document.body.focus();
          }
        });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      const r = { startedOpen, ...(await page.evaluate(() => window.__plOpen)) };
      if (how === 'keyboard' && !/\blauncher\b/.test(r.focused ?? '')) {
        throw new Error(`keyboard open: Enter went to ${r.focused ?? 'the page'}, not the launcher`);
      }
      await page.waitForTimeout(100);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      r.heap = await cdp.send('Runtime.getHeapUsage');
      // Close it again so the next page starts closed (the open state is remembered).
      await clickInPanel(page, cdp, '.close');
      for (
        let tries = 0;
        !(await rootCall(cdp, (root) => root.querySelector('#pl-panel')?.hidden !== false));
        tries++
      ) {
        if (tries * 50 > TIMEOUT) throw new Error('the panel did not close');
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(200);
      if (i >= WARMUP) results.push(r);
      log(
        `panel open by ${how} ${i + 1}/${WARMUP + runs}${i < WARMUP ? ' (warm-up)' : ''}: painted ${r.shownPaint.toFixed(1)} ms, content painted ${r.contentPaint.toFixed(1)} ms${how === 'keyboard' ? `, focus → Enter ${r.focusToKey?.toFixed(1)} ms` : ''}`,
      );
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  }
  return results;
}

/**
 * 1. Page loads, paired, and 1b. the same loads traced. `details` gets what the report keeps beside
 * the figures (and the checks the runner makes on them).
 */
export async function measurePageLoads(ext, base, details) {
  const pairs = await pairedLoads(ext, base);
  const page = (id, label, values, options) => recordSamples('page', id, label, values, options);
  // Differences and ratios first, each from the same interleaved pair; the absolute figures after.
  page(
    'loadTimeRatio',
    'Load event, with ÷ without extension (per pair)',
    pairs.map((p) => p.ext.load / p.base.load),
    { unit: 'x', budgetKey: 'loadTimeRatio' },
  );
  // The page's first contentful paint: what the script's start before parsing could cost the page.
  const fcpPairs = pairs.filter((p) => p.ext.fcp !== null && p.base.fcp !== null);
  if (fcpPairs.length < pairs.length) problems.push('first-contentful-paint missing on some loads');
  page(
    'fcpRatio',
    'First contentful paint, with ÷ without (per pair)',
    fcpPairs.map((p) => p.ext.fcp / p.base.fcp),
    { unit: 'x', budgetKey: 'fcpRatio' },
  );
  // CPU time of the page's main thread (thread ticks, so time the thread waited for the CPU is not
  // counted): the figure least disturbed by other work on the machine.
  const cpu = (key) => pairs.map((p) => (p.ext.metrics[key] - p.base.metrics[key]) * 1000);
  page(
    'mainThreadCpuDelta',
    'Main-thread CPU time per load, with − without (per pair)',
    cpu('TaskDuration'),
    // Judged above the floor (below): any content script at all costs the page some of this.
    { note: 'budgeted above the bare launcher: cpuAboveLauncherFloor' },
  );
  page('scriptCpuDelta', 'Script CPU time per load, with − without (per pair)', cpu('ScriptDuration'));
  page(
    'heapDeltaClosed',
    'JS heap of the page, with − without extension, panel closed (per pair)',
    pairs.map((p) => p.ext.heap.usedSize - p.base.heap.usedSize),
    { unit: 'bytes', note: 'budgeted above the floor: heapAboveFloor' },
  );
  page(
    'embedderHeapDeltaClosed',
    'Blink (DOM) heap of the page, with − without, panel closed (per pair)',
    pairs.map((p) => p.ext.heap.embedderHeapUsedSize - p.base.heap.embedderHeapUsedSize),
    { unit: 'bytes' },
  );
  const bytes = { unit: 'bytes' };
  const both = [
    ['load', 'Load event', pairs, (r) => r.load],
    ['fcp', 'First contentful paint', fcpPairs, (r) => r.fcp],
    ['mainThreadCpu', 'Main-thread CPU time per load', pairs, (r) => r.metrics.TaskDuration * 1000],
    ['heap', 'JS heap of the page', pairs, (r) => r.heap.usedSize, bytes],
  ];
  for (const [id, label, of, value, options] of both) {
    page(
      `${id}With`,
      `${label}, with extension`,
      of.map((p) => value(p.ext)),
      options,
    );
    page(
      `${id}Without`,
      `${label}, without extension`,
      of.map((p) => value(p.base)),
      options,
    );
  }
  // The loader waits for the page's load event and an idle moment (at most 500 ms) before it draws.
  page(
    'panelHostAfterLoad',
    'Launcher host in the DOM, after the load event',
    pairs.map((p) => p.ext.host - p.ext.load),
    { budgetKey: 'panelHostAfterLoadMs' },
  );
  page(
    'panelHostPaintAfterLoad',
    'Launcher painted (host + 2 frames), after the load event',
    pairs.map((p) => p.ext.hostPaint - p.ext.load),
  );
  const longest = (lt) => (lt === null ? Number.NaN : Math.max(0, ...lt.map((t) => t.duration)));
  const ltExt = pairs.map((p) => longest(p.ext.longTasks));
  const ltBase = pairs.map((p) => longest(p.base.longTasks));
  page('longTaskWith', 'Longest main-thread task per load, with extension (0 = none ≥ 50 ms)', ltExt, {
    budgetKey: 'longTaskMs',
  });
  page('longTaskWithout', 'Longest main-thread task per load, without extension', ltBase);
  details.loadsWithLongTask = {
    withExtension: ltExt.filter((v) => v > 0).length,
    withoutExtension: ltBase.filter((v) => v > 0).length,
    of: pairs.length,
  };
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
  if (details.loadsStartedWithPanelOpen) problems.push('some measured loads started with the panel open');
  if (details.hostsPerPage.join() !== '1') problems.push(`panel hosts per page: ${details.hostsPerPage}`);
  if (details.hostsPerPageWithoutExtension.join() !== '0')
    problems.push('a panel host without the extension');

  // 1c. The floors, from the same rounds.
  recordFloors(pairs);

  // 1b. The same loads traced: what the content script does on the page's main thread.
  const traced = await tracedPairs(ext, base);
  page(
    'contentScriptLongestTask',
    'Longest main-thread task running the content script (trace)',
    traced.map((p) => p.ext.longestExtensionTaskMs),
    { budgetKey: 'longTaskMs' },
  );
  const traceStat = (key, label) => {
    const values = traced.map((p) => p.ext[key]).filter((v) => v !== null);
    if (values.length) page(key, label, values);
  };
  traceStat('scriptStartAfterDclMs', 'Content script starts, after DOMContentLoaded (trace)');
  traceStat('scriptEvaluationMs', 'Content script first evaluation (trace)');
  const loadDelay = traced
    .filter((p) => p.ext.loadAfterDclMs !== null && p.base.loadAfterDclMs !== null)
    .map((p) => p.ext.loadAfterDclMs - p.base.loadAfterDclMs);
  if (loadDelay.length) page('loadAfterDclDelta', 'Load event after DCL, with − without (trace)', loadDelay);
  // Where the extra main-thread time goes: self time by trace event, median of (with − without).
  const names = new Set(traced.flatMap((p) => [...Object.keys(p.ext.selfMs), ...Object.keys(p.base.selfMs)]));
  const byName = [...names].map((name) => ({
    name,
    deltaMs:
      Math.round(median(traced.map((p) => (p.ext.selfMs[name] ?? 0) - (p.base.selfMs[name] ?? 0))) * 100) /
      100,
  }));
  details.traceSelfTimeDeltaMs = byName
    .filter((x) => Math.abs(x.deltaMs) >= 0.1)
    .sort((a, b) => Math.abs(b.deltaMs) - Math.abs(a.deltaMs))
    .slice(0, 12);
  details.traceBusyDeltaMs = summary(traced.map((p) => p.ext.busyMs - p.base.busyMs));
  details.traced = traced.map((p) => ({
    ext: { ...p.ext, selfMs: undefined },
    base: { ...p.base, selfMs: undefined },
  }));
}

// ——— the floors: what any content script costs, and what any launcher costs ———

/**
 * The bare launcher's script: a button in a closed shadow root with a constructed style sheet, put
 * under <html> once the page is idle, as the loader does; nothing else (no message, no listener, no
 * settings, no edge check, no top layer).
 */
const bareLauncher = `requestIdleCallback(() => {
  const host = document.createElement('div');
  host.setAttribute('data-policy-lens', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host{all:initial!important;display:block!important;position:fixed!important;top:0!important;right:0!important;width:0!important;height:0!important;z-index:2147483647!important}button{position:fixed;top:50%;right:0;min-width:44px;min-height:44px;padding:8px 6px;font:400 12px/1.45 sans-serif;background:#0a4aa8;color:#fff;border:2px solid #fff;border-right:0;border-radius:8px 0 0 8px}');
  shadow.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  button.textContent = 'Data';
  shadow.append(button);
  document.documentElement.append(host);
  requestAnimationFrame(() => setTimeout(() => (document.documentElement.dataset.benchFloor = '1')));
}, { timeout: 500 });
`;

/** The references, each a throwaway extension written for the run. */
const FLOORS = {
  floor: {
    what: 'a one-line content script',
    script: "document.documentElement.dataset.benchFloor = '1';\n",
  },
  launcherFloor: { what: 'a bare launcher', script: bareLauncher },
};

/**
 * A reference extension: a service worker and one content script on the same pages, at the same
 * `run_at`. Chromium creates the isolated world and its global objects for any content script, so the
 * one-line script is the least an extension that runs a script on the page can cost; the bare launcher
 * is the least one that shows something on it can.
 */
function writeFloorExtension(dir, script) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const cs = manifest.content_scripts?.[0] ?? {};
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Bench floor',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        {
          matches: cs.matches ?? ['*://expert.plus/*'],
          run_at: cs.run_at ?? 'document_idle',
          js: ['floor.js'],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'floor.js'), script);
}

/**
 * 1c. The floors: the page loaded with each reference extension and without any, interleaved, for the
 * heap, CPU and load-event differences any content script costs, and any launcher (beside the
 * extension's own, same run). The extension's share above each is the difference of the medians.
 */
function recordFloors(rounds) {
  for (const id of Object.keys(FLOORS)) {
    const pairs = rounds.map((r) => ({ base: r.base, floor: r[id], ext: r.ext }));
    const cpu = (a, b) => (a.metrics.TaskDuration - b.metrics.TaskDuration) * 1000;
    const what = FLOORS[id].what;
    const label = `${id === 'floor' ? 'Floor' : 'Launcher floor'}: ${what}`;
    const figure = (suffix, text, values, options) =>
      recordSamples('page', `${id}${suffix}`, `${label}, ${text} (per round)`, values, options);
    figure(
      'CpuDelta',
      'main-thread CPU with − without',
      pairs.map((p) => cpu(p.floor, p.base)),
    );
    figure(
      'HeapDelta',
      'JS heap with − without',
      pairs.map((p) => p.floor.heap.usedSize - p.base.heap.usedSize),
      {
        unit: 'bytes',
      },
    );
    figure(
      'LoadTimeRatio',
      'load event with ÷ without',
      pairs.map((p) => p.floor.load / p.base.load),
      { unit: 'x' },
    );
    // The extension's own share above this floor, load by load within each round.
    const above = id === 'floor' ? 'AboveFloor' : 'AboveLauncherFloor';
    const own = (suffix, text, values, options) =>
      recordSamples('page', `${suffix}${above}`, `${text} (per round)`, values, options);
    if (id === 'floor') {
      own(
        'heap',
        `JS heap of the page, extension − ${what}, panel closed`,
        pairs.map((p) => p.ext.heap.usedSize - p.floor.heap.usedSize),
        { unit: 'bytes', budgetKey: 'heapAboveFloorBytes' },
      );
    }
    own(
      'cpu',
      `Main-thread CPU per load, extension − ${what}`,
      pairs.map((p) => cpu(p.ext, p.floor)),
      id === 'floor' ? { note: 'budgeted above the bare launcher' } : { budgetKey: 'cpuAboveLauncherMs' },
    );
    own(
      'loadRatio',
      `Load event, extension ÷ ${what}`,
      pairs.map((p) => p.ext.load / p.floor.load),
      id === 'floor' ? { unit: 'x', budgetKey: 'loadAboveFloorRatio' } : { unit: 'x' },
    );
  }
}

/** 2. Opening the panel, by pointer and by keyboard (the heap beside the one without the extension). */
export async function measurePanelOpen(ext, details) {
  const panel = (id, label, values, options) => recordSamples('panel', id, label, values, options);
  const opens = await panelOpens(ext, RUNS, 'pointer');
  panel(
    'panelContentPaint',
    'Pointer: hover the launcher, click 150 ms later → summary painted (from the click)',
    opens.map((o) => o.contentPaint),
    { budgetKey: 'panelOpenPaintMs' },
  );
  panel(
    'panelShownPaint',
    'Pointer: click → panel shown and painted (2 frames)',
    opens.map((o) => o.shownPaint),
  );
  const keys = await panelOpens(ext, RUNS, 'keyboard');
  panel(
    'panelKeyboardContentPaint',
    'Keyboard: Tab onto the launcher, Enter at once → summary painted (from Enter)',
    keys.map((o) => o.contentPaint),
    { budgetKey: 'panelKeyboardOpenPaintMs' },
  );
  panel(
    'panelKeyboardShownPaint',
    'Keyboard: Enter → panel shown and painted (2 frames)',
    keys.map((o) => o.shownPaint),
  );
  const gaps = keys.map((o) => o.focusToKey).filter((v) => v !== null);
  if (gaps.length) details.keyboardFocusToEnterMs = summary(gaps);
  const heapOpen = 'JS heap of the page, with (panel open) − without (median of the loads without)';
  const without = details.heapWithoutExtension?.median;
  if (without === undefined) {
    record({
      section: 'panel',
      id: 'heapDeltaOpen',
      label: heapOpen,
      unit: 'bytes',
      value: null,
      budgetKey: 'contentScriptHeapBytes',
      note: 'needs the page part (the heap without the extension)',
    });
  } else {
    panel(
      'heapDeltaOpen',
      heapOpen,
      opens.map((o) => o.heap.usedSize - without),
      { unit: 'bytes', budgetKey: 'contentScriptHeapBytes' },
    );
  }
  details.panelOpensStartedOpen = [...opens, ...keys].filter((o) => o.startedOpen).length;
  details.panelSections = [...new Set([...opens, ...keys].map((o) => o.sections))];
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

/** 4. Change detection over 1 MB of text, in a page of the browser without the extension. */
export async function measureChangeCheck(base, details) {
  const page = await base.context.newPage();
  await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
  const change = await changeDetection(page);
  await page.close();
  if (change.missing) {
    record({
      section: 'other',
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
      section: 'other',
      id: 'changeCheck1Mb',
      label: 'Change check, 1 MiB page of text (in the page)',
      unit: 'ms',
      value: sChange.median,
      stats: sChange,
      budgetKey: 'changeCheck1MbMs',
    });
    const sNode = summary(change.node);
    record({
      section: 'other',
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
}
