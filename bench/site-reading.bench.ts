// `npm run bench:reading` (after `npm run build`): on-demand reading's one budget (issue #18), from the
// click on «Прочитать политику этого сайта» to the reading painted, for a 100 KB policy on the same page.
// Real headless Chromium through the e2e harness (test/e2e/harness.ts): the toolbar button is clicked
// with CDP `Extensions.triggerAction`, which opens the real popup and grants activeTab, as a user's
// click does; the fixture page is served by interception (no network).
//
// Timing: the popup records the click (performance.timeOrigin + now(), in a capture listener added
// before the click), the page records when the reading panel's host is marked shown and two animation
// frames have passed (a MutationObserver in the page). Both clocks are the machine's wall clock.
// Reference, in the same run and the same page: the page itself appending the same policy text as
// paragraphs and painting it (two frames), which is what merely showing that text costs this machine
// now; the ratio says how many times that the reading takes.
//
// Writes bench/site-reading.json and fails when the median is over its budget
// (bench/budgets.json: siteReadingPaintMs) or a run went wrong.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type TestBrowser, type TestPage } from '../test/e2e/harness';
import { longPolicyHtml, longPolicyParagraphs } from '../test/fixtures/sites/long-policy.mjs';
import budgets from './budgets.json';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 20) || 20);
const WARMUP = 3;
const CHARS = 100_000;
const url = 'https://bench-policy.ru/privacy';
const root = join(import.meta.dirname, '..');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launch('chromium');
});
afterAll(async () => {
  await browser?.close();
});

/** In the page: the same text appended and painted (the reference), in ms. */
async function reference(page: TestPage): Promise<number> {
  return page.evaluate(async (paragraphs) => {
    const start = performance.now();
    const box = document.createElement('div');
    for (const p of paragraphs) {
      const el = document.createElement('p');
      el.textContent = p;
      box.append(el);
    }
    document.body.append(box);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const ms = performance.now() - start;
    box.remove();
    return ms;
  }, longPolicyParagraphs(CHARS));
}

async function oneRun(): Promise<{ readingMs: number; referenceMs: number }> {
  const page = await browser.newPage();
  await page.goto(url, { html: longPolicyHtml(CHARS) });
  const referenceMs = await reference(page);
  await page.evaluate(() => {
    const w = window as unknown as { __plPainted?: number };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-policy-lens-reading="shown"]')) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          w.__plPainted = performance.timeOrigin + performance.now();
        }),
      );
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  });
  await browser.clickToolbarButton!(page);
  const popup = await browser.waitForExtensionPage('popup.html', 10_000);
  await popup.waitFor(() => document.querySelector('#pl-read-site'), undefined, 10_000);
  await popup.evaluate(() => {
    const w = window as unknown as { __plClicked?: number };
    document.querySelector('#pl-read-site')!.addEventListener(
      'click',
      () => {
        w.__plClicked = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  let clicked: number | undefined;
  const recordClick = setInterval(() => {
    void popup
      .evaluate(() => (window as unknown as { __plClicked?: number }).__plClicked)
      .then((t) => {
        clicked ??= t;
      })
      .catch(() => undefined); // the popup closes itself once the reading is shown
  }, 5);
  await popup.click('#pl-read-site');
  await page.waitFor(() => (window as unknown as { __plPainted?: number }).__plPainted, undefined, 15_000);
  clearInterval(recordClick);
  const painted = await page.evaluate(() => (window as unknown as { __plPainted: number }).__plPainted);
  await page.close();
  if (clicked === undefined) throw new Error('the click was not recorded in the popup');
  return { readingMs: painted - clicked, referenceMs };
}

it(`click → reading painted, ${CHARS.toLocaleString('en')}-character policy on the same page`, async () => {
  const startLoad = loadavg()[0];
  for (let i = 0; i < WARMUP; i++) await oneRun();
  const runs: { readingMs: number; referenceMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneRun());
  const reading = runs.map((r) => r.readingMs);
  const ratios = runs.map((r) => r.readingMs / r.referenceMs);
  const result = {
    figure: 'On-demand reading: click on «Прочитать политику этого сайта» → reading painted (2 frames)',
    policyChars: CHARS,
    policyUtf8Bytes: Buffer.byteLength(longPolicyParagraphs(CHARS).join('\n')),
    runs: RUNS,
    warmup: WARMUP,
    medianMs: median(reading),
    minMs: Math.min(...reading),
    maxMs: Math.max(...reading),
    referenceMedianMs: median(runs.map((r) => r.referenceMs)),
    medianRatioToReference: median(ratios),
    budgetMs: budgets.siteReadingPaintMs,
    samples: runs,
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, loadAtStart: startLoad, loadAtEnd: loadavg()[0] },
    at: new Date().toISOString(),
  };
  writeFileSync(join(root, 'bench/site-reading.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `[bench] reading painted: median ${result.medianMs.toFixed(1)} ms (${result.minMs.toFixed(1)}–${result.maxMs.toFixed(1)}), ` +
      `reference ${result.referenceMedianMs.toFixed(1)} ms, ratio ${result.medianRatioToReference.toFixed(2)}×, budget ≤ ${result.budgetMs} ms`,
  );
  expect(result.medianMs).toBeLessThanOrEqual(budgets.siteReadingPaintMs);
}, 600_000);
