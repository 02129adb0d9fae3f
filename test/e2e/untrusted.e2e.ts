// Issue 17 end to end, in both browsers: what a hostile expert.plus page (a visitor's comment, a page
// script, a planted quote) can make the extension do. Every test here reproduces one attack and checks
// that it no longer works. The user's own actions are real input (trusted mouse clicks at the control's
// place on screen); the page's are its own scripts (`.click()`, dispatched events, postMessage).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { clickInPanel, openPanel, panelIsOpen, panelReady, waitInPanel } from './panel-helpers';

const pagesDir = resolve(import.meta.dirname, '../fixtures/pages');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Closes every drafter the extension opened (popup or tabs); returns how many there were. */
async function closeDrafters(browser: TestBrowser): Promise<number> {
  const open = await browser.extensionPages('popup.html');
  for (const p of open) await p.close().catch(() => undefined);
  return open.length;
}

/** Opens the drafter from the panel's deletion action with a real click; waits for its form. */
async function drafterFromPanel(browser: TestBrowser, site: TestPage): Promise<TestPage> {
  await closeDrafters(browser); // one an earlier failed test left open would be found first
  await openPanel(site);
  await clickInPanel(site, '[data-request="deletion"]');
  const drafter = await browser.waitForExtensionPage('popup.html', 10_000);
  await drafter.waitFor(() => document.querySelector('#pl-letter'), undefined, 10_000);
  return drafter;
}

/** What the drafter shows and would send: its visible text, the checked choices and the mailto link. */
const drafterView = () => ({
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees, not hidden text.
  text: document.body.innerText,
  checked: [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map(
    (i) => i.value,
  ),
  mailto: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].map((a) => a.href),
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees, not hidden text.
  recipients: document.querySelector<HTMLElement>('fieldset.recipient')?.innerText ?? '',
});

const attackerAddresses = [
  'dpo@expert-plus-support.example',
  'moderator@expert.plus',
  'review@expert.plus',
  'hidden@expert.plus',
  'none@expert.plus',
  'offscreen@expert.plus',
  'support@expert.plus.attacker.example',
  'collect@attacker.example',
  'legal@expert.plus',
  'office@expert.plus',
  'collect2@attacker.example',
  'dpo@other-company.example',
  'late@attacker.example',
];

describe.each(browsers)('%s: a page cannot choose where the user’s request goes', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers only the site’s own visible addresses, none preselected, each with where it was found', async () => {
    const site = await browser.newPage();
    await site.goto('https://expert.plus/forum/delete-account', { file: 'untrusted-contacts.html' });
    const drafter = await drafterFromPanel(browser, site);
    const view = await drafter.evaluate(drafterView);
    for (const address of attackerAddresses) expect(view.text, address).not.toContain(address);
    for (const link of view.mailto) for (const a of attackerAddresses) expect(link).not.toContain(a);
    // The site's two addresses are suggestions: shown, with the words around them and the page, never chosen.
    expect(view.text).toContain('privacy@expert.plus');
    expect(view.text).toContain('help@support.expert.plus');
    expect(view.text).toContain('Вопросы о персональных данных');
    expect(view.text).toContain('expert.plus/forum/delete-account');
    // Labelled as what it is, in the choice of recipient (the letter's own words are another matter).
    expect(view.recipients).toMatch(/address shown on the site|адрес, указанный на сайте/);
    expect(view.recipients).not.toMatch(/служба поддержки сайта|found on the site's page/i);
    expect(view.checked.filter((v) => v.includes('@'))).toEqual([]);
    expect(view.mailto).toEqual([]);
    await closeDrafters(browser);
    await site.close();
  });

  it('does not carry a page’s addresses to a drafter opened later from another page', async () => {
    // The user starts a request from the forum page and types a little (the draft is saved), then closes it.
    const forum = await browser.newPage();
    await forum.goto('https://expert.plus/forum/delete-account', { file: 'untrusted-contacts.html' });
    const first = await drafterFromPanel(browser, forum);
    await first.click('#pl-fullName');
    await first.type('Иванова Анна');
    await sleep(1500);
    await closeDrafters(browser);
    await forum.close();
    const site = await browser.newPage();
    await site.goto('https://expert.plus/experts', {
      html: '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Эксперты</title></head><body><main><h1>Эксперты</h1><p>Без адресов.</p></main></body></html>',
    });
    const drafter = await drafterFromPanel(browser, site);
    const view = await drafter.evaluate(drafterView);
    for (const address of ['privacy@expert.plus', 'help@support.expert.plus', ...attackerAddresses]) {
      expect(view.text, address).not.toContain(address);
    }
    expect(view.checked.filter((v) => v.includes('@'))).toEqual([]);
    await closeDrafters(browser);
    await site.close();
  });
});

