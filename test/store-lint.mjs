// Store lint: runs Mozilla's addons-linter (what addons.mozilla.org runs on upload) on the Firefox
// build and, when `npm run zip` made one, on the Firefox zip. Fails on any error; prints warnings
// and notices without failing. Run after `npm run build` (and `npm run zip`).

import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import addonsLinter from 'addons-linter';

const root = resolve(import.meta.dirname, '..');
const output = join(root, '.output');
const dir = join(output, 'firefox-mv2');

if (process.argv.length <= 2 && !existsSync(join(dir, 'manifest.json'))) {
  console.error(`lint:store: no Firefox build in ${dir}; run "npm run build" first.`);
  process.exit(1);
}

// `wxt zip -b firefox` writes <name>-<version>-firefox.zip (and a -sources.zip, which is not an add-on).
// `npm run release` writes the same name into .output/release/ (the zip that is uploaded).
const zips = [output, join(output, 'release')].flatMap((d) =>
  existsSync(d)
    ? readdirSync(d)
        .filter((f) => f.endsWith('-firefox.zip'))
        .map((f) => join(d, f))
    : [],
);
// Explicit paths on the command line replace the defaults (used to check that errors do fail).
const targets = process.argv.length > 2 ? process.argv.slice(2).map((p) => resolve(p)) : [dir, ...zips];

const describe = (m) =>
  `${m.code}${m.file ? ` ${m.file}${m.line ? `:${m.line}` : ''}` : ''}: ${m.message}${
    m.description ? `\n      ${[m.description].flat().join(' ')}` : ''
  }`;

let failed = false;
for (const target of targets) {
  const linter = addonsLinter.createInstance({
    config: {
      _: [target],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  const result = await linter.run();
  const { errors, warnings, notices } = result;
  console.log(
    `addons-linter ${target.startsWith(root) ? target.slice(root.length + 1) : target}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`,
  );
  for (const m of errors) console.log(`  error   ${describe(m)}`);
  for (const m of warnings) console.log(`  warning ${describe(m)}`);
  for (const m of notices) console.log(`  notice  ${describe(m)}`);
  if (errors.length > 0) failed = true;
}

if (process.argv.length <= 2 && zips.length === 0)
  console.log('lint:store: no Firefox zip in .output (run "npm run release" to lint it too).');
process.exit(failed ? 1 : 0);
