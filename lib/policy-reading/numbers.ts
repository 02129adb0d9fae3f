// ИНН / ОГРН / ОГРНИП check digits (ФНС rules), and finding the numbers in a text.

import type { Checksum } from './types';

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function weighted(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return (sum % 11) % 10;
}

/** True when s is a 10-digit (organisation) or 12-digit (person) ИНН whose check digits hold. */
export function isValidInn(s: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(s)) return false;
  const d = [...s].map(Number);
  if (d.length === 10) return weighted(d, INN10) === d[9];
  return weighted(d, INN11) === d[10] && weighted(d, INN12) === d[11];
}

/** Remainder of a decimal string modulo m, without BigInt (short strings only). */
function mod(s: string, m: number): number {
  let r = 0;
  for (const c of s) r = (r * 10 + Number(c)) % m;
  return r;
}

/** True when s is a 13-digit ОГРН (mod 11) or a 15-digit ОГРНИП (mod 13) whose check digit holds. */
export function isValidOgrn(s: string): boolean {
  if (/^\d{13}$/.test(s)) return mod(s.slice(0, 12), 11) % 10 === Number(s[12]);
  if (/^\d{15}$/.test(s)) return mod(s.slice(0, 14), 13) % 10 === Number(s[14]);
  return false;
}

export function checksum(kind: 'inn' | 'ogrn', s: string): Checksum {
  return (kind === 'inn' ? isValidInn(s) : isValidOgrn(s)) ? 'valid' : 'invalid';
}

export interface NumberHit {
  kind: 'inn' | 'ogrn';
  digits: string;
  /** Offset of the label (ИНН / ОГРН) in the searched string. */
  index: number;
}

// A label, optional punctuation / «№», then the digits (spaces inside are tolerated), not part of a longer run.
const LABELLED =
  /(?<![\p{L}\d])(инн|огрнип|огрн)(?![\p{L}])[\s:№#.-]{0,4}((?:\d[\s\u00a0]?){9,15})(?![\d])/gu;

/**
 * Numbers labelled ИНН / ОГРН / ОГРНИП in a lower-cased text. Only the right lengths count (ИНН 10 or 12,
 * ОГРН 13, ОГРНИП 15): an unlabelled digit run (a phone, an account) is never taken for one.
 */
export function findNumbers(low: string): NumberHit[] {
  const hits: NumberHit[] = [];
  for (const m of low.matchAll(LABELLED)) {
    const label = m[1]!;
    const digits = m[2]!.replace(/\s/g, '');
    const kind = label === 'инн' ? 'inn' : 'ogrn';
    const okLength =
      kind === 'inn'
        ? digits.length === 10 || digits.length === 12
        : label === 'огрн'
          ? digits.length === 13 || digits.length === 15
          : digits.length === 15;
    if (okLength) hits.push({ kind, digits, index: m.index });
  }
  return hits;
}
