// @vitest-environment jsdom
// Russian inside English text is marked lang="ru" (WCAG 3.1.2). The panel finds it by «guillemets»
// (components/LangText.tsx), so every English text of the policies must quote its Russian so.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LangText } from '../../components/LangText';
import { policies } from '../../policies';

/** Every English string anywhere in a policy's data (summary, attention, clauses). */
function englishTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) englishTexts(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'en' && typeof v === 'string') out.push(v);
      else englishTexts(v, out);
    }
  return out;
}

describe('Russian inside English', () => {
  it('is always in «guillemets» in the policies’ English texts', () => {
    for (const policy of policies) {
      const texts = englishTexts(policy);
      expect(texts.length).toBeGreaterThan(50);
      const unquoted = texts.filter((t) => /[\u0400-\u04FF]/.test(t.replace(/«[^«»]*»/g, '')));
      expect(unquoted, policy.id).toEqual([]);
    }
  });

  it('is marked lang="ru" by the panel, and nothing else is', () => {
    const host = document.createElement('div');
    render(<LangText lang="en" text={'Data kept «в течение срока» (for a period), said «ИП».'} />, host);
    expect([...host.querySelectorAll('[lang="ru"]')].map((e) => e.textContent)).toEqual([
      '«в течение срока»',
      '«ИП»',
    ]);
    expect(host.textContent).toBe('Data kept «в течение срока» (for a period), said «ИП».');
    render(<LangText lang="ru" text="Срок «не указан»" />, host);
    expect(host.querySelectorAll('[lang]').length).toBe(0);
  });
});
