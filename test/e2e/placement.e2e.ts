// The launcher and the page's own edge widgets, in both browsers: it starts where it covers nothing
// the page pins to its edge (a vertical «Обратная связь» tab), so the page's tab takes its own clicks;
// the user moves it without a pointer (the panel's buttons) and it stays there on this site's pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type TestBrowser, type TestPage } from './harness';
import { openPanel, panelReady, panelSettled, waitInPanel } from './panel-helpers';

const layout = (root: ShadowRoot | null) => {
  const launcher = root?.querySelector<HTMLElement>('.launcher')?.getBoundingClientRect();
  const tab = document.querySelector('#feedback')?.getBoundingClientRect();
  const centre = tab ? document.elementFromPoint(tab.left + tab.width / 2, tab.top + tab.height / 2) : null;
  return {
    launcher: launcher && {
      left: launcher.left,
      right: launcher.right,
      top: launcher.top,
      bottom: launcher.bottom,
    },
    overlap: Boolean(
      launcher &&
        tab &&
        launcher.left < tab.right &&
        launcher.right > tab.left &&
        launcher.top < tab.bottom &&
        launcher.bottom > tab.top,
    ),
    tabOnTop: centre?.id === 'feedback',
    width: innerWidth,
  };
};

/** The load event has passed and the loader has drawn and placed the launcher (it waits for an idle moment). */
const pastLoad = (page: TestPage) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const wait = () => setTimeout(resolve, 1500);
        if (document.readyState === 'complete') wait();
        else addEventListener('load', wait, { once: true });
      }),
  );

describe.each(browsers)('%s: the launcher and the page’s own edge widgets', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts off the page’s feedback tab, which keeps its clicks; moved by keyboard, it stays moved', async () => {
    const page = await browser.newPage();
    await page.goto('https://expert.plus/feedback', { file: 'edge-widget.html' });
    await panelReady(page);
    // Placed once the page has drawn itself.
    await waitInPanel(page, (root) => {
      const l = root?.querySelector<HTMLElement>('.launcher')?.getBoundingClientRect();
      const t = document.querySelector('#feedback')?.getBoundingClientRect();
      return l && t && (l.bottom <= t.top || l.top >= t.bottom || l.right <= t.left);
    });
    const start = await page.panel(layout);
    expect(start.overlap).toBe(false);
    expect(start.tabOnTop).toBe(true);
    expect(start.launcher?.right).toBeCloseTo(start.width, 0); // still on the right edge, only higher or lower
    await page.click('#feedback');
    expect(
      await page.evaluate(() => (window as unknown as { __feedbackClicks?: number }).__feedbackClicks),
    ).toBe(1);

    // To the left edge, with the panel's button pressed from the keyboard.
    await openPanel(page);
    // The panel moves the focus to its title once it has opened (an effect after the render): wait for
    // it, or that move could take the focus back from the button focused here.
    await waitInPanel(page, (root) => root?.activeElement?.id === 'pl-title');
    await page.panel((root) => root?.querySelector<HTMLElement>('[data-move="side"]')?.focus());
    await page.press('Enter');
    await page.press('Escape');
    await waitInPanel(page, (root) => {
      const l = root?.querySelector<HTMLElement>('.launcher')?.getBoundingClientRect();
      return l && l.width > 0 && Math.abs(l.left) < 0.5;
    });
    // Remembered for the site: another page of it starts on the left too.
    await page.goto('https://expert.plus/', { file: 'home.html' });
    await panelReady(page);
    await waitInPanel(page, (root) => {
      const l = root?.querySelector<HTMLElement>('.launcher')?.getBoundingClientRect();
      return l && l.width > 0 && Math.abs(l.left) < 0.5;
    });
    // And the panel opens on that side.
    await openPanel(page);
    await panelSettled(page);
    const panelLeft = await page.panel(
      (root) => root?.querySelector<HTMLElement>('#pl-panel')?.getBoundingClientRect().left,
    );
    expect(panelLeft).toBeCloseTo(0, 0);
    // Back to the right for the next test in this browser.
    await page.click('[data-move="side"]');
    await page.press('Escape');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('on a hostile page that pins overlays along both whole edges, above everything and kept last, the launcher stays on screen, on top, and opens the panel', async () => {
    // Nowhere is free: the launcher keeps its place, and the page's overlays (the highest z-index, put
    // back after our host whenever it is added) must neither bury it nor take its click.
    const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Эксперты</title>
<style>.bar{position:fixed;top:0;bottom:0;width:160px;z-index:2147483647;background:#c00}#l{left:0}#r{right:0}</style>
</head><body><main><h1>Эксперты</h1></main><div class="bar" id="l"></div><div class="bar" id="r"></div>
<script>
window.__barClicks = 0;
const last = () => { if (!document.documentElement.lastElementChild?.classList.contains('bar')) document.documentElement.append(...document.querySelectorAll('.bar')); };
for (const b of document.querySelectorAll('.bar')) b.addEventListener('click', () => window.__barClicks++);
new MutationObserver(last).observe(document.documentElement, { childList: true });
last();
</script></body></html>`;
    const page = await browser.newPage();
    await page.goto('https://expert.plus/overlays', { html });
    await panelReady(page);
    await pastLoad(page);
    const seen = await page.panel((root) => {
      const r = root?.querySelector<HTMLElement>('.launcher')?.getBoundingClientRect();
      if (!r) return null;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return {
        onScreen:
          r.width > 0 && r.left >= 0 && r.right <= innerWidth + 0.5 && r.top >= 0 && r.bottom <= innerHeight,
        onTop: hit?.hasAttribute('data-policy-lens') === true,
      };
    });
    expect(seen).toEqual({ onScreen: true, onTop: true });
    await openPanel(page);
    expect(await page.evaluate(() => (window as unknown as { __barClicks: number }).__barClicks)).toBe(0);
    await page.press('Escape');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
