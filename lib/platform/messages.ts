// The one message protocol between the extension's parts. Every message is a member of this
// union; the background checks shape and sender with `parseMessage` and ignores anything else.
// No message carries the user's personal data: intents name a policy, a request kind and the addresses
// the site shows on the page, with where they were found.

import { coversHostname } from '../../policies/hosts';
import { isRequestKind, type RequestKind } from '../law/kinds';
import type { Lang } from '../text/lang';
import type { LauncherPlacement, Theme } from './settings';

/**
 * An address the site shows on the page, as the content script found it (entrypoints/panel.content/
 * page-contacts.ts): a suggestion for the drafter, never chosen for the user, shown with where it was found.
 */
export interface PageContact {
  email: string;
  /** The visible words around it on the page, at most `maxContactContext` characters. */
  context: string;
  /** The page it was found on: origin and path. */
  pageUrl: string;
}

/** Longest `PageContact.context`. */
export const maxContactContext = 120;

/** What the panel asks the drafter to prepare. */
export interface DrafterIntent {
  policyId: string;
  kind: RequestKind;
  /** The site's own addresses found on the page the user was on: suggestions only. */
  pageContacts: PageContact[];
  /** The page the user was on, for the drafter's "from" line. Origin and path only. */
  pageUrl: string;
}

export type Message =
  /** Panel → background: open the request drafter. Answer: true when it opened. */
  | { type: 'open-drafter'; intent: DrafterIntent }
  /** Content script → background: the full policy for a site. Answer: SitePolicy, or null. */
  | { type: 'get-policy'; policyId: string }
  /** Content script → background: the policy text found on the page, to compare. Answer: PolicyCheck. */
  | { type: 'check-policy'; policyId: string; text: string }
  /** Content script → background: the launcher's and the panel's settings for this tab. Answer: PanelState. */
  | { type: 'panel-state' }
  /** Content script → background: the user opened or closed the panel in this tab. */
  | { type: 'panel-open'; open: boolean }
  /** The loader (content script) → background: the user reached for the launcher (or the page is the
   *  site's policy); run the panel's code (panel-ui.js) in the sender's frame. Answer: true once it ran. */
  | { type: 'load-panel' };

/**
 * Background → content script (answer to `panel-state`): everything the loader needs to draw the
 * launcher and the panel to start from, read from the settings by the background in one answer.
 */
export interface PanelState {
  /** Open in this tab: what the user left here, else whether the panel opens by itself (a setting). */
  open: boolean;
  /** The keyboard shortcut that toggles the panel, as the browser writes it ('' when none). */
  shortcut: string;
  /** The user hid Policy Lens on this site. */
  hidden: boolean;
  /** The language the user chose (null: the browser's), and the browser's UI language as one of ours. */
  lang: Lang | null;
  uiLang: Lang;
  theme: Theme;
  /** Where the launcher goes; `placed`: the user put it there on this site (else it is measured). */
  placement: LauncherPlacement;
  placed: boolean;
}

/** Background → content script, when the user pressed the panel's keyboard shortcut. */
export const togglePanelMessage = { type: 'toggle-panel' } as const;

/**
 * Background → every page of a covered site, when the settings changed (in the drafter, the options
 * page or the toolbar popup): the loader asks for its PanelState again.
 */
export const settingsChangedMessage = { type: 'settings-changed' } as const;

