// mailto: URLs for opening a letter in the user's mail client (RFC 6068).
//
// Encoding: every header value goes through encodeURIComponent, which percent-encodes UTF-8 and leaves
// only characters RFC 6068 allows unencoded; spaces become %20, never '+', which mail clients would
// show literally. Line breaks in the body become CRLF, encoded %0D%0A, as RFC 6068 requires.
//
// Length: Outlook (through the Windows shell's ShellExecute path, which cuts command lines) and some
// browsers and webmail handlers truncate or refuse mailto URLs longer than about 2,000 characters, and a
// truncated body is worse than none. Past `maxMailtoLength` the URL carries no body, `fits` is false,
// and the caller copies the body to the clipboard and tells the user to paste it.

import { isPlausibleEmail } from '../requests/person';

export const maxMailtoLength = 2000;

export interface MailtoInput {
  /** One address, or '' to let the user choose the recipient in the mail client. */
  to: string;
  subject: string;
  body: string;
}

export interface Mailto {
  url: string;
  /** False when the body did not fit and was left out of `url`. */
  fits: boolean;
}

/** A single plausible address with nothing that could add headers or recipients to a mailto URL. */
export function isSafeMailtoAddress(to: string): boolean {
  return !/[?&%\r\n,;]/.test(to) && !/%0a|%0d/i.test(to) && isPlausibleEmail(to);
}

/** Text as a mailto header value: well-formed UTF-16, CRLF line breaks, percent-encoded. */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(text.toWellFormed().replace(/\r\n|\r|\n/g, '\r\n'));
}

/** Throws TypeError for an unsafe `to`; check with `isSafeMailtoAddress` first to show a message. */
export function buildMailto({ to, subject, body }: MailtoInput): Mailto {
  const address = to.replace(/^ +| +$/g, '');
  if (address && !isSafeMailtoAddress(address)) {
    throw new TypeError('The recipient must be one plain e-mail address.');
  }
  // '@' may stay as it is in the address part; everything else is encoded.
  // A subject is one line: its line breaks become spaces.
  const oneLine = subject.replace(/\r\n|\r|\n/g, ' ');
  const base = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeMailtoValue(oneLine)}`;
  const full = `${base}&body=${encodeMailtoValue(body)}`;
  return full.length <= maxMailtoLength ? { url: full, fits: true } : { url: base, fits: false };
}
