import { describe, expect, it } from 'vitest';
import { createRateLimiter, drafterOpenLimit } from './rate-limit';

describe('the drafter-opening limit per tab', () => {
  it('allows one opening a second and five a minute, per tab', () => {
    const limiter = createRateLimiter();
    expect(limiter.allow(1, 0)).toBe(true);
    // A burst of clicks in the same second: refused.
    for (let t = 1; t < 1000; t += 100) expect(limiter.allow(1, t)).toBe(false);
    // Another tab is counted on its own.
    expect(limiter.allow(2, 10)).toBe(true);
    expect(limiter.allow(1, 1000)).toBe(true);
    expect(limiter.allow(1, 2000)).toBe(true);
    expect(limiter.allow(1, 3000)).toBe(true);
    expect(limiter.allow(1, 4000)).toBe(true);
    // The sixth within the minute is refused, however far apart.
    expect(limiter.allow(1, 30_000)).toBe(false);
    // Once the first has left the window, one more is allowed.
    expect(limiter.allow(1, drafterOpenLimit.windowMs + 1)).toBe(true);
  });

  it('never counts a refused attempt, so a page hammering it does not lock the user out longer', () => {
    const limiter = createRateLimiter({ minGapMs: 1000, maxPerWindow: 5, windowMs: 60_000 });
    expect(limiter.allow('t', 0)).toBe(true);
    for (let i = 0; i < 100; i++) limiter.allow('t', 500);
    expect(limiter.allow('t', 1000)).toBe(true);
  });

  it('forgets a closed tab', () => {
    const limiter = createRateLimiter();
    expect(limiter.allow(7, 0)).toBe(true);
    limiter.forget(7);
    expect(limiter.allow(7, 1)).toBe(true);
  });
});
