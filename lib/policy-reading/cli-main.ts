// The read-policy command as a function (cli.ts runs it): prints the reading of a plain-text policy as JSON.
import { readPolicy } from './index';

export interface CliIo {
  readFile: (path: string) => Uint8Array;
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Returns the exit code: 0 for any readable file (a non-policy prints isPolicy false), 1 unreadable, 2 usage. */
export function runCli(argv: string[], io: CliIo): number {
  const args = argv.filter((a) => a !== '--');
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) {
    io.err('usage: npm run read-policy -- FILE [--url URL]\n');
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: false }).decode(io.readFile(file));
  } catch (e) {
    io.err(`read-policy: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(readPolicy(text, { url }), null, 2)}\n`);
  return 0;
}
