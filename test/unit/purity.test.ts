// lib/ is pure (no browser.*, no DOM, no UI or database library) except lib/platform/ and lib/requests/db/;
// Biome enforces it (biome.json, overrides). This proves the override reaches a NESTED file and spares
// the two exceptions: copies of two impure fixtures go into fresh folders under lib/, Biome lints them,
// and the diagnostics must name every forbidden global and import in the pure folder and none in
// lib/platform/. The copies are removed afterwards.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/purity');
const probe = `purity-probe-${process.pid}`;
const pureDir = join('lib/law', probe, 'nested/deeper');
const platformDir = join('lib/platform', probe);

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string; start: { line: number } };
}

let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  for (const dir of [pureDir, platformDir]) {
    mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['globals.js', 'imports.ts'])
      copyFileSync(join(fixtures, file), join(root, dir, file));
  }
  const biome = join(root, 'node_modules/.bin/biome');
  const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=100', pureDir, platformDir], {
    cwd: root,
    encoding: 'utf8',
  });
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}, 30_000);

afterAll(() => {
  rmSync(join(root, 'lib/law', probe), { recursive: true, force: true });
  rmSync(join(root, platformDir), { recursive: true, force: true });
});

const restricted = (path: string) =>
  diagnostics
    .filter((d) => d.location.path === path && d.category.startsWith('lint/style/noRestricted'))
    .map((d) => `${d.category.replace('lint/style/', '')}:${d.location.start.line}:${d.message}`);

describe('purity of lib/, enforced by Biome', () => {
  it('refuses document, browser, chrome and window as globals in a nested file of a pure folder', () => {
    const found = restricted(join(pureDir, 'globals.js'));
    for (const name of ['document', 'browser', 'chrome', 'window']) {
      expect(found).toContain(`noRestrictedGlobals:3:Do not use the global variable ${name}.`);
    }
  });

  it('refuses importing idb, preact and wxt/browser in a nested file of a pure folder', () => {
    const lines = new Set(
      restricted(join(pureDir, 'imports.ts'))
        .filter((d) => d.startsWith('noRestrictedImports'))
        .map((d) => d.split(':')[1]),
    );
    expect([...lines].sort()).toEqual(['3', '4', '5']);
  });

  it('allows both in lib/platform/', () => {
    expect(restricted(join(platformDir, 'globals.js'))).toEqual([]);
    expect(restricted(join(platformDir, 'imports.ts'))).toEqual([]);
  });
});
