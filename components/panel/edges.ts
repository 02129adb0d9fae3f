// What the page itself shows at its left and right edges: fixed or sticky widgets (a vertical feedback
// tab, a chat button, a "scroll up" arrow), which the launcher must not cover. Reads the page's layout
// only; nothing is changed and nothing is kept.
import type { EdgeSpan, Side } from './placement';

const step = 16;

/** Whether `el` or one of its ancestors is fixed or sticky; `known` keeps each element's answer. */
function pinned(el: Element | null, view: Window, known: Map<Element, boolean>): boolean {
  if (!el || el === el.ownerDocument.body) return false;
  let answer = known.get(el);
  if (answer === undefined) {
    const position = view.getComputedStyle(el).position;
    answer = position === 'fixed' || position === 'sticky' || pinned(el.parentElement, view, known);
    known.set(el, answer);
  }
  return answer;
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
  // The points of one edge mostly hit the same few elements and their ancestors: each is looked at once.
  const known = new Map<Element, boolean>();
  const sides: [Side, number][] = [
    ['left', 2],
    ['right', width - 3],
  ];
  for (const [side, x] of sides)
    if (!only || side === only)
      for (let y = Math.max(step / 2, from); y < Math.min(height, to); y += step) {
        // Under our own launcher too: what it may be covering is what counts.
        const el = doc.elementsFromPoint(x, y).find((e) => e !== own);
        if (el && el !== doc.documentElement && el !== doc.body && pinned(el, view, known))
          spans.push({ side, top: y - step / 2, bottom: y + step / 2 });
      }
  return spans;
}
