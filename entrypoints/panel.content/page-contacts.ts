// The addresses the site itself shows on the page, offered to the drafter as suggestions (never chosen
// for the user): read at the moment of the user's click, from the DOM, by these rules.
// - Only `mailto:` links with exactly one plain address and nothing else: no `?cc=`, `?bcc=`, `?body=`,
//   no second address.
// - Only the site's own domain or its subdomains (`privacy@expert.plus`, `help@support.expert.plus`),
//   never a look-alike (`support@expert.plus.attacker.example`) or another company's address.
// - Only links the user can see: not `hidden`, `display:none`, transparent, off the page or a few pixels.
// - Never inside what visitors write: comments, reviews, answers, forum posts, quotes, editable areas.
// Each comes with the visible words around it (≤ 120 characters) and the page it was found on, so the
// drafter can show where it came from.

import { isPlainEmail } from '../../lib/platform/messages';
import { coversHostname } from '../../policies/hosts';

export interface FoundContact {
  email: string;
  /** The visible words around the link, at most `contextLength` characters. */
  context: string;
  /** Origin and path of the page. */
  pageUrl: string;
}

export const contextLength = 120;
const maxContacts = 5;

/** Areas whose text visitors write, not the site: an address inside one is never offered. */
const userContent = [
  '[itemprop~="comment" i]',
  '[itemprop~="review" i]',
  '[itemprop~="answer" i]',
  '[itemtype*="Comment"]',
  '[itemtype*="Review"]',
  '[itemtype*="Answer"]',
  '[itemtype*="DiscussionForumPosting"]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="review" i]',
  '[id*="review" i]',
  '[class*="reply" i]',
  '[class*="answer" i]',
  '[class*="forum" i]',
  '[class*="ugc" i]',
  '[class*="user-content" i]',
  '[rel~="ugc" i]',
  'blockquote',
  'q',
  'textarea',
  '[contenteditable]:not([contenteditable="false" i])',
].join(',');

/** The one address of a `mailto:` URL with nothing else in it, lowercased; undefined otherwise. */
export function singleAddress(href: string): string | undefined {
  if (!/^mailto:/i.test(href)) return undefined;
  const rest = href.slice('mailto:'.length);
  if (rest.includes('?') || rest.includes('#')) return undefined;
  let address: string;
  try {
    address = decodeURIComponent(rest).trim();
  } catch {
    return undefined; // a malformed %-escape
  }
  if (/[,;\s]/.test(address) || !isPlainEmail(address)) return undefined;
  return address.toLowerCase();
}

/** Whether the address's domain is the site's own or a subdomain of it. */
export function onSiteDomain(address: string, hostnames: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return domain !== '' && coversHostname(hostnames, domain);
}

function visible(el: HTMLElement, doc: Document): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], template, noscript')) return false;
  const check = (el as HTMLElement & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: true })) {
      return false;
    }
  } else {
    const view = doc.defaultView;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = view?.getComputedStyle(e);
      if (!style || style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
        return false;
      }
    }
  }
  const rect = el.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return false; // a "visually hidden" 1px box
  // On the page, not moved off it: at least partly within the document's scrollable area.
  const view = doc.defaultView;
  const x = rect.left + (view?.scrollX ?? 0);
  const y = rect.top + (view?.scrollY ?? 0);
  const width = doc.documentElement.scrollWidth;
  const height = doc.documentElement.scrollHeight;
  return x + rect.width > 0 && y + rect.height > 0 && x < width && y < height;
}

/** The visible words of the link's block around the address, at most `contextLength` characters. */
function contextOf(link: HTMLElement, address: string): string {
  const block =
    link.closest('p, li, dd, dt, td, th, address, h1, h2, h3, h4, h5, h6, footer, header, div, section') ??
    link;
  const text = (block instanceof HTMLElement ? block.innerText : (block.textContent ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= contextLength) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(address));
  const start = Math.max(
    0,
    Math.min(at - Math.floor((contextLength - address.length) / 2), text.length - contextLength),
  );
  let slice = text.slice(start, start + contextLength - 2).trim();
  if (start > 0) slice = `…${slice.replace(/^\S*\s/, '')}`;
  if (start + contextLength - 2 < text.length) slice = `${slice.replace(/\s\S*$/, '')}…`;
  return slice.slice(0, contextLength);
}

/** The site's own addresses the user can see on `doc`, by the rules above, each with where it was found. */
export function pageContacts(doc: Document, hostnames: readonly string[]): FoundContact[] {
  const location = doc.defaultView?.location;
  const pageUrl = location ? `${location.origin}${location.pathname}` : '';
  const found = new Map<string, FoundContact>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (found.size >= maxContacts) break;
    const address = singleAddress(a.getAttribute('href')?.trim() ?? '');
    if (!address || found.has(address) || !onSiteDomain(address, hostnames)) continue;
    if (a.closest(userContent) || !visible(a, doc)) continue;
    found.set(address, { email: address, context: contextOf(a, address), pageUrl });
  }
  return [...found.values()];
}
