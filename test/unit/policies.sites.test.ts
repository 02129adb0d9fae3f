import { describe, expect, it } from 'vitest';
import { findPolicyForUrl, hostMatchPatterns, policies } from '../../policies';
import { findSiteForUrl, sites } from '../../policies/sites';

describe('the light site list', () => {
  it('names exactly the registered policies, with the same hostnames', () => {
    expect(sites.map((s) => s.id)).toEqual(policies.map((p) => p.id));
    for (const site of sites) {
      const policy = policies.find((p) => p.id === site.id);
      expect(policy?.site).toEqual({ name: site.name, url: site.url, hostnames: site.hostnames });
    }
  });

  it.each([
    'https://expert.plus/',
    'http://www.expert.plus/x',
    'https://EXPERT.PLUS./',
    'https://notexpert.plus/',
    'https://expert.plus.evil.com/',
    'https://expert.plus@evil.com/',
    'file:///expert.plus',
    'not a url',
  ])('finds the same site as the full registry for %s', (url) => {
    expect(findSiteForUrl(url)?.id).toBe(findPolicyForUrl(url)?.id);
  });

  it('gives the content-script match patterns', () => {
    expect(hostMatchPatterns()).toEqual(['*://expert.plus/*', '*://*.expert.plus/*']);
  });
});
