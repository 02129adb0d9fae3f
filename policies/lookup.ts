// Look-ups inside one policy. Kept apart from the registry so that code which only shows a policy
// (the panel in the content script) does not pull every site's data into its bundle.

import type { Clause, ClauseId, Quote, SitePolicy, Statement } from './types';

export function clauseById(policy: SitePolicy, id: ClauseId): Clause | undefined {
  return policy.source.clauses.find((clause) => clause.id === id);
}

/**
 * The words of the policy a statement rests on: its quote if it has one, otherwise the full text of
 * the clauses it cites, in the order cited, separated by blank lines (with their English renderings).
 */
export function citedText(policy: SitePolicy, statement: Statement): Quote {
  if (statement.quote) return statement.quote;
  const clauses = statement.cites.flatMap((id) => clauseById(policy, id) ?? []);
  return {
    ru: clauses.map((clause) => clause.text).join('\n\n'),
    en: clauses.map((clause) => clause.en).join('\n\n'),
  };
}
