// A valibot mirror of types.ts, for validating policy data at test time. The type stays the single
// source: the check at the bottom fails to compile if the two drift apart in either direction,
// optional fields included. The schema is stricter than the type where data can be wrong in ways a
// type cannot express (blank strings, unknown keys, malformed dates and hostnames).

import * as v from 'valibot';
import { type RequestKind, requestKinds } from '../lib/law/kinds';
import type { SitePolicy } from './types';

const Text = v.pipe(
  v.string(),
  v.check((s) => s.trim() !== '', 'must not be blank'),
);

const ClauseIdSchema = v.pipe(
  v.string(),
  v.regex(/^(?:[a-z][a-z-]*|\d+(?:\.\d+)*)$/, 'a clause id is a word (preamble) or a number (1, 1.1)'),
);

const LocalizedSchema = v.strictObject({ ru: Text, en: Text });
const QuoteSchema = v.strictObject({ ru: Text, en: Text });

const RequestKindSchema = v.picklist(requestKinds);

const statementEntries = {
  id: Text,
  text: LocalizedSchema,
  cites: v.pipe(v.array(ClauseIdSchema), v.minLength(1, 'a statement cites at least one clause')),
  quote: v.optional(QuoteSchema),
};

const StatementSchema = v.strictObject(statementEntries);

const DataCategorySchema = v.strictObject({
  ...statementEntries,
  mode: v.picklist(['user-provided', 'automatic', 'service']),
  required: v.picklist(['marked-in-forms', 'optional', 'needed-for-service', 'not-stated']),
});

const RightSchema = v.strictObject({ ...statementEntries, request: v.optional(RequestKindSchema) });

const AttentionPointSchema = v.strictObject({
  ...statementEntries,
  reason: LocalizedSchema,
  severity: v.picklist(['high', 'medium', 'low']),
});

const ClauseSchema = v.strictObject({
  id: ClauseIdSchema,
  label: LocalizedSchema,
  text: Text,
  en: Text,
  title: v.optional(QuoteSchema),
});

const Hostname = v.pipe(
  v.string(),
  v.regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z]$/, 'a lowercase ASCII hostname'),
);

const Clauses = v.array(ClauseIdSchema);

export const SitePolicySchema = v.strictObject({
  id: Text,
  site: v.strictObject({
    name: Text,
    url: v.pipe(v.string(), v.url()),
    hostnames: v.pipe(v.array(Hostname), v.minLength(1)),
  }),
  operator: v.strictObject({
    name: Text,
    addressee: v.optional(LocalizedSchema),
    asWritten: Text,
    affiliates: v.nullable(QuoteSchema),
    contacts: v.array(
      v.strictObject({
        kind: v.picklist(['email', 'postal', 'form', 'phone']),
        value: Text,
        cites: v.pipe(Clauses, v.minLength(1)),
      }),
    ),
    registration: v.array(v.strictObject({ kind: Text, value: Text })),
  }),
  law: v.strictObject({
    id: v.literal('152-FZ'),
    title: LocalizedSchema,
    cites: Clauses,
    quote: v.optional(QuoteSchema),
  }),
  source: v.strictObject({
    lang: v.picklist(['ru', 'en']),
    reviewed: v.pipe(v.string(), v.isoDate()),
    text: Text,
    clauses: v.pipe(v.array(ClauseSchema), v.minLength(1)),
    notSummarised: v.array(v.strictObject({ clause: ClauseIdSchema, reason: LocalizedSchema })),
  }),
  summary: v.strictObject({
    verdict: v.array(StatementSchema),
    collected: v.array(DataCategorySchema),
    purposes: v.array(StatementSchema),
    sharing: v.array(StatementSchema),
    retention: v.array(StatementSchema),
    rights: v.array(RightSchema),
    security: v.array(StatementSchema),
    consent: v.array(StatementSchema),
    changes: v.array(StatementSchema),
    contacts: v.array(StatementSchema),
  }),
  attention: v.array(AttentionPointSchema),
  // One entry per kind of lib/law/kinds.ts, each required, none extra.
  requestBases: v.strictObject(
    Object.fromEntries(requestKinds.map((kind) => [kind, Clauses])) as Record<RequestKind, typeof Clauses>,
  ),
});

/** Validates unknown data as a policy; `issues` is empty when it conforms. */
export function validatePolicy(data: unknown): string[] {
  const result = v.safeParse(SitePolicySchema, data);
  if (result.success) return [];
  return result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}

// Compile-time guard: the schema's output and the hand-written type must be the same type.
// Identity, not mere mutual assignability: that would let an optional field exist on one side only.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type SchemaMatchesType = Expect<Equal<v.InferOutput<typeof SitePolicySchema>, SitePolicy>>;
