import { readData, readPurposes } from './categories';
import { findAddresses, findEmails, findPhones, findSites } from './contacts';
import { checksum, findNumbers } from './numbers';
import { operatorCandidates } from './operator';
import {
  readAnalytics,
  readConsentByUse,
  readCookies,
  readCrossBorder,
  readRetention,
  readSharing,
  readWithdrawal,
} from './terms';
import { addCite, cite, type Doc, lowerSameLength, type Sentence, segment } from './text';
import type { Attention, Citation, Evidence, PolicyReading, ReadOptions } from './types';
import { CHANNELS, DATA_CATEGORIES, PURPOSES } from './types';

/** The reader reads at most this many characters of the input (a long policy is ~150 000); it says when it cut. */
export const READ_LIMIT = 400_000;

export function emptyEvidence(): Evidence {
  return {
    operator: { name: [], form: [], inn: [], ogrn: [], address: [] },
    contacts: { emails: {}, phones: {}, postal: [] },
    site: [],
    data: {},
    purposes: {},
    third_parties: { shares: [], named: {}, processors: [] },
    cross_border: [],
    retention: [],
    withdrawal: { channel: {}, deadline_days: [] },
    cookies: [],
    analytics: {},
  };
}

export function emptyReading(chars: number, truncated: boolean): PolicyReading {
  return {
    isPolicy: false,
    language: 'other',
    read: { chars, limit: READ_LIMIT, truncated },
    operator: { name: null, form: null, inn: null, ogrn: null, address: null },
    contacts: { emails: [], phones: [], postal: null },
    site: null,
    data: [],
    purposes: [],
    third_parties: { shares: null, named: [], processors: null },
    cross_border: null,
    retention: null,
    withdrawal: { channel: [], deadline_days: null },
    cookies: null,
    analytics: [],
    checksums: { inn: null, ogrn: null },
    evidence: emptyEvidence(),
    attention: [],
  };
}

const cites = (ss: Sentence[]): Citation[] => {
  const out: Citation[] = [];
  for (const s of ss) addCite(out, s);
  return out;
};

