// The same page-cost figures in Firefox ESR: puppeteer-core over WebDriver BiDi (as the e2e tests
// drive Firefox, test/e2e/harness.ts), two browsers with the same preferences, one with the Firefox
// build installed and one without, interleaved page loads of the fixture site.
//
// What Firefox gives: the navigation entry's load event and the `first-contentful-paint` paint entry
// (the same as in Chromium), and the same probe in the page for the launcher's host. CPU time: BiDi has
// nothing like CDP's Performance metrics, and which content process holds a tab is not visible from
// outside, so the CPU figure is the whole browser's, every thread of every Firefox process
// (`/proc/<pid>/task/<tid>/schedstat`, nanoseconds of CPU time, Linux only), from just before the
// navigation to the end of the settled load; the difference with/without is what the extension cost
// the browser for that load, its background and content script included. No heap figure: Firefox has
// no `performance.memory` and BiDi no heap usage.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { firefoxNoNetworkPrefs, requireBrowser } from '../test/e2e/find-browsers.mjs';
import { homeHtml, loadFigures, loadSettled, probe, strayRequests } from './browser.mjs';
import {
  firefoxExtensionDir,
  HOST_SELECTOR,
  LIST_ROWS,
  LOAD_PAIRS,
  log,
  median,
  SITE,
  TIMEOUT,
  WARMUP,
} from './common.mjs';
import { problems, record, recordSamples } from './report.mjs';

/**
 * The floor in Firefox: a throwaway MV2 extension whose one content script is one line, on the same
 * pages at the same `run_at` as the build's (what any content script costs the page there).
 */
function writeFirefoxFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-bench-firefox-floor-'));
  const built = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
  const cs = built.content_scripts?.[0] ?? {};
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'Bench floor',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'bench-floor@policy-lens.app' } },
      content_scripts: [{ matches: cs.matches, run_at: cs.run_at, js: ['floor.js'] }],
    }),
  );
  writeFileSync(join(dir, 'floor.js'), "document.documentElement.dataset.benchFloor = '1';\n");
  return dir;
}

/** `extensionDir`: the extension to install (the build, the floor), or none. */
async function launchFirefox(withExtension, extensionDir = firefoxExtensionDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'intl.locale.requested': 'en-US',
      'browser.shell.checkDefaultBrowser': false,
      // No network: every connection goes to a proxy port where nothing listens; the pages' own
      // requests are answered (the fixture) or refused by request interception before that.
      ...firefoxNoNetworkPrefs(9),
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return { browser, pid: browser.process()?.pid, withExtension };
}

