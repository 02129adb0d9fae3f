// Loaded by vitest before every unit test file (vitest.config.ts `setupFiles`). Property tests keep
// their own `numRuns`, and fast-check stops a property early once it has run for this long: on an idle
// machine every property reaches its numRuns well inside the limit; on a busy one `npm run check` stays
// fast. A property stopped early passes only if at least one run finished and none failed (fast-check
// counts an interrupt before the first success as a failure).
import fc from 'fast-check';

export const propertyTimeLimitMs = 1_000;

fc.configureGlobal({ interruptAfterTimeLimit: propertyTimeLimitMs, markInterruptAsFailure: false });
