// Splits a policy into sentences with their character ranges, clause numbers and section headings.

import type { Citation } from './types';

export interface Sentence {
  /** [start, end) in the input text. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased, ё → е, same length as text (offsets line up). */
  low: string;
  /** Clause number of the paragraph ("4.2"), inherited from the nearest numbered line above; null if none. */
  clause: string | null;
  /** Lower-cased heading of the section the sentence is in ("" before any heading). */
  section: string;
  /** True when the line is itself a heading. */
  heading: boolean;
  /** Index of the line (paragraph) it belongs to. */
  line: number;
}

export interface Doc {
  text: string;
  low: string;
  sentences: Sentence[];
}

/** Lower-cases keeping every offset (toLowerCase may change lengths for a few code points). */
export function lowerSameLength(s: string): string {
  const low = s.toLowerCase();
  const out =
    low.length === s.length
      ? low
      : [...s]
          .map((c) => {
            const l = c.toLowerCase();
            return l.length === c.length ? l : c;
          })
          .join('');
  return out.replace(/ё/g, 'е');
}

// Clause numbers at the start of a line: "1.", "1.2", "1.2.3.", "- 1.1", "• 2)", "п. 3.1".
const CLAUSE = /^[\s\-–—•*·]*(?:п\.\s*)?(\d{1,2}(?:\.\d{1,3}){0,4})(?:\.|\))?(?=\s|$)/;
// Abbreviations after which a full stop does not end a sentence.
const ABBR = new Set([
  'г',
  'ул',
  'д',
  'т',
  'е',
  'п',
  'пр',
  'пр-д',
  'пр-т',
  'корп',
  'кв',
  'стр',
  'им',
  'др',
  'ст',
  'ч',
  'гг',
  'обл',
  'р',
  'рф',
  'пос',
  'пгт',
  'мкр',
  'оф',
  'тел',
  'эл',
  'руб',
  'коп',
  'тыс',
  'млн',
  'см',
  'напр',
  'вкл',
  'англ',
  'e',
  'g',
  'i',
  'vs',
  'etc',
  'no',
  'inc',
  'ltd',
  'mr',
  'ms',
  'dr',
  'st',
  'вл',
  'лит',
  'пом',
  'эт',
  'каб',
  'мин',
]);
const MAX_SENTENCE = 1500;

function isHeadingLine(line: string, clause: string | null): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 160) return false;
  if (/[.;:,]$/.test(t) && !/^\d{1,2}\.$/.test(t)) {
    // "1. Общие положения." is still a heading when it is short and numbered at the top level.
    if (!(clause && !clause.includes('.') && t.length < 80 && /\.$/.test(t))) return false;
  }
  const body = t.replace(CLAUSE, '').trim();
  if (body.length < 3 || !/^[«"]?[A-ZА-ЯЁ]/.test(body)) return false;
  if (clause?.includes('.')) return false;
  const words = body.split(/\s+/).length;
  return words <= 14;
}

/** `low` may be passed when the caller has already lower-cased the text (lowerSameLength). */
export function segment(text: string, low: string = lowerSameLength(text)): Doc {
  const sentences: Sentence[] = [];
  let clause: string | null = null;
  let section = '';
  let lineNo = 0;
  let afterColon = false;
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineStart = pos;
    const line = text.slice(lineStart, nl);
    pos = nl + 1;
    if (line.trim().length === 0) continue;
    lineNo++;
    const m = CLAUSE.exec(line);
    if (m?.[1] && !/^\d{1,2}\.\d{1,2}\.\d{2,4}/.test(line.trim())) clause = m[1];
    // A short unnumbered line right after "…следующие данные:" is an item of that list, not a heading.
    const heading = isHeadingLine(line, m?.[1] ?? null) && !(afterColon && !m?.[1]);
    afterColon =
      /:\s*$/.test(line) ||
      (afterColon && !m?.[1] && !/[.]\s*$/.test(line.trim()) && line.trim().length < 160);
    if (heading) section = lowerSameLength(line.replace(CLAUSE, '').trim());
    splitLine(text, low, lineStart, nl, (s, e) => {
      sentences.push({
        start: s,
        end: e,
        text: text.slice(s, e),
        low: low.slice(s, e),
        clause,
        section,
        heading,
        line: lineNo,
      });
    });
  }
  return { text, low, sentences };
}

function splitLine(
  text: string,
  low: string,
  start: number,
  end: number,
  emit: (s: number, e: number) => void,
) {
  // Trim
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      // Need whitespace then an upper-case letter, a quote or a digit.
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '»' || text[j] === '"' || text[j] === ')')) j++;
      if (j >= end || !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < end && /\s/.test(text[k]!)) k++;
      if (k >= end || !/[A-ZА-ЯЁ«"(0-9]/.test(text[k]!)) continue;
      if (c === '.') {
        // The word before the dot: an abbreviation or an initial does not end a sentence.
        let w = i - 1;
        while (w >= s && /[\p{L}-]/u.test(text[w]!)) w--;
        const word = low.slice(w + 1, i);
        if (word.length === 1 && /[А-ЯЁA-Z]/.test(text[w + 1]!)) continue;
        if (ABBR.has(word)) continue;
        if (/^[\s\-–—•*·]*(?:п\.\s*)?\d{1,2}(?:\.\d{1,3})*$/.test(text.slice(s, i))) continue;
      }
      emit(s, j);
      s = k;
      i = k - 1;
    } else if (i - s >= MAX_SENTENCE && (/\s/.test(c) || i - s >= MAX_SENTENCE + 100)) {
      emit(s, i);
      s = i + 1;
    }
  }
  if (s < end) emit(s, end);
}

export function cite(s: Sentence): Citation {
  return { clause: s.clause, start: s.start, end: s.end };
}

/** Adds a citation once. */
export function addCite(list: Citation[], s: Sentence): void {
  if (!list.some((c) => c.start === s.start)) list.push(cite(s));
}

/** Sentences whose lower-cased text matches re. */
export function sentencesMatching(doc: Doc, re: RegExp): Sentence[] {
  return doc.sentences.filter((s) => re.test(s.low));
}