/** CPU time (ms) of every thread of `pid` and all its descendants, now. */
function treeCpuMs(pid) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  let ns = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    queue.push(...(children.get(p) ?? []));
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        ns += Number(readFileSync(`/proc/${p}/task/${t}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended meanwhile
      }
    }
  }
  return ns / 1e6;
}

const cpuAvailable = () => process.platform === 'linux' && existsSync('/proc/self/task');

async function loadSite(fx) {
  const page = await fx.browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!/^https?:$/.test(url.protocol)) return void request.continue();
      if (/^(?:[a-z0-9-]+\.)*expert\.plus$/.test(url.hostname)) {
        if (url.pathname === '/') {
          return void request.respond({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: homeHtml,
          });
        }
        return void request.respond({ status: 404, contentType: 'text/plain', body: '' });
      }
      strayRequests.push(`Firefox ${fx.withExtension ? 'with' : 'without'} extension: ${url.href}`);
      return void request.abort();
    });
    await page.evaluateOnNewDocument(probe, { hostSelector: HOST_SELECTOR, listRows: LIST_ROWS });
    const cpuBefore = cpuAvailable() && fx.pid ? treeCpuMs(fx.pid) : null;
    await page.goto(SITE, { waitUntil: 'load', timeout: TIMEOUT });
    if (fx.withExtension) {
      await page.waitForFunction(() => window.__plBench.hostPaint !== null, {
        timeout: TIMEOUT,
        polling: 50,
      });
    }
    await page.waitForFunction(loadSettled, { timeout: TIMEOUT, polling: 100 });
    const cpuAfter = cpuBefore === null ? null : treeCpuMs(fx.pid);
    const r = await page.evaluate(loadFigures, HOST_SELECTOR);
    r.cpu = cpuBefore === null ? null : cpuAfter - cpuBefore;
    return r;
  } finally {
    await page.close();
  }
}

/** 5. The page-cost figures in Firefox ESR. Runs with no Chromium open. */
export async function measureFirefox(machine, details) {
  log('launching Firefox ESR with the extension, with the one-line floor, and without any');
  const floorDir = writeFirefoxFloor();
  const ext = await launchFirefox(true);
  const base = await launchFirefox(false, null);
  const floor = await launchFirefox(false, floorDir);
  const pairs = [];
  try {
    machine.firefox = await ext.browser.version();
    // Each round loads the page in the three, in turns (each first in one round of three).
    const named = { ext, base, floor };
    const turns = [
      ['ext', 'base', 'floor'],
      ['base', 'floor', 'ext'],
      ['floor', 'ext', 'base'],
    ];
    for (let i = 0; i < WARMUP + LOAD_PAIRS; i++) {
      const pair = {};
      for (const which of turns[i % 3]) pair[which] = await loadSite(named[which]);
      if (i >= WARMUP) pairs.push(pair);
      log(
        `Firefox load pair ${i + 1}/${WARMUP + LOAD_PAIRS}${i < WARMUP ? ' (warm-up)' : ''}: with ${pair.ext.load.toFixed(1)} ms, without ${pair.base.load.toFixed(1)} ms${pair.ext.cpu === null ? '' : `, CPU ${pair.ext.cpu.toFixed(1)} vs ${pair.base.cpu.toFixed(1)} ms`}`,
      );
    }
  } finally {
    await ext.browser.close().catch(() => {});
    await base.browser.close().catch(() => {});
    await floor.browser.close().catch(() => {});
    rmSync(floorDir, { recursive: true, force: true });
  }
  const fx = (fig) => record({ section: 'firefox', ...fig });
  const stat = (id, label, values, options) => recordSamples('firefox', id, label, values, options);
  stat(
    'firefoxLoadTimeRatio',
    'Firefox: load event, with ÷ without extension (per pair)',
    pairs.map((p) => p.ext.load / p.base.load),
    { unit: 'x', budgetKey: 'loadTimeRatio' },
  );
  const floorRatios = pairs.map((p) => p.floor.load / p.base.load);
  stat('firefoxFloorLoadTimeRatio', 'Firefox: load event, one-line floor ÷ without (per pair)', floorRatios, {
    unit: 'x',
  });
  fx({
    id: 'firefoxLoadRatioAboveFloor',
    label: "Firefox: load event, extension's ratio ÷ the one-line floor's (ratio of the two medians)",
    unit: 'x',
    value: median(pairs.map((p) => p.ext.load / p.base.load)) / median(floorRatios),
    budgetKey: 'loadAboveFloorRatio',
  });
  const fcpPairs = pairs.filter((p) => p.ext.fcp !== null && p.base.fcp !== null);
  if (fcpPairs.length < pairs.length) problems.push('Firefox: first-contentful-paint missing on some loads');
  if (fcpPairs.length) {
    stat(
      'firefoxFcpRatio',
      'Firefox: first contentful paint, with ÷ without (per pair)',
      fcpPairs.map((p) => p.ext.fcp / p.base.fcp),
      { unit: 'x' },
    );
  }
  const cpuPairs = pairs.filter((p) => p.ext.cpu !== null && p.base.cpu !== null);
  if (cpuPairs.length) {
    stat(
      'firefoxCpuDelta',
      'Firefox: CPU time per load, all its processes, with − without (per pair)',
      cpuPairs.map((p) => p.ext.cpu - p.base.cpu),
    );
  } else {
    fx({
      id: 'firefoxCpuDelta',
      label: 'Firefox: CPU time per load, all its processes, with − without (per pair)',
      unit: 'ms',
      value: null,
      note: 'needs Linux /proc',
    });
  }
  const both = [
    ['Load', 'load event', pairs, (r) => r.load],
    ['Fcp', 'first contentful paint', fcpPairs, (r) => r.fcp],
    ['Cpu', 'CPU time per load, all its processes', cpuPairs, (r) => r.cpu],
  ];
  for (const [id, label, of, value] of both) {
    if (!of.length) continue;
    stat(
      `firefox${id}With`,
      `Firefox: ${label}, with extension`,
      of.map((p) => value(p.ext)),
    );
    stat(
      `firefox${id}Without`,
      `Firefox: ${label}, without extension`,
      of.map((p) => value(p.base)),
    );
  }
  stat(
    'firefoxHostAfterDcl',
    'Firefox: launcher host in the DOM, after DOMContentLoaded',
    pairs.map((p) => p.ext.host - p.ext.dcl),
  );
  const hosts = [...new Set(pairs.map((p) => p.ext.hosts))];
  const hostsWithout = [...new Set(pairs.map((p) => p.base.hosts))];
  if (hosts.join() !== '1') problems.push(`Firefox: panel hosts per page: ${hosts}`);
  if (hostsWithout.join() !== '0') problems.push('Firefox: a panel host without the extension');
  const r1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
  details.firefoxLoadPairs = pairs.map((p) => ({
    with: {
      dcl: r1(p.ext.dcl),
      load: r1(p.ext.load),
      fcp: r1(p.ext.fcp),
      host: r1(p.ext.host),
      cpu: r1(p.ext.cpu),
    },
    without: { dcl: r1(p.base.dcl), load: r1(p.base.load), fcp: r1(p.base.fcp), cpu: r1(p.base.cpu) },
  }));
}
