// The registry of site policies and the pure look-ups the rest of the extension uses.
// Adding a site is one folder under policies/ and one entry here and in `sites.ts`; nothing else changes.

import { expertPlus } from './expert.plus/index';
import { coversHostname, webPageHostname } from './hosts';
import { hostMatchPatterns as siteMatchPatterns } from './sites';
import type { SitePolicy } from './types';

export { citedText, clauseById } from './lookup';

export const policies: readonly SitePolicy[] = [expertPlus];

function covers(policy: SitePolicy, hostname: string): boolean {
  return coversHostname(policy.site.hostnames, hostname);
}

/**
 * The policy covering the page at `url`: http(s) only, the hostname equal to a covered hostname or a
 * subdomain of it. Parsing is the URL standard's, so userinfo («expert.plus@evil.com»), ports, case,
 * a trailing dot and IDN (look-alikes become punycode and match nothing) are handled as a browser
 * would. Never throws.
 */
export function findPolicyForUrl(
  url: string | URL,
  registry: readonly SitePolicy[] = policies,
): SitePolicy | undefined {
  const hostname = webPageHostname(url);
  return hostname === undefined ? undefined : registry.find((policy) => covers(policy, hostname));
}

export function getPolicy(id: string, registry: readonly SitePolicy[] = policies): SitePolicy | undefined {
  return registry.find((policy) => policy.id === id);
}

/** Match patterns for every covered host and its subdomains, for a content script's `matches`. */
export function hostMatchPatterns(registry: readonly SitePolicy[] = policies): string[] {
  return siteMatchPatterns(registry.map((policy) => policy.site));
}
