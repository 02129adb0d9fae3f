// npm run eval:reader: reads every policy of ../shared/corpus/dev, compares with its gold.json by the match
// rules of LABELS.md, prints precision / recall / F1 per field (all, a-*, b-*), timing, and the misses of the
// worst fields; writes lib/policy-reading/eval-results.json and the table in README.md between markers.
// The match rules here are the eval's own (written from LABELS.md), not the reader's.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus as cpuList, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPolicy } from './index';
import type { PolicyReading } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const corpus = resolve(repo, process.env.READER_CORPUS ?? '../shared/corpus/dev');

interface Gold {
  id: string;
  operator: {
    name: string | null;
    form: string | null;
    inn: string | null;
    ogrn: string | null;
    address: string | null;
  };
  contacts: { emails: string[]; phones: string[]; postal: string | null };
  site: string | null;
  data: string[];
  purposes: string[];
  third_parties: { shares: boolean | null; named: string[]; processors: boolean | null };
  cross_border: boolean | null;
  retention: string | null;
  withdrawal: { channel: string[]; deadline_days: number | null };
  cookies: boolean | null;
  analytics: string[];
}

// ---------- match rules (LABELS.md) ----------
const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
const FORM_WORDS = new Set(
  'общество общества обществом обществу с ограниченной ответственностью индивидуальный индивидуального индивидуальным индивидуальному предприниматель предпринимателя предпринимателем предпринимателю ип ооо ао пао зао оао нко ано физическим физическое физического лицом лицо лица администрация администрации сайта компаний компании компания действующих под брендом и'.split(
    ' ',
  ),
);
function tokens(s: string): string[] {
  return norm(s)
    .replace(/([а-яa-z])\.(?=[а-яa-z])/g, '$1. ')
    .split(/[^\p{L}\d.]+/u)
    .map((t) => t.replace(/\.+$/, ''))
    .filter((t) => t.length > 0);
}
/** The distinctive words of a gold name: the quoted company name, or the words left without legal-form words. */
function distinctive(gold: string): string[] {
  const q = /[«"“]([^»"”]+)[»"”]/.exec(gold);
  const src = q ? q[1]! : gold;
  return tokens(src).filter((t) => !FORM_WORDS.has(t));
}
function sameWord(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= Math.max(3, Math.min(a.length, b.length) - 3) || (p === Math.min(a.length, b.length) && p >= 2);
}
export function nameMatches(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  const want = distinctive(gold);
  const have = tokens(got);
  if (want.length === 0) return have.length > 0;
  return want.every((w) => have.some((h) => sameWord(w, h)));
}
const ANALYTICS_ALIASES: Array<[RegExp, string]> = [
  [/метрик|metri/, 'yandex-metrika'],
  [/(google|гугл).*(analytics|аналитик)/, 'google-analytics'],
  [/firebase/, 'firebase'],
  [/вконтакте|^vk/, 'vk'],
  [/adobe/, 'adobe'],
];
function analyticsKey(s: string): string {
  const n = norm(s);
  for (const [re, k] of ANALYTICS_ALIASES) if (re.test(n)) return k;
  return n.replace(/[\s.-]/g, '');
}
// third_parties.named, loosely: a named recipient matches when they share a distinctive word (same stem,
// any case). Generic words (лицам, иным, органам власти…) do not make a match on their own.
const GENERIC_RECIPIENT_WORDS = new Set(
  'и или а также иным иные иных другим другие нашим наши наших их его ее с со от по для в на лицам лица лицо лиц третьим третьих сторон стороны компании компаниям компаниями работающим связанным связанные российской федерации рф государственной власти ооо ао пао зао ип'.split(
    ' ',
  ),
);
export function recipientWords(s: string): string[] {
  return tokens(s).filter((t) => t.length >= 3 && !GENERIC_RECIPIENT_WORDS.has(t) && !/^\d+$/.test(t));
}
export function recipientMatches(gold: string, got: string): boolean {
  const have = recipientWords(got);
  return recipientWords(gold).some((w) => have.some((h) => sameWord(w, h)));
}
const phoneKey = (s: string) => s.replace(/\D/g, '').slice(-10);
const domains = (s: string | null) =>
  s
    ? s
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((d) => norm(d).replace(/^www\./, ''))
    : [];
function addressMatches(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  const g = tokens(gold).filter((t) => t.length > 1);
  const h = new Set(tokens(got));
  const hit = g.filter((t) => h.has(t)).length;
  return hit / Math.max(1, g.length) >= 0.6;
}

