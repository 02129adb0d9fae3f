// The schema every site policy follows. This type is the single source; `policies/schema.ts`
// mirrors it for validation at test time, and a type-level check keeps the two in step.
//
// Summary sections follow the OPP-115 taxonomy of privacy practices (Wilson et al., ACL 2016)
// as far as a policy speaks to them: first-party collection/use, third-party sharing, user choice,
// user access/edit/deletion, data retention, data security, policy change, and a few others.

import type { RequestKind } from '../lib/law/kinds';
import type { Lang, Localized } from '../lib/text/lang';

export type { RequestKind } from '../lib/law/kinds';
export type { Lang, Localized } from '../lib/text/lang';

/** A clause id as the policy numbers it: 'preamble', 'consent', '1', '1.1', … '5.1'. */
export type ClauseId = string;

export interface Clause {
  id: ClauseId;
  /** How a reader refers to it: «п. 1.1», «преамбула». */
  label: Localized;
  /** The clause's text, verbatim from the source (a substring of `source.text`). */
  text: string;
  /** An English rendering of the clause, for English UI. Never used in comparisons. */
  en: string;
  /**
   * Section headings only: the heading's own title, a verbatim prefix of `text`. The policy runs
   * title and body together («… обрабатывает expert.plus B рамках …»), so where one ends is a reading.
   */
  title?: Quote;
}

/** A verbatim quote from the source, with an English rendering. */
export interface Quote {
  /** Exact substring of the source text, oddities kept. */
  ru: string;
  en: string;
}

/** One statement of the summary. Every statement cites at least one clause. */
export interface Statement {
  id: string;
  text: Localized;
  cites: ClauseId[];
  /** The words of the policy this statement rests on; defaults to the cited clauses' text. */
  quote?: Quote;
}

/** How a piece of data reaches the operator (OPP-115 "collection mode"). */
export type CollectionMode = 'user-provided' | 'automatic' | 'service';

export interface DataCategory extends Statement {
  mode: CollectionMode;
  /** What the policy says about whether it is required. */
  required: 'marked-in-forms' | 'optional' | 'needed-for-service' | 'not-stated';
}

/** A right the user has, with the clauses behind it and, where one exists, the request that exercises it. */
export interface Right extends Statement {
  request?: RequestKind;
}

export interface AttentionPoint extends Statement {
  /** Why a careful reader should notice this. */
  reason: Localized;
  severity: 'high' | 'medium' | 'low';
}

export interface SitePolicy {
  /** Stable id, the site's main hostname: 'expert.plus'. */
  id: string;
  site: {
    name: string;
    url: string;
    /** Registrable hostnames covered, with all their subdomains. */
    hostnames: string[];
  };
  operator: {
    /** The operator as a letter should address it: «ИП Ворсов А.А.». */
    name: string;
    /** The operator in the dative, as a letter's «Кому» line writes it: «Индивидуальному предпринимателю
     *  Ворсову А. А.»; `name` is used when absent. */
    addressee?: Localized;
    /** Exactly as the policy writes it, oddities kept: «ИП ИП Ворсов А.А.». */
    asWritten: string;
    /** The policy extends to affiliates, without naming them. */
    affiliates: Quote | null;
    /** Contact channels the policy itself names. Empty for expert.plus: it names none. */
    contacts: { kind: 'email' | 'postal' | 'form' | 'phone'; value: string; cites: ClauseId[] }[];
    /** Registration details the policy gives (ИНН, ОГРНИП, address). Empty when it gives none. */
    registration: { kind: string; value: string }[];
  };
  law: {
    id: '152-FZ';
    /** The law's full official title, which the policy itself may not give. */
    title: Localized;
    cites: ClauseId[];
    /** How the policy itself names the law, verbatim (expert.plus names it by title only, no number). */
    quote?: Quote;
  };
  source: {
    lang: Lang;
    /** ISO date (YYYY-MM-DD) the summary was reviewed against this text. */
    reviewed: string;
    /** The verbatim policy text. */
    text: string;
    clauses: Clause[];
    /** Clauses no summary item rests on, each with the reason. */
    notSummarised: { clause: ClauseId; reason: Localized }[];
  };
  summary: {
    /** The three things a user most needs to know. */
    verdict: Statement[];
    collected: DataCategory[];
    purposes: Statement[];
    sharing: Statement[];
    retention: Statement[];
    rights: Right[];
    security: Statement[];
    consent: Statement[];
    changes: Statement[];
    contacts: Statement[];
  };
  attention: AttentionPoint[];
  /** Per request kind, the policy clauses a letter of that kind cites. */
  requestBases: Record<RequestKind, ClauseId[]>;
}
