// The benchmark's results: each figure against its budget, the table it prints, bench/results.json,
// the README's Performance section (generated from results.json, between markers), and the exit code
// (non-zero when a figure is over its budget or missing, or the run went wrong).
//
// `node bench/report.mjs --readme` rewrites the README's section from bench/results.json alone.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_PARTS, LOAD_PAIRS, PARTS, QUICK, RUNS, root, summary, WARMUP } from './common.mjs';

export const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));

/** @type {Array<Record<string, unknown>>} */
export const rows = [];
export const problems = [];

/** The report's sections, in order, with their titles. */
export const SECTIONS = {
  sizes: 'Sizes (the built manifests)',
  page: 'Every expert.plus page, Chromium: interleaved loads with and without the extension',
  firefox: 'Every expert.plus page, Firefox ESR: interleaved loads with and without the extension',
  panel: 'Opening the panel, as a user (Chromium)',
  drafter: 'The drafter, against a blank extension page in the same run (Chromium)',
  other: 'Change check and on-demand reading (Chromium)',
};

/**
 * One figure. `value` is what the budget is checked against; `stats` adds median, quartiles, min and
 * max. status: 'ok' | 'over' | 'missing' | 'info' (no budget).
 */
export function record({ section = 'other', id, label, unit, value, stats, budgetKey, note }) {
  const budget = budgetKey ? budgets[budgetKey] : undefined;
  let status = 'info';
  if (value === undefined || value === null || Number.isNaN(value)) status = budgetKey ? 'missing' : 'info';
  else if (budget !== undefined) status = value <= budget ? 'ok' : 'over';
  rows.push({ section, id, label, unit, value, ...(stats ?? {}), budgetKey, budget, status, note });
}

/**
 * `values` (one per run or pair) summarised and recorded as one figure, its median checked against the
 * budget. Returns the summary.
 */
export function recordSamples(section, id, label, values, { unit = 'ms', digits, budgetKey, note } = {}) {
  const st = summary(values, digits ?? { x: 4, bytes: 0 }[unit] ?? 2);
  record({ section, id, label, unit, value: st.median, stats: st, budgetKey, note });
  return st;
}

/** A figure given as a ratio or difference of paired runs (the ones the noise statement spreads). */
const isRelative = (r) => /Ratio$|Delta/.test(r.id);

// ——— machine ———

const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100);

export function machineInfo() {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) osName = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux: os.type() is enough
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName,
    arch: os.arch(),
    node: process.version,
    loadAverageAtStart: loadAverage(),
  };
}

// ——— formatting ———

function fmt(v, unit, signed = false) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  const sign = signed && v > 0 ? '+' : '';
  if (unit === 'bytes') return `${sign}${(v / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${sign}${v.toFixed(1)} ms`;
  if (unit === 'x') return `${v.toFixed(3)}×`;
  return String(v);
}

function cells(r) {
  const signed = isRelative(r) && r.unit !== 'x';
  return {
    label: r.label,
    median: fmt(r.median ?? r.value, r.unit, signed),
    middle: r.p25 !== undefined ? `${fmt(r.p25, r.unit, signed)} – ${fmt(r.p75, r.unit, signed)}` : '',
    range: r.min !== undefined ? `${fmt(r.min, r.unit, signed)} – ${fmt(r.max, r.unit, signed)}` : '',
    budget: r.budget !== undefined ? `≤ ${fmt(r.budget, r.unit)}` : '',
  };
}

const sectionRows = (figures) =>
  Object.entries(SECTIONS)
    .map(([key, title]) => ({ key, title, rows: figures.filter((r) => r.section === key) }))
    .filter((s) => s.rows.length);

const lavg = (v) => v.map((x) => x.toFixed(2)).join(' / ');

/**
 * How noisy the run was: the machine's load average before and after (1, 5 and 15 minutes), and for
 * each budgeted ratio or difference (and Firefox's) its middle half (25th to 75th percentile of the pairs) and whether its
 * budget falls inside it (a verdict this run cannot settle).
 */
