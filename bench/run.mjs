// `npm run bench` (after `npm run build`): what the extension costs, measured side by side with a
// browser that has no extension. Real headless Chromium (the system one), the fixture site served by
// request interception (no network: any other request is refused and reported), medians over many
// runs after warm-up runs. Prints a table, writes bench/results.json, and exits non-zero when a figure
// is over its budget (bench/budgets.json), missing, or the run itself went wrong.
//
// The runner: it launches the two browsers and runs the parts in order (page-cost.mjs: page loads,
// traces, opening the panel; drafter.mjs: the drafter and its list; page-cost.mjs again: the change
// check; site-reading.mjs: reading any site's policy on the click), then report.mjs writes and prints
// the results.
//
// Then firefox.mjs measures the page-cost figures again in Firefox ESR (with the Chromiums closed).
//
// Env: BENCH_RUNS (measured runs per figure, default 20, page-load pairs twice that; fewer than 15 is
// a quick run and fails), `--quick` or BENCH_QUICK=1 (5 runs; writes bench/results-quick.json and
// leaves README.md alone), BENCH_PARTS (a subset, e.g. `page,firefox`: see common.mjs),
// CHROMIUM_PATH / FIREFOX_PATH (else the usual install paths).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, strayRequests } from './browser.mjs';
import { extensionDir, log, MIN_RUNS, PARTS, RUNS } from './common.mjs';
import { measureDrafter, measurePopupSize } from './drafter.mjs';
import { measureFirefox } from './firefox.mjs';
import {
  measureChangeCheck,
  measureContentScriptSize,
  measurePageLoads,
  measurePanelOpen,
  TRACE_RUNS,
} from './page-cost.mjs';
import { finish, machineInfo, problems } from './report.mjs';
import { measureSiteReading } from './site-reading.mjs';

async function main() {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('.output/chrome-mv3 is missing: run `npm run build` first (npm run bench does).');
  }
  const machine = machineInfo();
  const startedAt = new Date();
  if (RUNS < MIN_RUNS) problems.push(`quick run: ${RUNS} runs per figure, fewer than ${MIN_RUNS}`);
  const on = (part) => PARTS.includes(part);

  // Sizes: deterministic for a build.
  const details = {};
  if (on('sizes')) {
    details.contentScriptFiles = measureContentScriptSize();
    details.popupFiles = measurePopupSize();
  }

  if (['page', 'panel', 'drafter', 'change', 'reading'].some(on)) {
    log('launching Chromium with and without the extension');
    const ext = await launch(true);
    const base = await launch(false);
    try {
      const probePage = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(probePage);
      machine.chromium = (await cdp.send('Browser.getVersion')).product;
      await probePage.close();

      if (on('page')) await measurePageLoads(ext, base, details);
      if (on('panel')) await measurePanelOpen(ext, details);
      if (on('drafter')) await measureDrafter(ext, details);
      if (on('change')) await measureChangeCheck(base, details);
      if (on('reading')) await measureSiteReading(ext, details);
    } finally {
      await ext.close();
      await base.close();
    }
  }
  if (on('firefox')) await measureFirefox(machine, details);

  finish({ machine, startedAt, details, strayRequests, tracedPairs: on('page') ? TRACE_RUNS : 0 });
}

await main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
