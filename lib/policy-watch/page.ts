// Does this page show a privacy policy? Decided cheaply in the content script, which every page of a
// covered site loads: a few regular expressions over the page's text, no policy data. The background
// makes the real decision (diff.ts) on the text this sends it.

import { maxPolicyTextLength } from '../platform/messages';

/** The policy names itself: «Политика конфиденциальности», «… обработки персональных данных». */
export const policyTitle =
  /политик\S*\s+(?:конфиденциальности|в\s+отношении\s+обработки|обработки\s+персональных)/i;
const personal = /персональн/gi;
/** A numbered clause: «1.1 Персональная…», «3.2. Передача…» (not «пп. 4.1. и 4.2.», not a date). */
const numberedClause = /(?:^|[^\d.])\d{1,2}\.\d{1,2}\.?\s+[А-ЯЁA-Z«"]/g;

function atLeast(pattern: RegExp, text: string, count: number): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < count && pattern.exec(text)) found++;
  return found >= count;
}

/** True when `text` names a privacy policy and reads like one: numbered clauses or many «персональн…». */
export function looksLikePolicyText(text: string): boolean {
  return policyTitle.test(text) && (atLeast(numberedClause, text, 3) || atLeast(personal, text, 4));
}

/**
 * The page's text as the reader sees it (`innerText`: block boundaries as line breaks), capped, if the
 * page looks like the policy; undefined otherwise. The test runs on `textContent`, which costs no
 * layout, so an ordinary page pays for no more than that.
 */
export function policyTextOf(doc: Document, max = maxPolicyTextLength): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const raw = body.textContent ?? '';
  if (!looksLikePolicyText(raw.length > max ? raw.slice(0, max) : raw)) return undefined;
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps block boundaries as line breaks, which the clause alignment needs.
  const text = typeof body.innerText === 'string' ? body.innerText : raw; // jsdom has no innerText
  return text.length > max ? text.slice(0, max) : text;
}
