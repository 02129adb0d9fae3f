// Loaded by vitest before every unit test file (vitest.config.ts `setupFiles`). Property tests keep
// their own `numRuns`, and fast-check stops a property early once it has run for this long, so that
// `npm run check` stays fast on a busy machine (at a load average of 13 on 2 cores, 28 of 29 properties
// still reached their numRuns). A property stopped early passes only if at least one run finished and
// none failed (fast-check counts an interrupt before the first success as a failure).
import fc from 'fast-check';

export const propertyTimeLimitMs = 500;

fc.configureGlobal({ interruptAfterTimeLimit: propertyTimeLimitMs, markInterruptAsFailure: false });
