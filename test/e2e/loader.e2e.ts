// The loader (issue #14): on a page of the site the content script draws only the launcher, and the
// panel's code (panel-ui.js) comes when the user reaches for the launcher (pointer, keyboard focus, a
// press) or when the page may be the site's policy. In Chromium and Firefox, against fixture pages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { auditPanel, openPanel, panelReady, waitInPanel } from './panel-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the shadow root shows: the loader's launcher alone, or the panel's code drawn in its place. */
const drawn = (root: ShadowRoot | null) => {
  const launcher = root?.querySelector<HTMLElement>('.launcher');
  return {
    launchers: root?.querySelectorAll('.launcher').length ?? 0,
    // Only the panel's code draws the dialog and ties the launcher to it.
    panelCode:
      Boolean(root?.querySelector('#pl-panel')) && launcher?.getAttribute('aria-controls') === 'pl-panel',
    label: launcher?.getAttribute('aria-label') ?? '',
    text: launcher?.textContent ?? '',
    top: launcher?.style.top ?? '',
    focused: root?.activeElement === launcher && launcher !== undefined,
    open: root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false,
  };
};

/** The launcher's centre, in viewport coordinates. */
const launcherCentre = (root: ShadowRoot | null) => {
  const r = root?.querySelector('.launcher')?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
};

/** The load event has passed and the loader's settle time (800 ms) with room to spare. */
const pastSettling = (page: TestPage) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const wait = () => setTimeout(resolve, 2000);
        if (document.readyState === 'complete') wait();
        else addEventListener('load', wait, { once: true });
      }),
  );

