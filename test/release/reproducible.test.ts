// The release reproduces: the source package made by `npm run release` (the one addons.mozilla.org's
// reviewers get), unpacked into an empty temporary folder with no ../shared beside it and built there
// by its own release/build-for-amo.sh (npm ci from package-lock.json, then the build and the zips),
// gives the Chrome and Firefox zips of .output/release/ byte for byte. Needs `npm run release` first;
// `npm run test:release` runs it, and `npm test` after the release and before the e2e files. npm ci may
// use the npm cache (npm_config_prefer_offline), so it works offline once the packages were installed
// here. Takes about a minute: npm ci, then two builds.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip } from '../../release/zip.mjs';

const root = resolve(import.meta.dirname, '../..');
const releaseDir = join(root, '.output/release');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipName = (kind: string) => `${name}-${version}-${kind}.zip`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The environment of a reviewer's shell: this one without what vitest and the npm script running it
 * added (NODE_ENV=test, VITEST_*, MODE/DEV/PROD/SSR/BASE_URL, npm_lifecycle_* and npm_package_*).
 */
function reviewerEnv(): NodeJS.ProcessEnv {
  const added =
    /^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|npm_lifecycle_.*|npm_package_.*|INIT_CWD)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !added.test(k)));
}

let work = '';
let sources: JSZip;
let build: { status: number | null; output: string; seconds: number };

beforeAll(async () => {
  for (const kind of ['chrome', 'firefox', 'sources'])
    if (!existsSync(join(releaseDir, zipName(kind))))
      throw new Error(`no ${zipName(kind)} in .output/release: run "npm run release" first`);
  work = mkdtempSync(join(tmpdir(), 'policy-lens-amo-'));
  const dir = join(work, 'source');
  sources = await extractZip(join(releaseDir, zipName('sources')), dir);
  const started = Date.now();
  const r = spawnSync('sh', ['release/build-for-amo.sh'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...reviewerEnv(), npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
  build = { status: r.status, output: `${r.stdout}\n${r.stderr}`, seconds: (Date.now() - started) / 1000 };
  console.log(
    `test:release: npm ci + build + zips from the source package took ${build.seconds.toFixed(1)} s`,
  );
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the source package', () => {
  it('holds the sources, the lockfile and the build instructions, without dependencies or output', () => {
    const names = Object.keys(sources.files);
    for (const f of ['package.json', 'package-lock.json', '.nvmrc', 'wxt.config.ts', 'CHANGELOG.md'])
      expect(names).toContain(f);
    expect(names).toContain('release/build-for-amo.sh');
    expect(names).toContain('BUILD-FOR-AMO.md');
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|\.git)\//.test(n))).toEqual([]);
  });

  it('says which Node and npm built the release and what the Firefox zip must hash to', async () => {
    const readme = (await sources.file('BUILD-FOR-AMO.md')?.async('string')) ?? '';
    const nvmrc = (await sources.file('.nvmrc')?.async('string'))?.trim();
    expect(readme).toContain(`Node.js ${nvmrc}`);
    expect(readme).toMatch(/^- npm \d+\.\d+\.\d+$/m);
    const firefox = readFileSync(join(releaseDir, zipName('firefox')));
    expect(readme).toContain(`${sha256(firefox)}  ${zipName('firefox')}`);
  });

  it('builds in a folder with no ../shared beside it', () => {
    expect(existsSync(join(work, 'source', '..', 'shared'))).toBe(false);
    expect(build.output).not.toMatch(/\.\.\/shared/);
    if (build.status !== 0) console.log(build.output.slice(-4000));
    expect(build.status).toBe(0);
  });
});

describe('built again from the source package', () => {
  for (const kind of ['firefox', 'chrome']) {
    it(`gives the ${kind} zip byte for byte`, () => {
      expect(build.status).toBe(0);
      const again = readFileSync(join(work, 'source/.output/release', zipName(kind)));
      const released = readFileSync(join(releaseDir, zipName(kind)));
      expect(again.length).toBe(released.length);
      expect(sha256(again)).toBe(sha256(released));
    });
  }

  it('and SHA256SUMS lists the hashes of all three release files', () => {
    const sums = readFileSync(join(releaseDir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    const zips = readdirSync(releaseDir)
      .filter((f) => f.endsWith('.zip'))
      .sort();
    expect(zips).toEqual([zipName('chrome'), zipName('firefox'), zipName('sources')]);
    expect(sums.sort()).toEqual(zips.map((f) => `${sha256(readFileSync(join(releaseDir, f)))}  ${f}`).sort());
  });
});
