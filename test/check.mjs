// `npm run check`: types, lint and unit tests, the three at once (they do not depend on each other,
// and on two cores the typecheck's one thread runs beside vitest's worker). Each one's output is
// printed whole when it ends, in the order they end, with its time; the exit code is non-zero if any
// failed.
import { spawn } from 'node:child_process';

const steps = [
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
];

const started = performance.now();
const results = await Promise.all(
  steps.map(
    ([name, command, args]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const child = spawn(command, args, {
          // Colours when the terminal has them, although each step writes to a pipe.
          env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const output = [];
        child.stdout.on('data', (d) => output.push(d));
        child.stderr.on('data', (d) => output.push(d));
        child.on('close', (code, signal) => {
          const seconds = ((performance.now() - t0) / 1000).toFixed(1);
          const ok = code === 0;
          process.stdout.write(
            `\n── ${name}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s\n`,
          );
          process.stdout.write(Buffer.concat(output));
          resolve({ name, ok });
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
