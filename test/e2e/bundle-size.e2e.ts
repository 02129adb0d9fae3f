// The content script loads on every expert.plus page, so its size is a budget. Deterministic for a
// given build, so it is checked here (after `npm run build`); timings live in `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';

const root = resolve(import.meta.dirname, '../..');

function contentScriptFiles(build: string): string[] {
  const dir = join(root, '.output', build, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => join(dir, f));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s content script size', (build) => {
  it(`is within ${budgets.contentScriptGzipBytes} bytes gzip (JS + CSS)`, () => {
    const files = contentScriptFiles(build);
    expect(files.length).toBeGreaterThan(0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    expect(gzip).toBeGreaterThan(1000); // a build that lost its launcher is no success
    expect(gzip).toBeLessThanOrEqual(budgets.contentScriptGzipBytes);
  });

  it('is the loader only: no Preact and no polyfill, which come with the panel’s code on intent', () => {
    const js = contentScriptFiles(build)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const ui = readFileSync(join(root, '.output', build, 'panel-ui.js'), 'utf8');
    // A prop name only Preact's renderer holds, and the polyfill's own error message.
    for (const marker of [
      'dangerouslySetInnerHTML',
      'This script should only be loaded in a browser extension',
    ]) {
      expect(ui).toContain(marker);
      expect(js).not.toContain(marker);
    }
    // The two halves meet under one name in the isolated world (entrypoints/panel.content/handoff.ts).
    expect(js).toContain('__policyLensPanelUi');
    expect(ui).toContain('__policyLensPanelUi');
  });

  it('carries no policy text: the background sends it when the panel opens', () => {
    const js = contentScriptFiles(build)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(js).not.toContain('аффилированные лица');
  });

  it('carries no policy reader: it is injected only when the user asks for a reading (site-reading.js)', () => {
    const js = contentScriptFiles(build)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // A name only the reader's table of analytics services holds (lib/policy-reading).
    const marker = 'Яндекс.Метрика';
    const has = (text: string) => text.includes(marker);
    expect(has(readFileSync(join(root, '.output', build, 'site-reading.js'), 'utf8'))).toBe(true);
    expect(has(js)).toBe(false);
    expect(has(readFileSync(join(root, '.output', build, 'background.js'), 'utf8'))).toBe(false);
  });
});
