// Issue #15, in Chromium and Firefox: where the focus goes after an action that removes or replaces the
// control that had it (point 3: import, delete, delete everything, show all, in My requests and on the
// options page), and the toolbar popup at 200 % zoom (point 13: 420 CSS px at 100 % is 210 at 200 %,
// nothing cut, nothing scrolling sideways, the key controls in sight), and forced colours (point 16:
// the selected tab and language shown by more than a background).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../lib/requests/backup';
import { expectFocusUsable, mixedRequests, tabTo } from './a11y-helpers';
import { chooseLanguage } from './drafter-helpers';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { openPanel, panelSettled, waitInPanel } from './panel-helpers';

/** 60 requests of every kind and status: more than one page of My requests (50 rows). */
function sixtyRequests() {
  const now = Date.now();
  return [0, 1, 2].flatMap((i) => mixedRequests(now - i * 200 * 86_400_000));
}

/** Moves an extension tab to another page of the extension (WebDriver may not navigate to one). */
async function goWithin(page: TestPage, path: string) {
  await page.evaluate((p) => {
    location.href = new URL(p, location.href).href;
  }, path);
}

describe.each(browsers)('%s', (name) => {
  let browser: TestBrowser;
  let ext: TestPage;
  const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-focus-'));
  const backup = join(tmp, 'sixty.json');

  beforeAll(async () => {
    writeFileSync(backup, exportBackup(sixtyRequests(), new Date()));
    browser = await launch(name);
    // The welcome tab the install opens: an extension page in both browsers, moved to the drafter.
    ext = await browser.waitForExtensionPage('welcome.html', 15_000);
    await goWithin(ext, 'popup.html?view=list');
    await ext.waitFor(() => document.querySelector('#pl-import'), undefined, 10_000);
    await chooseLanguage(ext, 'ru');
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('My requests: import keeps the focus on the import control and says what it did', async () => {
    await tabTo(ext, '#pl-import', 40);
    await expectFocusUsable(ext, 'import chosen');
    await ext.upload('#pl-import', backup);
    await ext.waitFor(() => document.querySelectorAll('.requests li.req').length >= 50, undefined, 15_000);
    await ext.waitFor(() =>
      /^Импортировано/.test(document.querySelector('#pl-data-notice')?.textContent ?? ''),
    );
    const after = await expectFocusUsable(ext, 'imported');
    expect(after.element).toBe('input#pl-import.visually-hidden');
    expect(after.name).toBe('Импорт из JSON');
    expect(await ext.evaluate(() => document.querySelector('#pl-data-notice')?.textContent)).toBe(
      'Импортировано: новых 60, обновлено 0, оставлено без изменений 0.',
    );
  });

  it('My requests: "show all" puts the focus on the first row it added, and says so', async () => {
    await ext.evaluate(() => document.querySelector<HTMLElement>('[data-action="show-all"]')?.focus());
    await ext.press('Enter');
    await ext.waitFor(() => document.querySelectorAll('.requests li.req').length === 60);
    const after = await expectFocusUsable(ext, 'show all');
    expect(after.element).toBe('button');
    expect(
      await ext.evaluate(
        () => document.activeElement?.closest('li.req') === document.querySelectorAll('.requests li.req')[50],
      ),
    ).toBe(true);
    expect(await ext.evaluate(() => document.querySelector('#pl-data-notice')?.textContent)).toBe(
      'Показано 60 из 60.',
    );
  });

  it('My requests: deleting a row puts the focus on the next row; deleting everything, on what happened', async () => {
    const second = await ext.evaluate(
      () => (document.querySelectorAll('.requests li.req')[2] as HTMLElement).dataset.id,
    );
    await ext.evaluate(() =>
      document
        .querySelectorAll('.requests li.req')[1]
        ?.querySelector<HTMLElement>('[data-action="delete"]')
        ?.focus(),
    );
    await ext.press('Enter');
    await ext.waitFor(() => document.activeElement?.matches('[data-action="delete-no"]'));
    await expectFocusUsable(ext, 'delete?');
    await ext.press('Shift+Tab');
    await ext.press('Enter');
    await ext.waitFor(() => document.querySelectorAll('.requests li.req').length === 59);
    await ext.waitFor(() => document.querySelector('#pl-data-notice')?.textContent === 'Запрос удалён.');
    const after = await expectFocusUsable(ext, 'row deleted');
    expect(after.name).toBe('Открыть');
    expect(
      await ext.evaluate(() => (document.activeElement?.closest('li.req') as HTMLElement | null)?.dataset.id),
    ).toBe(second);

    await ext.evaluate(() => document.querySelector<HTMLElement>('#pl-delete-all')?.focus());
    await ext.press('Enter');
    await ext.waitFor(() => document.querySelector('#pl-delete-all-yes'));
    const asked = await expectFocusUsable(ext, 'delete everything?');
    expect(asked.name).toBe('Отмена');
    await ext.press('Shift+Tab');
    await ext.press('Enter');
    await ext.waitFor(
      () => !document.querySelector('.requests li.req') && !document.querySelector('#pl-delete-all-yes'),
    );
    const done = await expectFocusUsable(ext, 'everything deleted');
    expect(done.element).toBe('p#pl-data-notice.notice');
    expect(done.name).toBe('Всё, что Policy Lens хранил в этом браузере, удалено.');
  });

  it('options: import keeps the focus and says what it did; deleting everything puts it on the status', async () => {
    await goWithin(ext, 'options.html');
    await ext.waitFor(() => document.querySelector('#pl-o-lang'), undefined, 10_000);
    // Deleting everything above forgot the language chosen: Russian again, with the page's own select.
    await ext.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#pl-o-lang');
      if (!select) throw new Error('no #pl-o-lang');
      select.value = 'ru';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await ext.waitFor(() => document.documentElement.lang === 'ru');
    await tabTo(ext, '#pl-o-import', 40);
    await ext.upload('#pl-o-import', backup);
    await ext.waitFor(
      () => /^Импортировано/.test(document.querySelector('#pl-o-status')?.textContent ?? ''),
      undefined,
      15_000,
    );
    const after = await expectFocusUsable(ext, 'options import');
    expect(after.element).toBe('input#pl-o-import.visually-hidden');
    expect(after.name).toBe('Импорт из JSON');

    await ext.evaluate(() => document.querySelector<HTMLElement>('#pl-o-delete-everything')?.focus());
    await ext.press('Enter');
    await ext.waitFor(() => document.querySelector('#pl-o-delete-everything-yes'));
    expect((await expectFocusUsable(ext, 'options delete?')).name).toBe('Отмена');
    await ext.press('Shift+Tab');
    await ext.press('Enter');
    await ext.waitFor(
      () => /удалено/.test(document.querySelector('#pl-o-status')?.textContent ?? ''),
      undefined,
      10_000,
    );
    const done = await expectFocusUsable(ext, 'options everything deleted');
    expect(done.element).toBe('p#pl-o-status.notice');
  });

  it('the popup at 200 % zoom (210 CSS px): nothing cut or scrolling sideways, the key controls in sight', async () => {
    await goWithin(ext, 'popup.html?view=list');
    await ext.waitFor(() => document.querySelector('#pl-import'), undefined, 10_000);
    await ext.upload('#pl-import', backup);
    await ext.waitFor(() => document.querySelectorAll('.requests li.req').length >= 50, undefined, 15_000);
    await ext.resize(210, 700);
    // The toolbar popup's layout (a tab gets .in-tab, the popup does not).
    await ext.evaluate(() => document.documentElement.classList.remove('in-tab'));

    const layout = (keys: string[]) => {
      // The viewport less a classic scrollbar, if the browser draws one (Firefox).
      const width = document.documentElement.clientWidth;
      const cut = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          const hiddenText = cs.position === 'absolute' && r.width <= 1;
          return r.width > 0 && !hiddenText && (r.left < -0.5 || r.right > width + 0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
      const missing = keys.filter((k) => {
        const el = document.querySelector(k);
        if (!el) return true;
        const r = el.getBoundingClientRect();
        return r.width === 0 || r.left < -0.5 || r.right > width + 0.5;
      });
      return {
        viewport: innerWidth,
        fits: width >= innerWidth - 20 && document.body.getBoundingClientRect().width <= width + 0.5,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        cut: cut.slice(0, 10),
        missing,
      };
    };
    const views: [string, string, string[]][] = [
      [
        'list',
        '#pl-tab-list',
        ['#pl-tab-list', '.requests li.req [data-action="open"]', '#pl-export', '#pl-delete-all'],
      ],
      [
        'draft',
        '#pl-tab-draft',
        ['#pl-lang', '#pl-fullName', '#pl-letter', '#pl-copy', '#pl-sentOn', '#pl-mark-sent'],
      ],
      ['home', '#pl-tab-home', ['#pl-write-typed', '#pl-home-list']],
      ['settings', '#pl-tab-settings', ['#pl-open-options']],
    ];
    for (const [view, tab, keys] of views) {
      await ext.click(tab);
      await ext.waitFor((k) => document.querySelector(k), keys[1] ?? keys[0]!, 10_000);
      if (view === 'list') {
        // A follow-up letter open under its row, so its letter and buttons are measured too.
        await ext.evaluate(() => document.querySelector('.requests li.req.status-overdue')?.scrollIntoView());
        await ext.click('.requests li.req.status-overdue [data-action="follow-up"]');
        await ext.waitFor(() => document.querySelector('.follow-up'));
      }
      if (view === 'draft') {
        // The messages of a failed check and the translation, so they are measured too.
        await ext.click('#pl-mark-sent');
        await ext.waitFor(() => document.querySelector('#pl-fullName-error'));
        await ext.click('.preview input[type="checkbox"]');
        await ext.waitFor(() => document.querySelector('.letter.translation'));
      }
      const found = await ext.evaluate(layout, keys);
      expect({ view, ...found }).toEqual({
        view,
        viewport: 210,
        fits: true,
        sideways: 0,
        cut: [],
        missing: [],
      });
    }
    expect(ext.errors).toEqual([]);
  });
});

describe.each(browsers)(
  '%s, forced colours (Windows high contrast): the selection shows without its background',
  (name) => {
    let browser: TestBrowser;
    beforeAll(async () => {
      // Chromium emulates forced colours per page (DevTools' emulation); Firefox gets them from its
      // "always use my colours" preference, set at launch.
      browser = await launch(name, { forcedColors: true });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the drafter: the current tab alone is underlined, by border and text decoration', async () => {
      let page: TestPage;
      if (name === 'chromium') {
        page = await browser.newPage();
        await page.goto('/popup.html');
      } else {
        page = await browser.waitForExtensionPage('welcome.html', 15_000);
        await goWithin(page, 'popup.html');
      }
      await page.waitFor(
        () => document.querySelector('#pl-tab-draft[aria-current="page"]'),
        undefined,
        10_000,
      );
      // Chromium: emulated per page (Firefox has them from launch, and no such method).
      await page.forcedColors?.(true);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const tabs = await page.evaluate(() =>
        [...document.querySelectorAll('.tabs button[id^="pl-tab-"]')].map((b) => {
          const cs = getComputedStyle(b);
          return {
            current: b.getAttribute('aria-current') === 'page',
            background: cs.backgroundColor,
            marks: `border-bottom:${cs.borderBottomStyle} ${cs.borderBottomWidth} outline:${cs.outlineStyle} ${cs.outlineWidth} underline:${cs.textDecorationLine}`,
          };
        }),
      );
      const current = tabs.filter((t) => t.current);
      const others = tabs.filter((t) => !t.current);
      expect(current).toHaveLength(1);
      expect(others.length).toBeGreaterThan(1);
      // Forced colours took the backgrounds: they say nothing.
      for (const o of others) expect(o).toMatchObject({ background: current[0]!.background });
      // The others look alike and are not underlined; the current one is marked by border and underline.
      expect(new Set(others.map((o) => o.marks)).size).toBe(1);
      expect(others[0]!.marks).toMatch(/border-bottom:(none|solid) 0px .*underline:none/);
      expect(current[0]!.marks).toMatch(/border-bottom:solid 3px .*underline:underline/);
      await page.close();
    });

    it('the panel: the chosen language differs from the other by an outline and underline', async () => {
      const site = await browser.newPage();
      await site.goto('https://expert.plus/', { file: 'home.html' });
      await openPanel(site);
      await site.click('.lang-switch button[lang="ru"]');
      await waitInPanel(site, (root) =>
        root?.querySelector('.lang-switch button[lang="ru"][aria-pressed="true"]'),
      );
      await panelSettled(site);
      await site.forcedColors?.(true);
      const buttons = await site.panel((root) => {
        // How a control looks apart from its background: what forced colours keep.
        const look = (el: Element | null | undefined) => {
          const cs = getComputedStyle(el ?? document.body);
          return {
            background: cs.backgroundColor,
            marks: `border-bottom:${cs.borderBottomStyle} ${cs.borderBottomWidth} outline:${cs.outlineStyle} ${cs.outlineWidth} underline:${cs.textDecorationLine}`,
          };
        };
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          chosen: look(root?.querySelector('.lang-switch button[aria-pressed="true"]')),
          other: look(root?.querySelector('.lang-switch button[aria-pressed="false"]')),
        };
      });
      expect(buttons.forced).toBe(true);
      // Chromium drops the backgrounds: the chosen one's is the Canvas the other shows through. Firefox
      // paints a pressed button in its own button colour: a difference, but not one to rely on.
      const rgb = (c: string) => c.match(/\d+/g)?.slice(0, 3).join(',');
      if (name === 'chromium') expect(rgb(buttons.chosen.background)).toBe(rgb(buttons.other.background));
      expect(buttons.chosen.marks).not.toBe(buttons.other.marks);
      expect(buttons.chosen.marks).toMatch(/outline:solid [1-9].*underline:underline/);
      expect(buttons.other.marks).toMatch(/outline:none .*underline:none/);
      await site.close();
    });
  },
);
