// The cheap test the loader makes on every page of a covered site, once the page has settled: is this
// (perhaps) the site's privacy policy? A look at the path and at the main heading; only where it says
// yes does the panel's code (with the text reader, policy-page-text.ts) come in to compare the text.
import { policyTitle } from '../../lib/policy-watch/page';
import type { SiteEntry } from '../../policies/sites';
import { userContentSelector } from './user-content';

/** What visitors write, and the site's furniture around the policy (header, menu, footer, sidebars). */
export const leftOut = [
  userContentSelector,
  'header',
  'nav',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
].join(',');

/** The page's own main heading, when it is not inside what visitors write. */
export function mainHeading(doc: Document): HTMLElement | undefined {
  const h1 = doc.body?.querySelector<HTMLElement>('h1, [role="heading"][aria-level="1"]');
  return h1 && !h1.closest(leftOut) ? h1 : undefined;
}

/** Whether `path` (a URL's pathname) is one of the site's policy pages in the curated data. */
export function isListedPolicyPath(site: Pick<SiteEntry, 'policyPaths'>, path: string): boolean {
  const clean = path.replace(/\/+$/, '') || '/';
  return (site.policyPaths ?? []).some((p) => (p.replace(/\/+$/, '') || '/') === clean);
}

/** The heading that names the page as the policy, or undefined; and whether its path is a listed one. */
export function policyPageSigns(
  doc: Document,
  site: Pick<SiteEntry, 'policyPaths'>,
): { heading: HTMLElement | undefined; titled: boolean; listed: boolean } {
  const heading = mainHeading(doc);
  // biome-ignore lint/performance/useDomNodeTextContent: the heading as the reader sees it.
  const titled = heading !== undefined && policyTitle.test(heading.innerText ?? heading.textContent ?? '');
  const listed = isListedPolicyPath(site, doc.defaultView?.location.pathname ?? '');
  return { heading, titled, listed };
}

/**
 * Whether the page may be the site's policy: its path is a listed one, or a first-level heading names
 * it. Rougher than policyPageSigns (a heading in a visitor's comment counts here), so that the loader
 * stays small: a false "maybe" only brings the panel's code in, which then decides with the full test.
 */
export function mayBePolicyPage(doc: Document, site: Pick<SiteEntry, 'policyPaths'>): boolean {
  const h1 = doc.body?.querySelector('h1');
  return isListedPolicyPath(site, location.pathname) || policyTitle.test(h1?.textContent ?? '');
}
