// Which policy check to remember and show for a site. Pure and tiny: the background uses it to update
// `policySeenSetting`, the panel (in the content script) to pick between this page's check and the site's.

import type { PolicyCheck } from '../platform/messages';
import type { PolicySeen } from '../platform/settings';

/**
 * What to remember after a check, given what was remembered. A page that is not the policy changes
 * nothing, and neither does a page showing only part of it: a partial page never overrides a full
 * page's finding and never sets the site-wide notice (what it found is shown on that page alone). A
 * full page's finding is always kept, and so replaces a record made against another reviewed version.
 */
export function nextPolicySeen(previous: PolicySeen | undefined, check: PolicyCheck): PolicySeen | undefined {
  if (check.state === 'not-policy' || check.coverage !== 'full') return previous;
  return { ...check, state: check.state };
}

/** Whether `next` says nothing `previous` did not: same text, same finding, against the same review. */
export function sameFinding(previous: PolicySeen | undefined, next: PolicySeen): boolean {
  return (
    previous !== undefined &&
    previous.fingerprint === next.fingerprint &&
    previous.state === next.state &&
    previous.coverage === next.coverage &&
    previous.reviewed === next.reviewed
  );
}
