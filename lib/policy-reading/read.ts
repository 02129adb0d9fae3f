import type { Evidence, PolicyReading, ReadOptions } from './types';

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

/** Reads a privacy policy's plain text. Never throws; a text that is not a policy gives isPolicy false. */
export function readPolicy(text: string, _options: ReadOptions = {}): PolicyReading {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > READ_LIMIT;
  const reading = emptyReading(Math.min(input.length, READ_LIMIT), truncated);
  reading.notPolicyReason = 'not read yet';
  return reading;
}
