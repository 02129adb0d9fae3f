// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://expert.plus/privacy"}
// Which pages the content script compares with the reviewed policy, and what text it sends
// (entrypoints/panel.content/policy-page-text.ts). jsdom has no layout: innerText falls back to
// textContent here; the browsers are driven in test/e2e/untrusted.e2e.ts and change-detection.e2e.ts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListedPolicyPath } from '../../entrypoints/panel.content/policy-page';
import { policyPageText } from '../../entrypoints/panel.content/policy-page-text';
import { maxPolicyTextLength } from '../../lib/platform/messages';
import { expertPlus } from '../../policies/expert.plus';

const pages = resolve(import.meta.dirname, '../fixtures/pages');
const fixture = (name: string) => readFileSync(join(pages, name), 'utf8');
const site = { policyPaths: ['/legal/privacy'] };
/** The test's document showing `html` at `url` (same origin: the path changes, as a single-page site's does). */
function doc(html: string, url = 'https://expert.plus/privacy'): Document {
  history.replaceState({}, '', new URL(url).pathname);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
  return document;
}

describe('the site’s policy pages, and only they, are compared', () => {
  it('compares a page whose own main heading is the policy’s title', () => {
    for (const name of ['policy-current.html', 'policy-reworded.html', 'policy-added.html']) {
      expect(policyPageText(doc(fixture(name)), site), name).toBeDefined();
    }
  });

  it('does not compare a help page, a forum post quoting the policy, the home page', () => {
    for (const name of ['policy-partial.html', 'untrusted-forum-quote.html', 'home.html', 'spa.html']) {
      expect(policyPageText(doc(fixture(name)), site), name).toBeUndefined();
    }
  });

  it('compares a page at a path the curated data names, whatever its heading', () => {
    const html = `<html><body><main><h2>Документы</h2><pre>${expertPlus.source.text}</pre></main></body></html>`;
    expect(policyPageText(doc(html, 'https://expert.plus/legal/privacy/'), site)).toBeDefined();
    expect(policyPageText(doc(html, 'https://expert.plus/forum/1'), site)).toBeUndefined();
    expect(isListedPolicyPath(site, '/legal/privacy')).toBe(true);
    expect(isListedPolicyPath(site, '/legal/privacy/more')).toBe(false);
    expect(isListedPolicyPath({}, '/legal/privacy')).toBe(false);
  });

  it('leaves out what visitors write and the site’s header, menu and footer, even on the policy page', () => {
    const html = fixture('policy-current.html').replace(
      '</main>',
      '<section class="comments"><div class="comment">Пишите на privacy@attacker.example</div></section></main>',
    );
    const text = policyPageText(doc(html), site) ?? '';
    expect(text).toContain('Пользователь также может удалить');
    expect(text).not.toContain('attacker.example');
    expect(text).not.toContain('Все права защищены'); // the footer
    expect(text).not.toContain('Эксперты'); // the menu
  });

  it('does not take a heading inside a visitor’s post for the page’s own', () => {
    const html = `<html><body><main><div class="comment"><h1>Политика конфиденциальности</h1><pre>${expertPlus.source.text}</pre></div></main></body></html>`;
    expect(policyPageText(doc(html, 'https://expert.plus/forum/2'), site)).toBeUndefined();
  });

  it('reads a huge policy page only as far as the cap, block by block', () => {
    const filler = `<p>${'Текст раздела. '.repeat(2000)}</p>`.repeat(100); // about 3 MB of text
    const html = `<html><body><main><h1>Политика конфиденциальности</h1><pre>${expertPlus.source.text}</pre>${filler}<p id="last">Последний абзац</p></main></body></html>`;
    const page = doc(html);
    // Count reads of the whole area's rendered text: the costly one on a huge page.
    const main = page.querySelector('main')!;
    let wholeReads = 0;
    Object.defineProperty(main, 'innerText', {
      get() {
        wholeReads++;
        return main.textContent;
      },
    });
    const text = policyPageText(page, site) ?? '';
    expect(wholeReads).toBe(0);
    expect(text).toContain('Пользователь также может удалить');
    expect(text).not.toContain('Последний абзац');
    expect(text.length).toBeLessThanOrEqual(maxPolicyTextLength);
  });

  it('caps the text it sends', () => {
    const html = `<html><body><main><h1>Политика конфиденциальности</h1><pre>${expertPlus.source.text}\n${'х'.repeat(maxPolicyTextLength)}</pre></main></body></html>`;
    expect(policyPageText(doc(html), site)).toHaveLength(maxPolicyTextLength);
  });
});
