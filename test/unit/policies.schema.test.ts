import { describe, expect, it } from 'vitest';
import { requestKinds } from '../../lib/law/kinds';
import { policies } from '../../policies';
import { validatePolicy } from '../../policies/schema';
import type { SitePolicy } from '../../policies/types';
import { exampleShop } from '../fixtures/policies/example-shop';

const everyPolicy: SitePolicy[] = [...policies, exampleShop];

describe.each(everyPolicy.map((policy) => [policy.id, policy] as const))('schema: %s', (_id, policy) => {
  it('conforms to SitePolicySchema', () => {
    expect(validatePolicy(policy)).toEqual([]);
  });

  it('has request bases for every request kind', () => {
    expect(Object.keys(policy.requestBases).sort()).toEqual([...requestKinds].sort());
  });
});

describe('schema: what it rejects', () => {
  const broken = (edit: (policy: SitePolicy) => void): unknown => {
    const copy = structuredClone(exampleShop);
    edit(copy);
    return copy;
  };

  it('rejects a blank English string', () => {
    const problems = validatePolicy(
      broken((p) => {
        p.summary.verdict[0]!.text.en = '  ';
      }),
    );
    expect(problems.join('\n')).toMatch(/summary\.verdict\.0\.text\.en: must not be blank/);
  });

  it('rejects an unknown key (a typo in data)', () => {
    const problems = validatePolicy(
      broken((p) => {
        (p.summary.verdict[0] as unknown as Record<string, unknown>).cite = ['1'];
      }),
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('rejects a statement that cites nothing', () => {
    expect(validatePolicy(broken((p) => Object.assign(p.summary.verdict[0]!, { cites: [] })))).not.toEqual(
      [],
    );
  });

  it('rejects a malformed review date and an uppercase hostname', () => {
    expect(validatePolicy(broken((p) => Object.assign(p.source, { reviewed: '25.11.2026' })))).not.toEqual(
      [],
    );
    expect(validatePolicy(broken((p) => Object.assign(p.site, { hostnames: ['Shop.Example'] })))).not.toEqual(
      [],
    );
  });

  it('rejects a missing request kind and an unknown one', () => {
    const missing = broken((p) => {
      delete (p.requestBases as Partial<SitePolicy['requestBases']>)['stop-marketing'];
    });
    expect(validatePolicy(missing)).not.toEqual([]);
    const unknownKind = broken((p) => {
      (p.summary.rights[0] as { request?: string }).request = 'erase-everything';
    });
    expect(validatePolicy(unknownKind)).not.toEqual([]);
  });

  it('rejects non-objects', () => {
    for (const garbage of [null, undefined, 'expert.plus', 42, []]) {
      expect(validatePolicy(garbage)).not.toEqual([]);
    }
  });
});
