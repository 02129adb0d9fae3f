// The benchmark's results: each figure against its budget, the table it prints, bench/results.json,
// and the exit code (non-zero when a figure is over its budget or missing, or the run went wrong).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { LOAD_PAIRS, RUNS, root, WARMUP } from './common.mjs';

export const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));

/** @type {Array<Record<string, unknown>>} */
export const rows = [];
export const problems = [];

/**
 * One figure. `value` is what the budget is checked against; `stats` adds median/min/max.
 * status: 'ok' | 'over' | 'missing' | 'info' (no budget).
 */
export function record({ id, label, unit, value, stats, budgetKey, note }) {
  const budget = budgetKey ? budgets[budgetKey] : undefined;
  let status = 'info';
  if (value === undefined || value === null || Number.isNaN(value)) status = budgetKey ? 'missing' : 'info';
  else if (budget !== undefined) status = value <= budget ? 'ok' : 'over';
  rows.push({ id, label, unit, value, ...(stats ?? {}), budgetKey, budget, status, note });
}

// ——— machine ———

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
    loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

// ——— the table ———

function fmt(v, unit) {
  if (v === undefined || v === null || Number.isNaN(v)) return '—';
  if (unit === 'B') return `${Math.round(v).toLocaleString('en-US')} B`;
  if (unit === 'KiB') return `${(v / 1024).toFixed(1)} KiB`;
  if (unit === 'ms') return `${v.toFixed(1)} ms`;
  if (unit === 'x') return `${v.toFixed(3)}×`;
  return String(v);
}

function printTable(machine) {
  const head = ['Figure', 'Median', 'Min – max', 'Budget', ''];
  const body = rows.map((r) => {
    const unit = r.unit === 'bytes' ? 'KiB' : r.unit;
    const value = fmt(r.median ?? r.value, unit);
    const range = r.min !== undefined ? `${fmt(r.min, unit)} – ${fmt(r.max, unit)}` : '';
    const budget = r.budget !== undefined ? `≤ ${fmt(r.budget, unit)}` : '';
    const mark = { ok: 'ok', over: 'OVER BUDGET', missing: `MISSING: ${r.note ?? 'no value'}`, info: '' }[
      r.status
    ];
    return [r.label, value, range, budget, mark];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  widths[widths.length - 1] = 0;
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log();
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const b of body) console.log(line(b));
  console.log();
  console.log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.chromium}`,
  );
}

/** Writes bench/results.json, prints the table and what is wrong, and sets the exit code. */
export function finish({ machine, startedAt, details, strayRequests, tracedPairs }) {
  machine.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
  if (strayRequests.length)
    problems.push(`${strayRequests.length} request(s) outside the fixture site, refused`);

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
    strayRequests,
    problems,
    details,
    method: {
      loads:
        'Two persistent Chromium contexts, one with the unpacked build and one with no extension, same flags; fixture home.html served by route. Pairs alternate which context loads first; ratio = median of per-pair load-event ratios.',
      panelHost:
        'Init script in the page: performance.now() at DOMContentLoaded, and when a MutationObserver on <html> children sees the host.',
      panelOpen:
        "Launcher clicked inside the page; time to #pl-panel shown, and to the summary's sections, each plus two requestAnimationFrames.",
      memory:
        "CDP Runtime.getHeapUsage after two HeapProfiler.collectGarbage: the page renderer's V8 isolate, which holds the main world and the content script's isolated world together (CDP has no per-world heap). The extension's cost is the difference with the no-extension page.",
      longTasks:
        "PerformanceObserver 'longtask' (buffered) in the page; tasks of the content script run on the same main thread and are counted with the page's own. Traced loads (CDP Tracing, 5 pairs): the longest top-level task on the page's main thread that holds an event naming the content script's URL.",
      cpu: "CDP Performance.getMetrics with timeDomain 'threadTicks' after the load: TaskDuration and ScriptDuration of the page's main thread, in CPU time.",
      drafter:
        'chrome-extension://ID/popup.html opened in a tab; init script records performance.now() (from navigation start) when #pl-fullName exists and is enabled, or when the list heading counts 1,000 requests and its rows are in the DOM (the first page, with "Showing N of 1,000", or all of them); "Show all" is then timed from the click to 1,000 li.req rows (requests written to IndexedDB "policy-lens" by the extension page, in the stored format, validated with lib/requests/backup.ts); then the list again with 1,000 requests of which 95 % are done, 3 % answered, 1 % sent and 1 % drafts.',
      changeCheck:
        'lib/policy-watch/diff.ts bundled with esbuild; comparePolicyText(clauses of expert.plus, 1 MiB of UTF-8 text: the policy with clause 4.2 changed, between lines made of its own words shuffled), in the page and in Node; the result must report clause 4.2 as not unchanged.',
    },
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  printTable(machine);
  const over = rows.filter((r) => r.status === 'over');
  const missing = rows.filter((r) => r.status === 'missing');
  for (const r of over) console.log(`OVER BUDGET: ${r.label}`);
  for (const r of missing) console.log(`MISSING: ${r.label}: ${r.note ?? 'no value'}`);
  for (const p of problems) console.log(`PROBLEM: ${p}`);
  for (const s of strayRequests) console.log(`  refused: ${s}`);
  if (!strayRequests.length) console.log('No request went anywhere but the fixture site and the extension.');
  const busiest = Math.max(...machine.loadAverageAtStart, ...machine.loadAverageAtEnd);
  if (busiest > machine.cores) {
    console.log(
      `NOTE: load average up to ${busiest} on ${machine.cores} cores during the run: other work shared the CPU, so timings are pessimistic and noisy.`,
    );
  }
  console.log(`Written to bench/results.json (${results.durationS} s).`);
  process.exitCode = over.length || missing.length || problems.length ? 1 : 0;
}
