import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeadlinesCalendar, type CalendarRequest, escapeIcsText, foldIcsLine } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const requests: CalendarRequest[] = [
  {
    reference: 'PL-20261125-7F3K',
    title: {
      ru: 'Отзыв согласия на обработку персональных данных и требование об их уничтожении',
      en: 'Withdrawal of consent to the processing of personal data and demand for its destruction',
    },
    operator: 'ИП Ворсов А.А., сайт expert.plus; служба поддержки \\ тест',
    deadlines: [
      {
        id: 'answer',
        label: { ru: 'ответ на обращение', en: 'answer' },
        date: '2026-12-09',
        approximate: false,
      },
      {
        id: 'destroy',
        label: { ru: 'уничтожение данных', en: 'destroyed' },
        date: '2026-12-25',
        approximate: false,
      },
    ],
  },
  {
    reference: 'PL-20270301-AB12',
    title: { ru: 'Запрос сведений', en: 'Access request' },
    operator: 'ООО «Пример»',
    deadlines: [
      { id: 'answer', label: { ru: 'ответ', en: 'answer' }, date: '2027-03-16', approximate: true },
    ],
  },
];
const now = new Date('2026-11-25T20:15:30.123Z');

describe('buildDeadlinesCalendar', () => {
  const ics = buildDeadlinesCalendar(requests, { now });
  const lines = unfold(ics).split('\r\n');

  it('is a VCALENDAR with CRLF line endings and one VEVENT per deadline', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('PRODID:-//Policy Lens//Request deadlines//RU');
  });

  it('makes all-day events with a UTC DTSTAMP', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20261209');
    expect(lines).toContain('DTEND;VALUE=DATE:20261210');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261225');
    expect(lines).toContain('DTEND;VALUE=DATE:20261226');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(Array(3).fill('DTSTAMP:20261125T201530Z'));
  });

  it('keeps UIDs stable per request and deadline', () => {
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toEqual([
      'UID:PL-20261125-7F3K-answer@policy-lens',
      'UID:PL-20261125-7F3K-destroy@policy-lens',
      'UID:PL-20270301-AB12-answer@policy-lens',
    ]);
    const later = unfold(buildDeadlinesCalendar(requests, { now: new Date('2027-01-01T00:00:00Z') }));
    expect(later.split('\r\n').filter((l) => l.startsWith('UID:'))).toEqual(uids);
  });

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    const description = lines.find((l) => l.startsWith('DESCRIPTION:') && l.includes('Ворсов'));
    expect(description).toContain('ИП Ворсов А.А.\\, сайт expert.plus\\; служба поддержки \\\\ тест');
    expect(description).toContain('\\n');
    expect(escapeIcsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('says when a date is approximate', () => {
    expect(lines).toContain('SUMMARY:Срок: ответ (ориентировочно) — PL-20270301-AB12');
    const en = unfold(buildDeadlinesCalendar(requests, { now, lang: 'en' }));
    expect(en).toContain('SUMMARY:Deadline: answer (approximately) — PL-20270301-AB12');
  });

  it('says when a 30-day term ends on a day off, and when by the general rule it ends instead', () => {
    const moved = buildDeadlinesCalendar(
      [
        {
          ...requests[0]!,
          deadlines: [
            {
              id: 'destroy',
              label: { ru: 'уничтожение данных', en: 'destroyed' },
              date: '2026-05-31',
              approximate: false,
              movedTo: '2026-06-01',
            },
          ],
        },
      ],
      { lang: 'ru', now },
    );
    expect(unfold(moved)).toContain(
      'Этот день нерабочий: по общему правилу ст. 193 ГК РФ срок оканчивается 2026-06-01 (применимость правила к 152-ФЗ спорна).',
    );
  });

  it('folds lines at 75 octets without splitting a Cyrillic character', () => {
    const raw = ics.split('\r\n');
    expect(raw.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of raw) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
  });

  it('refuses a deadline that is not a calendar date', () => {
    const bad = [{ ...requests[1]!, deadlines: [{ ...requests[1]!.deadlines[0]!, date: '16.03.2027' }] }];
    expect(() => buildDeadlinesCalendar(bad, { now })).toThrow(RangeError);
  });
});

describe('foldIcsLine', () => {
  it('folds any Unicode line into ≤ 75-octet lines that unfold to the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeIcsText(text)}`;
        const folded = foldIcsLine(line);
        const parts = folded.split('\r\n');
        for (const [i, part] of parts.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          expect(part.isWellFormed()).toBe(true);
        }
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});
