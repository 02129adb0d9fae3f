// Does this text read like a privacy policy? Decided cheaply in the content script, on the site's policy
// pages only (entrypoints/panel.content/policy-page-text.ts decides which those are): a few regular
// expressions, no policy data. The background makes the real decision (diff.ts) on the text it is sent.

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
