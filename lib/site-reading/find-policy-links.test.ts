// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allSitePages, siteUrls } from '../../test/fixtures/sites/sites';
import {
  countDataMentions,
  findPolicyLinks,
  isPolicyPage,
  linkScore,
  type PageLink,
  relationOf,
  siteOf,
} from './find-policy-links';

/** A fixture page as a document at its own URL (a <base> resolves its links). */
const parse = (url: string, html: string) =>
  new DOMParser().parseFromString(html.replace('<head>', `<head><base href="${url}">`), 'text/html');

/** The links and facts of a fixture page, collected the way the probe does (by hand here, from jsdom). */
function linksOf(url: string, html: string): PageLink[] {
  const doc = parse(url, html);
  return [...doc.querySelectorAll('a[href]')].map((a) => ({
    href: (a as HTMLAnchorElement).href,
    text: a.textContent ?? '',
    inFooter: Boolean(a.closest('footer')),
  }));
}
const page = (url: string) => allSitePages().find((p) => p.url === url)!;

describe('siteOf / relationOf', () => {
  it('takes the registrable part, with shared second-level domains', () => {
    expect(siteOf('legal.lesnaya-apteka.ru')).toBe('lesnaya-apteka.ru');
    expect(siteOf('www.shop.msk.ru')).toBe('shop.msk.ru');
    expect(siteOf('example.ru')).toBe('example.ru');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });
  it('tells same origin, same site and another site apart', () => {
    const p = new URL('https://www.example.ru/a');
    expect(relationOf(new URL('https://www.example.ru/privacy'), p)).toBe('same-origin');
    expect(relationOf(new URL('http://www.example.ru/privacy'), p)).toBe('same-site');
    expect(relationOf(new URL('https://legal.example.ru/privacy'), p)).toBe('same-site');
    expect(relationOf(new URL('https://example.com/privacy'), p)).toBe('other-site');
  });
});

describe('linkScore', () => {
  const u = (s: string) => new URL(s, 'https://x.ru/');
  it('scores the usual titles and paths', () => {
    for (const [text, path] of [
      ['Политика конфиденциальности', '/x'],
      ['Политика обработки персональных данных', '/x'],
      ['Положение об обработке персональных данных', '/x'],
      ['Privacy Policy', '/x'],
      ['Документы', '/privacy'],
      ['Документы', '/personal-data/'],
      ['Документы', '/политика-конфиденциальности'],
    ])
      expect(linkScore(text!, u(path!)), `${text} ${path}`).toBeGreaterThanOrEqual(25);
  });
  it('scores unrelated links 0', () => {
    for (const [text, path] of [
      ['Каталог', '/catalog/'],
      ['Доставка и оплата', '/delivery'],
      ['Контакты', '/contacts'],
    ])
      expect(linkScore(text!, u(path!))).toBe(0);
  });
  it('puts the policy above a consent form and the terms', () => {
    const policy = linkScore('Политика конфиденциальности', u('/privacy/'));
    expect(linkScore('обработку персональных данных', u('/soglasie/'))).toBeLessThan(policy);
    expect(linkScore('Согласие на обработку персональных данных', u('/soglasie/'))).toBeLessThan(policy);
    expect(linkScore('Пользовательское соглашение', u('/terms'))).toBeLessThan(25);
  });
});

describe('findPolicyLinks on the fixture sites', () => {
  const best = (url: string) => findPolicyLinks(url, linksOf(url, page(url).html))[0];
  it('finds the shop footer link to its own policy', () => {
    expect(best(siteUrls.shop)).toMatchObject({ url: siteUrls.shopPolicy, relation: 'same-origin' });
  });
  it('finds the policy on another host of the same site', () => {
    expect(best(siteUrls.apteka)).toMatchObject({ url: siteUrls.aptekaPolicy, relation: 'same-site' });
  });
  it('marks a policy on an unrelated domain as another site', () => {
    expect(best(siteUrls.kofe)).toMatchObject({ url: siteUrls.kofePolicy, relation: 'other-site' });
  });
  it('finds the English privacy policy', () => {
    expect(best(siteUrls.english)).toMatchObject({ url: siteUrls.englishPolicy, relation: 'same-origin' });
  });
  it('finds nothing on a page without a policy link', () => {
    expect(
      findPolicyLinks(siteUrls.noPolicy, linksOf(siteUrls.noPolicy, page(siteUrls.noPolicy).html)),
    ).toEqual([]);
  });
  it('prefers the own origin over another site for the same words, and drops non-http links', () => {
    const links: PageLink[] = [
      { href: 'https://other.com/privacy', text: 'Политика конфиденциальности' },
      { href: 'javascript:alert(1)', text: 'Политика конфиденциальности' },
      { href: 'https://shop.ru/privacy', text: 'Политика конфиденциальности' },
      { href: 'https://user:pw@shop.ru/privacy2', text: 'Политика конфиденциальности' },
    ];
    expect(findPolicyLinks('https://shop.ru/', links).map((l) => l.url)).toEqual([
      'https://shop.ru/privacy',
      'https://other.com/privacy',
    ]);
  });
  it('leaves out the page itself and merges duplicates', () => {
    const links: PageLink[] = [
      { href: 'https://shop.ru/privacy#top', text: 'Политика конфиденциальности' },
      { href: 'https://shop.ru/privacy', text: 'Политика конфиденциальности', inFooter: true },
    ];
    expect(findPolicyLinks('https://shop.ru/privacy', links)).toEqual([]);
    expect(findPolicyLinks('https://shop.ru/', links)).toHaveLength(1);
  });
});

describe('isPolicyPage', () => {
  const facts = (url: string) => {
    const doc = parse(url, page(url).html);
    const text = doc.body.textContent ?? '';
    return {
      url,
      title: doc.title,
      headings: [...doc.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
      textLength: text.length,
      dataMentions: countDataMentions(text),
    };
  };
  it('knows a policy page', () => {
    expect(isPolicyPage(facts(siteUrls.shopPolicy))).toBe(true);
    expect(isPolicyPage(facts(siteUrls.anonPolicy))).toBe(true);
    expect(isPolicyPage(facts(siteUrls.aptekaPolicy))).toBe(true);
  });
  it('knows a shop page is not one', () => {
    expect(isPolicyPage(facts(siteUrls.shop))).toBe(false);
    expect(isPolicyPage(facts(siteUrls.noPolicy))).toBe(false);
  });
});