/** One step of a word diff, reviewed text → live text. */
export interface DiffStep {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** A clause that differs on the live site, with its word diff. */
export interface PolicyChange {
  /** The reviewed clause's id; null for a clause the site added. */
  id: string | null;
  status: 'changed' | 'added' | 'removed';
  /** The number the page gives it, where it gives one. */
  liveNumber?: string;
  diff: DiffStep[];
}

/**
 * Background → content script: the answer to `check-policy`, also what `policySeenSetting` keeps.
 * Policy text only (clause ids and words of the policy), never anything about the user.
 */
export interface PolicyCheck {
  policyId: string;
  state: 'unchanged' | 'changed' | 'not-policy';
  /** How much of the policy the page showed. */
  coverage: 'full' | 'partial' | 'none';
  /** When the page was compared, ISO date-time. */
  checkedAt: string;
  /** The reviewed date (YYYY-MM-DD) of the summary it was compared with. */
  reviewed: string;
  /** Fingerprint of the normalised policy text on the page ('' when it was not the policy). */
  fingerprint: string;
  /** Reviewed clauses whose text changed or is gone: statements citing them may be outdated. */
  changedClauses: string[];
  changes: PolicyChange[];
}

/** A pending intent (`{ intent, at }` under `sessionKeys.pendingDrafterIntent`) older than this is ignored. */
export const pendingIntentMaxAgeMs = 2 * 60 * 1000;

/**
 * Longest page text the background compares with the reviewed policy: 30 times the expert.plus policy
 * (about 10,000 characters), so a huge or padded page costs the comparison no more than this.
 */
export const maxPolicyTextLength = 300_000;

const maxList = 20;
const maxString = 2048;

const emailPattern = /^[^\s@<>()[\]\\,;:"?&%]+@[^\s@<>()[\]\\,;:"?&%]+\.[^\s@<>()[\]\\,;:"?&%]{2,}$/;

/** A plausible single e-mail address, with nothing that could smuggle headers into a mailto URL. */
export function isPlainEmail(value: string): boolean {
  return value.length <= 254 && emailPattern.test(value);
}

/** Whether the address's domain is one of `hostnames` or a subdomain of one: never a look-alike. */
export function isSiteAddress(email: string, hostnames: readonly string[]): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && coversHostname(hostnames, email.slice(at + 1).toLowerCase());
}

/** Whether an http(s) page URL is on one of `hostnames` (or a subdomain). */
function isSitePage(url: string, hostnames: readonly string[]): boolean {
  try {
    return coversHostname(hostnames, new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The contacts that belong to the site: an address on its domain, found on one of its pages. What the
 * background passes on and the drafter shows (whatever sent them).
 */
export function siteContacts(contacts: readonly PageContact[], hostnames: readonly string[]): PageContact[] {
  return contacts.filter((c) => isSiteAddress(c.email, hostnames) && isSitePage(c.pageUrl, hostnames));
}

/** A policy id is its site's hostname (`expert.plus`). */
const policyIdPattern = /^[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?$/;

const isString = (v: unknown, max = maxString): v is string => typeof v === 'string' && v.length <= max;
const isPolicyId = (v: unknown): v is string => typeof v === 'string' && policyIdPattern.test(v);

/** The page an intent came from: empty (unknown), or an http(s) origin and path with nothing else. */
function isPageUrl(v: unknown): v is string {
  if (v === '') return true;
  if (!isString(v)) return false;
  try {
    const u = new URL(v);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password && `${u.origin}${u.pathname}` === v;
  } catch {
    return false;
  }
}

/**
 * The own data properties of a plain object, read once each, when they are exactly `keys`; otherwise
 * undefined. Inherited values (a polluted Object.prototype), getters, class instances, arrays and
 * extra fields are all refused, so what is checked is what is used.
 */
function exactFields<K extends string>(raw: unknown, keys: readonly K[]): Record<K, unknown> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const proto = Object.getPrototypeOf(raw);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return undefined; // not a plain object
  const own = Reflect.ownKeys(raw);
  if (own.length !== keys.length) return undefined;
  const out = Object.create(null) as Record<K, unknown>;
  for (const key of own) {
    if (typeof key !== 'string' || !(keys as readonly string[]).includes(key)) return undefined;
    const d = Object.getOwnPropertyDescriptor(raw, key);
    if (!d || !('value' in d)) return undefined;
    out[key as K] = d.value;
  }
  return out;
}

/** The message's type, when `raw` is a plain object with an own string `type`. */
function typeOf(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const d = Object.getOwnPropertyDescriptor(raw, 'type');
  return d && 'value' in d ? d.value : undefined;
}

/** Visible words: no control characters (line breaks, tabs, NUL) and not too long. */
const isContext = (v: unknown): v is string =>
  isString(v, maxContactContext) && !/\p{Cc}|[\u2028\u2029]/u.test(v);

function parseContact(raw: unknown): PageContact | undefined {
  const c = exactFields(raw, ['email', 'context', 'pageUrl']);
  if (!c || typeof c.email !== 'string' || !isPlainEmail(c.email) || !isContext(c.context)) return undefined;
  if (!isPageUrl(c.pageUrl) || c.pageUrl === '') return undefined;
  return { email: c.email, context: c.context, pageUrl: c.pageUrl };
}

function parseIntent(raw: unknown): DrafterIntent | undefined {
  const i = exactFields(raw, ['policyId', 'kind', 'pageContacts', 'pageUrl']);
  if (!i || !isPolicyId(i.policyId) || !isRequestKind(i.kind)) return undefined;
  if (!Array.isArray(i.pageContacts) || i.pageContacts.length > maxList) return undefined;
  const pageContacts = Array.from(i.pageContacts as unknown[], parseContact);
  if (!pageContacts.every((c) => c !== undefined) || !isPageUrl(i.pageUrl)) return undefined;
  return {
    policyId: i.policyId,
    kind: i.kind as RequestKind,
    pageContacts: pageContacts as PageContact[],
    pageUrl: i.pageUrl,
  };
}

/**
 * Returns a fresh copy of the message if it is one of ours and well-formed in every field, otherwise
 * undefined. Never throws.
 */
export function parseMessage(raw: unknown): Message | undefined {
  try {
    switch (typeOf(raw)) {
      case 'open-drafter': {
        const m = exactFields(raw, ['type', 'intent']);
        const intent = m && parseIntent(m.intent);
        return intent && { type: 'open-drafter', intent };
      }
      case 'get-policy': {
        const m = exactFields(raw, ['type', 'policyId']);
        return m && isPolicyId(m.policyId) ? { type: 'get-policy', policyId: m.policyId } : undefined;
      }
      case 'check-policy': {
        const m = exactFields(raw, ['type', 'policyId', 'text']);
        if (!m || !isPolicyId(m.policyId) || !isString(m.text, maxPolicyTextLength)) return undefined;
        return { type: 'check-policy', policyId: m.policyId, text: m.text };
      }
      case 'panel-state':
        return exactFields(raw, ['type']) ? { type: 'panel-state' } : undefined;
      case 'panel-open': {
        const m = exactFields(raw, ['type', 'open']);
        return m && typeof m.open === 'boolean' ? { type: 'panel-open', open: m.open } : undefined;
      }
      case 'load-panel':
        return exactFields(raw, ['type']) ? { type: 'load-panel' } : undefined;
      default:
        return undefined;
    }
  } catch {
    // A revoked Proxy or an exotic object whose traps throw.
    return undefined;
  }
}

/** Clauses one check reports at most (`toPolicyCheck` keeps to it). */
export const maxPolicyChanges = 200;
const maxDiffSteps = 1000;
const maxDiffText = 4100;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const clauseId = (v: unknown): v is string => isString(v, 40) && v !== '';

function parseChange(raw: unknown): PolicyChange | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const c = raw as Record<string, unknown>;
  if (c.status !== 'changed' && c.status !== 'added' && c.status !== 'removed') return undefined;
  if (c.status === 'added' ? c.id !== null : !clauseId(c.id)) return undefined;
  if (c.liveNumber !== undefined && !clauseId(c.liveNumber)) return undefined;
  if (!Array.isArray(c.diff) || c.diff.length === 0 || c.diff.length > maxDiffSteps) return undefined;
  const diff: DiffStep[] = [];
  for (const d of c.diff as unknown[]) {
    const step = d as Record<string, unknown> | null;
    if (typeof step !== 'object' || step === null) return undefined;
    if (step.op !== 'same' && step.op !== 'del' && step.op !== 'ins') return undefined;
    if (!isString(step.text, maxDiffText)) return undefined;
    diff.push({ op: step.op, text: step.text });
  }
  return {
    id: c.id as string | null,
    status: c.status,
    ...(c.liveNumber !== undefined ? { liveNumber: c.liveNumber as string } : {}),
    diff,
  };
}

/**
 * Returns a policy check if `raw` is a well-formed one (from the background's answer or from
 * storage), otherwise undefined. Every field is checked: the panel renders these words.
 */
export function parsePolicyCheck(raw: unknown): PolicyCheck | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isString(r.policyId, 100) || !isString(r.fingerprint, 64)) return undefined;
  if (r.state !== 'unchanged' && r.state !== 'changed' && r.state !== 'not-policy') return undefined;
  if (r.coverage !== 'full' && r.coverage !== 'partial' && r.coverage !== 'none') return undefined;
  if (!isString(r.checkedAt, 40) || !isoDateTime.test(r.checkedAt)) return undefined;
  if (!isString(r.reviewed, 10) || !isoDate.test(r.reviewed)) return undefined;
  if (!Array.isArray(r.changedClauses) || r.changedClauses.length > maxPolicyChanges) return undefined;
  if (!r.changedClauses.every(clauseId)) return undefined;
  if (!Array.isArray(r.changes) || r.changes.length > maxPolicyChanges) return undefined;
  const changes = r.changes.map(parseChange);
  if (!changes.every((c) => c !== undefined)) return undefined;
  if ((r.state === 'changed') !== changes.length > 0) return undefined;
  return {
    policyId: r.policyId,
    state: r.state,
    coverage: r.coverage,
    checkedAt: r.checkedAt,
    reviewed: r.reviewed,
    fingerprint: r.fingerprint,
    changedClauses: [...(r.changedClauses as string[])],
    changes: changes as PolicyChange[],
  };
}

/** A drafter intent as the query string of a drafter URL (`?policy=…&kind=…`); the contacts as JSON. */
export function intentToSearch(intent: DrafterIntent): string {
  const p = new URLSearchParams();
  p.set('policy', intent.policyId);
  p.set('kind', intent.kind);
  if (intent.pageContacts.length > 0) p.set('contacts', JSON.stringify(intent.pageContacts));
  p.set('from', intent.pageUrl);
  return `?${p.toString()}`;
}

/** Reads a drafter intent from the query string of a drafter URL, checked as a message is. */
export function intentFromSearch(search: string): DrafterIntent | undefined {
  const p = new URLSearchParams(search);
  let pageContacts: unknown = [];
  try {
    const json = p.get('contacts');
    if (json !== null) pageContacts = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = parseMessage({
    type: 'open-drafter',
    intent: {
      policyId: p.get('policy') ?? '',
      kind: p.get('kind'),
      pageContacts,
      pageUrl: p.get('from') ?? '',
    },
  });
  return parsed?.type === 'open-drafter' ? parsed.intent : undefined;
}
