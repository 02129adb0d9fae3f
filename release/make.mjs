// `npm run release`: builds both browsers and writes, into .output/release/,
//   policy-lens-<version>-chrome.zip    the Chrome Web Store upload (Manifest V3)
//   policy-lens-<version>-firefox.zip   the addons.mozilla.org upload (Manifest V2)
//   policy-lens-<version>-sources.zip   the source package AMO asks for when the code is bundled
//   SHA256SUMS                          `sha256sum -c SHA256SUMS` checks all three
//   RELEASE-NOTES.md                    this version's CHANGELOG.md entry (the GitHub release's text)
// The version comes from package.json; CHANGELOG.md must have an entry "## <version> — YYYY-MM-DD",
// and every zip entry is dated that day (00:00 UTC) so the zips are reproducible byte for byte.
//
// Options: --skip-build uses the builds already in .output/ (npm test builds just before).

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles, writeDeterministicZip } from './zip.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output/release');
const args = new Set(process.argv.slice(2));

/** Paths (relative, '/'-separated) that never go into the source package. */
export const notSources = [
  /^node_modules(\/|$)/,
  /^\.output(\/|$)/,
  /^\.wxt(\/|$)/,
  /^\.git(\/|$)/,
  /^test-results(\/|$)/,
  /^test\/artifacts(\/|$)/,
  /^store\/screenshots(\/|$)/,
  /(^|\/)\.DS_Store$/,
  /\.log$/,
];

/** The CHANGELOG.md entry of `version`: its date and its text. */
export function changelogEntry(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const head = new RegExp(`^## ${escaped} — (\\d{4}-\\d{2}-\\d{2})\\s*$`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return undefined;
  const date = lines[start].match(head)[1];
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  return {
    date,
    text: lines
      .slice(start + 1, end)
      .join('\n')
      .trim(),
  };
}

/** The files of the source package: what git tracks (or would track), else a walk of the tree. */
function sourceFiles() {
  const keep = (p) => !notSources.some((re) => re.test(p)) && existsSync(join(root, p));
  if (existsSync(join(root, '.git'))) {
    try {
      const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: root,
        encoding: 'utf8',
      });
      return [...new Set(out.split('\0').filter(Boolean))].filter(keep).sort();
    } catch {
      // no git: walk below
    }
  }
  return listFiles(root, { exclude: (p) => notSources.some((re) => re.test(p)) });
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function run(cmd, cmdArgs) {
  // NODE_ENV=test (a test runner's) would make Vite build another bundle: the release never inherits it.
  const { NODE_ENV: _, ...env } = process.env;
  const r = spawnSync(cmd, cmdArgs, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status ?? r.signal})`);
}

function buildForAmoReadme({ name, version, date, node, npm, sums }) {
  return `# ${name} ${version}: building the add-on from this source package

This is the source of the Firefox add-on ${name} ${version} (released ${date}), for addons.mozilla.org's
review. The add-on is bundled by WXT (Vite) from the TypeScript/Preact sources here; nothing is
minified by hand and nothing is downloaded at build time other than the npm packages in
package-lock.json.

## Environment the release was built with

- Node.js ${node} (see .nvmrc)
- npm ${npm}
- Any OS (built on Linux); no other tools. The zips do not depend on the OS, the time or the folder.

## Steps

    sh release/build-for-amo.sh

which runs \`npm ci\` (the exact packages of package-lock.json) and \`npm run release -- --no-sources\`:
\`wxt build\` for Chrome and for Firefox, then the deterministic zips. The Firefox add-on is then

    .output/release/${name}-${version}-firefox.zip

and it is the uploaded file byte for byte:

${sums.map(([f, h]) => `    ${h}  ${f}`).join('\n')}

(\`cd .output/release && sha256sum ${name}-${version}-firefox.zip\`). The unpacked build is in
\`.output/firefox-mv2/\`. The readable sources are \`entrypoints/\`, \`components/\`, \`lib/\` and
\`policies/\`; \`README.md\` describes them.
`;
}

async function main() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { name, version } = pkg;
  const entry = changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!entry) {
    console.error(
      `release: CHANGELOG.md has no entry "## ${version} — YYYY-MM-DD" for package.json's version.`,
    );
    process.exit(1);
  }
  const date = new Date(`${entry.date}T00:00:00Z`);

  if (!args.has('--skip-build')) {
    run('npx', ['wxt', 'build']);
    run('npx', ['wxt', 'build', '-b', 'firefox']);
  }
  const builds = { chrome: join(root, '.output/chrome-mv3'), firefox: join(root, '.output/firefox-mv2') };
  for (const [browser, dir] of Object.entries(builds)) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (manifest.version !== version)
      throw new Error(`${browser} build has version ${manifest.version}, package.json ${version}: rebuild`);
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sums = [];
  for (const [browser, dir] of Object.entries(builds)) {
    const file = `${name}-${version}-${browser}.zip`;
    const bytes = await writeDeterministicZip(join(outDir, file), dir, listFiles(dir), date);
    sums.push([file, sha256(bytes)]);
  }

  if (!args.has('--no-sources')) {
    const node = process.version.replace(/^v/, '');
    const npm = execFileSync('npm', ['--version'], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    }).trim();
    const readme = buildForAmoReadme({ name, version, date: entry.date, node, npm, sums });
    const file = `${name}-${version}-sources.zip`;
    const files = [...sourceFiles(), { path: 'BUILD-FOR-AMO.md', content: Buffer.from(readme) }];
    const bytes = await writeDeterministicZip(join(outDir, file), root, files, date);
    sums.push([file, sha256(bytes)]);
  }

  writeFileSync(join(outDir, 'SHA256SUMS'), sums.map(([f, h]) => `${h}  ${f}\n`).join(''));
  writeFileSync(join(outDir, 'RELEASE-NOTES.md'), `${entry.text}\n`);
  console.log(`release ${version} (${entry.date}) in ${outDir}:`);
  for (const [f, h] of sums) console.log(`  ${h}  ${f}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
