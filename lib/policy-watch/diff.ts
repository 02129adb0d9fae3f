// Compares the privacy policy a site shows today with the reviewed source, clause by clause. Pure: no DOM,
// no `browser.*`; the background runs it on the text a content script read off the page.
//
// How the live text is aligned (near-linear, so a 1 MB page takes a few milliseconds):
// 1. The page text is cut into lines; a leading list dash and clause number («- 1.1», «3.1.», «2)»)
//    are taken off each line and kept as the line's number. Each line is normalised (normalise.ts).
// 2. Exact anchors: a source clause is found where one line, or a run of consecutive lines (a heading
//    and its body rendered apart), normalises to exactly the clause's text. Lines are indexed by their
//    first word, so each clause looks at a handful of candidates, not the whole page.
// 3. Order: the longest run of anchors in reviewed order (longest increasing subsequence) fixes the
//    skeleton; an anchor outside it is a clause that moved, which is not a change of its words.
// 4. Between consecutive anchors, clauses not found verbatim are paired with the page's remaining lines,
//    first by their number, then by word similarity; a pair is "changed" and gets a word diff (an LCS
//    bounded to that pair, with a size cap). Lines left over between anchors are "added"; lines outside
//    the first and last anchor are the site's own header and footer and are ignored, except numbered
//    items directly after the last clause.
//
// Partial pages: a clause missing between two clauses the page does show is "removed"; a clause missing
// before the first or after the last one shown is only "not shown" (`notShown`), and coverage is
// "partial". So a page quoting section 4 alone raises no notice, and neither, by the same rule, does
// a site dropping its very first or last clause (that reads exactly like a page showing less).
//
// Not the policy: fewer than three clauses found word for word. So a policy rewritten throughout (every
// clause reworded) reads as "not the policy" and raises no notice: a known blind spot, chosen over
// calling any page with numbered paragraphs about personal data a changed policy.

import { fingerprint } from './fingerprint';
import { normaliseLines, normaliseText } from './normalise';

export interface SourceClause {
  readonly id: string;
  readonly text: string;
}

export type DiffOp = { op: 'same' | 'del' | 'ins'; text: string };

export type ClauseStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface ClauseComparison {
  /** The reviewed clause's id; null for a clause the site added. */
  id: string | null;
  status: ClauseStatus;
  /** Found word for word, but out of its reviewed order. */
  moved?: boolean;
  /** The number the page gives the clause, where it gives one. */
  liveNumber?: string;
  /** Word diff, reviewed → live: for changed clauses, and the whole text for added/removed ones. */
  diff?: DiffOp[];
}

export interface PolicyComparison {
  /** Enough of the reviewed policy is on the page to call it the policy (three clauses word for word). */
  isPolicy: boolean;
  coverage: 'full' | 'partial' | 'none';
  /** Some clause changed, was added or was removed. Formatting noise and moves never set it. */
  changed: boolean;
  /** Reviewed clauses in reviewed order (those the page does not reach are left out), added ones where they appear. */
  clauses: ClauseComparison[];
  /** Reviewed clauses before the first or after the last one the page shows: not on this page, not "removed". */
  notShown: string[];
  /** Fingerprint of the policy part of the page, normalised (fingerprint.ts); '' when not the policy. */
  fingerprint: string;
}

/** Fewest clauses found word for word for a page to count as showing the policy. */
const minAnchors = 3;
/** Word-set similarity (Dice) above which a page paragraph is taken for a reworded clause. */
const pairSimilarity = 0.45;
/** Stricter bar next to the site's header and footer, where most lines are not policy text. */
const edgePairSimilarity = 0.6;
/** Looser bar for a paragraph carrying the clause's own number. */
const numberedPairSimilarity = 0.2;
/** Lines of the site's header/footer next to the policy searched for a reworded first/last clause. */
const edgeWindow = 40;
/** Largest LCS table for one clause's word diff; beyond it the clause shows as all-removed + all-added. */
const maxDiffCells = 250_000;
/** Similarity a run of segments gives up per segment beyond the first. */
const runPenalty = 0.1;
/** Page segments after the previous pairing that a clause is compared with. */
const pairWindow = 200;
/** Pieces of one clause's word diff at most (lib/platform/messages.ts accepts up to 1000). */
const maxDiffOps = 400;
/** Added-clause entries reported at most, and characters of text in any one diff entry. */
const maxAdded = 50;
const maxDiffText = 4000;
/** Unnumbered text between two clauses shorter than this (in words) is page furniture («Наверх»). */
const minAddedWords = 2;
/** Unnumbered text before the first or after the last clause counts from this many words. */
const minEdgeWords = 5;

