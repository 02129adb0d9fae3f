// The built manifests against PERMISSIONS.md, and the built code against the "no remote code, no
// eval" promise. Runs in the e2e phase because it reads .output/, which `npm run build` writes; it
// launches no browser.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const builds = [
  { browser: 'Chrome', dir: join(root, '.output/chrome-mv3'), mv: 3 },
  { browser: 'Firefox', dir: join(root, '.output/firefox-mv2'), mv: 2 },
] as const;

type Kind =
  | 'permission'
  | 'optional permission'
  | 'host permission'
  | 'optional host permission'
  | 'content script match'
  | 'web-accessible resource';
const kinds: Kind[] = [
  'permission',
  'optional permission',
  'host permission',
  'optional host permission',
  'content script match',
  'web-accessible resource',
];

interface Row {
  entry: string;
  kind: Kind;
  browsers: string[];
  why: string;
}

/** The rows of PERMISSIONS.md's table: `| \`entry\` | kind | Chrome, Firefox | why |`. */
function parsePermissionsTable(markdown: string): Row[] {
  return markdown
    .split('\n')
    .filter((line) => /^\|\s*`/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const entry = cells[0]?.replace(/^`|`$/g, '') ?? '';
      return {
        entry,
        kind: cells[1] as Kind,
        browsers: (cells[2] ?? '').split(',').map((b) => b.trim()),
        why: cells[3] ?? '',
      };
    });
}

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[] })[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
  [key: string]: unknown;
}

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** What a manifest grants, by the kinds PERMISSIONS.md uses. */
function granted(m: Manifest): Record<Kind, string[]> {
  const war = (m.web_accessible_resources ?? []).flatMap((w) => (typeof w === 'string' ? [w] : w.resources));
  return {
    permission: m.permissions ?? [],
    'optional permission': m.optional_permissions ?? [],
    'host permission': m.host_permissions ?? [],
    'optional host permission': m.optional_host_permissions ?? [],
    'content script match': [...new Set((m.content_scripts ?? []).flatMap((c) => c.matches ?? []))],
    'web-accessible resource': war,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const isRemote = (url: string) =>
  /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^(?:chrome|moz)-extension:/i.test(url);

/**
 * What in built code would run code that is not in the package or talk to the network: eval, the
 * Function constructor, string timers, remote imports, importScripts, sockets, XHR, beacons, and any
 * fetch( other than Vite's modulepreload polyfill (which fetches the extension's own
 * <link rel="modulepreload"> chunks and copies integrity/referrerPolicy/crossOrigin from the link).
 */
function forbiddenCode(code: string): string[] {
  const rules: [string, RegExp][] = [
    // Any use of the name eval (a call, `(0, eval)`, `window.eval`) except as an object key.
    ['eval', /(?<![\w$])eval(?![\w$]|\s*:)/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['Function("…")', /(?<![\w$.])Function\s*\(\s*['"`]/],
    ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
    ['remote import', /\bimport\s*\(\s*['"`](?:https?:)?\/\//],
    ['importScripts', /\bimportScripts\s*\(/],
    ['network channel', /\bnew\s+(?:WebSocket|EventSource|XMLHttpRequest)\b/],
    ['sendBeacon', /\bsendBeacon\s*\(/],
  ];
  const found = rules.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
  for (const match of code.matchAll(/\bfetch\s*\(/g)) {
    const before = code.slice(Math.max(0, match.index - 600), match.index);
    const preload = ['referrerPolicy', 'crossOrigin', 'integrity'].every((w) => before.includes(w));
    if (!preload) found.push(`fetch at ${match.index}`);
  }
  return found;
}

describe('forbiddenCode (the check the built bundles go through)', () => {
  it.each([
    ['eval("1")', 'eval'],
    ['x=window.eval ;(0,eval)(s)', 'eval'],
    ['new Function("return 1")', 'new Function'],
    ["Function('a','return a')", 'Function("…")'],
    ['setTimeout("go()", 1)', 'string timer'],
    ['import("https://cdn.example/x.js")', 'remote import'],
    ["importScripts('x.js')", 'importScripts'],
    ['new WebSocket(u)', 'network channel'],
    ['new XMLHttpRequest()', 'network channel'],
    ['navigator.sendBeacon(u, d)', 'sendBeacon'],
    ['fetch("https://tracker.example/")', 'fetch at 0'],
  ])('finds %s', (code, finding) => {
    expect(forbiddenCode(code)).toContain(finding);
  });

  it('lets through ordinary code and the modulepreload polyfill', () => {
    expect(
      forbiddenCode(
        'const evaluate = () => x.eval2(); setTimeout(run, 5); retrieval(1); ({ eval: { minArgs: 1 } })',
      ),
    ).toEqual([]);
    const polyfill =
      'function f(l){const o={};l.integrity&&(o.integrity=l.integrity);l.referrerPolicy&&(o.referrerPolicy=l.referrerPolicy);' +
      'l.crossOrigin==="use-credentials"?o.credentials="include":o.credentials="same-origin";return o}fetch(l.href,f(l))';
    expect(forbiddenCode(polyfill)).toEqual([]);
  });
});

const table = parsePermissionsTable(readFileSync(join(root, 'PERMISSIONS.md'), 'utf8'));

describe('PERMISSIONS.md', () => {
  it('has a well-formed row, with a reason, for every entry', () => {
    expect(table.length).toBeGreaterThan(0);
    for (const row of table) {
      expect(kinds, `kind of ${row.entry}`).toContain(row.kind);
      for (const b of row.browsers) expect(['Chrome', 'Firefox'], `browsers of ${row.entry}`).toContain(b);
      expect(row.why.length, `reason for ${row.entry}`).toBeGreaterThan(20);
    }
  });
});

describe.each(builds)('$browser build manifest', ({ browser, dir, mv }) => {
  if (!existsSync(join(dir, 'manifest.json'))) {
    it('exists', () => {
      throw new Error(`no ${dir}/manifest.json: run "npm run build" first`);
    });
    return;
  }
  const manifest = read(dir);

  it(`is manifest version ${mv} with the package.json version`, () => {
    expect(manifest.manifest_version).toBe(mv);
    expect(manifest.version).toBe(pkg.version);
  });

  it.each(kinds)('grants exactly the %s entries PERMISSIONS.md lists for it', (kind) => {
    const listed = table.filter((r) => r.kind === kind && r.browsers.includes(browser)).map((r) => r.entry);
    expect([...granted(manifest)[kind]].sort()).toEqual([...listed].sort());
  });

  it('asks for no tabs, no <all_urls>, no broad host access at install and no host access beyond expert.plus', () => {
    const g = granted(manifest);
    const atInstall = [...g.permission, ...g['host permission'], ...g['content script match']];
    const all = Object.values(g).flat();
    expect(all).not.toContain('tabs');
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toContain('webRequest');
    for (const entry of atInstall.filter((e) => e.includes('://'))) {
      // scheme://host/path match patterns: the host must be expert.plus or a subdomain of it.
      const host = /^[^:]+:\/\/([^/]*)\//.exec(entry)?.[1] ?? '';
      expect(host, entry).toMatch(/^(?:\*\.)?expert\.plus$/);
    }
    // The covered site only (the loader's panel code is injected there on intent, issue #14).
    expect(manifest.host_permissions ?? []).toEqual(
      mv === 3 ? ['*://expert.plus/*', '*://*.expert.plus/*'] : [],
    );
    // Optional host access, asked for one origin at a time on the user's click (a policy on another host,
    // issue #18): web origins only, never granted at install.
    const optional = [
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(optional.sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('lets no page or other extension connect, and keeps the default CSP', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('sandbox');
    expect(manifest).not.toHaveProperty('update_url');
  });

  it('runs only scripts shipped in the package', () => {
    const scripts = [
      manifest.background?.service_worker,
      manifest.background?.page,
      ...(manifest.background?.scripts ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ].filter((s): s is string => typeof s === 'string');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(isRemote(s), s).toBe(false);
      expect(existsSync(join(dir, s)), `${s} is in the package`).toBe(true);
    }
  });

  if (browser === 'Firefox') {
    it('has a fixed add-on id, a minimum version, and declares that it collects no data', () => {
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(gecko?.id).toBe('policy-lens@policy-lens.app');
      expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+/);
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });
  } else {
    it('has no Firefox-only settings', () => {
      expect(manifest).not.toHaveProperty('browser_specific_settings');
    });
  }

  describe('built code', () => {
    const files = filesUnder(dir);
    const js = files.filter((f) => /\.m?js$/.test(f));
    const html = files.filter((f) => f.endsWith('.html'));

    it('has no eval, no Function constructor, no string timers, no remote code, no network channel', () => {
      expect(js.length).toBeGreaterThan(0);
      // The one network request the extension makes: a site's own policy page, on the user's click
      // (lib/site-reading/fetch-page.ts), from the reading script (same origin) or the background (another
      // origin, once the user allowed it). One fetch( in each of those two files, none anywhere else.
      const policyFetch: Record<string, number> = { 'background.js': 1, 'site-reading.js': 1 };
      for (const file of js) {
        const name = relative(dir, file);
        const found = forbiddenCode(readFileSync(file, 'utf8'));
        const fetches = found.filter((f) => f.startsWith('fetch at '));
        expect(
          found.filter((f) => !f.startsWith('fetch at ')),
          name,
        ).toEqual([]);
        expect(fetches.length, `fetch( in ${name}`).toBe(policyFetch[name] ?? 0);
      }
    });

    it('logs ignored messages only in development builds', () => {
      const background = readFileSync(join(dir, 'background.js'), 'utf8');
      expect(background).toContain('runtime.onMessage');
      expect(background).not.toContain('ignored message');
    });

    it('has extension pages whose scripts, styles and inline code are all local', () => {
      for (const file of html) {
        const page = readFileSync(file, 'utf8');
        const name = relative(dir, file);
        const srcs = [
          ...page.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi),
        ];
        for (const [, url = ''] of srcs) expect(isRemote(url), `${name}: ${url}`).toBe(false);
        // Inline scripts would need CSP loosening to run; none should be there.
        for (const [, attrs = '', body = ''] of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          expect(/\bsrc\s*=/.test(attrs) || body.trim() === '', `${name}: inline script`).toBe(true);
        }
        expect(page, name).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
      }
    });
  });
});

describe('the two builds', () => {
  it('ask for the same permissions and run on the same pages', () => {
    const [chrome, firefox] = builds.map((b) =>
      existsSync(join(b.dir, 'manifest.json')) ? read(b.dir) : undefined,
    );
    if (!chrome || !firefox) throw new Error('run "npm run build" first');
    // `scripting` is Chrome's API for injecting the reader on the click; Firefox MV2 does it with
    // tabs.executeScript under activeTab, which needs no permission of its own.
    const chromeOnly = new Set(['scripting']);
    // Firefox MV2 lists host permissions under `permissions`.
    expect([...(firefox.permissions ?? [])].sort()).toEqual(
      [...(chrome.permissions ?? []), ...(chrome.host_permissions ?? [])]
        .filter((p) => !chromeOnly.has(p))
        .sort(),
    );
    expect(granted(firefox)['content script match'].sort()).toEqual(
      granted(chrome)['content script match'].sort(),
    );
  });
});
