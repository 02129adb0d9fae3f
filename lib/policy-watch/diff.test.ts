import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertPlus } from '../../policies/expert.plus';
import { comparePolicyText, type PolicyComparison, wordDiff } from './diff';

const clauses = expertPlus.source.clauses;
const source = expertPlus.source.text;

interface Clause {
  id: string;
  text: string;
}

/** A page as `innerText` reads it: the site's header, the policy one clause a line, a footer. */
function page(list: readonly Clause[], opts: { numbers?: boolean; chrome?: boolean } = {}): string {
  const { numbers = true, chrome = true } = opts;
  const body = list.map((c) => (numbers && /^\d/.test(c.id) ? `${c.id}. ${c.text}` : c.text));
  const header = [
    'expert.plus',
    'Главная · Эксперты · Политика конфиденциальности',
    'Политика конфиденциальности',
  ];
  const footer = ['Наверх', '© 2026 expert.plus · Все права защищены · support@expert.plus'];
  return (chrome ? [...header, '', ...body, '', ...footer] : body).join('\n');
}

const replace = (list: readonly Clause[], id: string, text: string) =>
  list.map((c) => (c.id === id ? { ...c, text } : c));

const notable = (r: PolicyComparison) => r.clauses.filter((c) => c.status !== 'unchanged' || c.moved);

const fixture = (name: string) =>
  readFileSync(join(resolve(import.meta.dirname, '../../test/fixtures/pages'), name), 'utf8');

