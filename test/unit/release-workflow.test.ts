// The release workflow (.github/workflows/release.yml) is not run here: this checks its syntax and
// shape, and that store credentials only reach the steps that use them, and only when set.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const source = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8');

type Step = {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: object;
  env?: Record<string, string>;
};
type Job = {
  'runs-on': string;
  container?: string;
  needs?: string;
  env?: Record<string, string>;
  steps: Step[];
  permissions?: object;
};
type Workflow = { name: string; on: { push: { tags: string[] } }; jobs: Record<string, Job> };

function parse(text: string): Workflow {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  return doc.toJS() as Workflow;
}

const secretRef = /\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g;
/** `${{ secrets.A != '' && secrets.B != '' }}`: says whether secrets are set, never what they are. */
const presenceTest = /^\$\{\{\s*secrets\.\w+ != ''(?:\s*&&\s*secrets\.\w+ != '')*\s*\}\}$/;

/**
 * Every place a secret is referenced that is not allowed: anywhere outside a job's presence flags
 * (job env, as a true/false test) and the env of a step whose `if` checks such a flag.
 */
function misplacedSecrets(wf: Workflow): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string, allowed: boolean) => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(secretRef)) if (!allowed) problems.push(`${path}: secrets.${m[1]}`);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, allowed);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, allowed);
  };
  walk({ name: wf.name, on: wf.on }, 'workflow', false);
  for (const [id, job] of Object.entries(wf.jobs)) {
    const flags = new Set<string>();
    for (const [k, v] of Object.entries(job.env ?? {})) {
      if (presenceTest.test(String(v))) flags.add(k);
      else walk(v, `jobs.${id}.env.${k}`, false);
    }
    const { env: _env, steps, ...rest } = job;
    walk(rest, `jobs.${id}`, false);
    steps.forEach((step, i) => {
      const { env, ...others } = step;
      walk(others, `jobs.${id}.steps[${i}]`, false);
      const guarded = [...flags].some((f) => new RegExp(`^env\\.${f} == 'true'$`).test(step.if ?? ''));
      walk(env ?? {}, `jobs.${id}.steps[${i}].env`, guarded);
    });
  }
  return problems;
}

describe('.github/workflows/release.yml', () => {
  const wf = parse(source);

  it('is valid YAML with no duplicate keys, run on version tags', () => {
    expect(wf.name).toBe('Release');
    expect(wf.on.push.tags).toEqual(['v*']);
    expect(() => parse('jobs:\n  a: 1\n  a: 2\n')).toThrow();
  });

  it('has jobs of steps, each step either a pinned action or a command', () => {
    expect(Object.keys(wf.jobs)).toEqual(['build', 'publish']);
    for (const job of Object.values(wf.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      expect(Array.isArray(job.steps) && job.steps.length).toBeTruthy();
      for (const step of job.steps) {
        expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
        if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        const known = ['name', 'uses', 'run', 'if', 'with', 'env'];
        expect(Object.keys(step).filter((k) => !known.includes(k))).toEqual([]);
      }
    }
    expect(wf.jobs.publish?.needs).toBe('build');
  });

  it('tests, then builds the release, with the Node version of .nvmrc, in Debian with its browsers', () => {
    const build = wf.jobs.build!;
    expect(build.container).toBe('debian:bookworm');
    expect(build.steps[0]?.run).toMatch(/apt-get install .*\bchromium firefox-esr$/);
    const runs = build.steps.map((s) => s.run ?? '');
    const at = (cmd: string) => runs.indexOf(cmd);
    expect(at('npm ci')).toBeGreaterThanOrEqual(0);
    expect(at('npm test')).toBeGreaterThan(at('npm ci'));
    expect(at('npm run release')).toBeGreaterThan(at('npm test'));
    expect(build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
      'node-version-file': '.nvmrc',
    });
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('attaches the archives to a GitHub release and signs with web-ext and the Chrome Web Store CLI', () => {
    const runs = wf.jobs.publish!.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('sha256sum -c SHA256SUMS');
    expect(runs).toMatch(/gh release create .*release\/\*\.zip release\/SHA256SUMS/);
    expect(runs).toMatch(/web-ext@[\d.]+ sign --channel listed .*/);
    expect(runs).toContain('--upload-source-code');
    expect(runs).toMatch(/chrome-webstore-upload-cli@[\d.]+ --source/);
  });

  it('references secrets only in the steps that use them, run only when they are set', () => {
    expect(misplacedSecrets(wf)).toEqual([]);
    expect(Object.keys(wf.jobs.build!.env ?? {})).toEqual([]);
    const guarded = wf.jobs.publish!.steps.filter((s) => JSON.stringify(s.env ?? {}).includes('secrets.'));
    expect(guarded.map((s) => s.if)).toEqual(["env.HAS_AMO == 'true'", "env.HAS_CWS == 'true'"]);
    // The check itself: a secret in an unconditional step, in the build job, or in a flag that
    // carries the value is each found.
    const leaky = parse(source.replace("        if: env.HAS_CWS == 'true'\n", ''));
    expect(misplacedSecrets(leaky)).toContainEqual(expect.stringContaining('secrets.CWS_CLIENT_ID'));
    const inBuild = parse(
      source.replace(
        '      - run: npm ci\n',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
        '      - run: npm ci\n        env:\n          T: ${{ secrets.X }}\n',
      ),
    );
    expect(misplacedSecrets(inBuild)).toEqual(['jobs.build.steps[5].env.T: secrets.X']);
    const valueFlag = parse(
      source.replace(
        "HAS_AMO: ${{ secrets.AMO_JWT_ISSUER != '' &&",
        'HAS_AMO: ${{ secrets.AMO_JWT_ISSUER ||',
      ),
    );
    expect(misplacedSecrets(valueFlag).length).toBeGreaterThan(0);
  });

  it('exists where GitHub looks for it', () => {
    expect(existsSync(join(root, '.github/workflows/release.yml'))).toBe(true);
  });
});