describe.each(browsers)('%s: a page script cannot drive the panel or stop it', (name) => {
  let browser: TestBrowser;
  let extensionId = '';
  beforeAll(async () => {
    browser = await launch(name);
    // The id a page would look for: Chromium's is the origin's host; Firefox's is the add-on id in the
    // manifest (WXT names its events after runtime.id). Both are public for a published extension.
    extensionId =
      name === 'chromium'
        ? new URL((await browser.extensionOrigin()).replace('chrome-extension:', 'https:')).host
        : JSON.parse(
            readFileSync(resolve(import.meta.dirname, '../../.output/firefox-mv2/manifest.json'), 'utf8'),
          ).browser_specific_settings.gecko.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const clicker = async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/clicker', { file: 'untrusted-clicker.html' });
    await waitInPanel(page, (root) => root?.querySelector('.launcher'));
    return page;
  };

  it('keeps its shadow root closed to the page, and posts the page nothing naming the extension', async () => {
    const page = await clicker();
    await sleep(300);
    const seen = await page.evaluate(() => ({
      reachable: (window as unknown as { attack: { reachable(): boolean } }).attack.reachable(),
      messages: (window as unknown as { __messages: string[] }).__messages,
    }));
    expect(seen.reachable).toBe(false);
    for (const m of seen.messages) {
      expect(m).not.toContain(extensionId);
      expect(m).not.toMatch(/wxt|content-script/i);
    }
    await page.close();
  });

  it('does not open for the page’s clicks on the launcher', async () => {
    const page = await clicker();
    expect(await panelIsOpen(page)).toBe(false);
    await page.evaluate(() =>
      (window as unknown as { attack: { click(s: string): number } }).attack.click('.launcher'),
    );
    await sleep(800);
    expect(await panelIsOpen(page)).toBe(false);
    // The user's own click still opens it.
    await openPanel(page);
    await page.close();
  });

  it('opens no drafter for the page’s clicks on a request button, and one per real click', async () => {
    const page = await clicker();
    await openPanel(page);
    await page.evaluate(() =>
      (window as unknown as { attack: { click(s: string, n: number): number } }).attack.click(
        '[data-request="deletion"]',
        10,
      ),
    );
    await sleep(2500);
    expect(await closeDrafters(browser)).toBe(0);
    // The page multiplies each real click by nine of its own: the user's one click opens one drafter.
    await page.evaluate(() => (window as unknown as { attack: { multiply(): void } }).attack.multiply());
    await clickInPanel(page, '[data-request="deletion"]');
    await browser.waitForExtensionPage('popup.html', 10_000);
    await sleep(2500);
    expect(await closeDrafters(browser)).toBe(1);
    await page.close();
  });

  it('keeps the summary’s own words when the page rewrites them', async () => {
    const page = await clicker();
    await openPanel(page);
    await page.evaluate(() => (window as unknown as { attack: { rewrite(): number } }).attack.rewrite());
    const statements = await page.panel((root) =>
      [...(root?.querySelectorAll('li.statement') ?? [])].map((li) => li.textContent ?? ''),
    );
    expect(statements.length).toBeGreaterThan(10);
    expect(statements.filter((s) => s.includes('Сайт не собирает никаких данных'))).toEqual([]);
    await page.close();
  });

  it('keeps running when the page dispatches the script-started event, learnt or guessed', async () => {
    const page = await clicker();
    const names = await page.evaluate((id) => {
      const learnt = (window as unknown as { __messages: string[] }).__messages.flatMap((m) => {
        try {
          const type = (JSON.parse(m) as { type?: unknown }).type;
          return typeof type === 'string' ? [type] : [];
        } catch {
          return [];
        }
      });
      const guessed = ['wxt:content-script-started', 'wxt:locationchange'].flatMap((e) => [
        `${id}:panel:${e}`,
        `${id}:panel.content:${e}`,
        `${id}:content:${e}`,
      ]);
      return [...new Set([...learnt, ...guessed])];
    }, extensionId);
    await page.evaluate(
      (n) => (window as unknown as { attack: { stop(names: string[]): void } }).attack.stop(n),
      names,
    );
    await sleep(800);
    // Still there, and still answering the user.
    await openPanel(page);
    expect(await panelIsOpen(page)).toBe(true);
    await page.close();
  });

  it('comes back when the page takes its host out and puts up a look-alike', async () => {
    const page = await clicker();
    expect(
      await page.evaluate(() =>
        (window as unknown as { attack: { replaceHost(): boolean } }).attack.replaceHost(),
      ),
    ).toBe(true);
    await sleep(500);
    const hosts = await page.evaluate(() =>
      [...document.documentElement.querySelectorAll(':scope > [data-policy-lens]')].map((h) => h.id),
    );
    // Ours is back beside the page's (which has no id), and answers the user.
    expect(hosts.sort()).toEqual(['', 'fake-host']);
    await page.evaluate(() => document.getElementById('fake-host')?.remove());
    await openPanel(page);
    await page.close();
  });

  it('does not hide on the site when the page presses "Hide on this site"', async () => {
    const page = await clicker();
    await openPanel(page);
    await page.evaluate(() =>
      (window as unknown as { attack: { click(s: string): number } }).attack.click('[data-action="hide"]'),
    );
    await sleep(800);
    const other = await browser.newPage();
    await other.goto('https://expert.plus/', { file: 'home.html' });
    await waitInPanel(other, (root) => root?.querySelector('.launcher'));
    await other.close();
    await page.close();
  });

  it('hides on the site for the user’s own click, and the drafter’s settings show it again', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await drafterFromPanel(browser, page); // Firefox: a tab, which stays open
    await clickInPanel(page, '[data-action="hide"]');
    // The notice offering to undo it takes the launcher's place (loader.e2e.ts); here it is undone from
    // the extension's own window while the notice shows, and the launcher comes back.
    await waitInPanel(page, (root) => root?.querySelector('.hidden-notice'));
    // Undone in the extension's own window, not in the page. (Chromium closed its toolbar popup when
    // the page took the click: the same drafter, opened in a tab.)
    let drafter = (await browser.extensionPages('popup.html'))[0];
    if (!drafter) {
      drafter = await browser.newPage();
      await drafter.goto('/popup.html');
    }
    await drafter.waitFor(() => document.querySelector('#pl-tab-settings'), undefined, 10_000);
    await drafter.click('#pl-tab-settings');
    // The site's switch reads "hidden" (off) after the user's own click in the page.
    await drafter.waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('input[data-site="expert.plus"]');
      return input !== null && !input.checked;
    });
    await drafter.click('input[data-site="expert.plus"]');
    await waitInPanel(page, (root) => root?.querySelector('.launcher'));
    await closeDrafters(browser);
    await drafter.close().catch(() => undefined);
    await page.close();
  });
});

