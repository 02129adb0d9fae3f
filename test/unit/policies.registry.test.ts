import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPolicyForUrl, getPolicy, hostMatchPatterns, policies } from '../../policies';
import { expertPlus } from '../../policies/expert.plus/index';
import type { SitePolicy } from '../../policies/types';
import { exampleShop } from '../fixtures/policies/example-shop';

// Look-alikes spelled with Cyrillic letters: е (U+0435), х (U+0445), р (U+0440).
const cyrillicLookAlikes = ['https://ехрert.plus/', 'https://expert.рlus/', 'https://www.ехрert.plus/'];

describe('findPolicyForUrl: pages of expert.plus', () => {
  it.each([
    'https://expert.plus',
    'https://expert.plus/',
    'http://expert.plus/privacy',
    'https://www.expert.plus/a?b=c#d',
    'https://a.b.expert.plus/',
    'https://EXPERT.PLUS/',
    'https://Expert.Plus:8443/x',
    'http://expert.plus:80/',
    'https://expert.plus./',
    'https://WWW.Expert.Plus./path',
    'https://user:pass@expert.plus/',
    'https://evil.com@expert.plus/', // userinfo "evil.com", host expert.plus
    '  https://expert.plus/  ', // the URL parser trims as a browser does
    'https://expert%2Eplus/', // a percent-encoded dot decodes to the real host
    'https://ｅｘｐｅｒｔ.ｐｌｕｓ/', // full-width letters map to ASCII under IDNA: the browser goes to the real site
    'https://expert。plus/', // an ideographic full stop is a label separator under IDNA
  ])('%s', (url) => {
    expect(findPolicyForUrl(url)).toBe(expertPlus);
  });

  it('accepts URL objects and URL-like objects such as location', () => {
    expect(findPolicyForUrl(new URL('https://expert.plus/x'))).toBe(expertPlus);
    expect(findPolicyForUrl({ href: 'https://www.expert.plus/' } as unknown as URL)).toBe(expertPlus);
  });
});

describe('findPolicyForUrl: everything else', () => {
  it.each([
    'https://notexpert.plus/',
    'https://expertplus/',
    'https://expert.pluss/',
    'https://expert-plus.com/',
    'https://plus/',
    'https://expert.plus.evil.com/',
    'https://expert.plus.evil.com./',
    'https://expert.plus@evil.com/',
    'http://expert.plus:80@evil.com/',
    'https://www.expert.plus@evil.com/expert.plus',
    'https://evil.com\\@expert.plus', // a backslash ends the authority in http(s) URLs
    'https://evil.com/expert.plus',
    'https://evil.com/?u=https://expert.plus/',
    'https://evil.com#expert.plus',
    'https://expert.plus%2eevil.com/',
    'https://.expert.plus/',
    'https://a..expert.plus/',
    'https://expert.plus../',
    'https://127.0.0.1/',
    'https://[::1]/',
    'data:text/html,<a href="https://expert.plus/">x</a>',
    'file:///expert.plus/index.html',
    'file://expert.plus/index.html',
    'javascript:location="https://expert.plus/"',
    'javascript://expert.plus/%0aalert(1)', // has a host, but it is not a web page
    'ftp://expert.plus/',
    'ws://expert.plus/',
    'wss://expert.plus/',
    'chrome-extension://expert.plus/popup.html',
    'view-source:https://expert.plus/',
    'blob:https://expert.plus/0f4c1a3e',
    'about:blank',
    '',
    ' ',
    'not a url',
    'expert.plus',
    '//expert.plus/',
    'https://',
    'http://[expert.plus]/',
    ...cyrillicLookAlikes,
  ])('%s', (url) => {
    expect(findPolicyForUrl(url)).toBeUndefined();
  });

  it('turns Cyrillic look-alikes into punycode, which matches nothing', () => {
    for (const url of cyrillicLookAlikes) {
      expect(new URL(url).hostname).toMatch(/(^|\.)xn--/);
      expect(findPolicyForUrl(new URL(url))).toBeUndefined();
    }
  });

  it('returns undefined for null-ish and non-string input instead of throwing', () => {
    const throwingHref = {
      get href(): string {
        throw new Error('boom');
      },
    };
    for (const garbage of [
      null,
      undefined,
      0,
      42,
      Number.NaN,
      true,
      {},
      [],
      { href: 42 },
      Symbol('x'),
      throwingHref,
    ]) {
      expect(findPolicyForUrl(garbage as unknown as string)).toBeUndefined();
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.anything({ maxDepth: 2 })), (input) => {
        findPolicyForUrl(input as string);
      }),
    );
  });

  it('matches a web URL exactly when its host is expert.plus or a subdomain', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const host = new URL(url).hostname.replace(/\.$/, '');
        const expected = host === 'expert.plus' || host.endsWith('.expert.plus');
        expect(findPolicyForUrl(url) === expertPlus).toBe(expected);
      }),
    );
  });
});

describe('the registry parameter: a new site is data only', () => {
  const registry: readonly SitePolicy[] = [expertPlus, exampleShop];

  it('finds the test-only policy only in a registry that has it', () => {
    expect(findPolicyForUrl('https://shop.example/cart', registry)).toBe(exampleShop);
    expect(findPolicyForUrl('https://WWW.Shop.Example./', registry)).toBe(exampleShop);
    expect(findPolicyForUrl('https://expert.plus/', registry)).toBe(expertPlus);
    expect(findPolicyForUrl('https://shop.example.evil.com/', registry)).toBeUndefined();
    expect(findPolicyForUrl('https://shop.example/cart')).toBeUndefined();
    expect(findPolicyForUrl('https://expert.plus/', [exampleShop])).toBeUndefined();
    expect(findPolicyForUrl('https://expert.plus/', [])).toBeUndefined();
  });

  it('tolerates registry hostnames written with capitals or a trailing dot', () => {
    const sloppy = { ...exampleShop, site: { ...exampleShop.site, hostnames: ['Shop.Example.'] } };
    expect(findPolicyForUrl('https://shop.example/', [sloppy])).toBe(sloppy);
    expect(hostMatchPatterns([sloppy])).toEqual(['*://shop.example/*', '*://*.shop.example/*']);
  });

  it('finds policies by id', () => {
    expect(getPolicy('expert.plus')).toBe(expertPlus);
    expect(getPolicy('shop.example')).toBeUndefined();
    expect(getPolicy('shop.example', registry)).toBe(exampleShop);
  });
});

describe('hostMatchPatterns', () => {
  it('gives the content-script match patterns for expert.plus', () => {
    expect(hostMatchPatterns()).toEqual(['*://expert.plus/*', '*://*.expert.plus/*']);
    expect(hostMatchPatterns(policies)).toEqual(hostMatchPatterns());
  });

  it('covers every site of a registry, each hostname once', () => {
    expect(hostMatchPatterns([expertPlus, exampleShop, expertPlus])).toEqual([
      '*://expert.plus/*',
      '*://*.expert.plus/*',
      '*://shop.example/*',
      '*://*.shop.example/*',
    ]);
  });
});

describe('the registry', () => {
  it('has unique ids and hostnames no two sites share', () => {
    const ids = policies.map((p) => p.id);
    const hostnames = policies.flatMap((p) => p.site.hostnames);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(hostnames).size).toBe(hostnames.length);
  });
});