describe('comparePolicyText', () => {
  it('finds the source itself unchanged, full, with every clause', () => {
    const r = comparePolicyText(clauses, source);
    expect(r).toMatchObject({ isPolicy: true, coverage: 'full', changed: false, notShown: [] });
    expect(r.clauses.map((c) => c.id)).toEqual(clauses.map((c) => c.id));
    expect(r.clauses.every((c) => c.status === 'unchanged' && !c.moved)).toBe(true);
    expect(r.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores formatting noise, the site header and footer, and the numbering style', () => {
    const noisy = page(
      clauses.map((c) => ({
        ...c,
        text: c.text
          .replace(/ /g, (_, i: number) => (i % 7 === 0 ? '\u00a0' : i % 11 === 0 ? '  ' : ' '))
          .replace(/«([^»]*)»/g, '“$1”')
          .replace(/—/g, '-')
          .replace(/персональн/g, 'персо\u00adнальн')
          .replace(/Пользовател/g, 'ПОЛЬЗОВАТЕЛ'),
      })),
    );
    const r = comparePolicyText(clauses, noisy);
    expect(r).toMatchObject({ isPolicy: true, coverage: 'full', changed: false });
    expect(notable(r)).toEqual([]);
    // Same policy words, same fingerprint: the header and footer are not part of it.
    expect(r.fingerprint).toBe(comparePolicyText(clauses, source).fingerprint);
  });

  it('reads Cyrillic «В» for the source’s Latin «B», and whole words typed in look-alikes', () => {
    const fixed = replace(
      clauses,
      '1',
      clauses.find((c) => c.id === '1')!.text.replace('expert.plus B рамках', 'expert.plus В рамках'),
    );
    const lookalikes = replace(
      fixed,
      '2.2',
      'Пpeдocтaвлeниe Пoльзoвaтeлю индивидуaльныx ycлyг;', // Latin p, e, o, c, a, x, y
    );
    const r = comparePolicyText(clauses, page(lookalikes));
    expect(r.changed).toBe(false);
    expect(notable(r)).toEqual([]);
  });

  it('names one reworded clause, with a word diff of what changed', () => {
    const live = replace(
      clauses,
      '4.2',
      'Пользователь также может удалить предоставленную им в рамках определенной учетной записи персональную информацию, направив письменное заявление по почтовому адресу оператора',
    );
    const r = comparePolicyText(clauses, page(live));
    expect(r.changed).toBe(true);
    expect(r.coverage).toBe('full');
    const changes = notable(r);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: '4.2', status: 'changed', liveNumber: '4.2' });
    const diff = changes[0]!.diff!;
    expect(diff.filter((d) => d.op === 'del').map((d) => d.text)).toEqual([
      'написав запрос в службу поддержки сайта expert.plus',
    ]);
    expect(diff.filter((d) => d.op === 'ins').map((d) => d.text)).toEqual([
      'направив письменное заявление по почтовому адресу оператора',
    ]);
    expect(diff[0]).toEqual({
      op: 'same',
      text: 'Пользователь также может удалить предоставленную им в рамках определенной учетной записи персональную информацию,',
    });
  });

  it('pairs a reworded clause by similarity when the page numbers clauses only as list markers', () => {
    const live = replace(
      clauses,
      '2.3',
      'Связь с Пользователем, в том числе направление рекламных рассылок, уведомлений, запросов и информации, касающихся использования expert.plus;',
    );
    const r = comparePolicyText(clauses, page(live, { numbers: false }));
    const changes = notable(r);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: '2.3', status: 'changed' });
    expect(changes[0]!.diff!.some((d) => d.op === 'ins' && d.text.includes('рекламных рассылок'))).toBe(true);
  });

  it('reports a clause the site added, with its number and text', () => {
    const added = {
      id: '3.3',
      text: 'Передача партнерам expert.plus для показа рекламы и маркетинговых исследований.',
    };
    const live = clauses.flatMap((c) => (c.id === '3.2' ? [c, added] : [c]));
    const r = comparePolicyText(clauses, page(live));
    expect(r.changed).toBe(true);
    const changes = notable(r);
    expect(changes).toEqual([
      { id: null, status: 'added', liveNumber: '3.3', diff: [{ op: 'ins', text: added.text }] },
    ]);
    // In reading order: right after п. 3.2.
    const at = r.clauses.findIndex((c) => c.status === 'added');
    expect(r.clauses[at - 1]?.id).toBe('3.2');
  });

  it('reports a clause added after the last one, but not the site footer', () => {
    const live = [
      ...clauses,
      { id: '5.2', text: 'Оператор вправе изменять настоящую Политику без уведомления Пользователя.' },
    ];
    const r = comparePolicyText(clauses, page(live));
    expect(notable(r)).toEqual([
      {
        id: null,
        status: 'added',
        liveNumber: '5.2',
        diff: [
          { op: 'ins', text: 'Оператор вправе изменять настоящую Политику без уведомления Пользователя.' },
        ],
      },
    ]);
  });

  it('counts a clause hidden by its layout: short lines between clauses, text before or after them', () => {
    const lines = page(clauses).split('\n');
    const at = (id: string) => lines.findIndex((l) => l.startsWith(`${id}. `));
    const insert = (index: number, added: string[]) => [
      ...lines.slice(0, index),
      ...added,
      ...lines.slice(index),
    ];
    const cases: [string, string[], string][] = [
      [
        'short lines between 4.3 and section 5',
        insert(at('5'), ['Данные', 'Пользователей', 'передаются', 'рекламным', 'партнёрам']),
        'Данные Пользователей передаются рекламным партнёрам',
      ],
      [
        'an unnumbered sentence after the last clause',
        insert(at('5.1') + 1, ['Сайт вправе передавать данные Пользователей рекламным партнёрам.']),
        'Сайт вправе передавать данные Пользователей рекламным партнёрам.',
      ],
      [
        'a clause numbered 0.1 before the first',
        insert(3, ['0.1 Сайт вправе передавать данные рекламным партнёрам.']),
        'Сайт вправе передавать данные рекламным партнёрам.',
      ],
      ['two words between clauses', insert(at('4.2'), ['Данные продаются']), 'Данные продаются'],
    ];
    for (const [label, live, text] of cases) {
      const r = comparePolicyText(clauses, live.join('\n'));
      expect(r.changed, label).toBe(true);
      expect(
        notable(r).map((c) => [c.status, c.diff]),
        label,
      ).toEqual([['added', [{ op: 'ins', text }]]]);
    }
  });

  it('still ignores the site’s heading, menu, «Наверх» and footer next to the policy', () => {
    const framed = [
      'expert.plus',
      'Главная · Эксперты · Политика конфиденциальности',
      'Политика конфиденциальности',
      'Дата публикации: 01.11.2026',
      ...page(clauses, { chrome: false }).split('\n'),
      'Наверх',
      '© 2026 expert.plus · Все права защищены · support@expert.plus',
      'О сервисе | Контакты | Вакансии | Реклама',
    ].join('\n');
    expect(comparePolicyText(clauses, framed)).toMatchObject({ changed: false, coverage: 'full' });
  });

  it('reports a removed clause', () => {
    const r = comparePolicyText(clauses, page(clauses.filter((c) => c.id !== '2.3')));
    expect(r.changed).toBe(true);
    expect(notable(r)).toEqual([
      {
        id: '2.3',
        status: 'removed',
        diff: [{ op: 'del', text: clauses.find((c) => c.id === '2.3')!.text }],
      },
    ]);
  });

  it('does not call a moved clause changed', () => {
    const moving = clauses.find((c) => c.id === '1.4')!;
    const live = clauses.filter((c) => c !== moving).flatMap((c) => (c.id === '4.3' ? [c, moving] : [c]));
    const r = comparePolicyText(clauses, page(live));
    expect(r.changed).toBe(false);
    expect(notable(r)).toEqual([{ id: '1.4', status: 'unchanged', moved: true }]);
  });

  it('treats a page showing part of the policy as partial, not as removals', () => {
    const section4 = clauses.filter((c) => c.id === '4' || c.id.startsWith('4.'));
    const r = comparePolicyText(clauses, page(section4));
    expect(r).toMatchObject({ isPolicy: true, coverage: 'partial', changed: false });
    expect(r.clauses.map((c) => c.id)).toEqual(['4', '4.1', '4.2', '4.3']);
    expect(r.notShown).toEqual(clauses.map((c) => c.id).filter((id) => !id.startsWith('4')));
  });

  it('still reports a change on a partial page', () => {
    const section4 = clauses.filter((c) => c.id === '4' || c.id.startsWith('4.'));
    const live = replace(
      section4,
      '4.1',
      'Пользователь может изменить предоставленную им персональную информацию только через службу поддержки',
    );
    const r = comparePolicyText(clauses, page(live));
    expect(r.coverage).toBe('partial');
    expect(notable(r).map((c) => [c.id, c.status])).toEqual([['4.1', 'changed']]);
  });

  it('says a page that is not the policy is not the policy', () => {
    const home = [
      'expert.plus',
      'Главная · Политика конфиденциальности',
      'Консультации экспертов онлайн',
      'Запишитесь на консультацию: оставьте имя и телефон, и мы перезвоним.',
      'Мы обрабатываем персональные данные по закону «О персональных данных».',
    ].join('\n');
    for (const text of [home, '', 'Политика конфиденциальности', clauses[5]!.text]) {
      const r = comparePolicyText(clauses, text);
      expect(r).toMatchObject({
        isPolicy: false,
        coverage: 'none',
        changed: false,
        clauses: [],
        fingerprint: '',
      });
    }
  });

  it('finds the fixture pages as the e2e tests will (read as innerText would)', () => {
    const innerText = (html: string) =>
      html
        .replace(/<(head|style|script)[\s\S]*?<\/\1>/g, '')
        .replace(/<br>|<\/(p|h\d|li|ul|ol|header|footer|nav|main)>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&shy;/g, '\u00ad')
        .replace(/&ldquo;/g, '“')
        .replace(/&rdquo;/g, '”')
        .replace(/&amp;/g, '&');
    const check = (name: string) => comparePolicyText(clauses, innerText(fixture(name)));
    expect(notable(check('policy-current.html'))).toEqual([]);
    expect(check('policy-current.html').coverage).toBe('full');
    expect(notable(check('policy-reworded.html')).map((c) => [c.id, c.status])).toEqual([['4.2', 'changed']]);
    expect(notable(check('policy-added.html')).map((c) => [c.liveNumber, c.status])).toEqual([
      ['3.3', 'added'],
    ]);
    expect(check('policy-partial.html')).toMatchObject({ coverage: 'partial', changed: false });
    expect(check('home.html').isPolicy).toBe(false);
  });

  it('property: the source with random formatting noise around and inside it is always unchanged', () => {
    const cyrToLatin: Record<string, string> = {
      а: 'a',
      е: 'e',
      о: 'o',
      р: 'p',
      с: 'c',
      у: 'y',
      х: 'x',
      В: 'B',
      Н: 'H',
      К: 'K',
      М: 'M',
      Т: 'T',
    };
    const noise = fc.record({
      space: fc.constantFrom(' ', '  ', '\u00a0', ' \u200b', '\t', '\u2009'),
      invisible: fc.constantFrom('', '\u00ad', '\u200b', '\u2060', '\ufeff'),
      quote: fc.constantFrom(['«', '»'], ['“', '”'], ['"', '"'], ['„', '“']),
      dash: fc.constantFrom('—', '–', '-', '‑'),
      number: fc.constantFrom('%s ', '%s. ', '- %s ', '%s) ', '• %s. ', '%s\u00a0'),
      lookalike: fc.double({ min: 0, max: 0.3, noNaN: true }),
      upper: fc.boolean(),
      blankLines: fc.integer({ min: 1, max: 3 }),
      headingApart: fc.boolean(),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(noise, (n) => {
        let seed = n.seed;
        const random = () => {
          seed = (seed * 16807) % 2147483647;
          return seed / 2147483647;
        };
        const dress = (text: string) =>
          text
            .replace(/ /g, () => n.space)
            .replace(/([а-яё]{6})([а-яё]{3})/g, `$1${n.invisible}$2`)
            .replace(/«/g, n.quote[0]!)
            .replace(/»/g, n.quote[1]!)
            .replace(/—/g, n.dash)
            .replace(/[аеорсухВНКМТ]/g, (ch) => (random() < n.lookalike ? cyrToLatin[ch]! : ch))
            .replace(/Политик/g, (w) => (n.upper ? w.toUpperCase() : w));
        const lines = clauses.flatMap((c) => {
          const text = dress(c.text);
          const numbered = /^\d/.test(c.id) ? n.number.replace('%s', c.id) + text : text;
          const title = c.title?.ru;
          // A heading rendered apart from its body, as sites do.
          if (n.headingApart && title && c.text.startsWith(title) && c.text.length > title.length) {
            return [n.number.replace('%s', c.id) + dress(title), dress(c.text.slice(title.length).trim())];
          }
          return [numbered];
        });
        const text = ['Меню', 'Политика конфиденциальности', ...lines, '© expert.plus'].join(
          '\n'.repeat(n.blankLines),
        );
        const r = comparePolicyText(clauses, text);
        expect(notable(r)).toEqual([]);
        expect(r).toMatchObject({ isPolicy: true, coverage: 'full', changed: false });
      }),
      { numRuns: 150 },
    );
  });

  it('property: one word replaced in any one clause is reported as exactly that clause, changed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: clauses.length - 1 }),
        fc.nat(),
        fc.boolean(),
        (k, at, numbers) => {
          const target = clauses[k]!;
          const words = target.text.split(' ');
          const i = at % words.length;
          words[i] = 'ПЕРЕСМОТРЕНО';
          const live = replace(clauses, target.id, words.join(' '));
          const r = comparePolicyText(clauses, page(live, { numbers }));
          expect(notable(r).map((c) => [c.id, c.status])).toEqual([[target.id, 'changed']]);
          const diff = notable(r)[0]!.diff!;
          expect(diff.some((d) => d.op === 'ins' && d.text.includes('ПЕРЕСМОТРЕНО'))).toBe(true);
          expect(diff.some((d) => d.op === 'del' && d.text.includes(target.text.split(' ')[i]!))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: any inner clause dropped is reported removed; any clause moved is not a change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: clauses.length - 2 }),
        fc.integer({ min: 0, max: clauses.length - 1 }),
        fc.boolean(),
        (k, to, numbers) => {
          const dropped = comparePolicyText(
            clauses,
            page(
              clauses.filter((_, i) => i !== k),
              { numbers },
            ),
          );
          expect(notable(dropped).map((c) => [c.id, c.status])).toEqual([[clauses[k]!.id, 'removed']]);

          const rest = clauses.filter((_, i) => i !== k);
          const moved = [...rest.slice(0, to), clauses[k]!, ...rest.slice(to)];
          const r = comparePolicyText(clauses, page(moved, { numbers }));
          expect(r.changed).toBe(false);
          expect(r.coverage).toBe('full');
          expect(notable(r).every((c) => c.status === 'unchanged' && c.moved)).toBe(true);
          expect(notable(r).length).toBe(to === k ? 0 : 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles a 1 MB page in time that grows with its length, not its square', () => {
    const filler = 'Эксперт отвечает на вопросы клиентов о налогах и бухгалтерии, 12 лет опыта.\n';
    const pad = filler.repeat(Math.ceil(500_000 / filler.length));
    const reworded = page(replace(clauses, '4.2', 'Пользователь может удалить данные, написав оператору'));
    const text = pad + reworded + pad;
    expect(text.length).toBeGreaterThan(1_000_000);
    comparePolicyText(clauses, text); // warm up
    const started = performance.now();
    const r = comparePolicyText(clauses, text);
    const ms = performance.now() - started;
    expect(notable(r).map((c) => c.id)).toEqual(['4.2']);
    // The budget is 50 ms (bench/budgets.json, measured by `npm run bench`); this only catches a
    // quadratic regression on a busy test machine, where a quadratic pass would take minutes.
    expect(ms).toBeLessThan(1000);
  });
});