/** The expert.plus policy page fixture with `edit` applied to its HTML. */
const policyPage = (edit: (html: string) => string) =>
  edit(readFileSync(join(pagesDir, 'policy-current.html'), 'utf8'));

/** Waits for this page's own comparison to be done (data-page-check set) and returns its state. */
async function pageCheck(page: TestPage, timeoutMs = 15_000): Promise<string> {
  await waitInPanel(
    page,
    (root) => {
      const s = root?.querySelector('[data-page-check]')?.getAttribute('data-page-check');
      return s && s !== 'none';
    },
    undefined,
    timeoutMs,
  );
  return page.panel(
    (root) => root?.querySelector('[data-page-check]')?.getAttribute('data-page-check') ?? '',
  );
}

/** What the panel's notice says: its kind and every word of it. */
const noticeOf = (page: TestPage) =>
  page.panel((root) => ({
    kinds: [...(root?.querySelectorAll('[data-notice]') ?? [])].map((n) => n.getAttribute('data-notice')),
    text: root?.querySelector('.policy-status')?.textContent ?? '',
  }));

describe.each(browsers)('%s: change detection believes only the site’s policy page', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a forum post quoting clauses 4.1–4.3 with an invented sentence raises no notice anywhere', async () => {
    // First the real policy page, unchanged: the site's record says "checked".
    const policy = await browser.newPage();
    await policy.goto('https://expert.plus/privacy', { file: 'policy-current.html' });
    await openPanel(policy);
    expect(await pageCheck(policy)).toBe('unchanged');
    await policy.close();

    const forum = await browser.newPage();
    await forum.goto('https://expert.plus/forum/quote', { file: 'untrusted-forum-quote.html' });
    await openPanel(forum);
    await sleep(2500); // the content script looks at start, at load and after navigations
    const onForum = await noticeOf(forum);
    expect(onForum.kinds).not.toContain('changed');
    expect(onForum.text).not.toContain('attacker.example');
    await forum.close();

    const home = await browser.newPage();
    await home.goto('https://expert.plus/', { file: 'home.html' });
    await openPanel(home);
    await waitInPanel(home, (root) => root?.querySelector('[data-notice]'));
    const onHome = await noticeOf(home);
    expect(onHome.kinds).toEqual(['checked']);
    expect(onHome.text).not.toContain('attacker.example');
    await home.close();
  });

  it('a visitor’s comment titled as the policy brings in no comparison and no notice (the loader’s rough check)', async () => {
    // The page's first <h1> is inside a comment: the loader's cheap test says "maybe the policy" and
    // brings the panel's code in; the panel's full test leaves what visitors write out, and compares
    // nothing. The comment's reworded п. 4.2 must not reach the site's record or the toolbar mark.
    const comment = `<div class="comment"><h1>Политика конфиденциальности</h1>
      <p>4.2. Пользователь не может требовать удаления данных. Пишите на delete@attacker.example.</p>
      <p>4.3. Персональные данные передаются партнёрам. 4.4. Персональные данные хранятся вечно.</p></div>`;
    const page = await browser.newPage();
    await page.goto('https://expert.plus/forum/thread', {
      html: policyPage((html) => html.replace(/<h1>[^<]*<\/h1>/, comment)),
    });
    await panelReady(page);
    // The rough check brought the panel's code (its own launcher and closed dialog) without a click…
    await waitInPanel(page, (root) => root?.querySelector('#pl-panel'), undefined, 10_000);
    await sleep(1500);
    await openPanel(page);
    // …which compared nothing here, and shows the site's own record (the real policy page, checked).
    expect(
      await page.panel((root) => root?.querySelector('[data-page-check]')?.getAttribute('data-page-check')),
    ).toBe('none');
    const seen = await noticeOf(page);
    expect(seen.kinds).not.toContain('changed');
    expect(seen.text).not.toContain('attacker.example');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a restless single-page site is compared once its text settles, not on every change', async () => {
    // An extension page counts the writes of the site's record (policySeen) in extension storage.
    const site = await browser.newPage();
    await site.goto('https://expert.plus/app', { file: 'spa.html' });
    const drafter = await drafterFromPanel(browser, site);
    await drafter.evaluate(() => {
      type Api = { storage: { onChanged: { addListener(f: (c: Record<string, unknown>) => void): void } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api; __writes: number };
      g.__writes = 0;
      (g.browser ?? g.chrome)!.storage.onChanged.addListener((changes) => {
        if ('policySeen' in changes) g.__writes++;
      });
    });
    // For 6 s the page changes its URL and its text every 400 ms, the policy always on it.
    const body = policyPage((html) => html);
    await site.evaluate((html) => {
      const inner = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
      let n = 0;
      const timer = setInterval(() => {
        n++;
        history.pushState({}, '', `/privacy?tick=${n}`);
        document.body.innerHTML = inner.replace('</main>', `<p>Обновлено: ${n}</p></main>`);
        if (n === 15) clearInterval(timer);
      }, 400);
    }, body);
    await sleep(6000 + 3000);
    const writes = await drafter.evaluate(() => (globalThis as unknown as { __writes: number }).__writes);
    expect(writes).toBeLessThanOrEqual(1);
    // And once it settled, the policy on it was compared.
    expect(await pageCheck(site)).toBe('unchanged');
    await closeDrafters(browser);
    await site.close();
  });

  const hidden: [string, (html: string) => string, string][] = [
    [
      'a new clause written as <br>-separated short lines between 4.3 and section 5',
      (html) =>
        html.replace(
          /(\s*<\/ol>\s*<h2>5\.)/,
          '\n    <p>Данные<br>Пользователей<br>передаются<br>рекламным<br>партнёрам<br>без<br>согласия</p>$1',
        ),
      'рекламным',
    ],
    [
      'an unnumbered sentence after the last clause',
      (html) =>
        html.replace(
          '<p><a href="#top">Наверх</a></p>',
          '<p>Сайт вправе передавать данные Пользователей рекламным партнёрам.</p>\n    <p><a href="#top">Наверх</a></p>',
        ),
      'рекламным',
    ],
    [
      'a clause numbered 0.1 before the first',
      (html) =>
        html.replace(
          '<h1>Политика конфиденциальности</h1>',
          '<h1>Политика конфиденциальности</h1>\n    <p>0.1 Сайт вправе передавать данные Пользователей рекламным партнёрам.</p>',
        ),
      'рекламным',
    ],
  ];

  it.each(hidden)('the policy page with %s reads as changed', async (_label, edit, word) => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/privacy', { html: policyPage(edit) });
    await openPanel(page);
    expect(await pageCheck(page)).toBe('changed');
    expect((await noticeOf(page)).text).toContain(word);
    await page.close();
  });
});

