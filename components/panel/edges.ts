// What the page itself shows at its left and right edges: fixed or sticky widgets (a vertical feedback
// tab, a chat button, a "scroll up" arrow), which the launcher must not cover. Reads the page's layout
// only; nothing is changed and nothing is kept.
import type { EdgeSpan, Side } from './placement';

const step = 16;

function pinned(el: Element, view: Window): boolean {
  for (let e: Element | null = el; e && e !== e.ownerDocument.body; e = e.parentElement) {
    const position = view.getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/**
 * The stretches of each edge where the page shows a fixed or sticky element; `own` is our host. Only
 * between `from` and `to` (px from the top) when given: the loader first looks where the launcher would
 * go (on its side, `only`), and at the whole edges only when something is there. `own` is undefined
 * before the host is in.
 */
export function measureEdges(
  doc: Document,
  own: Element | undefined,
  from = 0,
  to = Infinity,
  only?: Side,
): EdgeSpan[] {
  const view = doc.defaultView;
  if (!view) return [];
  const { innerWidth: width, innerHeight: height } = view;
  const spans: EdgeSpan[] = [];
  const sides: [Side, number][] = [
    ['left', 2],
    ['right', width - 3],
  ];
  for (const [side, x] of sides)
    if (!only || side === only)
      for (let y = Math.max(step / 2, from); y < Math.min(height, to); y += step) {
        // Under our own launcher too: what it may be covering is what counts.
        const el = doc.elementsFromPoint(x, y).find((e) => e !== own);
        if (el && el !== doc.documentElement && el !== doc.body && pinned(el, view))
          spans.push({ side, top: y - step / 2, bottom: y + step / 2 });
      }
  return spans;
}
