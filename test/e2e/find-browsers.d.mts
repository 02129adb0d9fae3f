export function findBrowser(name: 'chromium' | 'firefox'): string | undefined;
export function requireBrowser(name: 'chromium' | 'firefox'): string;