/** A stored request as a backup holds it (utils/backup.ts), sent long ago with a passed deadline. */
function pastRequest(i: number, overrides: Record<string, unknown> = {}) {
  const ref = `PL-20240101-${String(i)
    .padStart(4, '0')
    .replace(/\d/g, (d) => 'ABCDEFGHJK'[Number(d)]!)}`;
  return {
    id: `flood-${i}`,
    policyId: 'expert.plus',
    kind: 'deletion',
    person: { fullName: 'Иванова Анна Сергеевна', email: 'anna@example.ru' },
    status: 'sent',
    reference: ref,
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-01-01T10:00:00.000Z',
    sentOn: '2024-01-01',
    deadlines: [
      {
        id: 'answer',
        label: { ru: 'ответ на обращение', en: 'answer to the request' },
        date: '2024-01-15',
        approximate: false,
      },
    ],
    letter: { subject: `Требование об удалении, ${ref}`, body: 'Прошу удалить мои данные.' },
    ...overrides,
  };
}

const backupOf = (requests: unknown[], top: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'policy-lens-backup',
    version: 1,
    exportedAt: '2026-11-01T10:00:00.000Z',
    requests,
    ...top,
  });

describe.each(browsers)('%s: an imported backup cannot flood the user', (name) => {
  let browser: TestBrowser;
  let drafter: TestPage;
  const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-untrusted-'));
  beforeAll(async () => {
    browser = await launch(name);
    const site = await browser.newPage();
    await site.goto('https://expert.plus/', { file: 'home.html' });
    drafter = await drafterFromPanel(browser, site);
    await drafter.click('#pl-tab-list');
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const refused = async (file: string, text: string, reason: RegExp) => {
    // A fresh list view, so the notice read below is this file's.
    await drafter.evaluate(() => location.reload()).catch(() => undefined);
    await drafter.waitFor(() => document.querySelector('#pl-tab-list'), undefined, 10_000);
    await drafter.click('#pl-tab-list');
    await drafter.waitFor(() => document.querySelector('#pl-import'), undefined, 10_000);
    await sleep(500); // the list is read once the view opens
    const path = join(tmp, file);
    writeFileSync(path, text);
    const before = await drafter.evaluate(() => document.querySelectorAll('.requests li.req').length);
    await drafter.upload('#pl-import', path);
    await drafter.waitFor(
      () =>
        /Nothing was imported|Ничего не импортировано|Imported|Импортировано/.test(
          document.querySelector('#pl-data-notice')?.textContent ?? '',
        ),
      undefined,
      30_000,
    );
    const notice = await drafter.evaluate(() => document.querySelector('#pl-data-notice')?.textContent ?? '');
    expect(notice).toMatch(/Nothing was imported|Ничего не импортировано/);
    expect(notice).toMatch(reason);
    expect(await drafter.evaluate(() => document.querySelectorAll('.requests li.req').length)).toBe(before);
  };

  it('refuses 5,001 requests, saying the limit', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => pastRequest(i));
    await refused('flood.json', backupOf(many), /5[\s,.\u00a0\u202f]?000/);
  });

  it('refuses a file with __proto__ or an unknown key at the top', async () => {
    await refused(
      'proto.json',
      backupOf([pastRequest(1)]).replace('{', '{"__proto__": {"polluted": true}, '),
      /__proto__/,
    );
    await refused('extra.json', backupOf([pastRequest(1)], { extra: 1 }), /extra/);
  });

  it('refuses a request for a site it does not know', async () => {
    await refused(
      'site.json',
      backupOf([pastRequest(1, { policyId: 'attacker.example' })]),
      /attacker\.example/,
    );
  });
});