export function noiseOf(results) {
  const { machine, figures } = results;
  const busiest = Math.max(...machine.loadAverageAtStart, ...machine.loadAverageAtEnd);
  const spread = figures
    .filter(
      (r) => isRelative(r) && r.p25 !== undefined && (r.budget !== undefined || r.section === 'firefox'),
    )
    .map((r) => ({
      id: r.id,
      median: r.median,
      p25: r.p25,
      p75: r.p75,
      unit: r.unit,
      budget: r.budget,
      budgetInsideMiddleHalf: r.budget !== undefined && r.budget >= r.p25 && r.budget <= r.p75,
    }));
  const baseline = figures.find((r) => r.id === 'loadWithout');
  return {
    loadAverageAtStart: machine.loadAverageAtStart,
    loadAverageAtEnd: machine.loadAverageAtEnd,
    cores: machine.cores,
    busy: busiest > machine.cores,
    baselineLoadMiddleHalfPct: baseline?.median
      ? Math.round(((baseline.p75 - baseline.p25) / baseline.median) * 1000) / 10
      : null,
    spread,
  };
}

/** The noise statement, one line per point. */
function noiseStatement(results) {
  const n = results.noise ?? noiseOf(results);
  const lines = [
    `Load average (1, 5, 15 min) ${lavg(n.loadAverageAtStart)} at the start and ${lavg(n.loadAverageAtEnd)} at the end, on ${n.cores} cores: ${
      n.busy
        ? 'other work shared the CPU, so the absolute timings are pessimistic and noisy; the per-pair ratios and differences, the two loads of a pair run back to back, are what the budgets judge.'
        : 'a quiet machine.'
    }`,
  ];
  const baselines = [
    ['loadWithout', 'Chromium'],
    ['firefoxLoadWithout', 'Firefox'],
  ]
    .map(([id, name]) => [results.figures.find((r) => r.id === id), name])
    .filter(([r]) => r?.median)
    .map(([r, name]) => `${name} ${Math.round(((r.p75 - r.p25) / r.median) * 100)} %`);
  if (baselines.length) {
    lines.push(
      `The page's own load event, without the extension, spread over this much of its median in the middle half of the loads: ${baselines.join(', ')}.`,
    );
  }
  const byId = Object.fromEntries(results.figures.map((r) => [r.id, r]));
  const open = n.spread
    .filter((s) => s.budgetInsideMiddleHalf)
    .map((s) => byId[s.id]?.label.replace(/ \(per (?:pair|run)\)$/, '') ?? s.id);
  lines.push(
    open.length
      ? `Not settled by this run (the budget lies inside the middle half of the pairs, 25th to 75th percentile): ${open.join('; ')}.`
      : 'Every budgeted ratio and difference has the middle half of its pairs on one side of its budget.',
  );
  return lines;
}

// ——— the printed table ———

