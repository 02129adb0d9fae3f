// One glossary for both languages: the panel names each request kind exactly as the one request-kind
// table (lib/law/kinds.ts) does, which the drafter and My requests use. The panel keeps its own copy
// only because its content script must stay small; this test holds the two together.
import { describe, expect, it } from 'vitest';
import { drafterStrings } from '../../components/drafter/strings';
import { panelStrings } from '../../components/panel/strings';
import { requestKindNames, requestKinds } from '../../lib/law/kinds';
import { requestKindDefinitions } from '../../lib/law/request-kinds';
import { clauseLabel } from '../../lib/letters/clauses';
import { policies } from '../../policies';
import type { ClauseId } from '../../policies/types';

describe('the names of the request kinds', () => {
  it('are the same in the panel as in the request-kind table, in both languages', () => {
    for (const lang of ['ru', 'en'] as const)
      for (const kind of requestKinds)
        expect(panelStrings[lang].actions[kind]).toBe(requestKindNames[kind][lang]);
  });
});

describe('the words the drafter uses', () => {
  it('starts the deletion letter’s subject with deletion, what the user asked for', () => {
    expect(requestKindDefinitions.deletion.letterTitle.ru).toMatch(/^Требование об уничтожении/);
    expect(requestKindDefinitions.deletion.letterTitle.en).toMatch(/^Demand for the destruction/);
  });

  it('cites clauses as «п. 4.2» and "clause 4.2", never "cl."', () => {
    expect(clauseLabel(policies[0]!, '9.9' as ClauseId)).toEqual({ ru: 'п. 9.9', en: 'clause 9.9' });
    const english = JSON.stringify(drafterStrings.en, (_, v) => (typeof v === 'function' ? String(v) : v));
    expect(english).not.toMatch(/\bcl\.\s/);
  });

  it('names the sending section by what the user does, not "Send"', () => {
    for (const lang of ['ru', 'en'] as const) {
      const t = drafterStrings[lang];
      for (const heading of [t.sendHeading, t.whereHeading, t.recipientLegend])
        expect(heading).not.toMatch(/^(Send|Отправить)$/);
    }
  });
});