/** Whether the text reads as a privacy policy, and its language. */
export function classify(
  text: string,
  lowered?: string,
): {
  isPolicy: boolean;
  language: PolicyReading['language'];
  reason?: string;
} {
  const sample = text.slice(0, 200_000);
  if (sample.trim().length === 0) return { isPolicy: false, language: 'other', reason: 'The text is empty.' };
  let control = 0;
  let cyr = 0;
  let lat = 0;
  const n = Math.min(sample.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (control > n * 0.02)
    return { isPolicy: false, language: 'other', reason: 'The text looks binary, not a document.' };
  const language = cyr >= lat * 0.3 && cyr > 0 ? 'ru' : lat > 0 ? 'en' : 'other';
  const low = lowered ? lowered.slice(0, sample.length) : lowerSameLength(sample);
  const ru = (low.match(/персональн[а-я]* (?:данн|информац)/g) ?? []).length;
  const en = (low.match(/personal (?:data|information)|privacy (?:policy|notice)/g) ?? []).length;
  const title =
    /политик[а-я]* (?:конфиденциальн|обработк|в отношении обработк)|положени[а-я]* (?:о|об) (?:обработк|защит|персональн)|privacy policy|конфиденциальн/.test(
      low,
    );
  if (sample.trim().length < 200)
    return { isPolicy: false, language, reason: 'The text is too short to be a privacy policy.' };
  if (ru + en >= 3 || (title && ru + en >= 1)) return { isPolicy: true, language };
  return {
    isPolicy: false,
    language,
    reason:
      'The text does not speak about personal data (no «персональные данные» / "personal data" wording).',
  };
}

/** Reads a privacy policy's plain text. Never throws; a text that is not a policy gives isPolicy false. */
export function readPolicy(text: string, options: ReadOptions = {}): PolicyReading {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > READ_LIMIT;
  const body = truncated ? input.slice(0, READ_LIMIT) : input;
  const reading = emptyReading(body.length, truncated);
  const low = lowerSameLength(body);
  const kind = classify(body, low);
  reading.language = kind.language;
  if (!kind.isPolicy) {
    reading.notPolicyReason = kind.reason ?? 'Not a privacy policy.';
    return reading;
  }
  reading.isPolicy = true;
  try {
    fill(reading, segment(body, low), options);
  } catch (e) {
    // A reader bug must not break the caller: say what happened, keep what was read.
    reading.error = `The reader failed part-way (${String(e)}); what it read before that is kept.`;
  }
  return reading;
}

/** Puts the found keys in vocabulary order into values, with their citations into evidence. */
function inOrder<K extends string>(
  vocabulary: readonly K[],
  found: Map<K, Sentence[]>,
  values: K[],
  evidence: Partial<Record<K, Citation[]>>,
): void {
  for (const k of vocabulary) {
    const ss = found.get(k);
    if (ss) {
      values.push(k);
      evidence[k] = cites(ss);
    }
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

function fill(r: PolicyReading, doc: Doc, options: ReadOptions): void {
  const ev = r.evidence;
  // Operator
  const candidates = operatorCandidates(doc);
  // A candidate that only appears as a recipient of transfers is not the operator.
  const op = candidates[0] && candidates[0].score > 0 ? candidates[0] : undefined;
  if (op) {
    r.operator.name = op.name;
    r.operator.form = op.form;
    ev.operator.name = [cite(op.sentence)];
    if (op.form) {
      const formSentence =
        candidates.find((c) => c.key === op.key && c.form === op.form)?.sentence ?? op.sentence;
      ev.operator.form = [cite(formSentence)];
    }
  }
  // ИНН / ОГРН: labelled numbers of the operator, not of a recipient named beside them.
  for (const s of doc.sentences) {
    if (!s.low.includes('инн') && !s.low.includes('огрн')) continue;
    for (const hit of findNumbers(s.low)) {
      const before = s.low.slice(0, hit.index);
      const other = candidates.find(
        (c) =>
          c.sentence === s &&
          c !== op &&
          c.start - s.start < hit.index &&
          c.key !== op?.key &&
          c.score < (op?.score ?? 0) - 30,
      );
      const nearest = candidates
        .filter((c) => c.sentence === s && c.start - s.start < hit.index)
        .sort((a, b) => b.start - a.start)[0];
      if (other && nearest === other) continue;
      if (/(?:покупател|пользовател|клиент|контрагент|субъект)[а-я]*[;,]?\s*$/.test(before.slice(-40)))
        continue;
      // "ИНН 7734123457 покупателя": a customer's number named after the digits.
      const rest = s.low.slice(hit.index).replace(/^\D*[\d\s]+/, '');
      if (/^(?:покупател|пользовател|клиент|контрагент|субъект)/.test(rest)) continue;
      if (hit.kind === 'inn' && !r.operator.inn) {
        r.operator.inn = hit.digits;
        r.checksums.inn = checksum('inn', hit.digits);
        ev.operator.inn = [cite(s)];
      } else if (hit.kind === 'ogrn' && !r.operator.ogrn) {
        r.operator.ogrn = hit.digits;
        r.checksums.ogrn = checksum('ogrn', hit.digits);
        ev.operator.ogrn = [cite(s)];
      }
    }
  }
  // Addresses
  // An address given beside a transfer to another company (not the operator) is that company's.
  const foreign = (s: Sentence, text: string) => {
    const at = s.low.indexOf(lowerSameLength(text.slice(0, 12)));
    const transfer = s.low.search(/переда[а-я]*|поруч[а-я]*/);
    return candidates.some(
      (c) =>
        c.sentence === s &&
        c.key !== op?.key &&
        transfer >= 0 &&
        c.start - s.start > transfer &&
        c.start - s.start < at,
    );
  };
  const addresses = findAddresses(doc).filter((a) => !a.sentences.every((s) => foreign(s, a.value.text)));
  const opAddress = addresses.find((a) => !a.value.postal) ?? null;
  if (opAddress) {
    r.operator.address = opAddress.value.text;
    ev.operator.address = cites(opAddress.sentences);
  }
  const postal = addresses.find((a) => a.value.postal && a.value.text !== opAddress?.value.text);
  if (postal) {
    r.contacts.postal = postal.value.text;
    ev.contacts.postal = cites(postal.sentences);
  }
  // E-mails, phones, site
  for (const e of findEmails(doc, r.operator.name)) {
    r.contacts.emails.push(e.value);
    ev.contacts.emails[e.value] = cites(e.sentences);
  }
  for (const p of findPhones(doc)) {
    r.contacts.phones.push(p.value);
    ev.contacts.phones[p.value] = cites(p.sentences);
  }
  const sites = findSites(doc, hostOf(options.url));
  if (sites.length > 0) {
    r.site = sites.map((s) => s.value).join(', ');
    ev.site = cites(sites.flatMap((s) => s.sentences));
  }
  // Data and purposes, in vocabulary order
  inOrder(DATA_CATEGORIES, readData(doc), r.data, ev.data);
  inOrder(PURPOSES, readPurposes(doc), r.purposes, ev.purposes);
  // Sharing, cross-border
  const sharing = readSharing(doc);
  r.third_parties.shares = sharing.shares;
  ev.third_parties.shares = cites(sharing.shareSentences);
  r.third_parties.processors = sharing.processors;
  ev.third_parties.processors = cites(sharing.processorSentences);
  const analytics = readAnalytics(doc);
  // The operator itself, named beside a transfer, is no recipient.
  const own = /[«"]([^»"]+)[»"]/.exec(r.operator.name ?? '')?.[1]?.toLowerCase();
  for (const [name, ss] of sharing.named) {
    if (own && name.toLowerCase().includes(own)) continue;
    r.third_parties.named.push(name);
    ev.third_parties.named[name] = cites(ss);
  }
  for (const [name, ss] of analytics) {
    r.analytics.push(name);
    ev.analytics[name] = cites(ss);
  }
  const cross = readCrossBorder(doc);
  r.cross_border = cross.value;
  ev.cross_border = cites(cross.sentences);
  // Retention, withdrawal, cookies
  const retention = readRetention(doc);
  r.retention = retention.value;
  ev.retention = cites(retention.sentences);
  const w = readWithdrawal(doc, {
    email: r.contacts.emails.length > 0,
    post: r.contacts.postal !== null,
    phone: r.contacts.phones.length > 0,
  });
  for (const c of CHANNELS) {
    const ss = w.channel.get(c);
    if (ss) {
      r.withdrawal.channel.push(c);
      ev.withdrawal.channel[c] = cites(ss);
    }
  }
  r.withdrawal.deadline_days = w.deadline.days;
  ev.withdrawal.deadline_days = cites(w.deadline.sentences);
  const cookies = readCookies(doc);
  r.cookies = cookies.value;
  ev.cookies = cites(cookies.sentences);
  // A site that sets cookies collects cookie data (LABELS.md counts it among the data).
  if (r.cookies === true && !r.data.includes('cookies')) {
    r.data.push('cookies');
    r.data.sort((a, b) => DATA_CATEGORIES.indexOf(a) - DATA_CATEGORIES.indexOf(b));
    ev.data.cookies = ev.cookies;
  }
  // Attention points
  r.attention = attention(r, doc);
}

function attention(r: PolicyReading, doc: Doc): Attention[] {
  const out: Attention[] = [];
  if (r.retention === null) out.push({ kind: 'no_retention', citations: [] });
  const byUse = readConsentByUse(doc);
  if (byUse.length > 0) out.push({ kind: 'consent_by_use', citations: cites(byUse) });
  if (r.cross_border === true) out.push({ kind: 'cross_border', citations: r.evidence.cross_border });
  const noAddress =
    r.contacts.emails.length === 0 &&
    r.contacts.phones.length === 0 &&
    r.contacts.postal === null &&
    r.operator.address === null &&
    r.withdrawal.channel.length === 0;
  if (noAddress) out.push({ kind: 'no_request_address', citations: [] });
  if (r.operator.name === null) out.push({ kind: 'no_operator', citations: [] });
  if (r.checksums.inn === 'invalid' && r.operator.inn)
    out.push({
      kind: 'invalid_operator_number',
      citations: r.evidence.operator.inn,
      detail: `ИНН ${r.operator.inn}`,
    });
  if (r.checksums.ogrn === 'invalid' && r.operator.ogrn)
    out.push({
      kind: 'invalid_operator_number',
      citations: r.evidence.operator.ogrn,
      detail: `ОГРН ${r.operator.ogrn}`,
    });
  return out;
}
