// axe-core with every rule it has, on every page of the extension, in Russian and English, light and
// dark: in Chromium the panel, the drafter, My requests (20 mixed requests), the options page and the
// welcome page; in Firefox (one browser per colour scheme, set at launch) the panel and the drafter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeEveryRule, axeSource, importRequests, mixedRequests } from './a11y-helpers';
import { launch, type TestBrowser, type TestPage } from './harness';
import { auditPanel as auditPanelCopy, openPanel, panelSettled, waitInPanel } from './panel-helpers';

type Lang = 'ru' | 'en';
type Scheme = 'light' | 'dark';
const langs: Lang[] = ['ru', 'en'];
const schemes: Scheme[] = ['light', 'dark'];

/** Chooses the UI language in the panel (the choice is one setting for every page of the extension). */
async function panelInLang(page: TestPage, lang: Lang) {
  await page.click(`.lang-switch button[lang="${lang}"]`);
  await waitInPanel(page, (root, l) => root?.querySelector('.root')?.getAttribute('lang') === l, lang);
}

/** Audits the panel: open, one citation expanded (its quote and translation shown). */
async function auditPanel(site: TestPage, lang: Lang): Promise<string[]> {
  await openPanel(site);
  await panelInLang(site, lang);
  const expanded = await site.panel((root) => Boolean(root?.querySelector('.source')));
  if (!expanded) await site.click('[data-section="verdict"] .cite');
  await waitInPanel(site, (root) => root?.querySelector('.source'));
  await panelSettled(site);
  return auditPanelCopy(site, axeSource, '.root', true);
}

/** Chooses the drafter's language with its own select, as a user would. */
async function drafterInLang(drafter: TestPage, lang: Lang) {
  await drafter.evaluate((l) => {
    const select = document.querySelector<HTMLSelectElement>('#pl-lang');
    if (!select) throw new Error('no #pl-lang');
    select.value = l;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
  await drafter.waitFor((l) => document.documentElement.lang === l, lang);
}

async function auditDrafterForm(drafter: TestPage): Promise<string[]> {
  await drafter.click('#pl-tab-draft');
  await drafter.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
  return axeEveryRule(drafter);
}

async function auditList(drafter: TestPage): Promise<string[]> {
  await drafter.click('#pl-tab-list');
  await drafter.waitFor(() => document.querySelectorAll('.requests li.req').length >= 20, undefined, 10_000);
  // An overdue request's follow-up letter open, so it is audited too.
  await drafter.click('.requests li.req.status-overdue [data-action="follow-up"]');
  await drafter.waitFor(() => document.querySelector('.follow-up'));
  return axeEveryRule(drafter);
}

const label = (page: string, lang: Lang, scheme: Scheme) => `${page} ${lang} ${scheme}`;

/** The page really is in the scheme asked for (theme.css's --bg), so the contrast checks mean it. */
async function expectScheme(page: TestPage, scheme: Scheme) {
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg, scheme).toBe(scheme === 'dark' ? 'rgb(28, 31, 36)' : 'rgb(255, 255, 255)');
}

describe('chromium: every page passes every axe rule, RU and EN, light and dark', () => {
  let browser: TestBrowser;
  let site: TestPage;
  let ext: TestPage;
  const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-a11y-'));

  beforeAll(async () => {
    browser = await launch('chromium');
    site = await browser.newPage();
    await site.goto('https://expert.plus/', { file: 'home.html' });
    ext = await browser.newPage();
    await ext.goto('/popup.html');
    await ext.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
    await importRequests(ext, tmp, mixedRequests());
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  for (const scheme of schemes) {
    for (const lang of langs) {
      it(`the panel, the drafter and My requests (20): ${lang}, ${scheme}`, async () => {
        const found: string[] = [];
        const audit = (where: string, violations: string[]) => {
          for (const v of violations) found.push(`${where}: ${v}`);
        };
        await site.colorScheme(scheme);
        audit(label('panel', lang, scheme), await auditPanel(site, lang));
        await ext.colorScheme(scheme);
        await ext.goto('/popup.html');
        await ext.waitFor(() => document.querySelector('#pl-lang'), undefined, 10_000);
        await drafterInLang(ext, lang);
        await expectScheme(ext, scheme);
        audit(label('drafter', lang, scheme), await auditDrafterForm(ext));
        audit(label('my requests', lang, scheme), await auditList(ext));
        expect(found).toEqual([]);
      });

      it(`the options and welcome pages: ${lang}, ${scheme}`, async () => {
        const found: string[] = [];
        await ext.colorScheme(scheme);
        await ext.goto('/popup.html');
        await ext.waitFor(() => document.querySelector('#pl-lang'), undefined, 10_000);
        await drafterInLang(ext, lang);
        for (const page of ['options', 'welcome']) {
          await ext.goto(`/${page}.html`);
          await ext.waitFor(
            (l) => document.documentElement.lang === l && document.querySelector('h1'),
            lang,
            10_000,
          );
          await expectScheme(ext, scheme);
          for (const v of await axeEveryRule(ext)) found.push(`${label(page, lang, scheme)}: ${v}`);
        }
        expect(found).toEqual([]);
      });
    }
  }
});

describe.each(schemes)('firefox, %s: the panel and the drafter pass every axe rule, RU and EN', (scheme) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch('firefox', { colorScheme: scheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('in Russian and in English', async () => {
    const found: string[] = [];
    const site = await browser.newPage();
    await site.goto('https://expert.plus/', { file: 'home.html' });
    let drafter: TestPage | undefined;
    for (const lang of langs) {
      for (const v of await auditPanel(site, lang)) found.push(`${label('panel', lang, scheme)}: ${v}`);
      if (!drafter) {
        await site.click('[data-request="deletion"]');
        drafter = await browser.waitForExtensionPage('popup.html', 10_000);
      }
      await drafter.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
      await drafterInLang(drafter, lang);
      await expectScheme(drafter, scheme);
      for (const v of await auditDrafterForm(drafter)) found.push(`${label('drafter', lang, scheme)}: ${v}`);
    }
    expect(found).toEqual([]);
  });
});