/** Words with a letter or digit in them. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Unnumbered text next to the policy that reads like a sentence of it, not like the site's own
 * furniture: five words or more, no copyright sign, and not a menu (items joined by «·» or «|»).
 */
function policyLike(text: string): boolean {
  return wordCount(text) >= minEdgeWords && !/©|\s[·|•]\s/.test(text);
}

// In normal form: a list bullet or dash, a clause number of up to four levels («1», «1.1», «3.1.», «2)»), a space.
const lineNumber = /^(?:[-•·▪◦‣*] ?)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?(?: |$)/;
const rawLineNumber = /^\s*(?:[-–—•·▪◦‣*]\s*)?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?(?:\s+|$)/;

interface Line {
  number: string | null;
  /** Index of the page line it comes from, whose text (less its number) a diff shows. */
  rawIndex: number;
  norm: string;
  /** Offsets of `norm` in the joined stream. */
  start: number;
  end: number;
}

function splitLines(liveText: string): { lines: Line[]; rawLines: string[]; stream: string } {
  const unified = liveText.replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n');
  const rawLines = unified.split('\n');
  const norms = normaliseLines(unified);
  const lines: Line[] = [];
  const parts: string[] = [];
  let offset = 0;
  norms.forEach((whole, rawIndex) => {
    const m = lineNumber.exec(whole);
    const norm = m ? whole.slice(m[0].length) : whole;
    if (norm === '') return; // blank, or a number on a line of its own
    if (parts.length > 0) offset += 1;
    lines.push({ number: m?.[1] ?? null, rawIndex, norm, start: offset, end: offset + norm.length });
    parts.push(norm);
    offset += norm.length;
  });
  return { lines, rawLines, stream: parts.join(' ') };
}

const firstWord = (norm: string) => {
  const space = norm.indexOf(' ');
  return space === -1 ? norm : norm.slice(0, space);
};

interface Located {
  /** Index of the first and one past the last line the clause occupies. */
  from: number;
  to: number;
}

/** Finds a clause as a run of whole lines whose joined normal form equals the clause's. */
function locate(
  norm: string,
  lines: Line[],
  stream: string,
  byFirstWord: Map<string, number[]>,
  claimed: Uint8Array,
  cursor: number,
): Located | undefined {
  const candidates = byFirstWord.get(firstWord(norm));
  if (!candidates) return undefined;
  let fallback: Located | undefined;
  for (const from of candidates) {
    if (claimed[from]) continue;
    const first = lines[from]!;
    if (!stream.startsWith(norm, first.start)) continue;
    const endOffset = first.start + norm.length;
    let to = from;
    while (to < lines.length && lines[to]!.end < endOffset) to++;
    if (to >= lines.length || lines[to]!.end !== endOffset) continue; // ends mid-line
    let free = true;
    for (let i = from + 1; i <= to && free; i++) if (claimed[i]) free = false;
    if (!free) continue;
    const found = { from, to: to + 1 };
    if (from >= cursor) return found; // the first one after the previous clause: keeps reviewed order
    fallback ??= found;
  }
  return fallback;
}

/** Indices (into `values`) of a longest strictly increasing subsequence. O(n log n). */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = prev[i]!) keep.add(i);
  return keep;
}

const wordsOf = (norm: string) => new Set(norm.split(' ').map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '')));

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** A stretch of page lines between anchors, cut where a numbered line starts. */
interface Segment {
  from: number;
  to: number;
  number: string | null;
  norm: string;
  /** Its words, worked out only when it is compared. */
  words(): Set<string>;
}

