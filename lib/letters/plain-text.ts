// Text hygiene: what the user typed, as one line or as plain text, before it goes into a letter.

/** One line of user text as the letter shows it: NFC, no control characters or line breaks, single spaces. */
export function plainLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .toWellFormed()
    .normalize('NFC')
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .trim();
}

/** A block of user text: line breaks kept (as '\n'), other control characters removed, lines trimmed. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .toWellFormed()
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/[\p{Cc}](?<!\n)/gu, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l || (i > 0 && all[i - 1]))
    .join('\n')
    .trim();
}
