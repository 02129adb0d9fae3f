// The light list of covered sites: ids and hostnames only. The content script, which every page of a
// covered site loads, matches against this and asks the background for the full policy, so the
// policy data (its text in two languages) is not parsed into every page.

import { expertPlusSite } from './expert.plus/site';
import { canonicalHostname, coversHostname, webPageHostname } from './hosts';

export interface SiteEntry {
  /** The policy id: the site's main hostname. */
  id: string;
  name: string;
  url: string;
  /** Registrable hostnames covered, with all their subdomains. */
  hostnames: string[];
  /**
   * Paths of the site's privacy-policy pages, where known ('/privacy'). Change detection compares
   * only these pages and pages whose own main heading is the policy's title.
   */
  policyPaths?: string[];
}

export const sites: readonly SiteEntry[] = [expertPlusSite];

/** The covered site of the page at `url` (http/https, hostname or a subdomain of it). Never throws. */
export function findSiteForUrl(url: unknown, registry: readonly SiteEntry[] = sites): SiteEntry | undefined {
  const hostname = webPageHostname(url);
  return hostname === undefined
    ? undefined
    : registry.find((site) => coversHostname(site.hostnames, hostname));
}

/** Match patterns for every covered host and its subdomains, for a content script's `matches`. */
export function hostMatchPatterns(registry: readonly Pick<SiteEntry, 'hostnames'>[] = sites): string[] {
  const hostnames = registry.flatMap((site) => site.hostnames.flatMap((h) => canonicalHostname(h) ?? []));
  return [...new Set(hostnames)].flatMap((hostname) => [`*://${hostname}/*`, `*://*.${hostname}/*`]);
}