function segmentsOf(lines: Line[], lineIds: number[]): Segment[] {
  const segments: { ids: number[]; number: string | null }[] = [];
  for (const i of lineIds) {
    const line = lines[i]!;
    const last = segments[segments.length - 1];
    // A numbered line starts a segment. An unnumbered line right after a numbered heading (no closing
    // punctuation: «1. Персональная информация…») is its body; anything else stands alone.
    const previous = last ? lines[last.ids.at(-1)!]! : undefined;
    const continues =
      last &&
      line.number === null &&
      last.number !== null &&
      last.ids.at(-1) === i - 1 &&
      !/[.;:!?]$/.test(previous!.norm);
    if (continues) last.ids.push(i);
    else segments.push({ ids: [i], number: line.number });
  }
  return segments.map(({ ids, number }) => {
    const norm = ids.map((i) => lines[i]!.norm).join(' ');
    let words: Set<string> | undefined;
    return {
      from: ids[0]!,
      to: ids.at(-1)! + 1,
      number,
      norm,
      words: () => {
        words ??= wordsOf(norm);
        return words;
      },
    };
  });
}

/** The page's text for a clause: one segment or a run of up to three (a heading and body split apart). */
interface Pairing {
  segments: number[];
  score: number;
}

function bestRun(
  words: Set<string>,
  segments: Segment[],
  used: Uint8Array,
  start: number,
): Pairing | undefined {
  let best: Pairing | undefined;
  const end = Math.min(segments.length, start + pairWindow);
  for (let s = start; s < end; s++) {
    if (used[s]) continue;
    const joined = new Set<string>();
    const run: number[] = [];
    for (let k = s; k < Math.min(s + 3, segments.length) && !used[k]; k++) {
      if (k > s && segments[k]!.number !== null) break; // the next numbered item is another clause
      for (const w of segments[k]!.words()) joined.add(w);
      run.push(k);
      // Each extra segment must earn its place: a site header «Политика конфиденциальности» shares
      // words with the preamble, but joining it only nudges the score.
      const score = similarity(words, joined) - runPenalty * (run.length - 1);
      if (!best || score > best.score) best = { segments: [...run], score };
    }
  }
  return best;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const t of text.split(/\s+/)) {
    if (t === '') continue;
    // Punctuation on its own («слово ;», «— это») goes with the word before it.
    if (out.length > 0 && !/[\p{L}\p{N}]/u.test(t)) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

const cap = (text: string) => (text.length > maxDiffText ? `${text.slice(0, maxDiffText)}…` : text);

/** Word diff of two texts, compared in normal form and shown as written (reviewed words for removals, live ones otherwise). */
export function wordDiff(before: string, after: string): DiffOp[] {
  const a = tokens(before);
  const b = tokens(after);
  const ka = a.map(normaliseText);
  const kb = b.map(normaliseText);
  let head = 0;
  while (head < a.length && head < b.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    ka[a.length - 1 - tail] === kb[b.length - 1 - tail]
  )
    tail++;
  const ops: { op: DiffOp['op']; word: string }[] = b.slice(0, head).map((word) => ({ op: 'same', word }));
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n * m > maxDiffCells) {
    for (let i = 0; i < n; i++) ops.push({ op: 'del', word: a[head + i]! });
    for (let j = 0; j < m; j++) ops.push({ op: 'ins', word: b[head + j]! });
  } else {
    // LCS lengths from the end, then one walk from the start.
    const w = m + 1;
    const table = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i * w + j] =
          ka[head + i] === kb[head + j]
            ? table[(i + 1) * w + j + 1]! + 1
            : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && ka[head + i] === kb[head + j]) {
        ops.push({ op: 'same', word: b[head + j]! });
        i++;
        j++;
      } else if (i < n && (j >= m || table[(i + 1) * w + j]! >= table[i * w + j + 1]!)) {
        ops.push({ op: 'del', word: a[head + i]! });
        i++;
      } else {
        ops.push({ op: 'ins', word: b[head + j]! });
        j++;
      }
    }
  }
  for (const word of b.slice(b.length - tail)) ops.push({ op: 'same', word });
  // Runs of one kind joined into phrases (the walk puts a stretch's deletions before its insertions).
  const merged: DiffOp[] = [];
  for (const { op, word } of ops) {
    const last = merged.at(-1);
    if (last && last.op === op) last.text += ` ${word}`;
    else merged.push({ op, text: word });
  }
  // A diff in hundreds of pieces reads worse than the two versions side by side.
  if (merged.length > maxDiffOps) {
    return [
      { op: 'del', text: cap(a.join(' ')) },
      { op: 'ins', text: cap(b.join(' ')) },
    ];
  }
  return merged.map((d) => ({ op: d.op, text: cap(d.text) }));
}

