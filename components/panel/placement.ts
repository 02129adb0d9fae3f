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

/** A stored value as a placement, or undefined when it is not one (storage is not trusted blindly). */
export function parsePlacement(value: unknown): LauncherPlacement | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { side, top } = value as Record<string, unknown>;
  if ((side !== 'left' && side !== 'right') || typeof top !== 'number' || !Number.isFinite(top))
    return undefined;
  return { side, top: clampTop(top) };
}

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
 * to spare): first on the wanted side, moving up or down as little as it can, then on the other side;
 * when the page fills both edges, `wanted` itself.
 */
export function freePlacement(
  wanted: LauncherPlacement,
  used: readonly EdgeSpan[],
  viewportHeight: number,
  size = 64,
  gap = 8,
): LauncherPlacement {
  if (viewportHeight <= size) return wanted;
  const half = size / 2 + gap;
  const fits = (side: Side, centre: number) =>
    centre - half >= 0 &&
    centre + half <= viewportHeight &&
    used.every((u) => u.side !== side || u.bottom <= centre - half || u.top >= centre + half);
  const wantedCentre = (wanted.top / 100) * viewportHeight;
  for (const side of [wanted.side, wanted.side === 'right' ? 'left' : 'right'] as const) {
    // Candidates: the wanted height, then just above and just below every span on this side.
    const candidates = [wantedCentre];
    for (const u of used) {
      if (u.side !== side) continue;
      candidates.push(u.top - half, u.bottom + half);
    }
    const best = candidates
      .filter((c) => fits(side, c))
      .sort((a, b) => Math.abs(a - wantedCentre) - Math.abs(b - wantedCentre))[0];
    if (best !== undefined) return { side, top: clampTop((best / viewportHeight) * 100) };
  }
  return wanted;
}

/** Merges sampled points of an edge (each `step` px apart) into spans. */
export function spansFromSamples(side: Side, ys: readonly number[], step: number): EdgeSpan[] {
  const spans: EdgeSpan[] = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && y - last.bottom <= step) last.bottom = y + step / 2;
    else spans.push({ side, top: y - step / 2, bottom: y + step / 2 });
  }
  return spans;
}
