// What every part of the benchmark shares: where things are, how many runs, the statistics, and the
// bundler that loads the app's own modules into Node or a page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = resolve(import.meta.dirname, '..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const firefoxExtensionDir = join(root, '.output/firefox-mv2');
export const SITE = 'https://expert.plus/';
export const HOST_SELECTOR = '[data-policy-lens]';
/** The made-up site whose policy bench/site-reading.mjs reads on demand. */
export const READING_HOST = 'bench-policy.ru';
export const MIN_RUNS = 15;
/**
 * `--quick` (or BENCH_QUICK=1): 5 runs per figure, for working on the bench itself. A quick run still
 * measures every part, but it writes bench/results-quick.json, leaves the README alone, and fails.
 */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? (QUICK ? 5 : 20)) || 20);
/**
 * BENCH_PARTS: a comma-separated subset of the parts, for working on one of them (a partial run fails
 * like a quick one): sizes, page, panel, drafter, change, reading, firefox.
 */
export const ALL_PARTS = ['sizes', 'page', 'panel', 'drafter', 'change', 'reading', 'firefox'];
export const PARTS = process.env.BENCH_PARTS
  ? process.env.BENCH_PARTS.split(',').map((p) => p.trim())
  : ALL_PARTS;
export const WARMUP = 3;
/** Page loads are cheap and their ratio is the noisiest figure: twice as many pairs. */
export const LOAD_PAIRS = RUNS * 2;
export const LIST_ROWS = 1000;
export const TIMEOUT = 20_000;

export const log = (...args) => console.error('[bench]', ...args);

// ——— statistics ———

export function median(values) {
  return quantile(values, 0.5);
}

/** The q-quantile, linear between the two nearest samples (q = 0.5 is the median). */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/** median, quartiles (the middle half: how noisy), min, max and the samples (rounded for the JSON). */
export function summary(values, digits = 2) {
  const round = (v) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    n: values.length,
    median: round(median(values)),
    p25: round(quantile(values, 0.25)),
    p75: round(quantile(values, 0.75)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    samples: values.map(round),
  };
}

// ——— sizes ———

export function sizeOf(files, dir = extensionDir) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.map((f) => f.slice(dir.length + 1)) };
}

/**
 * `files` (absolute paths in a build) and every JS file they import statically, transitively: what a
 * page or script of the extension loads with them.
 */
export function withImports(files, dir = extensionDir) {
  const queue = [...files];
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const js = readFileSync(file, 'utf8');
      for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
        queue.push(m[1].startsWith('/') ? join(dir, m[1]) : join(dirname(file), m[1]));
      }
    }
  }
  return [...seen];
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
