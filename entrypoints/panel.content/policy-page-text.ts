// Which page of a covered site is its privacy policy, and the policy's text on it, as the content script
// sends it to the background for comparison. Only the site's own policy pages are compared: the URLs the
// curated data names (`SiteEntry.policyPaths`), and pages whose own main heading (<h1>) is the policy's
// title. Never a forum post, a review or a help page that quotes the policy: what visitors write is
// left out even on a policy page, and so are the site's header, menu and footer.

import { maxPolicyTextLength } from '../../lib/platform/messages';
import { looksLikePolicyText } from '../../lib/policy-watch/page';
import type { SiteEntry } from '../../policies/sites';
import { leftOut, policyPageSigns } from './policy-page';

/**
 * The policy's text on this page, if the page is one of the site's policy pages; undefined otherwise.
 * Cheap on every other page: a look at the path and at one heading.
 */
export function policyPageText(doc: Document, site: Pick<SiteEntry, 'policyPaths'>): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const { heading, titled, listed } = policyPageSigns(doc, site);
  if (!titled && !listed) return undefined;
  // The policy's container: the main area around its heading, else the page's main area, else the body.
  const root =
    heading?.closest<HTMLElement>('main, [role="main"], article') ??
    body.querySelector<HTMLElement>('main, [role="main"]') ??
    body;
  const text = cappedText(root, maxPolicyTextLength);
  if (!looksLikePolicyText(text)) return undefined;
  return text.length > maxPolicyTextLength ? text.slice(0, maxPolicyTextLength) : text;
}

/**
 * The policy's text, read at most to about `max` characters: on a huge page (its text, counted cheaply
 * with textContent, over twice the cap) block by block until the cap is reached, so the page does not
 * pay for serialising megabytes the comparison would never look at.
 */
function cappedText(root: HTMLElement, max: number): string {
  if ((root.textContent?.length ?? 0) <= 2 * max || root.children.length === 0)
    return textWithout(root, leftOut);
  const parts: string[] = [];
  let total = 0;
  for (const child of root.children) {
    if (!(child instanceof HTMLElement) || child.matches(leftOut)) continue;
    const part = textWithout(child, leftOut);
    parts.push(part);
    total += part.length + 1;
    if (total >= max) break;
  }
  return parts.join('\n');
}

/** `root.innerText` less the text of its descendants matching `selector` (outermost ones only). */
function textWithout(root: HTMLElement, selector: string): string {
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps block boundaries as line breaks, which the clause alignment needs.
  const whole = typeof root.innerText === 'string' ? root.innerText : (root.textContent ?? '');
  const excluded = [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => !el.parentElement?.closest(selector) || !root.contains(el.parentElement.closest(selector)),
  );
  if (excluded.length === 0) return whole;
  const parts: string[] = [];
  let cursor = 0;
  for (const el of excluded) {
    // biome-ignore lint/performance/useDomNodeTextContent: the same rendering as `whole`.
    const cut = (typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '')).trim();
    if (cut === '') continue;
    const at = whole.indexOf(cut, cursor);
    if (at === -1) continue;
    parts.push(whole.slice(cursor, at));
    cursor = at + cut.length;
  }
  parts.push(whole.slice(cursor));
  return parts.join('\n');
}