const hasChange = (diff: DiffOp[]) => diff.some((d) => d.op !== 'same');

/** Compares the reviewed clauses with the text a page shows (e.g. `document.body.innerText`). */
export function comparePolicyText(
  sourceClauses: readonly SourceClause[],
  liveText: string,
): PolicyComparison {
  const notPolicy: PolicyComparison = {
    isPolicy: false,
    coverage: 'none',
    changed: false,
    clauses: [],
    notShown: sourceClauses.map((c) => c.id),
    fingerprint: '',
  };
  const { lines, rawLines, stream } = splitLines(liveText);
  if (lines.length === 0 || sourceClauses.length === 0) return notPolicy;

  const byFirstWord = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = firstWord(line.norm);
    const list = byFirstWord.get(key);
    if (list) list.push(i);
    else byFirstWord.set(key, [i]);
  });

  // 2. Exact anchors, in reviewed order.
  const sourceNorms = sourceClauses.map((c) => normaliseText(c.text));
  const claimed = new Uint8Array(lines.length);
  const located: (Located | undefined)[] = [];
  let cursor = 0;
  sourceNorms.forEach((norm, k) => {
    const found = norm === '' ? undefined : locate(norm, lines, stream, byFirstWord, claimed, cursor);
    located[k] = found;
    if (!found) return;
    claimed.fill(1, found.from, found.to);
    cursor = found.to;
  });
  const anchored = located.flatMap((l, k) => (l ? [k] : []));
  if (anchored.length < Math.min(minAnchors, sourceClauses.length)) return notPolicy;

  // 3. The in-order skeleton; anchors off it moved.
  const inOrder = longestIncreasing(anchored.map((k) => located[k]!.from));
  const skeleton = anchored.filter((_, i) => inOrder.has(i));
  const moved = new Set(anchored.filter((_, i) => !inOrder.has(i)));

  // 4. Each stretch between skeleton anchors: its unfound clauses against its unclaimed lines.
  const results = new Map<number, ClauseComparison>();
  const addedAfter = new Map<number, ClauseComparison[]>(); // by the source index they follow (-1: before all)
  const paired = new Set<number>();
  const policyLines = { first: located[skeleton[0]!]!.from, last: located[skeleton.at(-1)!]!.to };
  let addedCount = 0;

  for (let g = 0; g <= skeleton.length; g++) {
    const left = g === 0 ? -1 : skeleton[g - 1]!;
    const right = g === skeleton.length ? sourceClauses.length : skeleton[g]!;
    const leading = g === 0;
    const trailing = g === skeleton.length;
    let fromLine = leading ? 0 : located[left]!.to;
    let toLine = trailing ? lines.length : located[right]!.from;
    if (leading) fromLine = Math.max(0, toLine - edgeWindow);
    if (trailing) toLine = Math.min(lines.length, fromLine + edgeWindow);
    const gapClauses: number[] = [];
    for (let k = left + 1; k < right; k++) if (!located[k]) gapClauses.push(k);
    const lineIds: number[] = [];
    for (let i = fromLine; i < toLine; i++) if (!claimed[i]) lineIds.push(i);
    if (lineIds.length === 0) continue;
    const segments = segmentsOf(lines, lineIds);
    // The page's own words for a segment: its lines as written, less their numbers.
    const rawOf = (seg: Segment) => {
      const parts: string[] = [];
      for (let i = seg.from; i < seg.to; i++) {
        const raw = rawLines[lines[i]!.rawIndex]!;
        parts.push(raw.replace(rawLineNumber, '').trim());
      }
      return parts.join(' ');
    };
    const used = new Uint8Array(segments.length);

    const pair = (k: number, run: number[]) => {
      for (const s of run) used[s] = 1;
      const live = run.map((s) => segments[s]!);
      const diff = wordDiff(sourceClauses[k]!.text, live.map(rawOf).join(' '));
      const number = live[0]!.number;
      results.set(k, {
        id: sourceClauses[k]!.id,
        status: hasChange(diff) ? 'changed' : 'unchanged',
        ...(number ? { liveNumber: number } : {}),
        ...(hasChange(diff) ? { diff } : {}),
      });
      paired.add(k);
      policyLines.first = Math.min(policyLines.first, live[0]!.from);
      policyLines.last = Math.max(policyLines.last, live.at(-1)!.to);
    };

    // By number first: the page still calls it «2.3».
    const runEnd = new Map<number, number>();
    for (const k of gapClauses) {
      const s = segments.findIndex((seg, i) => !used[i] && seg.number === sourceClauses[k]!.id);
      if (s === -1) continue;
      const run = bestRun(wordsOf(sourceNorms[k]!), segments, used, s);
      if (run && run.segments[0] === s && run.score >= numberedPairSimilarity) {
        pair(k, run.segments);
        runEnd.set(k, run.segments.at(-1)!);
      }
    }
    // Then by similarity, in order, never pairing backwards.
    let start = 0;
    const bar = leading || trailing ? edgePairSimilarity : pairSimilarity;
    for (const k of gapClauses) {
      const end = runEnd.get(k);
      if (end !== undefined) {
        start = Math.max(start, end + 1);
        continue;
      }
      const run = bestRun(wordsOf(sourceNorms[k]!), segments, used, start);
      if (run && run.score >= bar) {
        pair(k, run.segments);
        start = run.segments.at(-1)! + 1;
      }
    }
    // What is left was added. A clause cannot hide by its layout: unnumbered lines of one block (a
    // paragraph cut into short lines with <br>, no blank line between them) are read together as one. Between two clauses any
    // such text of two words or more counts; before the first and after the last, where the site's
    // heading, menu and footer are, numbered items count, and unnumbered text that reads like a
    // sentence of the policy (`policyLike`).
    const list = addedAfter.get(left) ?? [];
    for (let s = 0; s < segments.length && addedCount < maxAdded; s++) {
      if (used[s]) continue;
      const run = [segments[s]!];
      if (run[0]!.number === null) {
        while (
          s + 1 < segments.length &&
          !used[s + 1] &&
          segments[s + 1]!.number === null &&
          // Lines of one block (no blank line between them, as innerText gives <br> and <div> lines).
          lines[segments[s + 1]!.from]!.rawIndex === lines[run.at(-1)!.to - 1]!.rawIndex + 1
        ) {
          run.push(segments[++s]!);
        }
      }
      const number = run[0]!.number;
      const words = run.map((seg) => rawOf(seg)).join(' ');
      if (number === null && !(leading || trailing ? policyLike(words) : wordCount(words) >= minAddedWords)) {
        continue;
      }
      list.push({
        id: null,
        status: 'added',
        ...(number ? { liveNumber: number } : {}),
        diff: [{ op: 'ins', text: cap(tokens(words).join(' ')) }],
      });
      addedCount++;
      policyLines.first = Math.min(policyLines.first, run[0]!.from);
      policyLines.last = Math.max(policyLines.last, run.at(-1)!.to);
    }
    if (list.length > 0) addedAfter.set(left, list);
  }

  // Which clauses the page reaches: from the first to the last one found (anchored or paired).
  const shown = sourceClauses.map((_, k) => located[k] !== undefined || paired.has(k));
  const firstShown = shown.indexOf(true);
  const lastShown = shown.lastIndexOf(true);
  const clauses: ClauseComparison[] = [...(addedAfter.get(-1) ?? [])];
  const notShown: string[] = [];
  sourceClauses.forEach((clause, k) => {
    if (k < firstShown || k > lastShown) notShown.push(clause.id);
    else if (located[k])
      clauses.push({ id: clause.id, status: 'unchanged', ...(moved.has(k) ? { moved: true } : {}) });
    else
      clauses.push(
        results.get(k) ?? {
          id: clause.id,
          status: 'removed',
          diff: [{ op: 'del', text: cap(tokens(clause.text).join(' ')) }],
        },
      );
    clauses.push(...(addedAfter.get(k) ?? []));
  });

  const policyText = lines
    .slice(policyLines.first, policyLines.last)
    .map((l) => l.norm)
    .join(' ');
  return {
    isPolicy: true,
    coverage: notShown.length === 0 ? 'full' : 'partial',
    changed: clauses.some((c) => c.status !== 'unchanged'),
    clauses,
    notShown,
    fingerprint: fingerprint(policyText),
  };
}