// ---------- scoring ----------
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  right: number;
  n: number;
  /** Read items judged right, where that differs from the gold items found (loose matches); else tp. */
  tpRead?: number;
}
type FieldKind = 'set' | 'single' | 'tri';
interface Miss {
  policy: string;
  field: string;
  expected: unknown;
  got: unknown;
}
const FIELDS: Array<{ field: string; kind: FieldKind; target?: string }> = [
  { field: 'operator.name', kind: 'single', target: 'accuracy ≥ 0.95' },
  { field: 'operator.form', kind: 'single', target: 'accuracy ≥ 0.95' },
  { field: 'operator.inn', kind: 'single', target: 'P = R = 1' },
  { field: 'operator.ogrn', kind: 'single', target: 'P = R = 1' },
  { field: 'operator.address', kind: 'single' },
  { field: 'contacts.emails', kind: 'set', target: 'F1 ≥ 0.98' },
  { field: 'contacts.phones', kind: 'set' },
  { field: 'contacts.postal', kind: 'single' },
  { field: 'site', kind: 'set' },
  { field: 'data', kind: 'set', target: 'F1 ≥ 0.93' },
  { field: 'purposes', kind: 'set', target: 'F1 ≥ 0.90' },
  { field: 'third_parties.shares', kind: 'tri', target: 'accuracy ≥ 0.95' },
  { field: 'third_parties.named', kind: 'set' },
  { field: 'third_parties.processors', kind: 'tri' },
  { field: 'cross_border', kind: 'tri', target: 'accuracy ≥ 0.95' },
  { field: 'retention (stated)', kind: 'tri', target: 'accuracy ≥ 0.95' },
  { field: 'withdrawal.channel', kind: 'set' },
  { field: 'withdrawal.deadline_days', kind: 'single' },
  { field: 'cookies', kind: 'tri', target: 'accuracy ≥ 0.95' },
  { field: 'analytics', kind: 'set', target: 'F1 ≥ 0.97' },
];

function compare(g: Gold, r: PolicyReading, add: (field: string, c: Partial<Counts>, miss?: Miss) => void) {
  const single = (field: string, gold: unknown, got: unknown, eq: boolean) => {
    const c: Partial<Counts> = { n: 1, right: eq ? 1 : 0 };
    if (gold !== null && got !== null && eq) c.tp = 1;
    else {
      if (got !== null) c.fp = 1;
      if (gold !== null) c.fn = 1;
    }
    add(field, c, eq ? undefined : { policy: g.id, field, expected: gold, got });
  };
  const set = (field: string, gold: string[], got: string[], key: (s: string) => string = norm) => {
    const gk = new Set(gold.map(key));
    const hk = new Set(got.map(key));
    const tp = [...hk].filter((k) => gk.has(k)).length;
    const fp = hk.size - tp;
    const fn = gk.size - tp;
    const missing = gold.filter((x) => !hk.has(key(x)));
    const extra = got.filter((x) => !gk.has(key(x)));
    add(
      field,
      { tp, fp, fn, n: 1, right: fp + fn === 0 ? 1 : 0 },
      fp + fn === 0
        ? undefined
        : {
            policy: g.id,
            field,
            expected: missing.length ? `missing ${missing.join(' | ')}` : '',
            got: extra.length ? `extra ${extra.join(' | ')}` : '',
          },
    );
  };
  const tri = (field: string, gold: unknown, got: unknown) => {
    const eq = gold === got;
    const c: Partial<Counts> = { n: 1, right: eq ? 1 : 0 };
    if (gold === true && got === true) c.tp = 1;
    if (got === true && gold !== true) c.fp = 1;
    if (gold === true && got !== true) c.fn = 1;
    add(field, c, eq ? undefined : { policy: g.id, field, expected: gold, got });
  };
  single('operator.name', g.operator.name, r.operator.name, nameMatches(g.operator.name, r.operator.name));
  single('operator.form', g.operator.form, r.operator.form, g.operator.form === r.operator.form);
  single('operator.inn', g.operator.inn, r.operator.inn, g.operator.inn === r.operator.inn);
  single('operator.ogrn', g.operator.ogrn, r.operator.ogrn, g.operator.ogrn === r.operator.ogrn);
  single(
    'operator.address',
    g.operator.address,
    r.operator.address,
    addressMatches(g.operator.address, r.operator.address),
  );
  set('contacts.emails', g.contacts.emails, r.contacts.emails);
  set('contacts.phones', g.contacts.phones, r.contacts.phones, phoneKey);
  single(
    'contacts.postal',
    g.contacts.postal,
    r.contacts.postal,
    addressMatches(g.contacts.postal, r.contacts.postal),
  );
  set('site', domains(g.site), domains(r.site));
  set('data', g.data, r.data);
  set('purposes', g.purposes, r.purposes);
  tri('third_parties.shares', g.third_parties.shares, r.third_parties.shares);
  {
    // Loose set match: a gold recipient is found when some read recipient shares a distinctive word with it,
    // and a read recipient is right when it shares one with some gold recipient.
    const gold = g.third_parties.named;
    const got = r.third_parties.named;
    const found = gold.filter((x) => got.some((y) => recipientMatches(x, y)));
    const right = got.filter((y) => gold.some((x) => recipientMatches(x, y)));
    const missing = gold.filter((x) => !found.includes(x));
    const extra = got.filter((y) => !right.includes(y));
    // Precision counts read items, recall gold items; tp is taken from each side for its own ratio.
    add(
      'third_parties.named',
      {
        tp: found.length,
        fp: extra.length,
        fn: missing.length,
        n: 1,
        right: missing.length + extra.length === 0 ? 1 : 0,
        tpRead: right.length,
      },
      missing.length + extra.length === 0
        ? undefined
        : {
            policy: g.id,
            field: 'third_parties.named',
            expected: missing.length ? `missing ${missing.join(' | ')}` : '',
            got: extra.length ? `extra ${extra.join(' | ')}` : '',
          },
    );
  }
  tri('third_parties.processors', g.third_parties.processors, r.third_parties.processors);
  tri('cross_border', g.cross_border, r.cross_border);
  tri('retention (stated)', g.retention !== null, r.retention !== null);
  set('withdrawal.channel', g.withdrawal.channel, r.withdrawal.channel);
  single(
    'withdrawal.deadline_days',
    g.withdrawal.deadline_days,
    r.withdrawal.deadline_days,
    g.withdrawal.deadline_days === r.withdrawal.deadline_days,
  );
  tri('cookies', g.cookies, r.cookies);
  set('analytics', g.analytics, r.analytics, analyticsKey);
}

