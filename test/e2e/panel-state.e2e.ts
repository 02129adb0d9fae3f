// The panel's open state is per tab, it opens by itself only with the options page's setting, the
// toolbar badge says one thing with its tooltip, and the welcome page opens once on install.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { openPanel, panelIsOpen, panelReady, waitInPanel } from './panel-helpers';

const isOpen = (page: TestPage) => panelIsOpen(page);

describe.each(browsers)('%s: where and when the panel opens', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the welcome page once, on install', async () => {
    const welcome = await browser.waitForExtensionPage('welcome.html', 10_000);
    await welcome.waitFor(() => document.querySelector('h1'));
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent)).toMatch(/Policy Lens/);
  });

  it('keeps the panel open in its own tab only, and opens it elsewhere only when asked to', async () => {
    const a = await browser.newPage();
    await a.goto('https://expert.plus/', { file: 'home.html' });
    await openPanel(a);
    // The same tab, another page of the site: still open.
    await a.goto('https://expert.plus/other', { file: 'home.html' });
    await panelReady(a);
    await waitInPanel(a, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false);
    // Another tab: closed.
    const b = await browser.newPage();
    await b.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(b);
    await new Promise((r) => setTimeout(r, 500));
    expect(await isOpen(b)).toBe(false);

    // The options page's switch: from now on a new tab opens it by itself.
    const options = await browser.waitForExtensionPage('welcome.html', 10_000);
    // From the welcome page, as its own link does (Firefox's WebDriver may not navigate to an extension URL).
    await options.evaluate(() => {
      location.href = location.href.replace(/welcome\.html.*$/, 'options.html');
    });
    await options.waitFor(() => document.querySelector('#pl-o-autoopen'));
    await options.click('#pl-o-autoopen');
    await options.waitFor(() => document.querySelector<HTMLInputElement>('#pl-o-autoopen')?.checked);
    const c = await browser.newPage();
    await c.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(c);
    await waitInPanel(c, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false);
    // The footer names the keyboard shortcut in force.
    expect(await c.panel((root) => root?.querySelector('.panel-footer')?.textContent)).toContain(
      'Alt+Shift+D',
    );
    await options.click('#pl-o-autoopen');
    for (const p of [a, b, c]) {
      expect(p.errors).toEqual([]);
      await p.close();
    }
  });
});
