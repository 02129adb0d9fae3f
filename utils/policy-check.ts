// From a comparison of the live policy to the answer the panel shows and the record storage keeps.
// Pure: the background wires it to messages, storage and the toolbar badge.

import type { SitePolicy } from '../policies/types';
import type { PolicyChange, PolicyCheck } from './messages';
import { comparePolicyText, type PolicyComparison } from './policy-diff';
import type { PolicySeen } from './settings';

export function toPolicyCheck(policy: SitePolicy, comparison: PolicyComparison, now: Date): PolicyCheck {
  const changes: PolicyChange[] = comparison.clauses.flatMap((c) =>
    c.status === 'unchanged'
      ? []
      : [
          {
            id: c.id,
            status: c.status,
            ...(c.liveNumber ? { liveNumber: c.liveNumber } : {}),
            diff: c.diff ?? [],
          },
        ],
  );
  return {
    policyId: policy.id,
    state: !comparison.isPolicy ? 'not-policy' : comparison.changed ? 'changed' : 'unchanged',
    coverage: comparison.coverage,
    checkedAt: now.toISOString(),
    reviewed: policy.source.reviewed,
    fingerprint: comparison.fingerprint,
    changedClauses: changes.flatMap((c) => (c.id !== null ? [c.id] : [])),
    changes,
  };
}

/** Compares a page's text with the policy's reviewed clauses. */
export function checkPolicyText(policy: SitePolicy, text: string, now = new Date()): PolicyCheck {
  return toPolicyCheck(policy, comparePolicyText(policy.source.clauses, text), now);
}

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