interface Row {
  field: string;
  kind: FieldKind;
  target: string | null;
  all: Scores;
  a: Scores;
  b: Scores;
}
interface Scores {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
function scores(c: Counts): Scores {
  const tpRead = c.tpRead ?? c.tp;
  const p = tpRead + c.fp === 0 ? 1 : tpRead / (tpRead + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return {
    n: c.n,
    accuracy: r3(c.right / Math.max(1, c.n)),
    precision: r3(p),
    recall: r3(r),
    f1: r3(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const cpus = cpuList().length;

function main() {
  if (!existsSync(corpus)) {
    process.stderr.write(`eval:reader: no corpus at ${corpus}\n`);
    process.exit(1);
  }
  const ids = readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, 'gold.json')))
    .sort();
  const counts = {
    all: new Map<string, Counts>(),
    a: new Map<string, Counts>(),
    b: new Map<string, Counts>(),
  };
  const misses: Miss[] = [];
  const times: Array<{ id: string; bytes: number; ms: number }> = [];
  const texts: string[] = [];
  for (const id of ids) {
    const text = readFileSync(join(corpus, id, 'text.txt'), 'utf8');
    texts.push(text);
    const gold = JSON.parse(readFileSync(join(corpus, id, 'gold.json'), 'utf8')) as Gold;
    const runs: number[] = [];
    let reading = readPolicy(text);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      reading = readPolicy(text);
      runs.push(performance.now() - t0);
    }
    times.push({ id, bytes: Buffer.byteLength(text), ms: median(runs) });
    const half = id.startsWith('a-') ? 'a' : 'b';
    compare(gold, reading, (field, c, miss) => {
      for (const m of [counts.all, counts[half]]) {
        const x = m.get(field) ?? { tp: 0, fp: 0, fn: 0, right: 0, n: 0 };
        x.tp += c.tp ?? 0;
        x.tpRead = (x.tpRead ?? 0) + (c.tpRead ?? c.tp ?? 0);
        x.fp += c.fp ?? 0;
        x.fn += c.fn ?? 0;
        x.right += c.right ?? 0;
        x.n += c.n ?? 0;
        m.set(field, x);
      }
      if (miss) misses.push(miss);
    });
  }
  // A 100 KB policy: dev texts joined to 100 KiB of UTF-8.
  let big = '';
  for (let i = 0; Buffer.byteLength(big) < 102_400; i++) big += `${texts[i % texts.length]}\n\n`;
  while (Buffer.byteLength(big) > 102_400) big = big.slice(0, big.length - 200);
  const bigRuns: number[] = [];
  for (let i = 0; i < 3; i++) readPolicy(big);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    readPolicy(big);
    bigRuns.push(performance.now() - t0);
  }
  const zero = { tp: 0, fp: 0, fn: 0, right: 0, n: 0 };
  const rows: Row[] = FIELDS.map(({ field, kind, target }) => ({
    field,
    kind,
    target: target ?? null,
    all: scores(counts.all.get(field) ?? zero),
    a: scores(counts.a.get(field) ?? zero),
    b: scores(counts.b.get(field) ?? zero),
  }));
  const timing = {
    perPolicyMedianMs: r3(median(times.map((t) => t.ms))),
    perPolicyMaxMs: r3(Math.max(...times.map((t) => t.ms))),
    policy100KbMs: r3(median(bigRuns)),
    policy100KbBytes: Buffer.byteLength(big),
    // CPU time of the process per reading: what the reader costs when the machine is not shared.
    policy100KbCpuMs: r3(
      (() => {
        const c = process.cpuUsage(cpu0);
        return (c.user + c.system) / 1000 / 15;
      })(),
    ),
    loadAverage: r3(loadavg()[0] ?? 0),
    node: process.version,
  };
  const headline = (r: Row) => (r.kind === 'set' ? r.all.f1 : r.all.accuracy);
  const worst = [...rows]
    .sort((x, y) => headline(x) - headline(y))
    .slice(0, 6)
    .map((r) => r.field);

