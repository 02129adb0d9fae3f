// The rules that keep a policy's summary honest to its text, as one pure check every site goes through.
// Returns a list of problems in plain words; an empty list means the policy is faithful.

import type { Clause, ClauseId, SitePolicy, Statement } from './types';

const CYRILLIC = /[\u0400-\u04FF]/;

// Between two clauses only a list dash, the next clause's own number and whitespace may stand.
const GAP = /^\s*(?:-\s*)?(?:(\d+(?:\.\d+)*)\.?)?\s*$/;
const NUMBERED_ID = /^\d+(?:\.\d+)*$/;

/** All statements of a policy with where they sit, summary first, then attention points. */
export function policyStatements(policy: SitePolicy): { where: string; statement: Statement }[] {
  const fromSummary = Object.entries(policy.summary).flatMap(([section, items]) =>
    (items as Statement[]).map((statement) => ({ where: `summary.${section}`, statement })),
  );
  const fromAttention = policy.attention.map((statement) => ({ where: 'attention', statement }));
  return [...fromSummary, ...fromAttention];
}

/** Removes «…» spans (nested ones included): the only place an English string may carry Russian. */
export function withoutGuillemetQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === '«') depth++;
    else if (char === '»' && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

function checkClauses(policy: SitePolicy): string[] {
  const problems: string[] = [];
  const { text: source, clauses } = policy.source;
  const seen = new Set<ClauseId>();
  let position = 0;
  for (const clause of clauses) {
    if (seen.has(clause.id)) problems.push(`clause ${clause.id}: duplicate id`);
    seen.add(clause.id);
    if (clause.text.trim() === '') {
      problems.push(`clause ${clause.id}: empty text`);
      continue;
    }
    if (!source.includes(clause.text)) {
      problems.push(`clause ${clause.id}: text is not a verbatim substring of the source`);
      continue;
    }
    const start = source.indexOf(clause.text, position);
    if (start < 0) {
      problems.push(`clause ${clause.id}: out of order (its text occurs only before the previous clause)`);
      continue;
    }
    const gap = GAP.exec(source.slice(position, start));
    const numbered = NUMBERED_ID.test(clause.id);
    if (!gap) {
      problems.push(
        `clause ${clause.id}: source text before it is not covered by any clause: «${source.slice(position, start).trim().slice(0, 60)}»`,
      );
    } else if (numbered ? gap[1] !== clause.id : gap[1] !== undefined) {
      problems.push(`clause ${clause.id}: the source numbers this item ${gap[1] ?? '(no number)'}`);
    }
    if (clause.title && !clause.text.startsWith(clause.title.ru)) {
      problems.push(`clause ${clause.id}: title is not a verbatim prefix of its text`);
    }
    position = start + clause.text.length;
  }
  if (source.slice(position).trim() !== '') {
    problems.push(
      `source text after the last clause is not covered: «${source.slice(position).trim().slice(0, 60)}»`,
    );
  }
  return problems;
}

function checkCitations(policy: SitePolicy): string[] {
  const problems: string[] = [];
  const byId = new Map<ClauseId, Clause>(policy.source.clauses.map((clause) => [clause.id, clause]));
  const unknown = (where: string, cites: readonly ClauseId[]) => {
    for (const id of cites) if (!byId.has(id)) problems.push(`${where}: cites unknown clause ${id}`);
  };
  const cited = new Set<ClauseId>();
  const ids = new Set<string>();

  for (const { where, statement } of policyStatements(policy)) {
    const at = `${where} ${statement.id}`;
    if (ids.has(statement.id)) problems.push(`${at}: duplicate statement id`);
    ids.add(statement.id);
    if (statement.cites.length === 0) problems.push(`${at}: cites no clause`);
    unknown(at, statement.cites);
    for (const id of statement.cites) cited.add(id);
    const quote = statement.quote?.ru;
    if (quote !== undefined && !statement.cites.some((id) => byId.get(id)?.text.includes(quote))) {
      problems.push(`${at}: quote is not verbatim from any clause it cites: «${quote.slice(0, 60)}»`);
    }
  }

  for (const { clause, reason } of policy.source.notSummarised) {
    if (!byId.has(clause)) problems.push(`notSummarised: unknown clause ${clause}`);
    if (cited.has(clause)) problems.push(`notSummarised: clause ${clause} is cited, so it is summarised`);
    if (!reason.ru.trim() || !reason.en.trim())
      problems.push(`notSummarised: clause ${clause} has no reason`);
  }
  const excused = new Set(policy.source.notSummarised.map((item) => item.clause));
  for (const id of byId.keys()) {
    if (!cited.has(id) && !excused.has(id)) {
      problems.push(`clause ${id}: no statement cites it and notSummarised does not explain why`);
    }
  }

  unknown('law', policy.law.cites);
  const lawQuote = policy.law.quote?.ru;
  if (lawQuote !== undefined && !policy.law.cites.some((id) => byId.get(id)?.text.includes(lawQuote))) {
    problems.push('law: quote is not verbatim from any clause the law entry cites');
  }
  for (const contact of policy.operator.contacts)
    unknown(`operator.contacts ${contact.value}`, contact.cites);
  for (const [kind, cites] of Object.entries(policy.requestBases)) {
    unknown(`requestBases.${kind}`, cites);
    if (new Set(cites).size !== cites.length) problems.push(`requestBases.${kind}: a clause is listed twice`);
  }
  return problems;
}

function checkOperatorAndSource(policy: SitePolicy): string[] {
  const problems: string[] = [];
  const source = policy.source.text;
  if (!source.includes(policy.operator.asWritten)) {
    problems.push('operator.asWritten: not verbatim from the source');
  }
  const affiliates = policy.operator.affiliates?.ru;
  if (affiliates !== undefined && !source.includes(affiliates)) {
    problems.push('operator.affiliates: quote is not verbatim from the source');
  }
  for (const contact of policy.operator.contacts) {
    if (!source.includes(contact.value))
      problems.push(`operator.contacts: ${contact.value} is not in the source`);
  }
  for (const item of policy.operator.registration) {
    if (!source.includes(item.value))
      problems.push(`operator.registration: ${item.value} is not in the source`);
  }
  if (policy.summary.verdict.length !== 3) {
    problems.push(`summary.verdict: has ${policy.summary.verdict.length} items, the verdict is three`);
  }
  return problems;
}

// Every { ru, en } (Localized, Quote, Clause) anywhere in the policy: both filled; English free of
// Russian except inside «quotes».
function checkLanguages(policy: SitePolicy): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if ('ru' in record && (typeof record.ru !== 'string' || record.ru.trim() === '')) {
      problems.push(`${path}.ru: empty`);
    }
    if ('en' in record) {
      const en = record.en;
      if (typeof en !== 'string' || en.trim() === '') problems.push(`${path}.en: empty`);
      else if (CYRILLIC.test(withoutGuillemetQuotes(en))) {
        problems.push(`${path}.en: Cyrillic outside «quotes»: ${en.slice(0, 60)}`);
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (path === 'source' && key === 'text') continue;
      visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(policy, '');
  return problems;
}

/** Everything that makes `policy` unfaithful to its own source text; empty when there is nothing. */
export function checkPolicyFidelity(policy: SitePolicy): string[] {
  return [
    ...checkClauses(policy),
    ...checkCitations(policy),
    ...checkOperatorAndSource(policy),
    ...checkLanguages(policy),
  ];
}
