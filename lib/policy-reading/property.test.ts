// Any text gives a reading or a clear "not a policy": never a throw, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READ_LIMIT, readPolicy } from './index';
import type { PolicyReading } from './types';

const POLICY_WORDS = [
  'Политика обработки персональных данных',
  'ООО «Ромашка» (далее — Оператор)',
  'ИНН 7712345671',
  'ОГРН 1027700123450',
  'Индивидуальный предприниматель Иванов И.И.',
  'фамилия, имя, телефон, e-mail',
  'в следующих целях:',
  'трансграничную передачу',
  'cookie',
  'Яндекс.Метрика',
  'срок хранения 3 года',
  'pd@example.ru',
  '+7 (495) 123-45-67',
  '1.1.',
  '\n\n',
  '«',
  '»',
  '(',
  ')',
  ':',
  '.',
  ' ',
];

function wellFormed(r: PolicyReading, length: number) {
  expect(typeof r.isPolicy).toBe('boolean');
  if (!r.isPolicy) expect(r.notPolicyReason).toBeTruthy();
  expect(r.error).toBeUndefined();
  expect(r.read.chars).toBe(Math.min(length, READ_LIMIT));
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      if ('start' in v && 'end' in v) {
        const c = v as { start: number; end: number };
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeGreaterThanOrEqual(c.start);
        expect(c.end).toBeLessThanOrEqual(Math.min(length, READ_LIMIT));
      } else for (const x of Object.values(v)) walk(x);
    }
  };
  walk(r.evidence);
  walk(r.attention);
  if (r.checksums.inn) expect(r.operator.inn).not.toBeNull();
}

// Time-bounded by test/property-time-limit.ts (fast-check stops a property early on a busy machine).
describe('readPolicy on any text', () => {
  it('any string: a well-formed reading', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => wellFormed(readPolicy(s), s.length)),
      { numRuns: 300 },
    );
  });

  it('policy-like word salad: a well-formed reading, valid checksums only when they hold', () => {
    const salad = fc.array(fc.constantFrom(...POLICY_WORDS), { maxLength: 400 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(salad, (s) => {
        const r = readPolicy(s);
        wellFormed(r, s.length);
        if (r.operator.inn === '7712345671') expect(r.checksums.inn).toBe('valid');
      }),
      { numRuns: 200 },
    );
  });

  it('empty, whitespace, binary and no-Cyrillic texts say "not a policy"', () => {
    for (const s of [
      '',
      '   \n\n  ',
      '\u0000\u0007\u0001'.repeat(5000),
      'lorem ipsum dolor sit amet '.repeat(200),
    ]) {
      const r = readPolicy(s);
      expect(r.isPolicy).toBe(false);
      expect(r.notPolicyReason).toBeTruthy();
    }
  });

  it('a 20 MB text is cut at the limit and read in bounded time', () => {
    const unit = '1.1. Оператор обрабатывает персональные данные: фамилия, имя, телефон. ';
    const big = unit.repeat(Math.ceil(20_000_000 / unit.length));
    const t0 = performance.now();
    const r = readPolicy(big);
    const ms = performance.now() - t0;
    expect(r.isPolicy).toBe(true);
    expect(r.read).toEqual({ chars: READ_LIMIT, limit: READ_LIMIT, truncated: true });
    expect(ms).toBeLessThan(5000);
  });

  it('a 20 MB run without a line break or a space does not hang', () => {
    const big = `персональные данные ${'ж'.repeat(20_000_000)}`;
    const t0 = performance.now();
    const r = readPolicy(big);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.read.truncated).toBe(true);
  });
});
