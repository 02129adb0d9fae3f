// The reader is loaded only where a reading is asked for: the expert.plus content script must not import it
// (it would grow the script every page of the site loads). Walks the static import graph from the script.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const reader = join(root, 'lib/policy-reading');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (/^(?:@|~|@@|~~)\//.test(spec)) base = join(root, spec.replace(/^[@~]{1,2}\//, ''));
  else return null; // a package
  base = base.replace(/\?.*$/, '');
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || !/\.(?:ts|tsx)$/.test(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // Static imports and re-exports only: a dynamic import() is a separate chunk, loaded on demand.
    for (const m of src.matchAll(
      /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
    )) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target) todo.push(target);
    }
  }
  return seen;
}

describe('the expert.plus content script does not load the reader', () => {
  const dir = join(root, 'entrypoints/panel.content');
  const entries = readdirSync(dir)
    .filter((f) => /\.(?:ts|tsx)$/.test(f))
    .map((f) => join(dir, f));

  it('walks a real graph (sanity: the script reaches more than itself)', () => {
    expect(entries.length).toBeGreaterThan(0);
    const files = new Set(entries.flatMap((e) => [...reachable(e)]));
    expect(files.size).toBeGreaterThan(entries.length);
  });

  it('reaches no file of lib/policy-reading', () => {
    const files = entries.flatMap((e) => [...reachable(e)]);
    expect(files.filter((f) => f.startsWith(reader)).map((f) => relative(root, f))).toEqual([]);
  });
});
