// The one message protocol between the extension's parts. Every message is a member of this
// union; the background checks shape and sender with `parseMessage` and ignores anything else.
// No message carries the user's personal data: intents name a policy, a request kind and clauses.

import type { RequestKind } from '../policies/types';

export const requestKinds: readonly RequestKind[] = [
  'deletion',
  'withdraw-consent',
  'access',
  'correction',
  'stop-processing',
  'stop-marketing',
];

/** What the panel asks the drafter to prepare. */
export interface DrafterIntent {
  policyId: string;
  kind: RequestKind;
  clauses: string[];
  /** Contact addresses found on the site's page (mailto links), validated; shown as "found on the page". */
  pageContacts: string[];
  /** The page the user was on, for the drafter's "from" line. Origin and path only. */
  pageUrl: string;
}

export type Message =
  /** Panel → background: open the request drafter. Answer: true when it opened. */
  | { type: 'open-drafter'; intent: DrafterIntent }
  /** Content script → background: the full policy for a site. Answer: SitePolicy, or null. */
  | { type: 'get-policy'; policyId: string }
  /** Content script → background: the policy text found on the page, to compare. Answer: PolicyCheck. */
  | { type: 'check-policy'; policyId: string; text: string };

/** Longest page text the background compares with the reviewed policy. */
export const maxPolicyTextLength = 5_000_000;

const maxList = 20;
const maxString = 2048;

const isString = (v: unknown, max = maxString): v is string => typeof v === 'string' && v.length <= max;
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= maxList && v.every((s) => isString(s, 320));

const emailPattern = /^[^\s@<>()[\]\\,;:"?&%]+@[^\s@<>()[\]\\,;:"?&%]+\.[^\s@<>()[\]\\,;:"?&%]{2,}$/;

/** A plausible single e-mail address, with nothing that could smuggle headers into a mailto URL. */
export function isPlainEmail(value: string): boolean {
  return value.length <= 254 && emailPattern.test(value);
}

/** Returns the message if it is one of ours and well-formed, otherwise undefined. */
export function parseMessage(raw: unknown): Message | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'open-drafter': {
      const i = m.intent as Record<string, unknown> | undefined;
      if (typeof i !== 'object' || i === null) return undefined;
      if (!isString(i.policyId, 100) || !requestKinds.includes(i.kind as RequestKind)) return undefined;
      if (!isStringList(i.clauses) || !isStringList(i.pageContacts) || !isString(i.pageUrl)) return undefined;
      if (!(i.pageContacts as string[]).every(isPlainEmail)) return undefined;
      return {
        type: 'open-drafter',
        intent: {
          policyId: i.policyId,
          kind: i.kind as RequestKind,
          clauses: [...(i.clauses as string[])],
          pageContacts: [...(i.pageContacts as string[])],
          pageUrl: i.pageUrl as string,
        },
      };
    }
    case 'get-policy':
      return isString(m.policyId, 100) ? { type: 'get-policy', policyId: m.policyId } : undefined;
    case 'check-policy':
      if (!isString(m.policyId, 100) || !isString(m.text, maxPolicyTextLength)) return undefined;
      return { type: 'check-policy', policyId: m.policyId, text: m.text };
    default:
      return undefined;
  }
}

/** Reads a drafter intent from the query string of a drafter URL (`?policy=…&kind=…`). */
export function intentToSearch(intent: DrafterIntent): string {
  const p = new URLSearchParams();
  p.set('policy', intent.policyId);
  p.set('kind', intent.kind);
  for (const c of intent.clauses) p.append('clause', c);
  for (const c of intent.pageContacts) p.append('contact', c);
  p.set('from', intent.pageUrl);
  return `?${p.toString()}`;
}

export function intentFromSearch(search: string): DrafterIntent | undefined {
  const p = new URLSearchParams(search);
  const parsed = parseMessage({
    type: 'open-drafter',
    intent: {
      policyId: p.get('policy') ?? '',
      kind: p.get('kind'),
      clauses: p.getAll('clause'),
      pageContacts: p.getAll('contact'),
      pageUrl: p.get('from') ?? '',
    },
  });
  return parsed?.type === 'open-drafter' && parsed.intent.policyId ? parsed.intent : undefined;
}
