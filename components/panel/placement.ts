// Where the launcher sits on the page's edge: pure, so it is tested directly. The content script
// measures what the page shows at its left and right edges (fixed widgets such as a vertical
// «Обратная связь» tab) and the user's choice for the site; this picks a place that covers none of it.

import type { LauncherPlacement, Side } from '../../lib/platform/settings';

export type { LauncherPlacement, Side };

export const defaultPlacement: LauncherPlacement = { side: 'right', top: 50 };

/** A stretch of an edge the page uses, in CSS px from the top of the viewport. */
export interface EdgeSpan {
  side: Side;
  top: number;
  bottom: number;
}

/** How far a keyboard "move up/down" moves the launcher, in % of the window height. */
export const moveStep = 10;

const clampTop = (top: number) => Math.min(95, Math.max(5, Math.round(top)));

/** The placement after one keyboard step: up, down, or to the other edge at the same height. */
export function movePlacement(p: LauncherPlacement, how: 'up' | 'down' | 'side'): LauncherPlacement {
  if (how === 'side') return { side: p.side === 'right' ? 'left' : 'right', top: p.top };
  return { side: p.side, top: clampTop(p.top + (how === 'up' ? -moveStep : moveStep)) };
}

/** The placement a pointer dropped at (x, y) in a window of `width` × `height` means. */
export function placementAt(x: number, y: number, width: number, height: number): LauncherPlacement {
  return { side: x < width / 2 ? 'left' : 'right', top: clampTop(height > 0 ? (y / height) * 100 : 50) };
}

/**
 * The place nearest to `wanted` where a launcher `size` px tall covers none of `used` (with `gap` px
 * to spare): first on the wanted side, moving up or down as little as it can (in 8 px steps), then on
 * the other side; when the page fills both edges, `wanted` itself.
 */
export function freePlacement(
  wanted: LauncherPlacement,
  used: readonly EdgeSpan[],
  viewportHeight: number,
  size = 64,
  gap = 8,
): LauncherPlacement {
  const half = size / 2 + gap;
  const from = (wanted.top / 100) * viewportHeight;
  for (const side of [wanted.side, wanted.side === 'right' ? 'left' : 'right'] as const)
    for (let d = 0; d < viewportHeight; d += 8)
      for (const c of [from - d, from + d])
        if (
          c >= half &&
          c + half <= viewportHeight &&
          used.every((u) => u.side !== side || u.bottom <= c - half || u.top >= c + half)
        )
          return { side, top: clampTop((c / viewportHeight) * 100) };
  return wanted;
}
