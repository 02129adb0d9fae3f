// npm run read-policy -- FILE [--url https://site/policy]: prints the reading of a plain-text policy as JSON.
import { readFileSync } from 'node:fs';
import { runCli } from './cli-main';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
