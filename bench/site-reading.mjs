// On-demand reading (issue #18): from the click on «Прочитать политику этого сайта» in the toolbar popup
// to the reading painted in the page's side panel, for a 100 000-character policy (≈190 KB of UTF-8) on
// the same page. The toolbar button is clicked with CDP `Extensions.triggerAction` (the browser's own
// action path: it opens the real popup and grants activeTab), reached through puppeteer-core on the
// extension browser's DevTools port; the popup's button gets a real click.
//
// Timing: the popup records the click (performance.timeOrigin + now(), in a capture listener added
// before the click); the page records when the reading panel's host is marked shown and two animation
// frames have passed. Both are the machine's wall clock. Reference, in the same run and page: the page
// itself appending the same text as paragraphs and painting it (two frames); the figure is also given
// as a ratio to it, so a slow or loaded machine shows as such.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { longPolicyHtml, longPolicyParagraphs } from '../test/fixtures/sites/long-policy.mjs';
import { log, READING_HOST, RUNS, summary, TIMEOUT, WARMUP } from './common.mjs';
import { record } from './report.mjs';

const CHARS = 100_000;
const URL_ = `https://${READING_HOST}/privacy`;

async function cdpBrowser(ext) {
  const portFile = join(ext.userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const [port, path] = readFileSync(portFile, 'utf8').split('\n');
  const origin = `chrome-extension://${ext.extensionId}`;
  return puppeteer.connect({
    browserWSEndpoint: `ws://127.0.0.1:${port}${path}`,
    defaultViewport: null,
    targetFilter: (t) =>
      t.url().startsWith(origin) || t.type() === 'tab' || (t.type() === 'other' && t.url() === ''),
  });
}

/** In the page: the same text appended and painted, in ms (the reference). */
function referencePaint(paragraphs) {
  return new Promise((resolve) => {
    const start = performance.now();
    const box = document.createElement('div');
    for (const p of paragraphs) {
      const el = document.createElement('p');
      el.textContent = p;
      box.append(el);
    }
    document.body.append(box);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const ms = performance.now() - start;
        box.remove();
        resolve(ms);
      }),
    );
  });
}

function watchPaint() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-policy-lens-reading="shown"]')) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__plPainted = performance.timeOrigin + performance.now();
      }),
    );
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
}

async function oneRun(ext, cdp, paragraphs) {
  const page = await ext.context.newPage();
  await page.goto(URL_);
  const referenceMs = await page.evaluate(referencePaint, paragraphs);
  await page.evaluate(watchPaint);
  const session = await cdp.target().createCDPSession();
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error('site-reading: no tab target for the page');
  await page.bringToFront();
  await session.send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  await session.detach();
  const origin = `chrome-extension://${ext.extensionId}/popup.html`;
  const target = await cdp.waitForTarget((t) => t.url().startsWith(origin), { timeout: TIMEOUT });
  const popup = await target.asPage();
  await popup.waitForSelector('#pl-read-site', { timeout: TIMEOUT });
  await popup.evaluate(() => {
    document.querySelector('#pl-read-site').addEventListener(
      'click',
      () => {
        window.__plClicked = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  await popup.click('#pl-read-site');
  const clicked = await popup.evaluate(() => window.__plClicked);
  await page.waitForFunction(() => window.__plPainted, undefined, { timeout: TIMEOUT });
  const painted = await page.evaluate(() => window.__plPainted);
  await page.close();
  await popup.close().catch(() => undefined); // it closes itself once the reading is shown
  return { readingMs: painted - clicked, referenceMs };
}

/** 4. Reading any site's policy on the user's click. */
export async function measureSiteReading(ext, details) {
  const html = longPolicyHtml(CHARS);
  const paragraphs = longPolicyParagraphs(CHARS);
  await ext.context.route(`https://${READING_HOST}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const cdp = await cdpBrowser(ext);
  try {
    log(`on-demand reading: ${WARMUP} warm-up and ${RUNS} measured runs`);
    for (let i = 0; i < WARMUP; i++) await oneRun(ext, cdp, paragraphs);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(ext, cdp, paragraphs));
    const reading = summary(runs.map((r) => r.readingMs));
    record({
      section: 'other',
      id: 'siteReadingPaint',
      label: 'On-demand reading: click → reading painted, 100 KB policy on the page',
      unit: 'ms',
      value: reading.median,
      stats: reading,
      budgetKey: 'siteReadingPaintMs',
    });
    const reference = summary(runs.map((r) => r.referenceMs));
    record({
      section: 'other',
      id: 'siteReadingReference',
      label: 'Reference: the page paints the same text itself',
      unit: 'ms',
      value: reference.median,
      stats: reference,
    });
    const ratio = summary(runs.map((r) => r.readingMs / r.referenceMs));
    record({
      section: 'other',
      id: 'siteReadingRatio',
      label: 'On-demand reading ÷ reference (per run)',
      unit: 'x',
      value: ratio.median,
      stats: ratio,
    });
    details.siteReading = {
      policyChars: CHARS,
      policyUtf8Bytes: Buffer.byteLength(paragraphs.join('\n')),
      runs,
    };
  } finally {
    await cdp.disconnect().catch(() => undefined);
  }
}
