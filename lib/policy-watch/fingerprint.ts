// A fingerprint of a (normalised) policy text, to tell "the same text as last time" from "different".
// FNV-1a over UTF-16 code units in two independent 32-bit lanes (different offset bases, the second
// lane also mixing in the position), shown as 16 hex digits. Not cryptographic, and it need not be:
// it is compared only with the extension's own earlier fingerprint, never with anything a page could
// choose to collide with for gain. Synchronous and about 2 ms per MB, so the background can hash a
// page's text in the same task as the comparison (SubtleCrypto would be async and no more useful).

export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ (c + i), 0x01000193);
  }
  return hex(a) + hex(b ^ text.length);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
