// The store screenshots (1280×800, what the Chrome Web Store and addons.mozilla.org take), made from the
// built extension (.output/chrome-mv3) in Chromium, driven like a user on the fixture expert.plus pages:
// `npm run store-screenshots` builds and writes them to store/screenshots/ (not tracked: upload them
// by hand with the listing texts). Not part of `npm test`.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type TestBrowser, type TestPage } from '../test/e2e/harness';
import { openPanel, panelSettled } from '../test/e2e/panel-helpers';

const size = { width: 1280, height: 800 };
const outDir = resolve(import.meta.dirname, 'screenshots');
let browser: TestBrowser;

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  browser = await launch('chromium', { viewport: size });
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string) {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shot(page: TestPage, file: string) {
  const path = join(outDir, file);
  await page.screenshot(path);
  expect(pngSize(path)).toEqual(size);
}

async function panelIn(page: TestPage, lang: 'ru' | 'en') {
  await openPanel(page);
  await page.click(`.lang-switch button[lang="${lang}"]`);
  await page.waitFor(
    (l) => document.querySelector('[data-policy-lens]')?.shadowRoot?.querySelector(`.root[lang="${l}"]`),
    lang,
  );
  await panelSettled(page);
}

async function typeInto(page: TestPage, selector: string, text: string) {
  await page.click(selector);
  await page.selectAll();
  await page.press('Backspace');
  await page.type(text);
}

/** A page of the fixture site with the panel open in `lang`, in a `scheme` colour scheme. */
async function siteWithPanel(
  path: string,
  file: string,
  lang: 'ru' | 'en',
  scheme: 'light' | 'dark' = 'light',
) {
  const page = await browser.newPage();
  await page.colorScheme(scheme);
  await page.goto(`https://expert.plus${path}`, { file });
  await panelIn(page, lang);
  return page;
}

it('1: the panel on expert.plus, in Russian, with a clause opened', async () => {
  const page = await siteWithPanel('/', 'home.html', 'ru');
  await page.click('[data-section="verdict"] .cite');
  await panelSettled(page);
  await shot(page, '1-panel-ru.png');
  await page.close();
});

it('2: the request drafter, in Russian, with a letter written', async () => {
  const site = await siteWithPanel('/', 'home.html', 'ru');
  await site.click('[data-request="deletion"]');
  const popup = await browser.waitForExtensionPage('popup.html', 10_000);
  const url = new URL(await popup.url());
  await popup.close();
  // The same page in a tab, as Firefox opens it: the size a store screenshot has.
  const drafter = await browser.newPage();
  await drafter.colorScheme('light');
  await drafter.goto(`${url.pathname}${url.search}`);
  await drafter.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
  await typeInto(drafter, '#pl-fullName', 'Смирнова Анна Павловна');
  await typeInto(drafter, '#pl-email', 'anna.smirnova@example.ru');
  await drafter.waitFor(() => document.querySelector('#pl-letter')?.textContent?.includes('Смирнова'));
  await drafter.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('.preview')?.scrollIntoView({ block: 'start' });
  });
  await shot(drafter, '2-drafter-ru.png');
  await drafter.close();
  await site.close();
});

it('3: the panel on a policy page that changed, in Russian', async () => {
  const page = await siteWithPanel('/privacy', 'policy-reworded.html', 'ru');
  await page.waitFor(() =>
    document.querySelector('[data-policy-lens]')?.shadowRoot?.querySelector('del, ins'),
  );
  await panelSettled(page);
  await shot(page, '3-policy-changed-ru.png');
  await page.close();
});

it('4: the panel in English, dark', async () => {
  const page = await siteWithPanel('/', 'home.html', 'en', 'dark');
  await shot(page, '4-panel-en-dark.png');
  await page.close();
});
