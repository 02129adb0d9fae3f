// `npm run check`: types, lint and unit tests, the three at once (they do not depend on each other,
// and on two cores the typecheck's one thread runs beside vitest's workers). Each runs its script from
// package.json as npm would (node_modules/.bin on the PATH), without starting npm three more times.
// Each one's output is printed whole when it ends, with its time; the exit code is non-zero if any
// failed.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// `--isolate` (as `npm test` runs it): each unit test file in fresh modules, as vitest does by default.
const isolate = process.argv.includes('--isolate');
const steps = [
  ['types', 'typecheck', ''],
  ['lint', 'lint', ''],
  ['unit', 'test:unit', isolate ? ' --isolate' : ''],
];
const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
  // Colours when the terminal has them, although each step writes to a pipe.
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};

const started = performance.now();
const results = await Promise.all(
  steps.map(
    ([name, script, extra]) =>
      new Promise((done) => {
        const t0 = performance.now();
        const child = spawn('sh', ['-c', scripts[script] + extra], {
          cwd: root,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const output = [];
        child.stdout.on('data', (d) => output.push(d));
        child.stderr.on('data', (d) => output.push(d));
        child.on('close', (code, signal) => {
          const seconds = ((performance.now() - t0) / 1000).toFixed(1);
          const ok = code === 0;
          process.stdout.write(
            `\n── ${name} (npm run ${script}): ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s\n`,
          );
          process.stdout.write(Buffer.concat(output));
          done({ name, ok });
        });
      }),
  ),
);

const failed = results.filter((r) => !r.ok).map((r) => r.name);
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\ncheck: ${failed.length ? `FAILED: ${failed.join(', ')}` : 'types, lint and unit tests ok'} in ${total} s`,
);
process.exitCode = failed.length ? 1 : 0;