describe('wordDiff', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(wordDiff('срок хранения 30 дней', 'срок хранения 10 лет')).toEqual([
      { op: 'same', text: 'срок хранения' },
      { op: 'del', text: '30 дней' },
      { op: 'ins', text: '10 лет' },
    ]);
  });

  it('compares in normal form and shows the live words', () => {
    expect(wordDiff('«Политика» — это', '"политика" - это')).toEqual([
      { op: 'same', text: '"политика" - это' },
    ]);
  });

  it('shows old and new wording instead of hundreds of pieces', () => {
    const a = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const b = a.replace(/w(\d*[02468])\b/g, 'x$1');
    const diff = wordDiff(a, b);
    expect(diff).toEqual([
      { op: 'del', text: a },
      { op: 'ins', text: b },
    ]);
  });

  it('keeps punctuation with its word and caps a huge pair to remove-all/add-all', () => {
    expect(wordDiff('услуг ;', 'услуг.')).toEqual([
      { op: 'del', text: 'услуг ;' },
      { op: 'ins', text: 'услуг.' },
    ]);
    const a = Array.from({ length: 800 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 800 }, (_, i) => `b${i}`).join(' ');
    const diff = wordDiff(a, b);
    expect(diff.map((d) => d.op)).toEqual(['del', 'ins']);
  });
});
