import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser } from './harness';
import { auditPanel, closePanel, openPanel, panelReady, waitInPanel } from './panel-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const panelState = (root: ShadowRoot | null) => {
  const panel = root?.querySelector<HTMLElement>('#pl-panel');
  return {
    hosts: document.querySelectorAll('[data-policy-lens]').length,
    open: panel ? !panel.hidden : false,
    title: root?.querySelector('#pl-title')?.textContent ?? '',
    lang: root?.querySelector('.root')?.getAttribute('lang') ?? '',
    focused: root?.activeElement?.id || root?.activeElement?.className || '',
    headings: [...(root?.querySelectorAll('h3') ?? [])].map((h) => h.textContent),
  };
};

describe.each(browsers)('%s: the side panel', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from the launcher and shows every section with the clause behind each statement', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    expect((await page.panel(panelState)).open).toBe(false);
    await openPanel(page);
    const state = await page.panel(panelState);
    expect(state.open).toBe(true);
    expect(state.hosts).toBe(1);
    expect(state.headings).toEqual([
      'Ask the operator',
      'In short',
      'What data is collected',
      'What it is used for',
      'Who else may get it',
      'How long it is kept',
      'Your rights and how to delete your data',
      'Protection',
      'Consent',
      'Policy changes',
      "Operator's contacts",
      'Worth noticing',
    ]);
    // The deletion statement cites п. 4.2; expanding it shows the verbatim Russian clause.
    const deletion = '[data-section="rights"] li.statement:has(.cite) .cite';
    const citeCount = await page.panel(
      (root) => root?.querySelectorAll('[data-section="rights"] .cite').length ?? 0,
    );
    expect(citeCount).toBeGreaterThan(1);
    await page.click(deletion);
    const quotes = await page.panel((root) =>
      [...(root?.querySelectorAll('[data-section="rights"] .source') ?? [])].map((f) => ({
        clause: f.getAttribute('data-clause'),
        text: f.textContent,
      })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    expect(
      await page.panel((root) => {
        const button = root?.querySelector('[data-section="rights"] .cite');
        return button?.getAttribute('aria-expanded');
      }),
    ).toBe('true');
    await closePanel(page);
    await page.close();
  });

  it('shows п. 4.2 verbatim when its statement is expanded', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    await openPanel(page);
    // Expand every statement in the rights section and look for the deletion clause.
    const count = await page.panel((root) => {
      const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('[data-section="rights"] .cite') ?? [])];
      for (const b of buttons) b.click();
      return buttons.length;
    });
    expect(count).toBeGreaterThan(0);
    await waitInPanel(page, (root) => root?.querySelector('[data-clause="4.2"]'));
    const text = await page.panel(
      (root) => root?.querySelector('[data-clause="4.2"] blockquote[lang="ru"]')?.textContent,
    );
    expect(text).toContain('написав запрос в службу поддержки сайта expert.plus');
    await closePanel(page);
    await page.close();
  });

  it('switches language, and remembers it and the open state across pages', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    await openPanel(page);
    await page.click('.lang-switch button[lang="ru"]');
    await waitInPanel(page, (root) => root?.querySelector('#pl-title')?.textContent?.startsWith('Что'));
    let state = await page.panel(panelState);
    expect(state.lang).toBe('ru');
    expect(state.headings).toContain('Ваши права и как удалить данные');
    await page.goto('https://www.expert.plus/another', { file: 'home.html' });
    await panelReady(page);
    await waitInPanel(page, (root) => {
      return !root?.querySelector<HTMLElement>('#pl-panel')?.hidden;
    });
    state = await page.panel(panelState);
    expect(state.title).toBe('Что expert.plus делает с вашими данными');
    expect(state.open).toBe(true);
    // Back to English and closed, for the other tests in this browser.
    await page.click('.lang-switch button[lang="en"]');
    await closePanel(page);
    await page.close();
  });

  it('works from the keyboard: focus moves in on open, Esc closes and returns focus', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    await page.panel((root) => root?.querySelector<HTMLElement>('.launcher')?.focus());
    await page.press('Enter');
    await waitInPanel(page, (root) => {
      return root?.activeElement?.id === 'pl-title';
    });
    await page.press('Tab');
    let state = await page.panel(panelState);
    expect(state.open).toBe(true);
    expect(await page.panel((root) => root?.activeElement?.textContent)).toMatch(/^RU/);
    await page.press('Escape');
    await waitInPanel(page, (root) => root?.activeElement?.className === 'launcher');
    state = await page.panel(panelState);
    expect(state.open).toBe(false);
    expect(state.focused).toBe('launcher');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations with the panel open', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    await openPanel(page);
    await page.click('[data-section="verdict"] .cite');
    const violations = await auditPanel(page, axeSource);
    expect(violations).toEqual([]);
    await closePanel(page);
    await page.close();
  });

  it('stays whole and usable on a hostile page (CSS, overlay, tampered prototypes, taken element name)', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/hostile', { file: 'hostile.html' });
    await panelReady(page);
    const style = await page.panel((root) => {
      const host = root?.host as HTMLElement | undefined;
      const launcher = root?.querySelector<HTMLElement>('.launcher');
      if (!host || !launcher) return null;
      const cs = getComputedStyle(launcher);
      const rect = launcher.getBoundingClientRect();
      return {
        hostDisplay: getComputedStyle(host).display,
        fontSize: cs.fontSize,
        visible: rect.width >= 40 && rect.height >= 40,
        onTop: document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === host,
      };
    });
    expect(style).toEqual({ hostDisplay: 'block', fontSize: '12px', visible: true, onTop: true });
    await openPanel(page);
    const state = await page.panel(panelState);
    expect(state.open).toBe(true);
    expect(state.hosts).toBe(1);
    const bodyFont = await page.panel((root) => {
      const p = root?.querySelector('.statement-text');
      return p ? getComputedStyle(p).fontSize : '';
    });
    expect(bodyFont).toBe('14px');
    await closePanel(page);
    await page.close();
  });

  it('keeps exactly one panel through body replacement, DOM wipes and rapid pushState', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/app', { file: 'spa.html' });
    await panelReady(page);
    const spa = () => (window as unknown as { spa: Record<string, (n?: number) => void> }).spa;
    await page.evaluate(`(${spa})().replaceBody()` as never);
    await page.evaluate(`(${spa})().navigate(50)` as never);
    await page.evaluate(`(${spa})().wipe()` as never);
    await page.evaluate(`(${spa})().navigate(5)` as never);
    await new Promise((r) => setTimeout(r, 300));
    await panelReady(page);
    expect((await page.panel(panelState)).hosts).toBe(1);
    expect(await page.url()).toBe('https://expert.plus/page/4');
    await openPanel(page);
    await closePanel(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('is styled under a strict page CSP', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/strict', {
      file: 'home.html',
      headers: {
        'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
      },
    });
    await panelReady(page);
    const launcher = await page.panel((root) => {
      const el = root?.querySelector<HTMLElement>('.launcher');
      if (!el) return null;
      const cs = getComputedStyle(el);
      return { position: cs.position, minWidth: cs.minWidth, borderTopLeftRadius: cs.borderTopLeftRadius };
    });
    expect(launcher).toEqual({ position: 'fixed', minWidth: '44px', borderTopLeftRadius: '8px' });
    await page.close();
  });

  it('lets its header scroll away at 400 % zoom (200 px of height), and keeps it in place at full height', async () => {
    const page = await browser.newPage();
    // 400 % zoom of a 1280 × 800 window leaves 320 × 200 CSS px.
    await page.resize(320, 200);
    await page.goto('https://expert.plus/zoom', { file: 'home.html' });
    await openPanel(page);
    const scrolled = (root: ShadowRoot | null) => {
      const panel = root?.querySelector<HTMLElement>('#pl-panel');
      const header = root?.querySelector<HTMLElement>('.panel-header');
      if (!panel || !header) return null;
      // The panel itself scrolls (not only its body): scrolled down, the header goes with the content.
      panel.scrollTop = 300;
      const result = {
        panelScrolls: panel.scrollTop > 0,
        headerBottom: header.getBoundingClientRect().bottom,
      };
      panel.scrollTop = 0;
      return result;
    };
    const small = await page.panel(scrolled);
    expect(small?.panelScrolls).toBe(true);
    expect(small?.headerBottom).toBeLessThanOrEqual(0);
    await page.resize(320, 800);
    const tall = await page.panel(scrolled);
    // At full height the body scrolls under a header that stays.
    expect(tall?.panelScrolls).toBe(false);
    expect(tall?.headerBottom).toBeGreaterThan(0);
    await page.close();
  });
});
