import { describe, expect, it } from 'vitest';
import { isRequestKind, requestKindNames, requestKinds } from './kinds';
import { requestKindDefinitions } from './request-kinds';

describe('the one table of request kinds', () => {
  it('lists the six kinds once, in the order the drafter offers them', () => {
    expect(requestKinds).toEqual([
      'deletion',
      'withdraw-consent',
      'access',
      'correction',
      'stop-processing',
      'stop-marketing',
    ]);
  });

  it('recognises only those kinds', () => {
    for (const kind of requestKinds) expect(isRequestKind(kind)).toBe(true);
    expect(isRequestKind('foo')).toBe(false);
    expect(isRequestKind('toString')).toBe(false);
    expect(isRequestKind(undefined)).toBe(false);
  });

  it('names each kind in both UI languages, no two alike', () => {
    for (const lang of ['ru', 'en'] as const) {
      const names = requestKinds.map((kind) => requestKindNames[kind][lang].trim());
      expect(names.every((name) => name !== '')).toBe(true);
      expect(new Set(names).size).toBe(requestKinds.length);
    }
  });

  it('has the legal facts of every kind and of no other, in the same order', () => {
    expect(Object.keys(requestKindDefinitions)).toEqual([...requestKinds]);
    for (const kind of requestKinds) expect(requestKindDefinitions[kind].kind).toBe(kind);
  });
});
