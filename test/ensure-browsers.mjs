// Finds Chromium and Firefox for the e2e tests, installing them with apt-get when this is a
// Debian-like machine and we are root. Anything else that is missing is a loud failure: the e2e
// run never skips a browser silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './e2e/find-browsers.mjs';

const wanted = [
  { name: 'chromium', env: 'CHROMIUM_PATH', apt: 'chromium' },
  { name: 'firefox', env: 'FIREFOX_PATH', apt: 'firefox-esr' },
];

const missing = wanted.filter((b) => !findBrowser(b.name));
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const packages = missing.map((b) => b.apt);
  if (isRoot && hasApt) {
    console.log(`Installing ${packages.join(', ')} with apt-get for the e2e tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
}

let failed = false;
for (const b of wanted) {
  const path = findBrowser(b.name);
  if (path) {
    console.log(`${b.name}: ${path}`);
  } else {
    failed = true;
    console.error(
      `${b.name} not found. Install it (Debian/Ubuntu: sudo apt-get install ${b.apt}) or set ${b.env} to its executable.`,
    );
  }
}
if (failed) process.exit(1);
