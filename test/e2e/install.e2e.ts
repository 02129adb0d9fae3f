// The README's "From a release zip", done as a new user does it, on the zips `npm run release` made
// (npm test runs it first): Chromium loads the unzipped Chrome zip as an unpacked extension; Firefox
// loads the Firefox zip itself as a temporary add-on (what about:debugging's "Load Temporary Add-on…"
// does with a .zip). On expert.plus the content script runs: the «Данные» launcher appears and the
// panel opens with the policy summary, which the background sends.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser } from './harness';
import { openPanel } from './panel-helpers';

const root = resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipFor = { chromium: 'chrome', firefox: 'firefox' } as const;

async function unzip(zipPath: string, dir: string) {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    const target = join(dir, entry.name);
    if (entry.dir) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
  }
}

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
        await unzip(zipPath, extensionDir);
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
      const summaryLength = await page.evaluate(
        () =>
          document.querySelector('[data-policy-lens]')?.shadowRoot?.querySelector('[data-section="verdict"]')
            ?.textContent?.length ?? 0,
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
