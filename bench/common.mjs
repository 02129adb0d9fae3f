// What every part of the benchmark shares: where things are, how many runs, the statistics, and the
// bundler that loads the app's own modules into Node or a page.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = resolve(import.meta.dirname, '..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const SITE = 'https://expert.plus/';
export const HOST_SELECTOR = '[data-policy-lens]';
/** The made-up site whose policy bench/site-reading.mjs reads on demand. */
export const READING_HOST = 'bench-policy.ru';
export const MIN_RUNS = 15;
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 20) || 20);
export const WARMUP = 3;
/** Page loads are cheap and their ratio is the noisiest figure: twice as many pairs. */
export const LOAD_PAIRS = RUNS * 2;
export const LIST_ROWS = 1000;
export const TIMEOUT = 20_000;

export const log = (...args) => console.error('[bench]', ...args);

// ——— statistics ———

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** median, min, max and the samples themselves (rounded for the JSON). */
export function summary(values, digits = 2) {
  const round = (v) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    n: values.length,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    samples: values.map(round),
  };
}

// ——— sizes ———

export function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.map((f) => f.slice(extensionDir.length + 1)) };
}

// ——— the app's modules ———

/** Bundles a TypeScript module of the app for Node or the page, `?raw` imports included. */
export async function bundle(entry, options = {}) {
  const rawText = {
    name: 'raw-text',
    setup(b) {
      b.onResolve({ filter: /\?raw$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
        namespace: 'raw-text',
      }));
      b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
        contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`,
        loader: 'js',
      }));
    },
  };
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [rawText],
    ...options,
  });
  return out.outputFiles[0].text;
}

export const importBundle = (code) =>
  import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
