// `npm run screenshots`: the README's screenshots (assets/screenshots/), made from the built extension
// in Chromium, which emulates prefers-color-scheme per page (the panel and drafter look the same in
// Firefox). Not part of `npm test`, which leaves tracked files alone: run it after a visible change
// and commit the images.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, openDrafterFromPanel, openSiteWithPanel, typeInto } from '../e2e/drafter-helpers';
import { launch, type TestBrowser } from '../e2e/harness';
import { closePanel, openPanel, panelReady, panelSettled, waitInPanel } from '../e2e/panel-helpers';

const screenshotsDir = resolve(import.meta.dirname, '../../assets/screenshots');

describe('README screenshots, in Chromium', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    browser = await launch('chromium');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the panel in Russian and English, light and dark', async () => {
    const page = await browser.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await page.colorScheme(scheme);
      for (const lang of ['ru', 'en'] as const) {
        await page.goto('https://expert.plus/', { file: 'home.html' });
        await panelReady(page);
        await openPanel(page);
        await page.click(`.lang-switch button[lang="${lang}"]`);
        await page.click('[data-section="verdict"] .cite');
        await panelSettled(page);
        await page.screenshot(join(screenshotsDir, `panel-${lang}-${scheme}.png`));
        await closePanel(page);
      }
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the panel noticing that the policy on the site changed, in English', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/privacy', { file: 'policy-reworded.html' });
    await openPanel(page);
    await waitInPanel(
      page,
      (root) => root?.querySelector('[data-page-check="changed"] [data-change="4.2"]'),
      undefined,
      15_000,
    );
    await panelSettled(page);
    await page.screenshot(join(screenshotsDir, 'panel-policy-changed-en.png'));
    expect(page.errors).toEqual([]);
    await closePanel(page);
    await page.close();
  });

  it('the drafter in Russian, light, and in English, dark', async () => {
    const site = await openSiteWithPanel(browser);
    const drafter = await openDrafterFromPanel(browser, site);
    await typeInto(drafter, '#pl-fullName', 'Смирнова Анна Павловна');
    await typeInto(drafter, '#pl-email', 'anna.smirnova@example.ru');
    await typeInto(drafter, '#pl-phone', '+7 900 000-00-00');
    await drafter.waitFor(() => document.querySelector('#pl-letter')?.textContent?.includes('Смирнова'));
    // The popup as the user sees it, scrolled to where the page's address and the letter meet.
    const scrollTo = (selector: string) =>
      drafter.evaluate((s) => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.querySelector(s)?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -16); // the fieldset's legend sits above its box
      }, selector);
    await drafter.colorScheme('light');
    await scrollTo('.recipient');
    await drafter.screenshot(join(screenshotsDir, 'drafter-ru-light.png'));
    await chooseLanguage(drafter, 'en');
    await drafter.click('.preview input[type="checkbox"]');
    await drafter.waitFor(() => document.querySelector('.letter.translation'));
    await drafter.colorScheme('dark');
    await scrollTo('.preview');
    await drafter.screenshot(join(screenshotsDir, 'drafter-en-dark.png'));
    expect(drafter.errors).toEqual([]);
  });

  it('the panel on a 360 px phone-sized window, in Russian, light', async () => {
    const page = await browser.newPage();
    await page.resize(360, 640);
    await page.colorScheme('light');
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await openPanel(page);
    await page.click('.lang-switch button[lang="ru"]');
    await panelSettled(page);
    await page.screenshot(join(screenshotsDir, 'panel-360-ru-light.png'));
    expect(page.errors).toEqual([]);
    await closePanel(page);
    await page.close();
  });

  it('the options page, in English, light and dark', async () => {
    const page = await browser.newPage();
    await page.resize(760, 1100);
    await page.goto('/popup.html');
    await page.waitFor(() => document.querySelector('#pl-lang'));
    await chooseLanguage(page, 'en');
    for (const scheme of ['light', 'dark'] as const) {
      await page.colorScheme(scheme);
      await page.goto('/options.html');
      await page.waitFor(
        () => document.documentElement.lang === 'en' && document.querySelector('#pl-o-shortcut'),
      );
      await page.screenshot(join(screenshotsDir, `options-en-${scheme}.png`));
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
