// From a comparison of the live policy to the answer the panel shows and the record storage keeps.
// Pure: the background wires it to messages, storage and the toolbar badge. What is kept of it is
// decided in seen.ts, which the panel shares without pulling in the comparison code.

import type { SitePolicy } from '../../policies/types';
import { maxPolicyChanges, type PolicyChange, type PolicyCheck } from '../platform/messages';
import { comparePolicyText, type PolicyComparison } from './diff';

export function toPolicyCheck(policy: SitePolicy, comparison: PolicyComparison, now: Date): PolicyCheck {
  const all: PolicyChange[] = comparison.clauses.flatMap((c) =>
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
  const changes = all.slice(0, maxPolicyChanges);
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
