export function findBrowser(name: 'chromium' | 'firefox'): string | undefined;
export function requireBrowser(name: 'chromium' | 'firefox'): string;
export function firefoxNoNetworkPrefs(port: number): Record<string, string | number>;
