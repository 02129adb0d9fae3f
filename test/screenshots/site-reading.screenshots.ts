// `npm run screenshots` (after `npm run build`): the README's pictures of on-demand reading,
// made in real Chromium through the e2e harness on the fixture shop (test/fixtures/sites): a reading in
// the side panel with a citation open, and the request drafted from it. Not part of `npm test`, which
// never rewrites tracked files; run it by hand when the reading or the drafter changes.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { launch, serveFixture, type TestBrowser } from '../e2e/harness';
import { clickInPanel, panelSettled, waitInPanel } from '../e2e/panel-helpers';
import { siteHtml, siteUrls } from '../fixtures/sites/sites';

const screenshotsDir = resolve(import.meta.dirname, '../../assets/screenshots');

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launch('chromium');
});
afterAll(async () => {
  await browser?.close();
});

it('makes the reading and request screenshots', async () => {
  serveFixture(siteUrls.shopPolicy, { html: siteHtml(siteUrls.shopPolicy) });
  const site = await browser.newPage();
  await site.goto(siteUrls.shop, { html: siteHtml(siteUrls.shop) });
  await site.colorScheme('light');
  await browser.clickToolbarButton!(site);
  const popup = await browser.waitForExtensionPage('popup.html', 10_000);
  await popup.click('#pl-read-site');
  // The reading's host says it is shown; its shadow root is closed, reached as the e2e tests do.
  await site.waitFor(() => document.querySelector('[data-policy-lens-reading="shown"]'), undefined, 15_000);
  await waitInPanel(
    site,
    (root) => root?.querySelector('[data-panel-kind="reading"] #pl-panel:not([hidden])'),
    undefined,
    15_000,
  );
  await site.click('.lang-switch button[lang="ru"]');
  await site.click('[data-line="op-inn"] .cite');
  await panelSettled(site);
  await site.screenshot(join(screenshotsDir, 'reading-ru-light.png'));

  await clickInPanel(site, '[data-request="deletion"]');
  const drafter = await browser.waitForExtensionPage('popup.html', 15_000);
  await drafter.waitFor(() => document.querySelector('#pl-op-name'), undefined, 15_000);
  await drafter.colorScheme('light');
  const type = async (selector: string, text: string) => {
    await drafter.click(selector);
    await drafter.selectAll();
    await drafter.press('Backspace');
    await drafter.type(text);
  };
  await type('#pl-op-name', 'ООО «Ромашка»');
  await type('#pl-fullName', 'Смирнова Анна Павловна');
  await type('#pl-email', 'anna.smirnova@example.ru');
  await drafter.click('#pl-op-confirm');
  await drafter.waitFor(() =>
    document.querySelector('#pl-letter')?.textContent?.includes('Кому: ООО «Ромашка»'),
  );
  await drafter.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('.operator')?.scrollIntoView({ block: 'start' });
  });
  await drafter.screenshot(join(screenshotsDir, 'reading-request-ru-light.png'));
}, 120_000);