describe.each(browsers)('%s: the loader', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws only the launcher on a page that is not the policy, and keeps it so while nobody reaches for it', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    await pastSettling(page);
    const state = await page.panel(drawn);
    expect(state).toMatchObject({ launchers: 1, panelCode: false, open: false, text: 'Data' });
    // The same name the panel's own launcher has (panel.e2e.ts checks that one).
    expect(state.label).toBe('Data: what expert.plus does with your data — Policy Lens');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('brings the panel in when the pointer comes to rest on the launcher, in the same place, before any click', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    const before = await page.panel(drawn);
    const at = await page.panel(launcherCentre);
    expect(at).not.toBeNull();
    await page.mouseMove(at!.x, at!.y);
    await waitInPanel(page, (root) => root?.querySelector('#pl-panel'));
    const after = await page.panel(drawn);
    expect(after).toMatchObject({ launchers: 1, panelCode: true, open: false });
    expect({ label: after.label, text: after.text, top: after.top }).toEqual({
      label: before.label,
      text: before.text,
      top: before.top,
    });
    // Where the pointer rests is the panel's launcher now, and a click opens the panel.
    expect(await page.panel(launcherCentre)).toEqual(at);
    await page.mouseClick(at!.x, at!.y);
    await waitInPanel(page, (root) => root?.querySelector('[data-section="verdict"]'));
    expect((await page.panel(drawn)).open).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps the keyboard focus on the launcher when the panel comes in on focus, and Enter then opens it', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    // The page's own controls come first; the launcher is the page's last Tab stop.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.press('Tab');
      reached = (await page.panel(drawn)).focused;
    }
    expect(reached).toBe(true);
    await waitInPanel(page, (root) => root?.querySelector('#pl-panel'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.panel(drawn)).toMatchObject({ panelCode: true, focused: true, open: false });
    await page.press('Enter');
    await waitInPanel(page, (root) => root?.querySelector('[data-section="verdict"]'));
    // Focus moved into the panel, to its title.
    expect(await page.panel((root) => root?.activeElement?.id)).toBe('pl-title');
    await page.close();
  });

  it('opens the panel from a click straight away, the press counted even if the code arrives mid-click', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    expect((await page.panel(drawn)).panelCode).toBe(false);
    await openPanel(page);
    expect(await page.panel(drawn)).toMatchObject({ launchers: 1, panelCode: true, open: true });
    await page.close();
  });

  it('brings the panel’s code in on the policy page, which compares the text with the panel closed', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/privacy', { file: 'policy-current.html' });
    await panelReady(page);
    // Nobody touches the launcher: the page's heading names the policy, so the code comes by itself.
    await waitInPanel(page, (root) => root?.querySelector('#pl-panel'), undefined, 10_000);
    expect(await page.panel(drawn)).toMatchObject({ launchers: 1, panelCode: true, open: false });
    // What it found comparing the page with the reviewed text (shown in the panel once opened).
    await openPanel(page);
    await waitInPanel(
      page,
      (root) => root?.querySelector('[data-page-check]')?.getAttribute('data-page-check') === 'unchanged',
      undefined,
      10_000,
    );
    await page.close();
  });

  it('brings it in when a single-page site shows its policy after pushState, and not before', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/app', { file: 'spa.html' });
    await panelReady(page);
    await pastSettling(page);
    expect((await page.panel(drawn)).panelCode).toBe(false);
    await page.evaluate(() => {
      history.pushState({}, '', '/privacy-policy');
      document.body.innerHTML = '<main><h1>Политика конфиденциальности</h1><p>1.1 Текст.</p></main>';
    });
    await waitInPanel(page, (root) => root?.querySelector('#pl-panel'), undefined, 10_000);
    expect((await page.panel(drawn)).open).toBe(false);
    await page.close();
  });

  // Last in the file: it leaves Policy Lens hidden on the site for this browser profile.
  it('follows a setting changed on the options page at once, with the panel’s code still not loaded', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    await pastSettling(page);
    expect(await page.panel(drawn)).toMatchObject({ launchers: 1, panelCode: false, text: 'Data' });
    const options = await browser.waitForExtensionPage('welcome.html', 10_000);
    // From the welcome page, as its own link does (Firefox's WebDriver may not navigate to an extension URL).
    await options.evaluate(() => {
      location.href = location.href.replace(/welcome\.html.*$/, 'options.html');
    });
    await options.waitFor(() => document.querySelector('#pl-o-lang'), undefined, 10_000);
    const choose = (lang: string) =>
      options.evaluate((value) => {
        const select = document.querySelector<HTMLSelectElement>('#pl-o-lang');
        if (!select) throw new Error('no #pl-o-lang');
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, lang);
    // The background tells the page; the loader asks for its state again and redraws the launcher.
    await choose('ru');
    await waitInPanel(page, (root) => root?.querySelector('.launcher')?.textContent === 'Данные');
    const state = await page.panel(drawn);
    expect(state).toMatchObject({ launchers: 1, panelCode: false, open: false, text: 'Данные' });
    expect(state.label).toBe('Данные: что expert.plus делает с вашими данными — Policy Lens');
    await choose('');
    await waitInPanel(page, (root) => root?.querySelector('.launcher')?.textContent === 'Data');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('offers to undo "hide on this site" in place, with the focus on Undo, and goes once the user is done', async () => {
    const hosts = () => document.querySelectorAll('[data-policy-lens]').length;
    const focusedAction = (root: ShadowRoot | null) =>
      (root?.activeElement as HTMLElement | null | undefined)?.dataset.action ??
      root?.activeElement?.className ??
      '';
    const page = await browser.newPage();
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await openPanel(page);
    await page.click('[data-action="hide"]');
    await waitInPanel(page, (root) => root?.querySelector('.hidden-notice'));
    await waitInPanel(
      page,
      (root) => root?.activeElement?.getAttribute('data-action') === 'undo-hide',
      undefined,
      3000,
    );
    expect(await page.panel(focusedAction)).toBe('undo-hide');
    expect(await page.panel((root) => root?.querySelector('#pl-hidden-notice')?.textContent)).toBe(
      'Policy Lens is hidden on this site. You can also bring it back later, in the settings.',
    );
    expect(await auditPanel(page, axeSource, '.hidden-notice')).toEqual([]);
    // Undo: the launcher is back where it was, with the focus, and stays on the next page.
    await page.click('[data-action="undo-hide"]');
    await waitInPanel(
      page,
      (root) => root?.querySelector('.launcher') && !root.querySelector('.hidden-notice'),
    );
    // Focus moves after the render (an effect): on the launcher, not lost to the page.
    await waitInPanel(page, (root) => root?.activeElement?.classList.contains('launcher'), undefined, 3000);
    expect(await page.panel(focusedAction)).toBe('launcher');
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await panelReady(page);
    // Hidden again, and the notice dismissed with Escape: the host goes, here and on the next page.
    await openPanel(page);
    await page.click('[data-action="hide"]');
    await waitInPanel(page, (root) => root?.querySelector('.hidden-notice'));
    await page.press('Escape');
    await page.waitFor(() => document.querySelectorAll('[data-policy-lens]').length === 0);
    await page.goto('https://expert.plus/experts', { file: 'home.html' });
    await pastSettling(page);
    expect(await page.evaluate(hosts)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
