// Text normalisation for comparing a policy as a site renders it with the reviewed source. Pure: no DOM,
// no `browser.*`. Two texts that differ only in formatting noise normalise to the same string:
// white space (including no-break and other Unicode spaces), soft hyphens and zero-width characters,
// quote styles («» "" „“ ‘’), dash styles (— – ‑ −), letter case, ё/е, and Latin or Greek letters
// that look like Cyrillic ones (expert.plus writes a Latin «B» in «B рамках»).
//
// Look-alikes are folded to Cyrillic everywhere, also inside Latin words: both sides of a comparison
// are folded the same way, so «expert.plus» still equals «expert.plus»; what is lost is only the
// ability to see a Latin word swapped for its Cyrillic look-alike, which is exactly the noise to ignore.
// The data files keep the source verbatim; folding happens only here.

/** Soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks and other invisible format characters. */
// The combining-class ones (U+034F, Mongolian and standard variation selectors) stand apart.
const invisible =
  /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\u034f|[\u180b-\u180f]|[\ufe00-\ufe0f]/g;

// After lower-casing: Latin and Greek letters that look like Cyrillic ones, quotes, dashes, ё.
const fold: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  α: 'а',
  β: 'в',
  ε: 'е',
  η: 'н',
  κ: 'к',
  μ: 'м',
  ο: 'о',
  ρ: 'р',
  τ: 'т',
  χ: 'х',
  υ: 'у',
  і: 'i', // Ukrainian/Belarusian і, which no Russian word uses, as the Latin i it looks like
  ё: 'е',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‹': "'",
  '›': "'",
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  '﹘': '-',
  '﹣': '-',
  '－': '-',
};
const foldable = new RegExp(`[${Object.keys(fold).join('')}]`, 'g');

/** Runs of white space (JS `\s` covers no-break, thin, ideographic and line separator spaces). */
const spaces = /\s+/g;
/** Within lines: runs (or odd kinds) of space other than line breaks. */
const spacesInLine = /[^\S\n]{2,}|[^\S\n ]/g;
/** A space before closing punctuation or after an opening bracket is layout, not text. */
const spaceBeforeClosing = / (?=[,.;:!?)\]])/g;
const spaceAfterOpening = /([([]) /g;

/**
 * Text made only of Latin, Cyrillic, common punctuation and symbols has nothing for NFC to change,
 * no invisible format characters and no combining marks: one cheap test skips those three passes,
 * which on a 1 MB page are most of the work. (Greek and letter-like symbols are left out: they hold
 * NFC singletons such as U+037E and U+212A.)
 */
const notPlain =
  /[^\t\n\r\u0020-\u00ac\u00ae-\u02ff\u0400-\u0482\u048a-\u052f\u2002-\u200a\u2010-\u2029\u202f-\u205f\u2070-\u20cf]/;
/** Combining marks: text that has any goes through a fixpoint loop, so the result is always stable. */
const combining = /\p{M}/u;

function once(text: string, keepLines: boolean): string {
  let composed = text;
  if (notPlain.test(composed)) {
    composed = composed.replace(invisible, '');
    if (notPlain.test(composed)) composed = composed.normalize('NFC');
  }
  const folded = composed.toLowerCase().replace(foldable, (ch) => fold[ch] ?? ch);
  const spaced = folded.replace(keepLines ? spacesInLine : spaces, ' ');
  const tidy = spaced.replace(spaceBeforeClosing, '').replace(spaceAfterOpening, '$1');
  // With line breaks kept, each line's ends are trimmed after the split (cheaper than a regex pass).
  return keepLines ? tidy : tidy.trim();
}

// The fast path: one loop over the text with a table for U+0000–U+20CF that lower-cases and folds,
// drops invisible characters and marks white space. It gives exactly what `once` gives (a unit test
// compares them) for text whose every character the table covers; anything else (NFC work, combining
// marks, Greek, U+0130 whose lower case is two characters, …) takes the regular-expression path.
const tableEnd = 0x20d0;
const FALLBACK = 0;
const SKIP = 1;
const SPACE = 2;
let table: Uint16Array | undefined;
const utf16 = new TextDecoder('utf-16le');

function buildTable(): Uint16Array {
  const t = new Uint16Array(tableEnd);
  for (let c = 0; c < tableEnd; c++) {
    const ch = String.fromCharCode(c);
    if (c === 0x0a) continue; // handled in the loop
    if (
      c === 0xad ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x206f)
    )
      t[c] = SKIP;
    else if (notPlain.test(ch)) t[c] = FALLBACK;
    else if (/\s/.test(ch)) t[c] = SPACE;
    else {
      const lower = ch.toLowerCase();
      const folded = fold[lower] ?? lower;
      t[c] = folded.length === 1 && folded.charCodeAt(0) > SPACE ? folded.charCodeAt(0) : FALLBACK;
    }
  }
  return t;
}

const isClosing = (c: number) =>
  c === 0x2c ||
  c === 0x2e ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x29 ||
  c === 0x5d;

function fast(text: string, keepLines: boolean): string | undefined {
  table ??= buildTable();
  const out = new Uint16Array(text.length);
  let n = 0;
  let pendingSpace = false;
  let last = 0x0a; // the last character written; a line break at the start
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (keepLines) {
        pendingSpace = false;
        out[n++] = 0x0a;
        last = 0x0a;
      } else pendingSpace = true;
      continue;
    }
    const m = c < tableEnd ? table[c]! : FALLBACK;
    if (m === FALLBACK) return undefined;
    if (m === SKIP) continue;
    if (m === SPACE) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      pendingSpace = false;
      if (last !== 0x0a && last !== 0x28 && last !== 0x5b && !isClosing(m)) out[n++] = 0x20;
    }
    out[n++] = m;
    last = m;
  }
  // Every code written is below U+20D0 (no surrogates), so UTF-16 decoding is exact.
  return utf16.decode(out.subarray(0, n));
}

/** The regular-expression path alone, exported for the test that holds the fast path to it. */
export function normaliseTextByRegExp(text: string): string {
  let result = once(text, false);
  if (notPlain.test(result) && combining.test(result)) {
    for (let i = 0; i < 4; i++) {
      const next = once(result, false);
      if (next === result) break;
      result = next;
    }
  }
  return result;
}

function stable(text: string, keepLines: boolean): string {
  const quick = fast(text, keepLines);
  if (quick !== undefined) return quick;
  let result = once(text, keepLines);
  // Composition can meet a folded letter (Latin e + U+0308 composes before folding; Cyrillic е + U+0308
  // only after), so text with combining marks is repeated until it stops changing. Ordinary Russian
  // text has none and takes one pass.
  if (notPlain.test(result) && combining.test(result)) {
    for (let i = 0; i < 4; i++) {
      const next = once(result, keepLines);
      if (next === result) break;
      result = next;
    }
  }
  return result;
}

/**
 * The comparison form of `text`, on one line. Idempotent (`normaliseText(normaliseText(t)) ===
 * normaliseText(t)`) and total: never throws, whatever the input (lone surrogates included).
 */
export function normaliseText(text: string): string {
  return stable(text, false);
}

/**
 * `normaliseText` of each line of `text` (lines separated by "\n" only), in one pass over the whole
 * text: a page of 1 MB is a few calls of the regex engine, not one per line.
 */
export function normaliseLines(text: string): string[] {
  const lines = stable(text, true)
    .split('\n')
    .map((line) => line.trim());
  // No step adds or removes a line break, so the counts agree; the fallback keeps that exact regardless.
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return lines.length === breaks + 1 ? lines : text.split('\n').map(normaliseText);
}
