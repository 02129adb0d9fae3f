import { describe, expect, it } from 'vitest';
import { policies } from '../../policies';
import { clausesFromSource, splitPolicyText } from '../../policies/clauses';
import { expertPlus } from '../../policies/expert.plus/index';
import { checkPolicyFidelity, policyStatements, withoutGuillemetQuotes } from '../../policies/fidelity';
import type { SitePolicy } from '../../policies/types';
import { exampleShop } from '../fixtures/policies/example-shop';

const everyPolicy: SitePolicy[] = [...policies, exampleShop];

// The shared runner: every site, real or test-only, passes the same checks.
describe.each(everyPolicy.map((policy) => [policy.id, policy] as const))('fidelity: %s', (_id, policy) => {
  it('has no fidelity problems', () => {
    expect(checkPolicyFidelity(policy)).toEqual([]);
  });

  it('keeps every clause text and quote verbatim from the source', () => {
    const { text } = policy.source;
    for (const clause of policy.source.clauses) expect(text).toContain(clause.text);
    for (const { statement } of policyStatements(policy)) {
      if (statement.quote) expect(text).toContain(statement.quote.ru);
    }
  });

  it('covers the whole source, in order, with its clauses (apart from list dashes, numbers and whitespace)', () => {
    const stripped = policy.source.clauses.reduce(
      (rest, clause) => rest.replace(clause.text, '\u0000'),
      policy.source.text,
    );
    const leftover = stripped.split('\u0000').map((gap) => gap.replace(/[-\d.\s]/g, ''));
    expect(leftover.every((gap) => gap === '')).toBe(true);
  });

  it('explains every clause no statement cites', () => {
    const cited = new Set(policyStatements(policy).flatMap(({ statement }) => statement.cites));
    const excused = new Set(policy.source.notSummarised.map((item) => item.clause));
    const silent = policy.source.clauses.filter((clause) => !cited.has(clause.id) && !excused.has(clause.id));
    expect(silent.map((clause) => clause.id)).toEqual([]);
  });
});

describe('fidelity: the runner catches', () => {
  const problemsAfter = (edit: (policy: SitePolicy) => void): string => {
    const copy = structuredClone(expertPlus);
    edit(copy);
    return checkPolicyFidelity(copy).join('\n');
  };
  const statement = (policy: SitePolicy, id: string) => {
    const found = policyStatements(policy).find((item) => item.statement.id === id);
    if (!found) throw new Error(`no statement ${id}`);
    return found.statement;
  };

  it('a quote with the Latin "B" "corrected" to Cyrillic', () => {
    const problems = problemsAfter((p) => {
      p.summary.collected[1]!.cites = ['1'];
      p.summary.collected[1]!.quote = { ru: 'обрабатывает expert.plus В рамках', en: 'x' };
    });
    expect(problems).toMatch(/collected-account-and-own-info: quote is not verbatim/);
  });

  it('a quote that is verbatim but from a clause the statement does not cite', () => {
    const problems = problemsAfter((p) => {
      statement(p, 'security-measures').quote = { ru: 'имя, телефон', en: 'name, telephone' };
    });
    expect(problems).toMatch(/security-measures: quote is not verbatim from any clause it cites/);
  });

  it('a citation of a clause that does not exist', () => {
    expect(problemsAfter((p) => statement(p, 'rights-deletion').cites.push('4.4'))).toMatch(
      /rights-deletion: cites unknown clause 4\.4/,
    );
    expect(problemsAfter((p) => p.requestBases.deletion.push('6.1'))).toMatch(/requestBases\.deletion/);
  });

  it('a clause nobody cites, unless notSummarised gives a reason', () => {
    const uncite = (p: SitePolicy) => {
      p.summary.purposes = p.summary.purposes.filter((s) => s.id !== 'purposes-improvement');
      expect(policyStatements(p).some(({ statement: s }) => s.cites.includes('2.4'))).toBe(false);
    };
    expect(problemsAfter(uncite)).toMatch(/clause 2\.4: no statement cites it/);
    expect(
      problemsAfter((p) => {
        uncite(p);
        p.source.notSummarised.push({ clause: '2.4', reason: { ru: 'причина', en: 'reason' } });
      }),
    ).toBe('');
  });

  it('a clause text that was edited, dropped or moved', () => {
    expect(
      problemsAfter((p) => {
        p.source.clauses[3]!.text = p.source.clauses[3]!.text.replace('самостоятельно ', '');
      }),
    ).toMatch(/clause 1\.1: text is not a verbatim substring/);
    expect(problemsAfter((p) => p.source.clauses.splice(10, 1))).toMatch(/not covered by any clause/);
    expect(
      problemsAfter((p) => {
        const [a, b] = [p.source.clauses[4]!, p.source.clauses[5]!];
        p.source.clauses[4] = b;
        p.source.clauses[5] = a;
      }),
    ).toMatch(/out of order/);
  });

  it('a clause whose id disagrees with the number the source gives it', () => {
    const problems = problemsAfter((p) => {
      p.source.clauses.find((c) => c.id === '2.2')!.id = '2.9';
    });
    expect(problems).toMatch(/clause 2\.9: the source numbers this item 2\.2/);
  });

  it('an invented contact or registration detail', () => {
    expect(
      problemsAfter((p) =>
        p.operator.contacts.push({ kind: 'email', value: 'support@expert.plus', cites: ['4.2'] }),
      ),
    ).toMatch(/support@expert\.plus is not in the source/);
    expect(
      problemsAfter((p) => p.operator.registration.push({ kind: 'ИНН', value: '770000000000' })),
    ).toMatch(/770000000000 is not in the source/);
  });

  it('Russian in an English string outside «quotes», and empty strings', () => {
    expect(
      problemsAfter((p) => Object.assign(p.summary.verdict[0]!.text, { en: 'Use means согласие.' })),
    ).toMatch(/summary\.verdict\[0\]\.text\.en: Cyrillic outside/);
    expect(problemsAfter((p) => Object.assign(p.source.clauses[0]!, { en: 'The Политика applies' }))).toMatch(
      /source\.clauses\[0\]\.en: Cyrillic/,
    );
    expect(problemsAfter((p) => Object.assign(p.attention[0]!.reason, { ru: '' }))).toMatch(
      /attention\[0\]\.reason\.ru: empty/,
    );
  });

  it('a heading title that is not the start of its clause, and a verdict that is not three items', () => {
    expect(
      problemsAfter((p) => Object.assign(p.source.clauses[2]!, { title: { ru: 'Персональная', en: 'x' } })),
    ).toBe('');
    expect(
      problemsAfter((p) => Object.assign(p.source.clauses[2]!, { title: { ru: 'Цели', en: 'x' } })),
    ).toMatch(/clause 1: title is not a verbatim prefix/);
    expect(problemsAfter((p) => p.summary.verdict.pop())).toMatch(/the verdict is three/);
  });
});