function printTable(results) {
  const head = ['Figure', 'Median', 'Middle half', 'Min – max', 'Budget', ''];
  for (const section of sectionRows(results.figures)) {
    const body = section.rows.map((r) => {
      const c = cells(r);
      const mark = {
        ok: 'ok',
        over: 'OVER BUDGET',
        missing: `MISSING: ${r.note ?? 'no value'}`,
        info: r.note ?? '',
      }[r.status];
      return [c.label, c.median, c.middle, c.range, c.budget, mark];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
    widths[widths.length - 1] = 0;
    const line = (cs) =>
      cs
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    console.log();
    console.log(section.title);
    console.log(line(head));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const b of body) console.log(line(b));
  }
  console.log();
  const m = results.machine;
  console.log(
    `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium ?? 'no Chromium'}, ${m.firefox ?? 'no Firefox'}`,
  );
  for (const l of noiseStatement(results)) console.log(`NOISE: ${l}`);
}

// ——— the README section ———

export const README_START = '<!-- bench:start (generated from bench/results.json by bench/report.mjs) -->';
export const README_END = '<!-- bench:end -->';

const METHOD = [
  '**Pairs**: two browsers with the same flags, one with the build and one with no extension; each pair loads the fixture `home.html` (served as `https://expert.plus/` by request interception: nothing reaches the network) in both, alternately with-first and without-first, after warm-up pairs. A ratio or difference is taken within each pair, and the figure is the median of the pairs: the two loads of a pair ran seconds apart on the same machine, so a busy machine moves both.',
  '**Content script size**: gzip (level 9) of every file the built manifest lists under `content_scripts` (JS and CSS), in `.output/chrome-mv3` and `.output/firefox-mv2`. The panel code loaded on intent is `panel-ui.js` with its CSS and static imports, wherever the build puts it (no budget).',
  "**CPU (Chromium)**: CDP `Performance.getMetrics` in thread time (`TaskDuration`, `ScriptDuration`) of the page's main thread after the load settled, so time the thread waited for a busy CPU is not counted. **CPU (Firefox)**: WebDriver BiDi has no such metric and does not say which content process holds a tab, so it is every thread of every Firefox process (`/proc/<pid>/task/<tid>/schedstat`), from just before the navigation to the settled load: the extension's background and content script together.",
  "**Long tasks, traces**: a buffered `PerformanceObserver('longtask')` in the page (0 = no task of 50 ms or more). The (trace) rows come from more pairs traced with CDP `Tracing`: the longest top-level task on the page's main thread that names the content script, when that script starts and its first evaluation, how much later the load event fires, and the self time of every trace event by name, with − without (where the extra time goes).",
  "**Load event, FCP**: the navigation entry's `loadEventEnd` and the `first-contentful-paint` paint entry, in both browsers.",
  '**Floors**: two more Chromiums, each with a reference extension the bench writes for the run (a service worker and one content script on the same pages, at the same `run_at`), loaded in the same rounds as the pairs (each round loads the page in all four browsers, in a rotated order). The one-line script is the least an extension that runs a script on the page can cost (Chromium creates an isolated world for any content script); the bare launcher (a button in a closed shadow root with a constructed style sheet, put under `<html>` once the page is idle, and nothing else: no message, no listener, no settings, no edge check, no top layer) is the least one that shows something on every page can. "Extension − floor" and "extension ÷ floor" are taken within each round.',
  "**Memory**: CDP `Runtime.getHeapUsage` after two forced garbage collections: the page renderer's whole V8 isolate, main world and the content script's isolated world together, so the extension's share is the difference from the page without it. Firefox has no heap figure here.",
  "**Opening the panel**: real input. Pointer: the mouse moves onto the launcher (hover: the loader's intent), the click follows 150 ms later, timed from its `pointerdown`. Keyboard: no pointer on the page; the focus is put on the page's last focusable element, then Tab (onto the launcher) and Enter at once, timed from Enter's `keydown` (the focus reaching the launcher is itself an intent, so little of the loading can happen before Enter). Until the summary's sections are in the panel, plus two animation frames.",
  "**Drafter**: `popup.html` in a tab, from navigation start to `#pl-fullName` present and enabled (empty store), and `popup.html?view=list` until its heading counts 1,000 requests (written to IndexedDB in the stored format) and its first rows are in the DOM. Each run is interleaved with a load of the extension's `manifest.json` in a tab (a document of the extension with no script of ours: what navigating to any extension page costs right now), and the budget is on the per-run ratio; these absolute times vary two- to threefold between machines here.",
  '**Change check**: `lib/policy-watch/diff.ts` over 1 MiB of text, the policy with clause 4.2 changed between lines of its own words shuffled. **On-demand reading**: toolbar click to the reading painted, 100 KB policy, with a same-page reference.',
];

function table(rowsOf) {
  const head = ['Figure', 'Median', 'Middle half', 'Min – max', 'Budget', 'Status'];
  const body = rowsOf.map((r) => {
    const c = cells(r);
    const status = {
      ok: 'ok',
      over: '**over**',
      missing: `**missing**${r.note ? `: ${r.note}` : ''}`,
      info: r.note ?? '',
    }[r.status];
    return [c.label, c.median, c.middle, c.range, c.budget, status].map((x) => x.replaceAll('|', '\\|'));
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cs) => `| ${cs.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** The README's Performance section body (between the markers), from results.json's content. */
export function renderReadme(results) {
  const m = results.machine;
  const when = `${results.date.slice(0, 10)} ${results.date.slice(11, 16)} UTC`;
  const out = [
    README_START,
    '',
    'What the extension costs a page and its user, measured by `npm run bench` in real headless Chromium and',
    'Firefox ESR, side by side with the same browser without the extension, in one run. Every ratio and',
    'difference comes first, from interleaved pairs; the absolute figures follow. Budgets live in',
    '[`bench/budgets.json`](bench/budgets.json); the command exits non-zero when a figure is over its budget or',
    'missing. This section is written by the bench from [`bench/results.json`](bench/results.json) (every',
    'sample, the machine and the method are there); `node bench/report.mjs --readme` rewrites it from that file.',
    '',
    `Latest run: ${when}, ${results.durationS} s, on ${m.cpu} (${m.cores} cores), ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}, ${m.chromium ?? 'no Chromium'} headless, ${m.firefox ?? 'no Firefox'} headless; ${results.runs} runs per figure and ${results.loadPairs} load pairs per browser after ${results.warmupRuns} warm-up runs.`,
    '',
    '**Noise.** How busy the machine was and how much the pairs spread (the "Middle half" column is the',
    '25th to 75th percentile of the runs or pairs):',
    '',
    ...noiseStatement(results).map((l) => `- ${l}`),
    '',
  ];
  for (const section of sectionRows(results.figures)) {
    out.push(`**${section.title}**`, '', ...table(section.rows), '');
    const breakdown = results.details?.traceSelfTimeDeltaMs;
    if (section.key === 'page' && breakdown?.length) {
      const busy = results.details.traceBusyDeltaMs?.median;
      out.push(
        `Where the extra main-thread time goes, from the ${results.tracedPairs} traced pairs (wall time of the trace's events, self time by event name, median of with − without${busy === undefined ? '' : `; whole main thread ${fmt(busy, 'ms', true)}`}): ${breakdown.map((b) => `\`${b.name}\` ${fmt(b.deltaMs, 'ms', true)}`).join(', ')}.`,
        '',
      );
    }
  }
  const over = results.figures.filter((r) => r.status === 'over');
  const missing = results.figures.filter((r) => r.status === 'missing');
  if (over.length || missing.length || results.problems.length) {
    out.push('**Not met in this run** (the command exits non-zero):', '');
    for (const r of over)
      out.push(`- over budget: ${r.label} (${cells(r).median}, budget ${cells(r).budget})`);
    for (const r of missing) out.push(`- missing: ${r.label}${r.note ? ` (${r.note})` : ''}`);
    for (const p of results.problems) out.push(`- ${p}`);
    out.push('');
  } else {
    out.push('Every budgeted figure is within its budget in this run.', '');
  }
  out.push('How the figures are taken:', '', ...METHOD.map((t) => `- ${t}`), '', README_END);
  return out.join('\n');
}

