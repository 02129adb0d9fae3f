// Which of a page's own links leads to its privacy / personal-data policy, and whether the page itself
// is one. Pure: the injected probe (entrypoints/site-probe.ts) collects the links and the page's title
// and headings, this module ranks them. Nothing here fetches or stores anything.

/** A link as the page shows it: the resolved href and the words a reader sees (text, title, aria-label). */
export interface PageLink {
  href: string;
  text: string;
  /** The link sits in the page's footer (<footer>, role=contentinfo, or a class/id naming it). */
  inFooter?: boolean;
}

/** How a candidate's origin relates to the page's. */
export type LinkRelation =
  /** The same scheme, host and port: the injected script may fetch it with the page's own rights. */
  | 'same-origin'
  /** Another host of the same site (`legal.example.ru` from `www.example.ru`): needs that host's permission. */
  | 'same-site'
  /** An unrelated domain: the user is asked before anything is read from it. */
  | 'other-site';

export interface PolicyLink {
  url: string;
  /** The link's words, trimmed to one line (shown to the user when asking about another site). */
  text: string;
  relation: LinkRelation;
  score: number;
}

/** Longest link text considered (menus sometimes wrap a whole block in one <a>). */
const maxTextLength = 200;

// Words of a policy's title, in the forms Russian sites use, and their English counterparts.
const strongText = [
  /политик[аиуе]\s+(?:в\s+отношении\s+)?(?:обработки\s+)?(?:и\s+защиты\s+)?персональных\s+данных/i,
  /политик[аиуе]\s+конфиденциальности/i,
  /положени[еяю]\s+(?:об?\s+)?(?:обработке|защите)\s+(?:и\s+защите\s+)?персональных\s+данных/i,
  /обработк[аиуе]\s+персональных\s+данных/i,
  /персональны[ех]\s+данны[ех]/i,
  /конфиденциальност[ьи]/i,
  /privacy\s+(?:policy|notice|statement)/i,
  /\bprivacy\b/i,
  /personal\s+data/i,
  /data\s+protection/i,
];
/** Weights matching `strongText`, in order: the full titles first. */
const textWeights = [60, 60, 55, 45, 35, 30, 50, 30, 30, 25];

/** Link texts that name a consent form, terms or cookies: related, but not the policy itself. */
const weakerText = [
  /согласи[еяю]/i,
  /cookie|куки/i,
  /пользовательское\s+соглашение|оферт/i,
  /terms|conditions|agreement/i,
];

// Path segments that name a policy page.
const strongPath = [
  /(?:^|[/_.-])privacy(?:[-_]?policy)?(?:$|[/_.-])/i,
  /(?:^|[/_.-])personal[-_]?data(?:$|[/_.-])/i,
  /(?:^|[/_.-])(?:politika|policy)(?:$|[/_.-])/i,
  /(?:^|[/_.-])(?:pd|pdn|152[-_]?fz|konfidencialnost|konfidentsialnost|personalnye[-_]dannye|obrabotka)(?:$|[/_.-])/i,
  /(?:^|[/_.-])(?:politika|policy)[-_a-z]*(?:$|[/_.-])/i,
  /(?:^|[/_.-])(?:polozhenie|confidential)[-_a-z]*(?:$|[/_.-])/i,
];
const pathWeights = [35, 35, 25, 25, 15, 15];

/** Second-level domains under which a registrable name sits one level deeper (`shop.msk.ru`). */
const secondLevel = new Set([
  'com.ru',
  'net.ru',
  'org.ru',
  'pp.ru',
  'msk.ru',
  'spb.ru',
  'msk.su',
  'spb.su',
  'com.ua',
  'co.uk',
  'org.uk',
  'com.au',
  'com.br',
  'co.jp',
  'com.kz',
  'org.kz',
  'com.by',
]);

/**
 * The registrable part of a hostname (`legal.example.ru` → `example.ru`), by the common rule and a short
 * list of shared second-level domains; an IP address or a one-label host is its own site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return secondLevel.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** How `url`'s origin relates to `pageUrl`'s. */
