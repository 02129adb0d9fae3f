// What the extension costs the site's pages: the content script's size, page loads side by side with
// a browser without the extension (timings, long tasks, heap, CPU), the same loads traced, opening the
// panel, and the change check the content script runs over a page's text.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundle,
  extensionDir,
  HOST_SELECTOR,
  importBundle,
  LOAD_PAIRS,
  log,
  RUNS,
  root,
  SITE,
  sizeOf,
  summary,
  TIMEOUT,
  WARMUP,
} from './common.mjs';
import { problems, record } from './report.mjs';

const CHANGE_TEXT_BYTES = 1024 * 1024;

// ——— size ———

function contentScriptSize() {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => join(dir, f));
  return sizeOf(files);
}

/** Content script, JS + CSS, raw and gzip. Returns its files, for the details. */
export function measureContentScriptSize() {
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
  return cs.files;
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

export const TRACE_RUNS = 10;

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

/**
 * 1. Page loads, paired, and 1b. the same loads traced. `details` gets what the report keeps beside
 * the figures (and the checks the runner makes on them).
 */
export async function measurePageLoads(ext, base, details) {
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
  const embedderDelta = pairs.map((p) => p.ext.heap.embedderHeapUsedSize - p.base.heap.embedderHeapUsedSize);
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
  if (details.loadsStartedWithPanelOpen) problems.push('some measured loads started with the panel open');
  if (details.hostsPerPage.join() !== '1') problems.push(`panel hosts per page: ${details.hostsPerPage}`);
  if (details.hostsPerPageWithoutExtension.join() !== '0')
    problems.push('a panel host without the extension');

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
}

/** 2. Opening the panel (needs the heap without the extension from measurePageLoads). */
export async function measurePanelOpen(ext, details) {
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
}
