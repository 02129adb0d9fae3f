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

/**
 * Firefox preferences that keep a test or bench browser off the network: every connection goes to the
 * proxy at `port` on 127.0.0.1 (a recorder, or a closed port such as 9), and Firefox's own
 * remote-settings sync is pointed nowhere, as Mozilla's own automation does.
 */
export function firefoxNoNetworkPrefs(port) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}
