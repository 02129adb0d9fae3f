// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertPlus } from '../../policies/expert.plus';
import { type PolicyCheck, parseMessage, parsePolicyCheck } from '../platform/messages';
import type { PolicySeen } from '../platform/settings';
import { checkPolicyText } from './check';
import { looksLikePolicyText } from './page';
import { nextPolicySeen, sameFinding } from './seen';

const now = new Date('2026-12-01T10:00:00.000Z');

const reworded = expertPlus.source.text.replace(
  'написав запрос в службу поддержки сайта expert.plus',
  'направив письменное заявление по почтовому адресу оператора',
);

describe('looksLikePolicyText (the content script’s cheap test)', () => {
  it('says yes to the policy, with or without clause numbers in the text', () => {
    expect(looksLikePolicyText(expertPlus.source.text)).toBe(true);
    const withoutNumbers = expertPlus.source.text.replace(/^- [\d.]+ /gm, '');
    expect(looksLikePolicyText(withoutNumbers)).toBe(true);
  });

  it('says no to pages that only link to it or mention personal data', () => {
    expect(looksLikePolicyText('Главная · Политика конфиденциальности · Контакты')).toBe(false);
    expect(looksLikePolicyText('Оставляя заявку, вы соглашаетесь на обработку персональных данных.')).toBe(
      false,
    );
    expect(looksLikePolicyText('')).toBe(false);
  });
});

describe('checkPolicyText', () => {
  it('answers unchanged for the reviewed text, with the dates and fingerprint', () => {
    const check = checkPolicyText(expertPlus, expertPlus.source.text, now);
    expect(check).toMatchObject({
      policyId: 'expert.plus',
      state: 'unchanged',
      coverage: 'full',
      checkedAt: '2026-12-01T10:00:00.000Z',
      reviewed: expertPlus.source.reviewed,
      changedClauses: [],
      changes: [],
    });
    expect(parsePolicyCheck(check)).toEqual(check);
  });

  it('answers changed with the clause ids and diffs, and survives its own validation', () => {
    const check = checkPolicyText(expertPlus, reworded, now);
    expect(check.state).toBe('changed');
    expect(check.changedClauses).toEqual(['4.2']);
    expect(check.changes[0]?.diff.some((d) => d.op === 'ins')).toBe(true);
    expect(parsePolicyCheck(check)).toEqual(check);
  });

  it('answers not-policy for other pages', () => {
    expect(checkPolicyText(expertPlus, 'Главная · Политика конфиденциальности', now).state).toBe(
      'not-policy',
    );
  });
});

describe('parsePolicyCheck (what crosses the message boundary and comes back from storage)', () => {
  const good = checkPolicyText(expertPlus, reworded, now);
  it('refuses anything malformed', () => {
    const bad: unknown[] = [
      null,
      'changed',
      { ...good, state: 'different' },
      { ...good, checkedAt: 'yesterday' },
      { ...good, reviewed: '25.11.2026' },
      { ...good, changes: [] }, // changed without changes
      { ...good, changedClauses: [42] },
      { ...good, changes: [{ ...good.changes[0], diff: [{ op: 'html', text: '<b>' }] }] },
      { ...good, changes: [{ ...good.changes[0], diff: [{ op: 'ins', text: 'x'.repeat(10_000) }] }] },
      { ...good, changes: [{ ...good.changes[0], id: null }] }, // only added clauses have no id
      { ...good, changes: Array.from({ length: 500 }, () => good.changes[0]) },
    ];
    for (const raw of bad) expect(parsePolicyCheck(raw)).toBeUndefined();
  });

  it('drops unknown fields', () => {
    expect(parsePolicyCheck({ ...good, extra: 'x' })).toEqual(good);
  });

  it('accepts a check-policy request up to the cap only', () => {
    expect(parseMessage({ type: 'check-policy', policyId: 'expert.plus', text: 'abc' })).toBeDefined();
    expect(parseMessage({ type: 'check-policy', policyId: 'expert.plus', text: 5 })).toBeUndefined();
  });
});

