// Injected into the tab on the user's click (activeTab), before anything is read: what the page is and
// which of its links name a privacy policy. Small and synchronous; it returns its answer to the
// executeScript call and leaves nothing on the page.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import {
  countDataMentions,
  findPolicyLinks,
  isPolicyPage,
  type PageLink,
  type PolicyLink,
} from '../lib/site-reading/find-policy-links';

export interface ProbeResult {
  url: string;
  title: string;
  /** The page itself reads as a privacy policy. */
  isPolicy: boolean;
  /** The best policy links, best first (at most 5). */
  links: PolicyLink[];
}

const maxLinks = 2000;

function probe(): ProbeResult {
  const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].slice(0, maxLinks);
  const links: PageLink[] = anchors.map((a) => ({
    href: a.href,
    text: `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''} ${a.getAttribute('aria-label') ?? ''}`,
    inFooter: Boolean(a.closest('footer, [role="contentinfo"], [class*="footer" i], [id*="footer" i]')),
  }));
  const text = document.body?.textContent ?? '';
  const facts = {
    url: location.href,
    title: document.title,
    headings: [...document.querySelectorAll('h1')].slice(0, 5).map((h) => h.textContent ?? ''),
    textLength: text.length,
    dataMentions: countDataMentions(text.slice(0, 500_000)),
  };
  return {
    url: location.href,
    title: document.title.slice(0, 200),
    isPolicy: isPolicyPage(facts),
    links: findPolicyLinks(location.href, links).slice(0, 5),
  };
}

export default defineUnlistedScript(() => probe());