  // ---- print ----
  const pct = (x: number) => x.toFixed(3);
  console.log(`Reader eval over ${ids.length} policies in ${corpus}\n`);
  console.log(
    'field'.padEnd(28),
    'metric'.padEnd(9),
    'all'.padStart(6),
    'a-*'.padStart(6),
    'b-*'.padStart(6),
    '   P     R     F1',
    '  target',
  );
  for (const r of rows) {
    const m = r.kind === 'set' ? 'F1' : 'accuracy';
    const v = (s: Scores) => pct(r.kind === 'set' ? s.f1 : s.accuracy);
    console.log(
      r.field.padEnd(28),
      m.padEnd(9),
      v(r.all).padStart(6),
      v(r.a).padStart(6),
      v(r.b).padStart(6),
      ` ${pct(r.all.precision)} ${pct(r.all.recall)} ${pct(r.all.f1)}`,
      ` ${r.target ?? ''}`,
    );
  }
  console.log(
    `\nTime: median ${timing.perPolicyMedianMs} ms per policy (max ${timing.perPolicyMaxMs} ms); a ${timing.policy100KbBytes}-byte policy: ${timing.policy100KbMs} ms wall (median of 15), ${timing.policy100KbCpuMs} ms CPU; Node ${process.version}, load average ${timing.loadAverage} on ${cpus} cores.`,
  );
  console.log('\nMisses of the worst fields (policy, field, expected, got):');
  for (const m of misses.filter((x) => worst.includes(x.field))) {
    console.log(`  ${m.policy} | ${m.field} | ${JSON.stringify(m.expected)} | ${JSON.stringify(m.got)}`);
  }
  if (process.argv.includes('--all-misses')) {
    console.log('\nAll misses:');
    for (const m of misses)
      console.log(`  ${m.policy} | ${m.field} | ${JSON.stringify(m.expected)} | ${JSON.stringify(m.got)}`);
  }

  // ---- write ----
  const results = {
    corpus: '../shared/corpus/dev',
    policies: ids.length,
    date: new Date().toISOString().slice(0, 10),
    timing,
    fields: rows,
    misses,
  };
  writeFileSync(join(here, 'eval-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readme = join(repo, 'README.md');
  const start = '<!-- reader-eval:start (generated by npm run eval:reader) -->';
  const end = '<!-- reader-eval:end -->';
  const text = readFileSync(readme, 'utf8');
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) {
    const cells = [
      ['Field', 'Metric', `All (${ids.length})`, 'a-* (tuned on)', 'b-* (check)', 'P', 'R', 'F1', 'Target'],
      ...rows.map((r) => {
        const v = (s: Scores) => pct(r.kind === 'set' ? s.f1 : s.accuracy);
        return [
          r.field,
          r.kind === 'set' ? 'F1' : 'accuracy',
          v(r.all),
          v(r.a),
          v(r.b),
          pct(r.all.precision),
          pct(r.all.recall),
          pct(r.all.f1),
          r.target ?? '',
        ];
      }),
    ];
    // Columns padded as the formatter (Biome) writes Markdown tables, so the generated file stays formatted.
    const widths = cells[0]!.map((_, i) => Math.max(3, ...cells.map((row) => row[i]!.length)));
    const row = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    const lines = [
      start,
      row(cells[0]!),
      `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
      ...cells.slice(1).map(row),
      '',
      `Time: median ${timing.perPolicyMedianMs} ms per policy, max ${timing.perPolicyMaxMs} ms; a 100 KB (${timing.policy100KbBytes} bytes) policy in ${timing.policy100KbMs} ms wall (median of 15) and ${timing.policy100KbCpuMs} ms of CPU time (Node ${process.version}, this machine, load average ${timing.loadAverage} on ${cpus} cores, ${results.date}).`,
      end,
    ];
    writeFileSync(readme, text.slice(0, a) + lines.join('\n') + text.slice(b + end.length));
  }
}

main();
