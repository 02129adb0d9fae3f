import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';
import { normaliseLines, normaliseText, normaliseTextByRegExp } from './normalise';

describe('normaliseText', () => {
  it('drops formatting noise: spaces, soft hyphens, zero-width characters, quotes, dashes, case', () => {
    expect(normaliseText('  Политика\u00a0конфиден\u00adциальности\u200b  (далее — «Политика»)\n')).toBe(
      normaliseText('политика конфиденциальности (далее - "Политика")'),
    );
    expect(normaliseText('„персональной информацией“')).toBe('"персональной информацией"');
    expect(normaliseText('учётной записи')).toBe(normaliseText('учетной записи'));
    expect(normaliseText('случаев ; кроме ( да )')).toBe('случаев; кроме (да)');
  });

  it('folds Latin letters that look like Cyrillic ones', () => {
    // expert.plus writes a Latin B in «expert.plus B рамках»; a site fixing it changes nothing.
    expect(normaliseText('expert.plus B рамках')).toBe(normaliseText('expert.plus В рамках'));
    // A whole word typed with look-alikes.
    expect(normaliseText('Cepвис TOPKAX')).toBe(normaliseText('Сервис ТОРКАХ'));
  });

  it('keeps what is not noise: other words, other letters, digits', () => {
    expect(normaliseText('срок 30 дней')).not.toBe(normaliseText('срок 10 дней'));
    expect(normaliseText('удалить')).not.toBe(normaliseText('удалять'));
  });

  it('composes decomposed letters (й written as и + breve)', () => {
    expect(normaliseText('и\u0306')).toBe(normaliseText('й'));
    expect(normaliseText('е\u0308ж')).toBe(normaliseText('ёж'));
  });

  it('normaliseLines agrees with normaliseText line by line', () => {
    const lines = ['  1.1 Персональная\u00a0информация  ', '', '\t«Политика» — это', 'Б\u00adЕЗ'];
    expect(normaliseLines(lines.join('\n'))).toEqual(lines.map(normaliseText));
  });

  it('is idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on text mixing Cyrillic, look-alikes, marks and spaces', () => {
    const pieces = fc.constantFrom(
      'а',
      'е',
      'ё',
      'Ё',
      'a',
      'e',
      'E',
      'B',
      'İ',
      'Σ',
      'ς',
      '\u0301',
      '\u0306',
      '\u0308',
      '\u034f',
      '\u200b',
      '\u00ad',
      '\u00a0',
      ' ',
      '\n',
      '(',
      ')',
      ',',
      '«',
      '—',
      'ﬁ',
      '\ufe0f',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const once = normaliseText(parts.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('its fast path gives exactly what the regular-expression path gives', () => {
    const alphabet = fc.constantFrom(
      ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЙЪЯ'.split(''),
      ...'abcehkmoptxyABCEHKMOPTXYzZiI0159'.split(''),
      ...' \t\n\r\u00a0\u2002\u2009\u202f\u2028'.split(''),
      ...'\u00ad\u200b\u200d\u2060\u202a'.split(''),
      ...'()[],.;:!?«»“”„"\'’—–-‑−/«'.split(''),
      'İ',
      'Σ',
      '\u0301',
      '\ufeff',
      'ﬁ',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normaliseText(text)).toBe(normaliseTextByRegExp(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(normaliseText(text)).toBe(normaliseTextByRegExp(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, lone surrogates included, and never returns line breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = normaliseText(`${s}\ud800 x \udc00`);
        expect(out).not.toMatch(/[\n\r]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('normaliseLines keeps one entry per line on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 8 }), (parts) => {
        const lines = parts.map((p) => p.replace(/\n/g, ' '));
        expect(normaliseLines(lines.join('\n'))).toHaveLength(Math.max(lines.length, 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe('fingerprint', () => {
  it('is stable, 16 hex digits, and differs for different texts', () => {
    expect(fingerprint('политика')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('политика')).toBe(fingerprint('политика'));
    expect(fingerprint('политика')).not.toBe(fingerprint('политики'));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
  });
});
