// Which policy check to remember and show for a site. Pure and tiny: the background uses it to update
// `policySeenSetting`, the panel (in the content script) to pick between this page's check and the site's.

import type { PolicyCheck } from '../platform/messages';
import type { PolicySeen } from '../platform/settings';

/**
 * What to remember after a check, given what was remembered. A page that is not the policy changes
 * nothing. A page showing only part of the policy does not overwrite a full page's finding unless it
 * finds a change the full page did not (a help page quoting section 4 must not clear a notice about
 * п. 3.3). A record made against another reviewed version is stale and always replaced.
 */
export function nextPolicySeen(previous: PolicySeen | undefined, check: PolicyCheck): PolicySeen | undefined {
  if (check.state === 'not-policy') return previous;
  const seen: PolicySeen = { ...check, state: check.state };
  if (!previous || previous.reviewed !== check.reviewed || check.coverage === 'full') return seen;
  if (previous.coverage === 'full' && !(previous.state === 'unchanged' && check.state === 'changed')) {
    return previous;
  }
  return seen;
}
