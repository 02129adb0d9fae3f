import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageRuns } from './language-runs';

describe('languageRuns', () => {
  it('marks a Russian quote inside English text, quotes included', () => {
    expect(languageRuns('The policy says «сведения о браузере» are collected.')).toEqual([
      { text: 'The policy says ' },
      { text: '«сведения о браузере»', lang: 'ru' },
      { text: ' are collected.' },
    ]);
  });

  it('marks a Russian subject line up to its last Russian word', () => {
    expect(languageRuns('Subject: Требование об уничтожении данных (обращение № PL-1)')).toEqual([
      { text: 'Subject: ' },
      { text: 'Требование об уничтожении данных (обращение', lang: 'ru' },
      { text: ' № PL-1)' },
    ]);
  });

  it('leaves text without Cyrillic as one unmarked run', () => {
    expect(languageRuns('No Russian here, clause 4.2.')).toEqual([{ text: 'No Russian here, clause 4.2.' }]);
    expect(languageRuns('')).toEqual([]);
  });

  it('gives back the text when the runs are joined, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '«', '»', '.', '1', 'ё', 'Z', '"') }),
        (s) => {
          const runs = languageRuns(s);
          expect(runs.map((r) => r.text).join('')).toBe(s);
          for (const r of runs) if (r.lang === 'ru') expect(r.text).toMatch(/[А-Яа-яЁё]/);
        },
      ),
    );
  });
});
