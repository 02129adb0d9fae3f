// The release's zips are reproducible: same files, same bytes, whenever and wherever they are made.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { changelogEntry, notSources } from '../../release/make.mjs';
import { listFiles, writeDeterministicZip } from '../../release/zip.mjs';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tree(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('writeDeterministicZip', () => {
  const date = new Date('2026-11-27T00:00:00Z');
  const files = { 'manifest.json': '{"a":1}', 'b/z.js': 'z', 'b/a.js': 'a'.repeat(1000), 'Ä.txt': 'ü' };

  it('gives the same bytes for the same files created in another order at another time', async () => {
    const one = join(tmp, 'one');
    const two = join(tmp, 'two');
    tree(one, files);
    tree(two, Object.fromEntries(Object.entries(files).reverse()));
    utimesSync(join(two, 'b/a.js'), new Date('2001-01-01'), new Date('2001-01-01'));
    const a = await writeDeterministicZip(join(tmp, 'one.zip'), one, listFiles(one), date);
    await new Promise((r) => setTimeout(r, 2100)); // DOS times have 2 s steps
    const b = await writeDeterministicZip(join(tmp, 'two.zip'), two, listFiles(two).reverse(), date);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(readFileSync(join(tmp, 'two.zip')).equals(b)).toBe(true);
    // and a changed byte changes the zip
    writeFileSync(join(two, 'b/z.js'), 'y');
    const c = await writeDeterministicZip(join(tmp, 'three.zip'), two, listFiles(two), date);
    expect(Buffer.compare(a, c)).not.toBe(0);
  });

  it('holds the files sorted, folders first, every entry dated the given day', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(tmp, 'one.zip')));
    const names = Object.keys(zip.files);
    expect(names).toEqual(['b/', 'b/a.js', 'b/z.js', 'manifest.json', 'Ä.txt']);
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe(date.toISOString());
    expect(await zip.file('Ä.txt')?.async('string')).toBe('ü');
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

  it("has a dated entry for package.json's version", () => {
    const entry = changelogEntry(changelog, version);
    expect(entry?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry?.text.length).toBeGreaterThan(100);
  });

  it('reads one entry, not the next', () => {
    const text = '# C\n\n## 1.1.0 — 2027-01-02\n\n- b\n\n## 1.0.0 — 2027-01-01\n\n- a\n';
    expect(changelogEntry(text, '1.1.0')).toEqual({ date: '2027-01-02', text: '- b' });
    expect(changelogEntry(text, '1.0.0')).toEqual({ date: '2027-01-01', text: '- a' });
    expect(changelogEntry(text, '1.0')).toBeUndefined();
  });
});

describe('the source package', () => {
  it('leaves out dependencies, build output, git and screenshots for the stores', () => {
    const out = (p: string) => notSources.some((re) => re.test(p));
    for (const p of [
      'node_modules/x/index.js',
      '.output/chrome-mv3/manifest.json',
      '.git/HEAD',
      '.wxt/types.d.ts',
    ])
      expect(out(p)).toBe(true);
    expect(out('store/screenshots/1-panel-ru.png')).toBe(true);
    for (const p of ['package-lock.json', 'release/build-for-amo.sh', 'entrypoints/popup/main.tsx', '.nvmrc'])
      expect(out(p)).toBe(false);
  });
});