describe('withoutGuillemetQuotes', () => {
  it('removes «…» spans, nested ones included', () => {
    expect(withoutGuillemetQuotes('named «ИП ИП Ворсов А.А.» here')).toBe('named  here');
    expect(withoutGuillemetQuotes('law «Закон «О данных»» ok')).toBe('law  ok');
    expect(withoutGuillemetQuotes('no quotes')).toBe('no quotes');
  });
});

describe('splitPolicyText', () => {
  it('reads list dashes, numbers with and without a trailing dot, and plain paragraphs', () => {
    const text = 'Вступление.\n\n- 1. Раздел\n- 1.1 Пункт;\n- 3.1. Ещё пункт;  \n\nХвост';
    const blocks = splitPolicyText(text);
    expect(blocks.map((b) => [b.number, b.text])).toEqual([
      [null, 'Вступление.'],
      ['1', 'Раздел'],
      ['1.1', 'Пункт;'],
      ['3.1', 'Ещё пункт;'],
      [null, 'Хвост'],
    ]);
    for (const block of blocks)
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('gives offsets that point into the source, also with CRLF line ends', () => {
    const text = 'Первый\r\n\r\n- 2.5 Второй.\r\n';
    const blocks = splitPolicyText(text);
    expect(blocks.map((b) => b.text)).toEqual(['Первый', 'Второй.']);
    for (const block of blocks)
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('finds 22 blocks in the expert.plus policy: two paragraphs and 20 numbered items', () => {
    const blocks = splitPolicyText(expertPlus.source.text);
    expect(blocks).toHaveLength(22);
    expect(blocks.filter((b) => b.number === null)).toHaveLength(2);
  });
});

describe('clausesFromSource', () => {
  const label = { ru: 'преамбула', en: 'preamble' };

  it('throws when the text has a clause the renderings lack, or the reverse', () => {
    expect(() =>
      clausesFromSource('Текст.\n- 1. Раздел', [{ id: 'preamble', label }], { preamble: { en: 'Text.' } }),
    ).toThrow(/Clause 1 has no rendering/);
    expect(() =>
      clausesFromSource('Текст.', [{ id: 'preamble', label }], {
        preamble: { en: 'Text.' },
        '9': { en: 'Gone' },
      }),
    ).toThrow(/not in the text: 9/);
    expect(() =>
      clausesFromSource('Один.\n\nДва.', [{ id: 'preamble', label }], { preamble: { en: 'One.' } }),
    ).toThrow(/Unexpected unnumbered paragraph/);
  });
});
