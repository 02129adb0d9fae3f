// What the drafter's e2e tests (and the README screenshots) do with the drafter: open it from the
// panel's action on expert.plus, type into its fields, audit it with axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { TestBrowser, TestPage } from './harness';
import { openPanel, waitInPanel } from './panel-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The person the tests type into the drafter. */
export const person = {
  name: 'Иванов-Петров Иван Сергеевич',
  email: 'ivan.petrov@example.ru',
  phone: '8 (912) 345-67-89',
  phoneInLetter: '+7 912 345-67-89',
};

/** Opens expert.plus with the panel open and loaded, in Russian. */
export async function openSiteWithPanel(browser: TestBrowser): Promise<TestPage> {
  const site = await browser.newPage();
  await site.goto('https://expert.plus/', { file: 'home.html' });
  await openPanel(site);
  await site.click('.lang-switch button[lang="ru"]');
  await waitInPanel(
    site,
    (root) => root?.querySelector('[data-request="deletion"]')?.textContent === 'Удалить мои данные',
  );
  return site;
}

/** Clicks a request action in the panel and returns the drafter it opened, once it has loaded. */
export async function openDrafterFromPanel(
  browser: TestBrowser,
  site: TestPage,
  kind = 'deletion',
): Promise<TestPage> {
  await site.click(`[data-request="${kind}"]`);
  const drafter = await browser.waitForExtensionPage('popup.html', 10_000);
  await drafterReady(drafter);
  return drafter;
}

export async function drafterReady(drafter: TestPage) {
  await drafter.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
}

/** Chooses the UI language in the drafter's settings, as the select does, and waits for the page to follow. */
export async function chooseLanguage(drafter: TestPage, lang: 'ru' | 'en') {
  await drafter.evaluate((l) => {
    const select = document.querySelector<HTMLSelectElement>('#pl-lang');
    if (!select) throw new Error('no #pl-lang');
    select.value = l;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
  await drafter.waitFor((l) => document.documentElement.lang === l, lang);
}

export async function typeInto(page: TestPage, selector: string, text: string) {
  await page.click(selector);
  await page.selectAll();
  await page.press('Backspace');
  if (text) await page.type(text);
}

export async function axeViolations(page: TestPage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; nodes: { target: unknown }[] }[];
    };
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Audits the list, the sent request, a new draft (with its messages and translation shown) and the
 *  settings, after checking that the page really is in the colour scheme asked for. Returns the
 *  violations found. */
export async function auditEveryView(drafter: TestPage, scheme: 'light' | 'dark'): Promise<string[]> {
  const background = await drafter.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background, `${scheme} background`).toBe(
    scheme === 'dark' ? 'rgb(28, 31, 36)' : 'rgb(255, 255, 255)',
  );
  const found: string[] = [];
  const audit = async (view: string) => {
    for (const v of await axeViolations(drafter)) found.push(`${view}, ${scheme}: ${v}`);
  };
  await drafter.click('#pl-tab-list');
  await drafter.waitFor(() => document.querySelector('.requests li.req'));
  await audit('list');
  // Rows off screen are not rendered (content-visibility): bring the row into view, as a user scrolls.
  await drafter.evaluate(() => document.querySelector('.requests li.req.status-sent')?.scrollIntoView());
  await drafter.click('.requests li.req.status-sent button');
  await drafter.waitFor(() => document.querySelector('#pl-sent-info'));
  await audit('sent request');
  await drafter.click('.tabs .new');
  await drafter.waitFor(() => document.querySelector('#pl-fullName')?.matches(':enabled'));
  // Validation messages and the translation on, so they are audited too.
  await drafter.click('#pl-mark-sent');
  await drafter.waitFor(() => document.querySelector('#pl-fullName-error'));
  await drafter.click('.preview input[type="checkbox"]');
  await drafter.waitFor(() => document.querySelector('.letter.translation'));
  await audit('new draft');
  await drafter.click('#pl-tab-settings');
  await drafter.waitFor(() => document.querySelector('#pl-hidden-h'));
  await audit('settings');
  await drafter.click('#pl-tab-draft');
  await drafter.waitFor(() => document.querySelector('#pl-letter'));
  return found;
}
