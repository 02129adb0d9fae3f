import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser } from './harness';
import { waitInPanel } from './panel-helpers';

const countHosts = () => document.querySelectorAll('[data-policy-lens]').length;

describe.each(browsers)('%s: where the panel appears', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['https://expert.plus/', 'https://www.expert.plus/some/path', 'http://expert.plus/'])(
    'mounts exactly one panel host on %s',
    async (url) => {
      const page = await browser.newPage();
      await page.goto(url, { file: 'home.html' });
      await waitInPanel(page, (root) => root);
      // Give a second injection (a duplicate script, a re-run) time to show itself.
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(countHosts)).toBe(1);
      await page.close();
    },
  );

  it.each(['https://example.com/', 'https://notexpert.plus/', 'https://expert.plus.example.com/'])(
    'injects nothing on %s',
    async (url) => {
      const page = await browser.newPage();
      // A positive control in the same browser first, so "nothing" means the matcher refused, not
      // that the extension failed to load.
      await page.goto('https://expert.plus/control', { file: 'home.html' });
      await page.waitFor(() => document.querySelector('[data-policy-lens]'));
      await page.goto(url, { file: 'other-site.html' });
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(countHosts)).toBe(0);
      await page.close();
    },
  );
});
