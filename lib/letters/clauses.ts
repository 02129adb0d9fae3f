// Which policy clauses a letter cites, and where: each clause goes to the role its summary section gives it.

import type { ClauseId, SitePolicy } from '../../policies/types';
import type { RequestKind } from '../law/kinds';
import { type PolicyRole, policyBasesFor, requestKindDefinitions } from '../law/request-kinds';
import type { Localized } from '../text/lang';

function clauseRoles(policy: SitePolicy): Map<ClauseId, Set<PolicyRole>> {
  const roles = new Map<ClauseId, Set<PolicyRole>>();
  const add = (ids: readonly ClauseId[] | undefined, role: PolicyRole) => {
    for (const id of ids ?? []) {
      const set = roles.get(id) ?? new Set<PolicyRole>();
      set.add(role);
      roles.set(id, set);
    }
  };
  add(policy.law?.cites, 'law');
  const summary = policy.summary;
  for (const s of summary?.retention ?? []) add(s.cites, 'retention');
  for (const s of summary?.consent ?? []) add(s.cites, 'consent');
  for (const s of summary?.collected ?? []) add(s.cites, 'collected');
  for (const s of summary?.sharing ?? []) add(s.cites, 'sharing');
  for (const s of summary?.purposes ?? []) add(s.cites, 'purposes');
  return roles;
}

/** Places each clause of `policy.requestBases[kind]` in the first of the kind's roles it plays; the rest
 *  go to the main demand, so every clause the policy data names is cited somewhere in the letter. */
export function placeClauses(policy: SitePolicy, kind: RequestKind): Record<PolicyRole, ClauseId[]> {
  const placed: Record<PolicyRole, ClauseId[]> = {
    law: [],
    retention: [],
    consent: [],
    collected: [],
    sharing: [],
    purposes: [],
    main: [],
  };
  const roles = clauseRoles(policy);
  for (const id of policyBasesFor(policy, kind)) {
    const has = roles.get(id);
    const role = requestKindDefinitions[kind].policyRoles.find((r) => has?.has(r)) ?? 'main';
    placed[role].push(id);
  }
  return placed;
}

export function clauseLabel(policy: SitePolicy, id: ClauseId): Localized {
  const clause = policy.source?.clauses?.find((c) => c.id === id);
  return clause ? clause.label : { ru: `п. ${id}`, en: `clause ${id}` };
}
