// The reader on expert.plus's own policy must find what the curated summary (policies/expert.plus) says,
// where the summary says the policy says it. The curated data stays the source for expert.plus; this test
// measures the reader against it.
import { describe, expect, it } from 'vitest';
import { expertPlus } from '../../policies/expert.plus/index';
import { readPolicy } from './index';
import type { Citation } from './types';

const text = expertPlus.source.text;
const reading = readPolicy(text, { url: expertPlus.site.url });
const summary = expertPlus.summary;
const all = [
  ...summary.verdict,
  ...summary.collected,
  ...summary.purposes,
  ...summary.retention,
  ...summary.contacts,
];
const curated = (id: string): { id: string; cites: string[]; quote?: { ru: string } } => {
  const found = all.find((s) => s.id === id);
  if (!found) throw new Error(`no curated statement ${id}`);
  return { ...found, cites: [...found.cites] };
};
const clauses = (c: Citation[] | undefined) => (c ?? []).map((x) => x.clause);

describe('the reader on expert.plus', () => {
  it('reads it as a Russian policy', () => {
    expect(reading.isPolicy).toBe(true);
    expect(reading.language).toBe('ru');
  });

  it('names the operator as the policy writes it, an entrepreneur, with no numbers', () => {
    expect(reading.operator.name).toBe(expertPlus.operator.asWritten);
    expect(reading.operator.form).toBe('ИП');
    expect(reading.operator.inn).toBeNull();
    expect(reading.operator.ogrn).toBeNull();
    expect(expertPlus.operator.registration).toEqual([]);
  });

  it('names the site', () => {
    expect(reading.site).toBe(new URL(expertPlus.site.url).hostname);
  });

  it('finds the name and phone where the summary cites them', () => {
    const cites = curated('collected-name-phone').cites;
    for (const k of ['name', 'phone'] as const) {
      expect(reading.data).toContain(k);
      expect(clauses(reading.evidence.data[k]).some((c) => c !== null && cites.includes(c))).toBe(true);
    }
  });

  it('finds the automatic data (IP, cookies, browser) where the summary cites them', () => {
    const cites = curated('collected-automatic').cites;
    for (const k of ['ip', 'cookies', 'browser'] as const) {
      expect(reading.data).toContain(k);
      expect(clauses(reading.evidence.data[k])).toEqual(expect.arrayContaining(cites));
    }
    expect(reading.cookies).toBe(true);
    expect(clauses(reading.evidence.cookies)).toEqual(expect.arrayContaining(cites));
  });

  it('finds the purposes where the summary cites them', () => {
    const pairs = [
      ['purposes-communication', 'contact'],
      ['purposes-improvement', 'analytics_improvement'],
      ['purposes-research', 'research_statistics'],
      ['purposes-individual-services', 'personalisation'],
    ] as const;
    for (const [id, purpose] of pairs) {
      expect(reading.purposes).toContain(purpose);
      expect(clauses(reading.evidence.purposes[purpose])).toEqual(expect.arrayContaining(curated(id).cites));
    }
  });

  it('sees consent by mere use, in the sentence the summary quotes', () => {
    const quote = curated('verdict-consent-by-use').quote!.ru;
    const point = reading.attention.find((a) => a.kind === 'consent_by_use');
    expect(point).toBeDefined();
    expect(point!.citations.map((c) => text.slice(c.start, c.end)).join(' ')).toContain(quote);
  });

  it('finds no retention period and no address for requests, as the summary says', () => {
    expect(curated('retention-no-period')).toBeDefined();
    expect(reading.retention).toBeNull();
    expect(expertPlus.operator.contacts).toEqual([]);
    expect(reading.contacts).toEqual({ emails: [], phones: [], postal: null });
    const kinds = reading.attention.map((a) => a.kind);
    expect(kinds).toContain('no_retention');
    expect(kinds).toContain('no_request_address');
    expect(kinds).not.toContain('no_operator');
    expect(kinds).not.toContain('cross_border');
  });
});
