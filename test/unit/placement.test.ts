import { describe, expect, it } from 'vitest';
import {
  defaultPlacement,
  freePlacement,
  movePlacement,
  placementAt,
} from '../../components/panel/placement';

const overlaps = (top: number, height: number, span: { top: number; bottom: number }, size = 64) => {
  const centre = (top / 100) * height;
  return centre + size / 2 > span.top && centre - size / 2 < span.bottom;
};

describe('launcher placement', () => {
  it('keeps the wanted place when the edge is free', () => {
    expect(freePlacement(defaultPlacement, [], 800)).toEqual({ side: 'right', top: 50 });
    expect(freePlacement(defaultPlacement, [{ side: 'left', top: 300, bottom: 500 }], 800)).toEqual({
      side: 'right',
      top: 50,
    });
  });

  it('moves off a vertical feedback tab on the right edge, as little as it can, on the same side', () => {
    // A 140 px tab centred on a 700 px window: 280–420.
    const tab = { side: 'right' as const, top: 280, bottom: 420 };
    const p = freePlacement(defaultPlacement, [tab], 700);
    expect(p.side).toBe('right');
    expect(overlaps(p.top, 700, tab)).toBe(false);
    // Just above or below it: within 120 px of the middle.
    expect(Math.abs((p.top / 100) * 700 - 350)).toBeLessThan(120);
  });

  it('goes to the other edge when the wanted one is full, and stays put when both are', () => {
    const full = { side: 'right' as const, top: 0, bottom: 800 };
    expect(freePlacement(defaultPlacement, [full], 800)).toEqual({ side: 'left', top: 50 });
    const both = [full, { side: 'left' as const, top: 0, bottom: 800 }];
    expect(freePlacement(defaultPlacement, both, 800)).toEqual(defaultPlacement);
  });

  it('moves by keyboard steps within the window and to the other side', () => {
    expect(movePlacement({ side: 'right', top: 50 }, 'up')).toEqual({ side: 'right', top: 40 });
    expect(movePlacement({ side: 'right', top: 50 }, 'down')).toEqual({ side: 'right', top: 60 });
    expect(movePlacement({ side: 'right', top: 8 }, 'up')).toEqual({ side: 'right', top: 5 });
    expect(movePlacement({ side: 'right', top: 92 }, 'down')).toEqual({ side: 'right', top: 95 });
    expect(movePlacement({ side: 'right', top: 30 }, 'side')).toEqual({ side: 'left', top: 30 });
  });

  it('reads a drop point as a side and a height', () => {
    expect(placementAt(10, 200, 1000, 800)).toEqual({ side: 'left', top: 25 });
    expect(placementAt(990, 800, 1000, 800)).toEqual({ side: 'right', top: 95 });
  });
});
