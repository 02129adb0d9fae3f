import { describe, expect, it } from 'vitest';
import { buildMailto, isSafeMailtoAddress, maxMailtoLength } from './mailto';

/** Splits a mailto URL into its address and decoded header values. */
function parse(url: string): { to: string; headers: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [to, query = ''] = url.slice('mailto:'.length).split('?');
  const headers: Record<string, string> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    headers[name as string] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(to as string), headers };
}

describe('buildMailto', () => {
  it('encodes per RFC 6068: %20 for spaces, CRLF line breaks, UTF-8', () => {
    const { url, fits } = buildMailto({
      to: 'support@expert.plus',
      subject: 'Отзыв согласия — № PL-1',
      body: 'Строка 1\nСтрока 2\r\nA+B & C=D?',
    });
    expect(fits).toBe(true);
    expect(url.startsWith('mailto:support@expert.plus?subject=')).toBe(true);
    expect(url).not.toMatch(/[ +\r\n]/);
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/%0D%0A%0D%0A/);
    expect(url).toContain('%2B');
    expect(parse(url).headers).toEqual({
      subject: 'Отзыв согласия — № PL-1',
      body: 'Строка 1\r\nСтрока 2\r\nA+B & C=D?',
    });
  });

  it('leaves the body out when the URL would pass 2,000 characters', () => {
    const subject = 'Отзыв согласия';
    const long = buildMailto({ to: 'a@example.ru', subject, body: 'я'.repeat(400) });
    expect(long.fits).toBe(false);
    expect(long.url).not.toContain('body=');
    expect(parse(long.url).headers.subject).toBe(subject);

    // Exactly at the limit fits; one character more does not.
    const base = buildMailto({ to: 'a@example.ru', subject, body: '' }).url.length;
    const room = maxMailtoLength - base;
    expect(buildMailto({ to: 'a@example.ru', subject, body: 'x'.repeat(room) })).toMatchObject({
      fits: true,
    });
    expect(buildMailto({ to: 'a@example.ru', subject, body: 'x'.repeat(room + 1) })).toMatchObject({
      fits: false,
    });
  });

  it('may leave the recipient for the mail client to fill', () => {
    expect(buildMailto({ to: '', subject: 'S', body: 'B' }).url).toBe('mailto:?subject=S&body=B');
  });

  it('refuses anything but one plain address', () => {
    for (const to of [
      'a@example.ru?cc=b@example.ru',
      'a@example.ru&bcc=b@example.ru',
      'a@example.ru\nBcc: b@example.ru',
      'a@example.ru\r\n',
      'a%0A@example.ru',
      'a@example.ru%0ABcc:b@example.ru',
      'a@example.ru,b@example.ru',
      'Ivan <a@example.ru>',
      'not an address',
    ]) {
      expect(isSafeMailtoAddress(to)).toBe(false);
      expect(() => buildMailto({ to, subject: 'S', body: 'B' })).toThrow(TypeError);
    }
    expect(isSafeMailtoAddress('support@expert.plus')).toBe(true);
  });
});
