// The registry of site policies and the pure look-ups the rest of the extension uses.
// Adding a site is one folder under policies/ and one entry in `policies`; nothing else changes.

import { expertPlus } from './expert.plus/index';
import type { Clause, ClauseId, Quote, SitePolicy, Statement } from './types';

export const policies: readonly SitePolicy[] = [expertPlus];

/** A registry hostname in the form the URL parser gives: lowercase, punycode, no trailing dot. */
function canonicalHostname(hostname: string): string | undefined {
  try {
    return withoutTrailingDot(new URL(`http://${hostname}/`).hostname);
  } catch {
    return undefined;
  }
}

function withoutTrailingDot(hostname: string): string {
  return hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
}

/** The hostname of an http(s) page, or undefined for anything else, garbage included. */
function webPageHostname(url: unknown): string | undefined {
  let parsed: URL;
  try {
    // A string, a URL, or a URL-like object such as `location` or a URL from another realm.
    const href = typeof url === 'string' ? url : (url as { href?: unknown } | null | undefined)?.href;
    if (typeof href !== 'string') return undefined;
    parsed = new URL(href);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const hostname = withoutTrailingDot(parsed.hostname);
  // Empty labels ('.expert.plus', 'a..expert.plus') name no real host.
  if (hostname === '' || hostname.split('.').some((label) => label === '')) return undefined;
  return hostname;
}

function covers(policy: SitePolicy, hostname: string): boolean {
  return policy.site.hostnames.some((entry) => {
    const covered = canonicalHostname(entry);
    return covered !== undefined && (hostname === covered || hostname.endsWith(`.${covered}`));
  });
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

export function clauseById(policy: SitePolicy, id: ClauseId): Clause | undefined {
  return policy.source.clauses.find((clause) => clause.id === id);
}

/**
 * The words of the policy a statement rests on: its quote if it has one, otherwise the full text of
 * the clauses it cites, in the order cited, separated by blank lines (with their English renderings).
 */
export function citedText(policy: SitePolicy, statement: Statement): Quote {
  if (statement.quote) return statement.quote;
  const clauses = statement.cites.flatMap((id) => clauseById(policy, id) ?? []);
  return {
    ru: clauses.map((clause) => clause.text).join('\n\n'),
    en: clauses.map((clause) => clause.en).join('\n\n'),
  };
}

/** Match patterns for every covered host and its subdomains, for a content script's `matches`. */
export function hostMatchPatterns(registry: readonly SitePolicy[] = policies): string[] {
  const hostnames = registry.flatMap((policy) =>
    policy.site.hostnames.flatMap((h) => canonicalHostname(h) ?? []),
  );
  return [...new Set(hostnames)].flatMap((hostname) => [`*://${hostname}/*`, `*://*.${hostname}/*`]);
}
