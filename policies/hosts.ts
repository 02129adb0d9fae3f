// Which web pages a site covers: the hostname rules shared by the light site list (content script)
// and the full policy registry. Pure; never throws.

/** A registry hostname in the form the URL parser gives: lowercase, punycode, no trailing dot. */
export function canonicalHostname(hostname: string): string | undefined {
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
export function webPageHostname(url: unknown): string | undefined {
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

/** Whether `hostname` is one of `covered` or a subdomain of one. */
export function coversHostname(covered: readonly string[], hostname: string): boolean {
  return covered.some((entry) => {
    const c = canonicalHostname(entry);
    return c !== undefined && (hostname === c || hostname.endsWith(`.${c}`));
  });
}
