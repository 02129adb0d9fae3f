import type { BrowserContext } from 'playwright-core';

export interface LaunchChromiumOptions {
  /** The unpacked build to load; none: a browser without the extension. */
  extensionDir?: string;
  /** Flags on top of the shared ones. */
  args?: string[];
  /** Adds --no-sandbox (default true). */
  noSandbox?: boolean;
  viewport?: { width: number; height: number };
  /** A phone-sized viewport with touch (hasTouch, isMobile, device scale 2). */
  touch?: { width: number; height: number };
  /** Prefix of the temporary profile folder. */
  profilePrefix?: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export function launchChromium(options?: LaunchChromiumOptions): Promise<LaunchedChromium>;
export function extensionOrigin(context: BrowserContext, timeout?: number): Promise<string>;
