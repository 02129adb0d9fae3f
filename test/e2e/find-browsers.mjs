import { existsSync } from 'node:fs';

const candidates = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'] },
};

/** The executable for `name` ('chromium' | 'firefox'): its env var first, then the usual install paths. */
export function findBrowser(name) {
  const c = candidates[name];
  const fromEnv = process.env[c.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return c.paths.find((p) => existsSync(p));
}

/** The executable for `name`, or an error that says how to get one. */
export function requireBrowser(name) {
  const path = findBrowser(name);
  if (!path) {
    throw new Error(
      `${name} not found: run "node test/ensure-browsers.mjs" (installs with apt-get as root) or set ${candidates[name].env}.`,
    );
  }
  return path;
}
