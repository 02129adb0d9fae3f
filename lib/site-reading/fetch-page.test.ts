import { describe, expect, it } from 'vitest';
import { charsetOf, checkOpenedFile, fetchPolicyPage, looksBinary, maxPageBytes } from './fetch-page';

const respond = (body: BodyInit, headers: Record<string, string> = {}, status = 200) =>
  (async () => new Response(body, { status, headers })) as unknown as (
    u: string,
    i: RequestInit,
  ) => Promise<Response>;

describe('fetchPolicyPage', () => {
  it('reads an HTML page', async () => {
    const page = await fetchPolicyPage(
      'https://x.ru/p',
      respond('<p>Политика</p>', { 'content-type': 'text/html' }),
    );
    expect(page).toMatchObject({ ok: true, kind: 'html', body: '<p>Политика</p>' });
  });
  it('decodes windows-1251', async () => {
    const bytes = new Uint8Array([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0]); // «Политика»
    const page = await fetchPolicyPage(
      'https://x.ru/p',
      respond(bytes, { 'content-type': 'text/html; charset=windows-1251' }),
    );
    expect(page).toMatchObject({ ok: true, body: 'Политика' });
  });
  it('refuses a PDF by its type and a binary body by its bytes', async () => {
    expect(
      await fetchPolicyPage('https://x.ru/p.pdf', respond('%PDF-1.7', { 'content-type': 'application/pdf' })),
    ).toMatchObject({
      ok: false,
      error: 'binary',
    });
    expect(
      await fetchPolicyPage(
        'https://x.ru/p',
        respond(new Uint8Array([60, 0, 1, 2]), { 'content-type': 'text/html' }),
      ),
    ).toMatchObject({
      ok: false,
      error: 'binary',
    });
  });
  it('refuses a page over the size limit, declared or streamed', async () => {
    const big = new Uint8Array(maxPageBytes + 10).fill(65);
    expect(
      await fetchPolicyPage('https://x.ru/p', respond(big, { 'content-type': 'text/html' })),
    ).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });
  it('reports an HTTP error and a network failure without throwing', async () => {
    expect(await fetchPolicyPage('https://x.ru/p', respond('no', {}, 404))).toMatchObject({
      ok: false,
      error: 'http',
      detail: '404',
    });
    const failing = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchPolicyPage('https://x.ru/p', failing)).toMatchObject({ ok: false, error: 'network' });
  });
});

describe('helpers', () => {
  it('finds the charset', () => {
    expect(charsetOf('text/html; charset="Windows-1251"')).toBe('windows-1251');
    expect(charsetOf('text/html')).toBe('utf-8');
  });
  it('knows binary signatures', () => {
    expect(looksBinary(new TextEncoder().encode('%PDF-1.4'))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Политика'))).toBe(false);
  });
  it('checks an opened file', () => {
    expect(checkOpenedFile(new TextEncoder().encode('Политика'))).toEqual({ ok: true, text: 'Политика' });
    expect(checkOpenedFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]))).toEqual({
      ok: false,
      error: 'binary',
    });
  });
});
