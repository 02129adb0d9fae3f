import { toIsoDate } from '../../../lib/law/russian-calendar';

/** The time and the randomness the models use, given by the window (or a test). */
export interface Clock {
  now: () => Date;
  random: () => number;
  /** Today's date (ISO), from `now`. */
  today: () => string;
}

export function createClock(now: () => Date = () => new Date(), random: () => number = Math.random): Clock {
  return { now, random, today: () => toIsoDate(now()) };
}
