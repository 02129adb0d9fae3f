// Russian words inside English text (a quoted term, a law's name) must be marked `lang="ru"` so a screen
// reader reads them in Russian (WCAG 3.1.2). Pure: splits a text into runs of one language.

export interface LanguageRun {
  text: string;
  /** 'ru' for a run of Russian, undefined for text in the surrounding language. */
  lang?: 'ru';
}

// A run starts and ends with a Cyrillic letter (or the quote marks around one) and may hold spaces,
// digits and punctuation between Cyrillic words, never a Latin letter.
const russian = /[«„"]?[А-Яа-яЁё][А-Яа-яЁё0-9\s.,:;\-–—№()/]*[А-Яа-яЁё0-9][»“"]?|[«„"]?[А-Яа-яЁё][»“"]?/g;

/** `text` as runs: Russian ones marked, the rest as it is. Joined, the runs give back `text`. */
export function languageRuns(text: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  let at = 0;
  for (const m of text.matchAll(russian)) {
    const start = m.index ?? 0;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: m[0], lang: 'ru' });
    at = start + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
