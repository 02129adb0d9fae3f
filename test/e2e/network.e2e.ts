// Nothing leaves the browser: every request made while the extension does its whole job (panel,
// clauses, an action, the drafter filled in and saved) is recorded, and any request that is neither
// the fixture site nor one of the extension's own files fails the test. A negative control in each
// browser proves the recorder sees a request from the page and from the background, so the test can
// fail. What the recorder observes per browser is said in harness.ts (`TestBrowser.requests`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type RecordedRequest, type TestBrowser } from './harness';
import { openPanel, waitInPanel } from './panel-helpers';

const person = {
  fullName: 'Тестова Вера Павловна',
  email: 'vera.testova@example.ru',
  phone: '+7 912 345-67-89',
};

/**
 * Requests that are neither the fixture site nor the extension's own files (nor local data/blob URLs),
 * leaving out only what the harness attributes to the browser maker's own services ('browser').
 */
function offending(requests: RecordedRequest[], extensionOrigin: string): RecordedRequest[] {
  return requests.filter(({ url, from }) => {
    if (from === 'browser') return false;
    if (url.startsWith(`${extensionOrigin}/`) || /^(?:data|blob|about):/.test(url)) return false;
    try {
      const u = new URL(url);
      return !(/^https?:$/.test(u.protocol) && /^(?:[a-z0-9-]+\.)*expert\.plus$/.test(u.hostname));
    } catch {
      return true;
    }
  });
}

/** Starts recording, in the page's world, every change to the host's attributes. */
const watchHost = () => {
  const el = document.querySelector('[data-policy-lens]');
  const w = window as unknown as { hostChanges: string[]; hostAttributes: string };
  w.hostChanges = [];
  w.hostAttributes = JSON.stringify(el?.getAttributeNames().map((n) => [n, el.getAttribute(n)]));
  new MutationObserver((records) => {
    for (const r of records)
      w.hostChanges.push(`${r.attributeName}=${el?.getAttribute(r.attributeName ?? '')}`);
  }).observe(el as Node, { attributes: true });
};

describe.each(browsers)('%s: nothing leaves the browser', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('panel, clauses, an action and the drafter make no request beyond the site and the extension', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await openPanel(page);
    await page.evaluate(watchHost);

    // Every clause of every statement, in both languages.
    for (const lang of ['ru', 'en']) {
      await page.click(`.lang-switch button[lang="${lang}"]`);
      await waitInPanel(page, (root, l) => root?.querySelector('.root')?.getAttribute('lang') === l, lang);
      const expanded = await page.panel((root) => {
        const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('.cite') ?? [])];
        for (const b of buttons) if (b.getAttribute('aria-expanded') !== 'true') b.click();
        return buttons.length;
      });
      expect(expanded).toBeGreaterThan(5);
      await waitInPanel(page, (root) => (root?.querySelectorAll('blockquote[lang="ru"]').length ?? 0) > 5);
    }

    // An action opens the drafter, which is then used: typed into, saved, marked sent.
    await page.click('.action');
    const drafter = await browser.waitForExtensionPage('popup.html', 15_000);
    await drafter.waitFor(() => document.querySelector('#pl-fullName'), undefined, 10_000);
    for (const [id, value] of [
      ['#pl-fullName', person.fullName],
      ['#pl-email', person.email],
      ['#pl-phone', person.phone],
    ] as const) {
      await drafter.click(id);
      await drafter.type(value);
    }
    await drafter.waitFor(
      (n) => document.querySelector('#pl-letter')?.textContent?.includes(n),
      person.fullName,
    );
    await drafter.click('#pl-mark-sent');
    await drafter.waitFor(() => document.querySelector('#pl-sent-info'), undefined, 10_000);
    expect(drafter.errors).toEqual([]);

    // The page saw a host that never changed and names nobody.
    const seen = await page.evaluate(() => {
      const w = window as unknown as { hostChanges: string[]; hostAttributes: string };
      const el = document.querySelector('[data-policy-lens]');
      return {
        changes: w.hostChanges,
        before: w.hostAttributes,
        after: JSON.stringify(el?.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
        dom: document.documentElement.outerHTML + (el?.shadowRoot?.innerHTML ?? ''),
      };
    });
    expect(seen.changes).toEqual([]);
    expect(seen.after).toBe(seen.before);
    // Its styles are in its closed shadow root (:host rules, !important), not in an attribute the page reads.
    expect(JSON.parse(seen.before)).toEqual([
      ['data-policy-lens', ''],
      ['popover', 'manual'],
    ]);
    for (const value of Object.values(person)) expect(seen.dom).not.toContain(value);
    expect(page.errors).toEqual([]);

    const origin = await browser.extensionOrigin();
    // The recorder was listening: it saw the page load.
    expect(browser.requests).toContainEqual({ url: 'https://expert.plus/', from: 'page' });
    expect(offending(browser.requests, origin)).toEqual([]);
    expect(browser.strayRequests).toEqual([]);
    await drafter.close();
    await page.close();
  });

  it('the recorder catches a request from the page and from the background (negative control)', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await openPanel(page);
    await page.click('.action');
    const drafter = await browser.waitForExtensionPage('popup.html', 15_000);
    const origin = await browser.extensionOrigin();
    const before = browser.requests.length;

    await page.evaluate(() =>
      fetch('https://tracker.example/page').then(
        () => undefined,
        () => undefined,
      ),
    );
    await browser.fetchFromBackground('https://tracker.example/background');
    await drafter.evaluate(() =>
      fetch('https://tracker.example/extension-page').then(
        () => undefined,
        () => undefined,
      ),
    );

    const caught = offending(browser.requests.slice(before), origin);
    const described = caught.map((r) => `${r.from} ${r.url}`);
    expect(described).toEqual(
      expect.arrayContaining([
        'page https://tracker.example/page',
        'extension-page https://tracker.example/extension-page',
      ]),
    );
    // Chromium sees the service worker's request itself; Firefox's background page is seen by the proxy.
    const fromBackground = caught.filter((r) => r.from === 'background' || r.from === 'network');
    expect(
      fromBackground.map((r) => new URL(r.url).hostname),
      described.join('\n'),
    ).toContain('tracker.example');
    await drafter.close();
    await page.close();
  });
});
