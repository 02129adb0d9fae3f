import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-main';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, {
    readFile: (p) => readFileSync(p),
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

describe('read-policy', () => {
  it('prints the reading of a policy as JSON and exits 0', () => {
    const r = run(['--', new URL('./fixtures/operator-last.txt', import.meta.url).pathname]);
    expect(r.code).toBe(0);
    const reading = JSON.parse(r.out);
    expect(reading.isPolicy).toBe(true);
    expect(reading.operator.form).toBe('ИП');
  });

  it('prints isPolicy false for a readable non-policy and still exits 0', () => {
    const r = run([new URL('./fixtures/README.md', import.meta.url).pathname]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).isPolicy).toBe(false);
  });

  it('exits non-zero with a message for an unreadable file, and for no file', () => {
    const missing = run(['/nonexistent/policy.txt']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read \/nonexistent\/policy\.txt/);
    expect(missing.out).toBe('');
    expect(run([]).code).toBe(2);
  });

  it('passes --url to the reader', () => {
    const r = run([
      new URL('./fixtures/english.txt', import.meta.url).pathname,
      '--url',
      'https://northwind.example.org/p',
    ]);
    expect(JSON.parse(r.out).site).toBe('northwind.example.org');
  });
});
