// The text of a policy page as the reader needs it: one line per block (paragraph, list item, heading,
// table row), so clause numbers start lines. Works on the live page and on a fetched page parsed with
// DOMParser (which has no layout, so innerText would run everything together).

const skip = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'BUTTON',
]);
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The text under `root`, a line per block, runs of spaces collapsed, empty lines dropped. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (skip.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    const block = blocks.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The policy's own text on a page: its <main> or <article> when that holds most of the page's text
 * (leaving menus and footers out), else the whole body.
 */
export function policyText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const all = blockText(body);
  for (const selector of ['main', 'article', '[role="main"]']) {
    const part = doc.querySelector(selector);
    if (!part) continue;
    const text = blockText(part);
    if (text.length >= all.length * 0.6) return text;
  }
  return all;
}
