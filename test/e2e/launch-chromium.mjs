// How the e2e tests (test/e2e/harness.ts), the README screenshots and the benchmark (bench/) start
// Chromium: the system browser through playwright-core, a persistent profile in a fresh temporary
// folder (the only way to load an unpacked extension), the build loaded or not, and the browser's own
// background traffic switched off. Each caller adds how it keeps the network out (the harness: a
// refusing proxy; the bench: no name resolves).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireBrowser } from './find-browsers.mjs';

/** Flags every run uses: no GPU, no QUIC, none of Chromium's own updates, sync or first-run pages. */
const quietFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];

/**
 * @param {{ extensionDir?: string, args?: string[], noSandbox?: boolean,
 *   viewport?: { width: number, height: number }, touch?: { width: number, height: number },
 *   profilePrefix?: string }} [options]
 */
export async function launchChromium(options = {}) {
  const {
    extensionDir,
    args = [],
    noSandbox = true,
    viewport,
    touch,
    profilePrefix = 'policy-lens-chromium-',
  } = options;
  const userDataDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const flags = [...quietFlags, ...args];
  if (noSandbox) flags.push('--no-sandbox');
  if (extensionDir)
    flags.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: requireBrowser('chromium'),
      headless: true,
      locale: 'en-US',
      ...(viewport ? { viewport } : {}),
      // A phone: its size, touch, and the page's meta viewport honoured, at a phone's pixel density.
      ...(touch ? { viewport: touch, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
      args: flags,
    });
    return {
      context,
      userDataDir,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The loaded extension's origin, `chrome-extension://<id>`, from its service worker (waiting for it
 * to start). Not URL#origin: WHATWG URL gives 'null' as the origin of a chrome-extension: URL.
 */
export async function extensionOrigin(context, timeout = 30_000) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout }));
  return `chrome-extension://${new URL(worker.url()).host}`;
}
