import { describe, expect, it } from 'vitest';
import { lowerSameLength, segment } from './text';

describe('segment', () => {
  const text = [
    '1. Общие положения',
    '',
    '1.1. Оператор — ИП Ворсов А.А., г. Москва, ул. Тверская, д. 1. Адрес сайта указан ниже.',
    '',
    '- 1.2 Данные хранятся 3 года.',
  ].join('\n');
  const doc = segment(text);

  it('gives every sentence its exact range in the input', () => {
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after initials or address abbreviations, nor after a clause number', () => {
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toContain('1.1. Оператор — ИП Ворсов А.А., г. Москва, ул. Тверская, д. 1.');
    expect(texts).toContain('Адрес сайта указан ниже.');
  });

  it('numbers sentences by their clause and knows the section heading', () => {
    const last = doc.sentences.at(-1)!;
    expect(last.clause).toBe('1.2');
    expect(last.section).toBe('общие положения');
    expect(doc.sentences[0]!.heading).toBe(true);
  });

  it('lower-cases without moving offsets', () => {
    const s = 'ЁЖ İstanbul';
    expect(lowerSameLength(s)).toHaveLength(s.length);
    expect(lowerSameLength('Ёлка')).toBe('елка');
  });

  it('cuts an endless line into sentences of bounded length', () => {
    const long = 'слово '.repeat(2000);
    const d = segment(long);
    expect(d.sentences.length).toBeGreaterThan(1);
    for (const s of d.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1600);
  });
});

describe('segment without spaces', () => {
  it('cuts a run with no whitespace too', () => {
    const d = segment('x'.repeat(10_000));
    expect(d.sentences.length).toBeGreaterThan(5);
    for (const s of d.sentences) expect(s.end - s.start).toBeLessThanOrEqual(1600);
  });
});

describe('headings and list items', () => {
  it('a short line after "…:" is a list item, not a heading', () => {
    const d = segment(
      'Информация, которую вы предоставляете\n\nМы собираем следующие данные:\n\nВозраст и дата рождения\n\nПол\n\nКак мы используем информацию',
    );
    const byText = (t: string) => d.sentences.find((s) => s.text === t)!;
    expect(byText('Информация, которую вы предоставляете').heading).toBe(true);
    expect(byText('Возраст и дата рождения').heading).toBe(false);
    expect(byText('Возраст и дата рождения').section).toBe('информация, которую вы предоставляете');
  });
});
