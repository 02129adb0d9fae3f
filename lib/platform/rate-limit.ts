// How often one tab may have the drafter opened. The panel opens it only for the user's own clicks
// (event.isTrusted) and one at a time; this is the background's own limit on top of that, per tab, so
// that a page which somehow sends the message still cannot open window after window. Pure.

export interface RateLimit {
  /** Least time between two openings from one tab. */
  minGapMs: number;
  /** Most openings from one tab within `windowMs`. */
  maxPerWindow: number;
  windowMs: number;
}

/** A person clicks a request button, reads the drafter, closes it: never twice a second, rarely 5 a minute. */
export const drafterOpenLimit: RateLimit = { minGapMs: 1000, maxPerWindow: 5, windowMs: 60_000 };

/** Remembers openings per key (a tab id) and answers whether one more is allowed now. */
export function createRateLimiter(limit: RateLimit = drafterOpenLimit) {
  const seen = new Map<number | string, number[]>();
  return {
    /** True, and counted, when an opening from `key` at `now` (ms) is within the limit. */
    allow(key: number | string, now: number): boolean {
      const recent = (seen.get(key) ?? []).filter((t) => now - t < limit.windowMs && t <= now);
      const last = recent.at(-1);
      if ((last !== undefined && now - last < limit.minGapMs) || recent.length >= limit.maxPerWindow) {
        seen.set(key, recent);
        return false;
      }
      recent.push(now);
      seen.set(key, recent);
      return true;
    },
    /** Forgets a key (its tab closed). */
    forget(key: number | string): void {
      seen.delete(key);
    },
  };
}
