// The README's "From a release zip", done as a new user does it, on the zips `npm run release` made
// (npm test runs it first): Chromium loads the unzipped Chrome zip as an unpacked extension; Firefox
// loads the Firefox zip itself as a temporary add-on (what about:debugging's "Load Temporary Add-on…"
// does with a .zip). On expert.plus the content script runs: the «Данные» launcher appears and the
// panel opens with the policy summary, which the background sends. Then Firefox's "keep it across
// restarts" path: the unsigned Firefox zip installed for good in a profile of a Firefox that accepts
// unsigned add-ons (ESR, xpinstall.signatures.required false) is still there after a restart, with
// what it stored. It is placed in the profile's extensions folder (what "Install Add-on From File…"
// ends with; BiDi cannot click Firefox's own about:addons UI).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip } from '../../release/zip.mjs';
import { firefoxNoNetworkPrefs, requireBrowser } from './find-browsers.mjs';
import { browsers, launch, type TestBrowser, type TestPage, wrapPuppeteer } from './harness';
import { clickInPanel, openPanel, waitInPanel } from './panel-helpers';

const root = resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipFor = { chromium: 'chrome', firefox: 'firefox' } as const;

for (const browserName of browsers) {
  describe(`${browserName}: installed from the release zip`, () => {
    const zipPath = join(root, '.output/release', `${name}-${version}-${zipFor[browserName]}.zip`);
    let work = '';
    let browser: TestBrowser;

    beforeAll(async () => {
      if (!existsSync(zipPath)) throw new Error(`no ${zipPath}: run "npm run release" first`);
      let extensionDir = zipPath;
      if (browserName === 'chromium') {
        // "Unzip it into a folder you keep, then Load unpacked and choose that folder."
        work = mkdtempSync(join(tmpdir(), 'policy-lens-install-'));
        extensionDir = join(work, 'policy-lens');
        await extractZip(zipPath, extensionDir);
      }
      browser = await launch(browserName, { extensionDir });
    });
    afterAll(async () => {
      await browser?.close();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('runs on expert.plus: the launcher appears and the panel opens with the summary', async () => {
      const page = await browser.newPage();
      await page.goto('https://expert.plus/', { file: 'home.html' });
      await openPanel(page);
      const summaryLength = await page.panel(
        (root) => root?.querySelector('[data-section="verdict"]')?.textContent?.length ?? 0,
      );
      expect(summaryLength).toBeGreaterThan(20);
      expect(page.errors).toEqual([]);
      expect(browser.strayRequests).toEqual([]);
    });

    if (browserName === 'chromium') {
      it('is the released version, loaded from the unzipped folder', async () => {
        const origin = await browser.extensionOrigin();
        const page = await browser.newPage();
        await page.goto('/manifest.json');
        const manifest = JSON.parse(await page.evaluate(() => document.body.textContent ?? '')) as {
          version: string;
        };
        expect(manifest.version).toBe(version);
        expect(origin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
      });
    }
  });
}

describe('firefox: installed for good from the release zip', () => {
  const zipPath = join(root, '.output/release', `${name}-${version}-firefox.zip`);
  const home = readFileSync(join(root, 'test/fixtures/pages/home.html'), 'utf8');
  let profile = '';
  afterAll(() => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Starts Firefox on the profile, opens expert.plus, runs `step`, and quits. */
  async function session<R>(step: (page: TestPage) => Promise<R>): Promise<R> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: requireBrowser('firefox'),
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        // Add-ons found in the profile's folder are enabled without a prompt.
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        // No network: every proxied request goes to a closed port; the page is served below.
        ...firefoxNoNetworkPrefs(9),
      },
    });
    try {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) =>
        r.url().startsWith('https://expert.plus/')
          ? void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: home })
          : void r.abort(),
      );
      await page.goto('https://expert.plus/');
      const site = wrapPuppeteer(page);
      await waitInPanel(site, (root) => root?.querySelector('.launcher'), undefined, 15_000);
      return await step(site);
    } finally {
      await browser.close();
    }
  }
  const panelOpen = (root: ShadowRoot | null) =>
    root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false;
  const pressedLang = (root: ShadowRoot | null) =>
    root?.querySelector('.lang-switch button[aria-pressed="true"]')?.getAttribute('lang') ?? null;

  it('stays installed across a restart, and keeps what it stored', async () => {
    profile = mkdtempSync(join(tmpdir(), 'policy-lens-ff-profile-'));
    mkdirSync(join(profile, 'extensions'));
    writeFileSync(join(profile, 'extensions', 'policy-lens@policy-lens.app.xpi'), readFileSync(zipPath));
    // The user switches the panel to the language it was not showing; the choice is kept in the
    // extension's storage.
    const chosen = await session(async (page) => {
      await clickInPanel(page, '.launcher');
      await waitInPanel(page, panelOpen, undefined, 10_000);
      const other = (await page.panel(pressedLang)) === 'ru' ? 'en' : 'ru';
      await clickInPanel(page, `.lang-switch button[lang="${other}"]`);
      await waitInPanel(
        page,
        (root, want) =>
          root?.querySelector(`.lang-switch button[aria-pressed="true"][lang="${want}"]`) != null,
        other,
        10_000,
      );
      // Give the write time to land before quitting.
      await new Promise((r) => setTimeout(r, 1000));
      return other;
    });
    // After the restart the add-on runs again and its panel opens in the language chosen before.
    const after = await session(async (page) => {
      await clickInPanel(page, '.launcher');
      await waitInPanel(page, panelOpen, undefined, 10_000);
      return page.panel(pressedLang);
    });
    expect(after).toBe(chosen);
  }, 120_000);
});