export function relationOf(url: URL, page: URL): LinkRelation {
  if (url.origin === page.origin) return 'same-origin';
  return siteOf(url.hostname) === siteOf(page.hostname) ? 'same-site' : 'other-site';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, maxTextLength);
}

function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** How strongly a link's words and path name a privacy policy; 0 when they do not. */
export function linkScore(text: string, url: URL): number {
  const words = oneLine(text);
  let score = 0;
  const textHit = strongText.findIndex((re) => re.test(words));
  if (textHit >= 0) score += textWeights[textHit]!;
  const path = decodedPath(url);
  const pathHit = strongPath.findIndex((re) => re.test(path));
  if (pathHit >= 0) score += pathWeights[pathHit]!;
  // A Russian path written in Cyrillic (`/политика-конфиденциальности`).
  else if (strongText.slice(0, 6).some((re) => re.test(path.replace(/[-_/]+/g, ' ')))) score += 30;
  if (score === 0) return 0;
  if (weakerText.some((re) => re.test(words)) && textHit < 0) score -= 20;
  else if (weakerText.some((re) => re.test(words))) score -= 10;
  return Math.max(0, score);
}

/**
 * The page's links that name a privacy or personal-data policy, best first: by how clearly they name it,
 * then the page's own origin before another host of its site before another site, then a footer link
 * first, then page order. Only http(s) links; the page's own address (without its #fragment) is left out.
 */
export function findPolicyLinks(pageUrl: string, links: readonly PageLink[]): PolicyLink[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const relationRank: Record<LinkRelation, number> = { 'same-origin': 0, 'same-site': 1, 'other-site': 2 };
  const seen = new Map<string, PolicyLink & { order: number; footer: boolean }>();
  links.forEach((link, order) => {
    let url: URL;
    try {
      url = new URL(link.href, page);
    } catch {
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    if (url.username || url.password) return;
    url.hash = '';
    const key = url.href;
    if (key === `${page.origin}${page.pathname}${page.search}`) return;
    const score = linkScore(link.text, url);
    if (score < 25) return;
    const found = seen.get(key);
    if (found && found.score >= score) return;
    seen.set(key, {
      url: key,
      text: oneLine(link.text),
      relation: relationOf(url, page),
      score,
      order: found?.order ?? order,
      footer: Boolean(link.inFooter) || Boolean(found?.footer),
    });
  });
  return [...seen.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        relationRank[a.relation] - relationRank[b.relation] ||
        Number(b.footer) - Number(a.footer) ||
        a.order - b.order,
    )
    .map(({ url, text, relation, score }) => ({ url, text, relation, score }));
}

/** What the probe sees of the page itself. */
export interface PageFacts {
  url: string;
  title: string;
  /** The page's <h1> texts. */
  headings: string[];
  /** Length of the page's visible text, in characters. */
  textLength: number;
  /** How many times the text says «персональн…данн…» or "personal data"/"privacy". */
  dataMentions: number;
}

/** Whether the page itself is a privacy policy: its title or main heading names one and its text is about it. */
export function isPolicyPage(facts: PageFacts): boolean {
  const url = (() => {
    try {
      return new URL(facts.url);
    } catch {
      return undefined;
    }
  })();
  const named = [facts.title, ...facts.headings].some((t) =>
    strongText
      .slice(0, 3)
      .concat(strongText[6]!)
      .some((re) => re.test(oneLine(t))),
  );
  const pathNamed = url ? strongPath.slice(0, 4).some((re) => re.test(decodedPath(url))) : false;
  if (facts.textLength < 400) return false;
  if (named) return facts.dataMentions >= 2;
  return pathNamed && facts.dataMentions >= 5;
}

/** Counts the words that say a text is about personal data, for `PageFacts#dataMentions`. */
export function countDataMentions(text: string, limit = 50): number {
  const re = /персональн\S*\s+данн|personal\s+(?:data|information)|privacy/gi;
  let n = 0;
  while (n < limit && re.exec(text)) n++;
  return n;
}
