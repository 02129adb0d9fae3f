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

import {
  isPlainEmail,
  isSiteAddress,
  maxContactContext,
  type PageContact,
} from '../../lib/platform/messages';
import { userContentSelector } from './user-content';

const contextLength = maxContactContext;
const maxContacts = 5;

/** An address inside what visitors write is never offered. */
const userContent = userContentSelector;

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
  // biome-ignore lint/performance/useDomNodeTextContent: the words a person sees around the address, not hidden text
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
export function pageContacts(doc: Document, hostnames: readonly string[]): PageContact[] {
  const location = doc.defaultView?.location;
  const pageUrl = location ? `${location.origin}${location.pathname}` : '';
  const found = new Map<string, PageContact>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (found.size >= maxContacts) break;
    const address = singleAddress(a.getAttribute('href')?.trim() ?? '');
    if (!address || found.has(address) || !isSiteAddress(address, hostnames)) continue;
    if (a.closest(userContent) || !visible(a, doc)) continue;
    found.set(address, { email: address, context: contextOf(a, address), pageUrl });
  }
  return [...found.values()];
}
