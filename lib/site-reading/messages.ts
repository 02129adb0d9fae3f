// The messages of on-demand reading (issue #18): popup → background, background → the injected reading
// script, reading script → background. Checked like every other message (shape and sender) before use.

import type { RequestKind } from '../../policies/types';
import type { PolicyReading } from '../policy-reading/types';
import { parseOperator, type RequestOperator } from '../requests/operator';
import type { FetchedPage } from './fetch-page';
import type { LinkRelation } from './find-policy-links';

/** What the reading script reads. */
export type ReadingSource =
  /** The page in the tab is the policy. */
  | { kind: 'page' }
  /** A page of the tab's own origin: the script fetches it with the page's own rights. */
  | { kind: 'url'; url: string }
  /** A page of another origin the background fetched (with the user's permission for that origin). */
  | { kind: 'fetched'; url: string; format: 'html' | 'text'; body: string }
  /** Text the user pasted or a file the user opened. */
  | { kind: 'pasted'; name: string; text: string };

export type ReadFailure = Exclude<FetchedPage, { ok: true }>['error'] | 'empty';

/** Background → reading script. */
export interface ShowReadingMessage {
  type: 'show-reading';
  source: ReadingSource;
}

export type ShowReadingAnswer =
  | { ok: true; isPolicy: boolean; operatorFound: boolean; chars: number; url: string }
  | { ok: false; error: ReadFailure; url: string };

/** What the popup asks the background to do for the tab it was opened on. */
export type ReadStep =
  /** Find the policy: the page itself, or its best link. */
  | { kind: 'find' }
  /** Read this page of another origin: the user has just allowed (or confirmed) it. */
  | { kind: 'url'; url: string }
  /** Read text the user pasted or opened. */
  | { kind: 'text'; name: string; text: string };

/** Popup → background. */
export interface ReadTabMessage {
  type: 'read-tab';
  tabId: number;
  step: ReadStep;
}

export type ReadTabAnswer =
  | ({ state: 'shown' } & Extract<ShowReadingAnswer, { ok: true }>)
  /** The best link is on another origin: the popup asks the user (and for that origin's permission). */
  | { state: 'ask'; url: string; relation: Exclude<LinkRelation, 'same-origin'>; linkText: string }
  /** No policy link on the page: the popup says so and offers paste / file. */
  | { state: 'no-policy'; url: string }
  /** The page cannot be read (a browser page, the store, a PDF viewer; or no click granted access). */
  | { state: 'no-access' }
  | { state: 'failed'; error: ReadFailure; url: string };

/** A reading the user keeps with a request (stored with it, deleted with it). */
export interface KeptReading {
  /** Where the policy was read: a page URL, or "pasted text" / a file name. */
  source: string;
  /** ISO date-time. */
  readAt: string;
  /** The text read (citations are ranges of it), at most `maxKeptText` characters. */
  text: string;
  reading: PolicyReading;
}

export const maxKeptText = 2_000_000;

/** Reading script → background: open the drafter for the operator the reading found. */
export interface OperatorIntent {
  kind: RequestKind;
  operator: RequestOperator;
  /** The page the user was on (origin and path). */
  pageUrl: string;
  reading?: KeptReading;
}

export interface OpenDrafterForOperatorMessage {
  type: 'open-drafter-for-operator';
  intent: OperatorIntent;
}

const maxField = 500;
const str = (v: unknown, max = maxField): v is string => typeof v === 'string' && v.length <= max;
const kinds: readonly string[] = [
  'deletion',
  'withdraw-consent',
  'access',
  'correction',
  'stop-processing',
  'stop-marketing',
];

function isHttpUrl(v: unknown): v is string {
  if (!str(v, 2048)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

function parseKeptReading(raw: unknown): KeptReading | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!str(r.source, 2048) || !str(r.readAt, 40) || !str(r.text, maxKeptText)) return undefined;
  const reading = r.reading as Record<string, unknown> | null;
  if (typeof reading !== 'object' || reading === null || typeof reading.isPolicy !== 'boolean')
    return undefined;
  // The reading comes from our own script in the tab (an isolated world the page cannot reach); a deep
  // copy keeps no reference to the sender's object.
  return {
    source: r.source,
    readAt: r.readAt,
    text: r.text,
    reading: structuredClone(reading) as unknown as PolicyReading,
  };
}

/** Parses the messages of this module; undefined for anything else. Never throws. */
export function parseSiteReadingMessage(
  raw: unknown,
): ReadTabMessage | OpenDrafterForOperatorMessage | undefined {
  try {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const m = raw as Record<string, unknown>;
    if (m.type === 'read-tab') {
      if (typeof m.tabId !== 'number' || !Number.isInteger(m.tabId) || m.tabId < 0) return undefined;
      const s = m.step as Record<string, unknown> | null;
      if (typeof s !== 'object' || s === null) return undefined;
      if (s.kind === 'find') return { type: 'read-tab', tabId: m.tabId, step: { kind: 'find' } };
      if (s.kind === 'url' && isHttpUrl(s.url))
        return { type: 'read-tab', tabId: m.tabId, step: { kind: 'url', url: s.url } };
      if (s.kind === 'text' && str(s.name, 300) && str(s.text, 5_000_000))
        return { type: 'read-tab', tabId: m.tabId, step: { kind: 'text', name: s.name, text: s.text } };
      return undefined;
    }
    if (m.type === 'open-drafter-for-operator') {
      const i = m.intent as Record<string, unknown> | null;
      if (typeof i !== 'object' || i === null || !kinds.includes(i.kind as string)) return undefined;
      const operator = parseOperator(i.operator);
      if (!operator || !(i.pageUrl === '' || isHttpUrl(i.pageUrl))) return undefined;
      const reading = i.reading === undefined ? undefined : parseKeptReading(i.reading);
      if (i.reading !== undefined && !reading) return undefined;
      return {
        type: 'open-drafter-for-operator',
        intent: {
          kind: i.kind as RequestKind,
          operator,
          pageUrl: i.pageUrl as string,
          ...(reading ? { reading } : {}),
        },
      };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
