// Deterministic zips: the same files give the same bytes on any machine and on any day. Entries are
// sorted by path, every entry (folders too) carries the same fixed time, no file-system metadata
// (owner, mode, extended times) is stored, and compression is JSZip's own DEFLATE (pako, pinned by
// package-lock.json), so the bytes do not depend on the zlib that Node was built with. WXT's own
// `wxt zip` stamps each entry with the current time, so its zips differ from build to build.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** Every file under `dir`, as '/'-separated paths relative to it, sorted by code unit. */
export function listFiles(dir, { exclude = () => false } = {}) {
  const out = [];
  const walk = (abs) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (exclude(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(rel);
    }
  };
  walk(dir);
  return out.sort(byPath);
}

const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes a zip of `files` (paths relative to `baseDir`, or `{ path, content }` for generated entries)
 * to `outPath`, every entry dated `date`. Returns the zip's bytes.
 */
export async function writeDeterministicZip(outPath, baseDir, files, date) {
  const zip = new JSZip();
  const entries = files
    .map((f) => (typeof f === 'string' ? { path: f, content: readFileSync(join(baseDir, f)) } : f))
    .sort((a, b) => byPath(a.path, b.path));
  const folders = new Set();
  for (const { path } of entries) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  // Folders first (sorted), then files (sorted): an unzipper meets each folder before its files.
  for (const folder of [...folders].sort(byPath))
    zip.file(folder, null, { dir: true, date, createFolders: false });
  for (const { path, content } of entries)
    zip.file(path, content, { date, createFolders: false, binary: true });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
  writeFileSync(outPath, bytes);
  return bytes;
}

/** Unpacks the zip at `zipPath` into `dir`, as `unzip` does (the tests use it on the release zips). */
export async function extractZip(zipPath, dir) {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    const target = join(dir, entry.name);
    if (entry.dir) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
  }
  return zip;
}
