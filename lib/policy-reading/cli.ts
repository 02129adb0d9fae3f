// npm run read-policy -- FILE [--url https://site/policy]: prints the reading of a plain-text policy as JSON.
import { readFileSync } from 'node:fs';
import { readPolicy } from './index';

const args = process.argv.slice(2).filter((a) => a !== '--');
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
if (!file) {
  process.stderr.write('usage: npm run read-policy -- FILE [--url URL]\n');
  process.exit(2);
}
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(file));
} catch (e) {
  process.stderr.write(`read-policy: cannot read ${file}: ${(e as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(readPolicy(text, { url }), null, 2)}\n`);
