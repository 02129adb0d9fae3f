export function listFiles(dir: string, options?: { exclude?: (relativePath: string) => boolean }): string[];
export function writeDeterministicZip(
  outPath: string,
  baseDir: string,
  files: (string | { path: string; content: Uint8Array })[],
  date: Date,
): Promise<Buffer>;
export function extractZip(zipPath: string, dir: string): Promise<import('jszip')>;
