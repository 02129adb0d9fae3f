// Hostile expert.plus pages, in both browsers: on each the panel opens from a real click, shows all its
// sections, exactly one host exists, and nothing errs. What panel.e2e already covers (hostile CSS and
// a few prototypes in hostile.html, SPA body replacement in spa.html, a strict CSP on home.html) is not
// repeated here; these are the other ways a page can fight an extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, type Fixture, launch, type TestBrowser, type TestPage } from './harness';
import { waitInPanel } from './panel-helpers';

/** About 5 MB of markup: 20,000 articles with nested lists and links, parsed as the page itself. */
function hugeDom(): string {
  const article = (i: number) =>
    `<article id="a${i}" class="card c${i % 17}"><h2>Эксперт ${i}</h2><ul>${
      '<li><a href="/e/' +
      i +
      '">Консультация по теме</a> <span data-x="' +
      i +
      '">★★★★☆</span></li>'.repeat(3)
    }</ul><p>${'Текст карточки эксперта. '.repeat(4)}</p></article>`;
  const body = Array.from({ length: 20_000 }, (_, i) => article(i)).join('\n');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>expert.plus — огромная страница</title></head><body><main>${body}</main></body></html>`;
}

const pages: [string, Fixture][] = [
  [
    'its own custom element under our names, whose constructor takes the shadow root',
    { file: 'hostile-element-name.html' },
  ],
  ['JSON, Array, Promise, Function, DOM and timer built-ins rewritten', { file: 'hostile-prototypes.html' }],
  ['overlays at the highest z-index, kept last under <html>', { file: 'hostile-overlay.html' }],
  [
    '100 pushState calls, replaceState, hash changes and fake popstate while starting',
    { file: 'hostile-history.html' },
  ],
  ['its <html> element replaced, then document.open/write', { file: 'hostile-root-replace.html' }],
  [
    'a strict CSP with Trusted Types required',
    {
      file: 'hostile-strict.html',
      headers: {
        'Content-Security-Policy':
          "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
      },
    },
  ],
  ['a 5 MB DOM', { html: hugeDom() }],
];

// Probes run in the test's own world (TestPage#panel), untouched by what the page rewrote.
const probe = (root: ShadowRoot | null) => {
  const hosts = document.documentElement.querySelectorAll('[data-policy-lens]');
  const panel = root?.querySelector<HTMLElement>('#pl-panel');
  return {
    hosts: hosts.length,
    launcher: Boolean(root?.querySelector('.launcher')),
    open: panel ? !panel.hidden : false,
    headings: root?.querySelectorAll('h3').length ?? 0,
    statements: root?.querySelectorAll('li.statement').length ?? 0,
  };
};

async function waitForProbe(page: TestPage, what: 'launcher' | 'open', timeoutMs = 10_000) {
  await waitInPanel(
    page,
    (root, key) => {
      if (key === 'launcher') return root?.querySelector('.launcher');
      return (
        root?.querySelector<HTMLElement>('#pl-panel')?.hidden === false &&
        root.querySelectorAll('h3').length > 0
      );
    },
    what,
    timeoutMs,
  );
}

describe.each(browsers)('%s: the panel on hostile pages', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('opens and shows every section on a page with %s', async (label, fixture) => {
    const page = await browser.newPage();
    const path = `/hostile/${label.replace(/\W+/g, '-').slice(0, 40)}`;
    await page.goto(`https://expert.plus${path}`, fixture);
    if (fixture.file === 'hostile-root-replace.html') {
      await page.waitFor(() => (window as unknown as { __rewritten?: boolean }).__rewritten === true);
    }
    // A 5 MB page takes a while to parse on a busy machine; the wait ends as soon as the panel is there.
    await waitForProbe(page, 'launcher', 45_000);
    // The open state is remembered across pages: close it first if an earlier page left it open.
    if ((await page.panel(probe)).open) await page.click('.close');
    // A real click at the launcher: it must be on top and take the click, whatever covers the page.
    await page.click('.launcher');
    await waitForProbe(page, 'open');
    const state = await page.panel(probe);
    expect(state).toMatchObject({ hosts: 1, launcher: true, open: true, headings: 12 });
    expect(state.statements).toBeGreaterThan(10);
    if (fixture.file === 'hostile-element-name.html') {
      expect(
        await page.evaluate(
          () => (window as unknown as { __constructedByPage: unknown[] }).__constructedByPage,
        ),
      ).toEqual([]);
    }
    await page.click('.close');
    await waitInPanel(page, (root) => root?.querySelector<HTMLElement>('#pl-panel')?.hidden === true);
    expect((await page.panel(probe)).hosts).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