describe('what the background answers always passes the panel’s validation', () => {
  it('property: any mix of reworded words, inserted and dropped lines', () => {
    const lines = expertPlus.source.text.split('\n');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            line: fc.nat(),
            kind: fc.constantFrom('reword', 'insert', 'drop'),
            word: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
          }),
          { maxLength: 30 },
        ),
        (edits) => {
          const live = [...lines];
          for (const e of edits) {
            const i = e.line % live.length;
            if (e.kind === 'drop') live.splice(i, 1);
            else if (e.kind === 'insert')
              live.splice(i, 0, `- 9.${i} ${e.word} ${e.word} ${e.word} ${e.word}`);
            else live[i] = (live[i] ?? '').replace(/[а-яё]{5,}/, e.word);
            if (live.length === 0) live.push('');
          }
          const check = checkPolicyText(expertPlus, live.join('\n'), now);
          expect(parsePolicyCheck(check)).toEqual(check);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a long clause changed word by word still fits (the diff falls back to old/new text)', () => {
    const long = Array.from({ length: 600 }, (_, i) => `слово${i}`).join(' ');
    const source = expertPlus.source.clauses.map((c) => (c.id === '2.3' ? { ...c, text: long } : c));
    const policy = { ...expertPlus, source: { ...expertPlus.source, clauses: source } };
    const live = source
      .map((c) => (c.id === '2.3' ? long.replace(/слово(\d*[02468]) /g, 'другое$1 ') : c.text))
      .join('\n');
    const check = checkPolicyText(policy, live, now);
    expect(check.changedClauses).toEqual(['2.3']);
    // 600 alternating changes would be 600 pieces: shown as the old and the new wording instead.
    expect(check.changes[0]?.diff.map((d) => d.op)).toEqual(['del', 'ins', 'same']);
    expect(parsePolicyCheck(check)).toEqual(check);
  });
});

describe('nextPolicySeen', () => {
  const seen = (check: PolicyCheck): PolicySeen => ({ ...check, state: check.state as PolicySeen['state'] });
  const full = checkPolicyText(expertPlus, expertPlus.source.text, now);
  const fullChanged = checkPolicyText(expertPlus, reworded, now);
  const section4 = expertPlus.source.text.slice(expertPlus.source.text.indexOf('- 4. '));
  const partial = checkPolicyText(expertPlus, section4.slice(0, section4.indexOf('- 5.')), now);
  const partialChanged = checkPolicyText(
    expertPlus,
    reworded.slice(reworded.indexOf('- 4. '), reworded.indexOf('- 5.')),
    now,
  );

  it('keeps what it had when the page is not the policy', () => {
    const notPolicy = checkPolicyText(expertPlus, 'Главная', now);
    expect(nextPolicySeen(undefined, notPolicy)).toBeUndefined();
    expect(nextPolicySeen(seen(full), notPolicy)).toEqual(full);
  });

  it('takes a full page’s finding over anything', () => {
    expect(nextPolicySeen(seen(fullChanged), full)).toEqual(full);
    expect(nextPolicySeen(seen(full), fullChanged)).toEqual(fullChanged);
  });

  it('never lets a partial page override a full page or set the site’s record', () => {
    expect(partial.coverage).toBe('partial');
    expect(partialChanged.state).toBe('changed');
    expect(nextPolicySeen(seen(fullChanged), partial)).toEqual(fullChanged);
    expect(nextPolicySeen(seen(full), partialChanged)).toEqual(full);
    expect(nextPolicySeen(undefined, partial)).toBeUndefined();
    expect(nextPolicySeen(undefined, partialChanged)).toBeUndefined();
  });

  it('replaces a record made against another reviewed version with a full page’s finding only', () => {
    const stale = { ...seen(fullChanged), reviewed: '2020-01-01' };
    expect(nextPolicySeen(stale, partial)).toEqual(stale);
    expect(nextPolicySeen(stale, full)).toEqual(full);
  });

  it('tells a finding that says nothing new (same text, state and review) from one that does', () => {
    expect(sameFinding(seen(full), seen({ ...full, checkedAt: '2030-01-01T00:00:00.000Z' }))).toBe(true);
    expect(sameFinding(seen(full), seen(fullChanged))).toBe(false);
    expect(sameFinding(undefined, seen(full))).toBe(false);
    expect(sameFinding(seen({ ...full, reviewed: '2020-01-01' }), seen(full))).toBe(false);
  });
});
