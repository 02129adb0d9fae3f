export function findBrowser(name: 'chromium' | 'firefox'): string | undefined;
