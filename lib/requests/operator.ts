// The operator a request is addressed to, whichever way it was found: the curated summary of a covered
// site (expert.plus), an automatic reading of a site's policy (issue #18), or typed by the user. Pure.
// Letters take a `SitePolicy`; `letterPolicyFor` gives one for any operator, with no clauses to cite
// for an operator that was not reviewed by hand.

import type { SitePolicy } from '../../policies/types';
import { checksum } from '../policy-reading/numbers';
import type { PolicyReading } from '../policy-reading/types';

export type OperatorSource = 'curated' | 'reading' | 'typed';

export interface RequestOperator {
  /** How the letter names the operator: «ООО «Ромашка»». */
  name: string;
  /** ИНН, digits only ('' when unknown). */
  inn: string;
  /** ОГРН (13 digits) or ОГРНИП (15 digits), digits only ('' when unknown). */
  ogrn: string;
  /** The operator's address as the policy gives it. */
  address: string;
  /** Addresses for requests, as the policy (or the user) gives them. */
  emails: string[];
  /** The site the request is about: its host and the page the policy was read from. */
  site: { name: string; url: string };
  source: OperatorSource;
  /**
   * The user checked these details against the policy (or typed them). A letter to an operator that
   * was read automatically cannot be copied or sent until they are confirmed; curated ones are.
   */
  confirmed: boolean;
}

export type NumberState = 'valid' | 'invalid' | 'empty';

/** Whether a typed or read ИНН / ОГРН passes its check digits. */
export function numberState(kind: 'inn' | 'ogrn', value: string): NumberState {
  const digits = value.replace(/[\s\u00a0-]/g, '');
  if (!digits) return 'empty';
  return /^\d+$/.test(digits) && checksum(kind, digits) === 'valid' ? 'valid' : 'invalid';
}

/** The host a URL names, lower-cased, without `www.`; '' for an unusable URL. */
export function siteHostOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return '';
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

const oneLine = (s: string | null | undefined, max = 300) =>
  (s ?? '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, max);

/** The operator a reading found, for the drafter to show (every field editable there, and unconfirmed). */
export function operatorFromReading(reading: PolicyReading, pageUrl: string): RequestOperator {
  const host = siteHostOf(pageUrl);
  return {
    name: oneLine(reading.operator.name),
    inn: oneLine(reading.operator.inn, 12),
    ogrn: oneLine(reading.operator.ogrn, 15),
    address: oneLine(reading.operator.address),
    emails: reading.contacts.emails.slice(0, 5).map((e) => oneLine(e, 254)),
    site: { name: host, url: pageUrl },
    source: 'reading',
    confirmed: false,
  };
}

/** The operator of a curated policy, as its summary gives it. */
export function operatorFromPolicy(policy: SitePolicy): RequestOperator {
  const reg = (kind: RegExp) => policy.operator.registration.find((r) => kind.test(r.kind))?.value ?? '';
  return {
    name: policy.operator.name,
    inn: reg(/^ИНН/i),
    ogrn: reg(/^ОГРН/i),
    address: reg(/адрес/i),
    emails: policy.operator.contacts.filter((c) => c.kind === 'email').map((c) => c.value),
    site: { name: policy.site.name, url: policy.site.url },
    source: 'curated',
    confirmed: true,
  };
}

/** An empty operator for the user to type, for the site `url` if there is one. */
export function typedOperator(url = ''): RequestOperator {
  return {
    name: '',
    inn: '',
    ogrn: '',
    address: '',
    emails: [],
    site: { name: siteHostOf(url), url },
    source: 'typed',
    confirmed: false,
  };
}

/** What stops a letter to this operator from going out; empty when nothing does. */
export function operatorProblems(op: RequestOperator): ('name' | 'site' | 'inn' | 'ogrn' | 'confirm')[] {
  const out: ('name' | 'site' | 'inn' | 'ogrn' | 'confirm')[] = [];
  if (!oneLine(op.name)) out.push('name');
  if (!oneLine(op.site.name)) out.push('site');
  if (numberState('inn', op.inn) === 'invalid') out.push('inn');
  if (numberState('ogrn', op.ogrn) === 'invalid') out.push('ogrn');
  if (!op.confirmed) out.push('confirm');
  return out;
}

/** The id a request to this operator is filed under: the site's host (the same form as a curated policy id). */
export function operatorPolicyId(op: RequestOperator): string {
  const host = siteHostOf(op.site.url) || oneLine(op.site.name).toLowerCase();
  return /^[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?$/.test(host) ? host : 'site';
}

/**
 * A `SitePolicy` for the letters, built from an operator that was not reviewed by hand: its name,
 * registration numbers, address and site, and no clauses (so a letter cites the law only).
 */
export function letterPolicyFor(op: RequestOperator): SitePolicy {
  const registration = [
    ...(op.inn ? [{ kind: 'ИНН', value: op.inn }] : []),
    ...(op.ogrn
      ? [{ kind: op.ogrn.replace(/\D/g, '').length === 15 ? 'ОГРНИП' : 'ОГРН', value: op.ogrn }]
      : []),
    ...(op.address ? [{ kind: 'адрес:', value: op.address }] : []),
  ];
  return {
    id: operatorPolicyId(op),
    site: { name: oneLine(op.site.name) || siteHostOf(op.site.url), url: op.site.url, hostnames: [] },
    operator: {
      name: oneLine(op.name),
      asWritten: oneLine(op.name),
      affiliates: null,
      contacts: op.emails.map((value) => ({ kind: 'email' as const, value, cites: [] })),
      registration,
    },
    law: { id: '152-FZ', title: { ru: '', en: '' }, cites: [] },
    source: { lang: 'ru', reviewed: '', text: '', clauses: [], notSummarised: [] },
    summary: {
      verdict: [],
      collected: [],
      purposes: [],
      sharing: [],
      retention: [],
      rights: [],
      security: [],
      consent: [],
      changes: [],
      contacts: [],
    },
    attention: [],
    requestBases: {
      deletion: [],
      'withdraw-consent': [],
      access: [],
      correction: [],
      'stop-processing': [],
      'stop-marketing': [],
    },
  };
}

const text = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length <= max;

function isWebUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** A fresh, checked copy of an operator from a message or storage; undefined if any field is off. */
export function parseOperator(raw: unknown): RequestOperator | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as Record<string, unknown>;
  const site = o.site as Record<string, unknown> | null;
  if (!text(o.name) || !text(o.inn, 20) || !text(o.ogrn, 20) || !text(o.address)) return undefined;
  if (!Array.isArray(o.emails) || o.emails.length > 10 || !o.emails.every((e) => text(e, 254)))
    return undefined;
  if (typeof site !== 'object' || site === null || !text(site.name, 253) || !text(site.url, 2048))
    return undefined;
  if (site.url !== '' && !isWebUrl(site.url)) return undefined;
  if (o.source !== 'curated' && o.source !== 'reading' && o.source !== 'typed') return undefined;
  if (typeof o.confirmed !== 'boolean') return undefined;
  return {
    name: o.name,
    inn: o.inn,
    ogrn: o.ogrn,
    address: o.address,
    emails: [...(o.emails as string[])],
    site: { name: site.name, url: site.url },
    source: o.source,
    confirmed: o.confirmed,
  };
}
