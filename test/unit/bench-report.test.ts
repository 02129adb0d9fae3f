// The bench's report (bench/report.mjs): the README's Performance section is what the report module
// renders from bench/results.json (not edited by hand), and the noise statement and the list of what
// failed say what the figures say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Figure,
  noiseOf,
  README_END,
  README_START,
  type Results,
  renderReadme,
} from '../../bench/report.mjs';

const root = join(import.meta.dirname, '../..');

function results(figures: Figure[], load = [1, 1, 1]): Results {
  return {
    date: '2026-11-27T21:00:00.000Z',
    durationS: 100,
    machine: { cpu: 'Test CPU', cores: 2, loadAverageAtStart: load, loadAverageAtEnd: load },
    runs: 20,
    loadPairs: 40,
    warmupRuns: 3,
    figures,
    problems: [],
  };
}

const ratio = (over: Partial<Figure>): Figure => ({
  section: 'page',
  id: 'loadTimeRatio',
  label: 'Load event, with ÷ without extension (per pair)',
  unit: 'x',
  value: 1.2,
  median: 1.2,
  p25: 1.0,
  p75: 1.3,
  min: 0.9,
  max: 1.6,
  budgetKey: 'loadTimeRatio',
  budget: 1.05,
  status: 'over',
  ...over,
});

describe('bench report', () => {
  it("README.md's Performance section is the one rendered from bench/results.json", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const a = readme.indexOf(README_START);
    const b = readme.indexOf(README_END);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    const data = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')) as Results;
    expect(readme.slice(a, b + README_END.length)).toBe(renderReadme(data));
  });

  it('says when the machine was busy, and which budgets fall inside the middle half of the pairs', () => {
    const settled = ratio({ id: 'fcpRatio', p25: 1.06, p75: 1.2, budget: 1.02 });
    const open = ratio({});
    const n = noiseOf(results([open, settled], [3.5, 2, 1]));
    expect(n.busy).toBe(true);
    expect(n.spread).toEqual([
      expect.objectContaining({ id: 'loadTimeRatio', budgetInsideMiddleHalf: true }),
      expect.objectContaining({ id: 'fcpRatio', budgetInsideMiddleHalf: false }),
    ]);
    expect(noiseOf(results([open], [0.5, 0.4, 0.3])).busy).toBe(false);
  });

  it('puts the ratios first in their section, and lists what is over budget or missing', () => {
    const absolute: Figure = {
      section: 'page',
      id: 'loadWith',
      label: 'Load event, with extension',
      unit: 'ms',
      value: 50,
      median: 50,
      status: 'info',
    };
    const missing: Figure = {
      section: 'sizes',
      id: 'contentScriptGzipFirefox',
      label: 'Content script, gzip, Firefox',
      unit: 'bytes',
      value: null,
      budget: 3072,
      status: 'missing',
      note: 'not built',
    };
    const r = results([ratio({}), absolute, missing], [3, 3, 3]);
    r.noise = noiseOf(r);
    const text = renderReadme(r);
    expect(text.indexOf('Load event, with ÷ without')).toBeLessThan(
      text.indexOf('Load event, with extension'),
    );
    expect(text).toContain(
      '- over budget: Load event, with ÷ without extension (per pair) (1.200×, budget ≤ 1.050×)',
    );
    expect(text).toContain('- missing: Content script, gzip, Firefox (not built)');
    expect(text).toMatch(
      /^- Load average \(1, 5, 15 min\) 3\.00 \/ 3\.00 \/ 3\.00 at the start .* other work shared the CPU/m,
    );
    expect(text).toContain(
      'Not settled by this run (the budget lies inside the middle half of the pairs, 25th to 75th percentile): Load event, with ÷ without extension.',
    );
  });
});
