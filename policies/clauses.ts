// Turns a policy's raw text into clauses by slicing it, so every clause text is verbatim by construction.
// The data files add only what a program cannot read off the text: ids of unnumbered paragraphs,
// English renderings and heading titles.

import type { Clause, ClauseId, Quote } from './types';

/** One non-blank line of the source: a numbered item («- 1.1 …», «- 3.1. …», «- 2. …») or a plain paragraph. */
export interface SourceBlock {
  /** The item's number without its trailing dot ('1', '1.1'), or null for a plain paragraph. */
  number: string | null;
  /** The line after its list dash and number, trailing whitespace dropped: a substring of the source. */
  text: string;
  /** Offset of `text` in the source. */
  start: number;
}

// A list dash (optional), the number, an optional dot, then the whitespace before the text.
const NUMBERED = /^[ \t]*(?:-[ \t]*)?(\d+(?:\.\d+)*)\.?[ \t]+/;

/** Splits a policy into its non-blank lines, each a numbered item or a plain paragraph. Pure. */
export function splitPolicyText(source: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const body = line.replace(/\s+$/, '');
    if (body.trim() !== '') {
      const numbered = NUMBERED.exec(body);
      const skip = numbered ? numbered[0].length : body.length - body.trimStart().length;
      blocks.push({ number: numbered?.[1] ?? null, text: body.slice(skip), start: lineStart + skip });
    }
    lineStart += line.length + 1;
  }
  return blocks;
}

/** What a data file says about one clause; the text itself comes from the source. */
export interface ClauseRendering {
  en: string;
  title?: Quote;
}

/** «п. 1.1» / "clause 1.1" for items, «разд. 1» / "section 1" for section headings. */
export function numberedClauseLabel(id: ClauseId): Clause['label'] {
  return id.includes('.')
    ? { ru: `п. ${id}`, en: `clause ${id}` }
    : { ru: `разд. ${id}`, en: `section ${id}` };
}

/**
 * Builds the clause list of a policy from its source. Plain paragraphs take their ids, in order, from
 * `paragraphs`; numbered items take their number. Throws when the text and the renderings disagree,
 * which the fidelity tests turn into a failing test rather than a silent gap.
 */
export function clausesFromSource(
  source: string,
  paragraphs: readonly { id: ClauseId; label: Clause['label'] }[],
  renderings: Readonly<Record<ClauseId, ClauseRendering>>,
): Clause[] {
  let paragraph = 0;
  const clauses = splitPolicyText(source).map((block): Clause => {
    const named = block.number === null ? paragraphs[paragraph++] : undefined;
    if (block.number === null && !named) {
      throw new Error(`Unexpected unnumbered paragraph: «${block.text.slice(0, 40)}…»`);
    }
    const id = named ? named.id : (block.number as string);
    const rendering = renderings[id];
    if (!rendering) throw new Error(`Clause ${id} has no rendering`);
    const label = named ? named.label : numberedClauseLabel(id);
    return {
      id,
      label,
      text: block.text,
      en: rendering.en,
      ...(rendering.title ? { title: rendering.title } : {}),
    };
  });
  const unused = Object.keys(renderings).filter((id) => !clauses.some((clause) => clause.id === id));
  if (unused.length > 0) throw new Error(`Renderings for clauses not in the text: ${unused.join(', ')}`);
  return clauses;
}