/** Rewrites the README's section between the markers; false when the markers are not there. */
export function writeReadme(results, file = join(root, 'README.md')) {
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) return false;
  writeFileSync(file, text.slice(0, a) + renderReadme(results) + text.slice(b + README_END.length));
  return true;
}

// ——— the end of a run ———

/** Writes bench/results.json, prints the table and what is wrong, and sets the exit code. */
export function finish({ machine, startedAt, details, strayRequests, tracedPairs }) {
  machine.loadAverageAtEnd = loadAverage();
  if (strayRequests.length)
    problems.push(`${strayRequests.length} request(s) outside the fixture site, refused`);
  const partial = PARTS.length !== ALL_PARTS.length || !ALL_PARTS.every((p) => PARTS.includes(p));
  if (partial) problems.push(`partial run: ${PARTS.join(', ')}`);

  const results = {
    date: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine,
    runs: RUNS,
    loadPairs: LOAD_PAIRS,
    tracedPairs,
    warmupRuns: WARMUP,
    budgets,
    figures: rows,
    noise: undefined,
    strayRequests,
    problems,
    details,
    method: METHOD,
  };
  results.noise = noiseOf(results);
  // A quick or partial run is for working on the bench: it does not replace the last full results.
  const trial = QUICK || partial;
  const file = trial ? 'bench/results-quick.json' : 'bench/results.json';
  writeFileSync(join(root, file), `${JSON.stringify(results, null, 2)}\n`);
  if (!trial && !writeReadme(results))
    problems.push('README.md has no bench markers: its section was not written');

  printTable(results);
  const over = rows.filter((r) => r.status === 'over');
  const missing = rows.filter((r) => r.status === 'missing');
  for (const r of over) console.log(`OVER BUDGET: ${r.label}`);
  for (const r of missing) console.log(`MISSING: ${r.label}: ${r.note ?? 'no value'}`);
  for (const p of problems) console.log(`PROBLEM: ${p}`);
  for (const s of strayRequests) console.log(`  refused: ${s}`);
  if (!strayRequests.length) console.log('No request went anywhere but the fixture site and the extension.');
  console.log(`Written to ${file}${trial ? '' : ' and README.md'} (${results.durationS} s).`);
  process.exitCode = over.length || missing.length || problems.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--readme')) {
  const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  if (!writeReadme(results)) {
    console.error('README.md has no bench markers');
    process.exitCode = 1;
  } else console.log('README.md: Performance section rewritten from bench/results.json');
}
