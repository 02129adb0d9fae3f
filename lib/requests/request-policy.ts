// Which policy a request's letters are built from: the curated one for a covered site, or one made from
// the operator of any other site (lib/requests/operator.ts). Kept apart from operator.ts so the reading
// script, which needs operators, does not carry the curated policies.
import { getPolicy } from '../../policies';
import type { SitePolicy } from '../../policies/types';
import { letterPolicyFor, type RequestOperator } from './operator';

export function policyForRequest(r: {
  policyId: string;
  operator?: RequestOperator;
}): SitePolicy | undefined {
  return r.operator ? letterPolicyFor(r.operator) : getPolicy(r.policyId);
}

/** The site's name as the list shows it. */
export function siteNameOf(r: { policyId: string; operator?: RequestOperator }): string {
  return (r.operator ? r.operator.site.name : getPolicy(r.policyId)?.site.name) || r.policyId;
}
