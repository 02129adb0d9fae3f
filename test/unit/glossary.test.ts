// One glossary for both languages: the panel names each request kind exactly as the one request-kind
// table (lib/law/kinds.ts) does, which the drafter and My requests use. The panel keeps its own copy
// only because its content script must stay small; this test holds the two together.
import { describe, expect, it } from 'vitest';
import { panelStrings } from '../../components/panel/strings';
import { requestKindNames, requestKinds } from '../../lib/law/kinds';

describe('the names of the request kinds', () => {
  it('are the same in the panel as in the request-kind table, in both languages', () => {
    for (const lang of ['ru', 'en'] as const)
      for (const kind of requestKinds)
        expect(panelStrings[lang].actions[kind]).toBe(requestKindNames[kind][lang]);
  });
});
