// Nothing the user typed is lost or mangled on its way out: property tests of the letter, of mailto
// URLs read back by the URL standard's parser, and of backup import (any bytes in: a backup or a clear
// refusal, never a throw, never a partial write). Complements letter.test.ts, mailto.test.ts and
// backup.test.ts, which test the same modules case by case.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPolicy } from '../../policies';
import type { RequestKind } from '../law/kinds';
import { requestKinds } from '../law/kinds';
import { buildRequestLetter } from '../letters/letter';
import { buildMailto } from '../letters/mailto';
import { plainLine, plainText } from '../letters/plain-text';
import { exportBackup, MAX_BACKUP_BYTES, parseBackup } from './backup';
import { StorageError } from './db/errors';
import { importBackup, listRequestsWithLetters, openRequestsDb, saveRequest } from './db/store';
import type { Person } from './person';
import type { RequestRecord } from './request-record';

const policy = getPolicy('expert.plus')!;

/** Any Unicode, lone surrogates and control characters included. */
const anyText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** One line as a person would type it: any graphemes, already in the letter's normal form, not empty. */
const typedLine = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map(plainLine)
  .filter((s) => s.length > 0);
/** Several lines of free text in the letter's normal form. */
const typedBlock = fc
  .array(typedLine, { minLength: 1, maxLength: 5 })
  .map((lines) => plainText(lines.join('\n')))
  .filter((s) => s.length > 0);

function letter(kind: RequestKind, person: Partial<Person>, details?: string) {
  return buildRequestLetter({
    policy,
    kind,
    person: { fullName: 'Иванова Анна', email: 'anna@example.ru', ...person } as Person,
    date: '2026-11-25',
    reference: 'PL-20261125-7F3K',
    recipient: 'support@expert.plus',
    details,
  });
}

describe('the request letter', () => {
  it('carries the name, e-mail, login and correction details verbatim, in both texts (property)', () => {
    fc.assert(
      fc.property(typedLine, typedLine, typedLine, typedBlock, (fullName, email, login, details) => {
        const out = letter('correction', { fullName, email, login }, details);
        expect(out.body).toContain(`От: ${fullName}`);
        expect(out.translation).toContain(`From: ${fullName}`);
        expect(out.body).toContain(`E-mail: ${email}`);
        expect(out.body).toContain(login);
        expect(out.body).toContain(details);
        expect(out.translation).toContain(details);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and keeps every line of whatever was typed, for every kind (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...requestKinds),
        anyText(80),
        anyText(80),
        anyText(400),
        (kind, fullName, phone, details) => {
          const out = letter(kind, { fullName, phone }, details);
          expect(out.body).toContain(`От: ${plainLine(fullName)}`);
          expect(out.translation).toContain(plainLine(fullName));
          expect(out.subject).toContain('PL-20261125-7F3K');
          if (kind === 'correction') {
            for (const line of plainText(details).split('\n')) expect(out.body).toContain(line);
          }
          // The letter is text a mail client can take: well-formed, no stray control characters.
          expect(out.body.isWellFormed()).toBe(true);
          expect([...out.body].filter((ch) => /\p{Cc}/u.test(ch) && ch !== '\n')).toEqual([]);
          expect(out.subject).not.toMatch(/[\r\n]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mailto URLs read back by the URL parser', () => {
  const addresses = fc.oneof(fc.emailAddress(), fc.constantFrom('support@expert.plus', 'a.b+c@example.ru'));

  it('give back the recipient, subject and body through new URL() and URLSearchParams (property)', () => {
    fc.assert(
      fc.property(addresses, anyText(80), anyText(300), (to, subject, body) => {
        let built: ReturnType<typeof buildMailto>;
        try {
          built = buildMailto({ to, subject, body });
        } catch (error) {
          // An address it refuses is refused as a TypeError, never sent on.
          expect(error).toBeInstanceOf(TypeError);
          return;
        }
        const url = new URL(built.url);
        expect(url.protocol).toBe('mailto:');
        expect(decodeURIComponent(url.pathname)).toBe(to);
        const params = new URLSearchParams(url.search);
        // URLSearchParams reads '+' as a space: the URL must have none (nor any white space), or the text
        // would change.
        expect(built.url).not.toMatch(/[\s+]/);
        expect([...params.keys()]).toEqual(built.fits ? ['subject', 'body'] : ['subject']);
        expect(params.get('subject')).toBe(subject.toWellFormed().replace(/\r\n|\r|\n/g, ' '));
        if (built.fits) expect(params.get('body')).toBe(body.toWellFormed().replace(/\r\n|\r|\n/g, '\r\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('never gain a header or a recipient, whatever the subject and body hold (property)', () => {
    const sneaky = fc.constantFrom(
      '&cc=x@evil.example',
      '?bcc=x@evil.example',
      '\r\nBcc: x@evil.example',
      '#',
      '%0A',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText(20), sneaky), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const { url } = buildMailto({ to: 'support@expert.plus', subject: text, body: text });
        const parsed = new URL(url);
        expect(parsed.pathname).toBe('support@expert.plus');
        expect(parsed.hash).toBe('');
        expect(
          [...new URLSearchParams(parsed.search).keys()].every((k) => k === 'subject' || k === 'body'),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

// ——— backups ———

const record = (id: string, notes = 'в базе'): RequestRecord => ({
  id,
  policyId: 'expert.plus',
  kind: 'deletion',
  person: { fullName: 'Иванова Анна Сергеевна', email: 'anna@example.ru' },
  status: 'draft',
  reference: `PL-20250301-${id.toUpperCase().padEnd(4, 'X').slice(0, 4)}`,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  deadlines: [],
  notes,
});

/** Bytes as a file picker hands them over, read as text the way File#text() does (UTF-8, U+FFFD for junk). */
const asFileText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const validBackup = exportBackup(
  [record('a', 'из копии'), record('b', 'из копии')],
  new Date('2025-03-14T00:00:00Z'),
);

/** Files that are not a backup, or a backup broken somewhere: random bytes, random JSON, a real backup cut or flipped. */
const hostileFile = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map(asFileText),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({ format: 'policy-lens-backup', version: 1, requests: [v] })),
  fc.nat({ max: validBackup.length - 1 }).map((n) => validBackup.slice(0, n)),
  fc.tuple(fc.nat({ max: validBackup.length - 1 }), fc.integer({ min: 1, max: 0xff })).map(([i, x]) => {
    const bytes = new TextEncoder().encode(validBackup);
    bytes[i % bytes.length] = (bytes[i % bytes.length] ?? 0) ^ x;
    return asFileText(bytes);
  }),
);

describe('backup import', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns any file into a backup or a bilingual refusal, never a throw (property)', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        const result = parseBackup(text);
        if (result.ok) {
          expect(Array.isArray(result.requests)).toBe(true);
          // What it accepts it can write again and read back the same.
          expect(parseBackup(exportBackup(result.requests, new Date(result.exportedAt)))).toEqual(result);
        } else {
          expect(result.error.ru).toMatch(/Ничего не импортировано\.$/);
          expect(result.error.en).toMatch(/Nothing was imported\.$/);
          expect(result.error.en.length).toBeGreaterThan('Nothing was imported.'.length + 5);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a file over the size cap without reading it into records', () => {
    const padded = validBackup.replace(
      '"requests"',
      `"padding": "${'x'.repeat(MAX_BACKUP_BYTES)}", "requests"`,
    );
    const result = parseBackup(padded);
    expect(result.ok).toBe(false);
  });

  it('never writes part of a backup: whichever write fails, the stored requests stay as they were (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom('merge' as const, 'replace' as const),
        fc.constantFrom('QuotaExceededError', 'UnknownError', 'abort'),
        async (ids, failAt, mode, failure) => {
          const db = await openRequestsDb(new IDBFactory());
          try {
            // Sent requests carry their letters, which live in a store of their own: a failed import
            // must leave both stores as they were.
            const sent = (r: RequestRecord, body: string): RequestRecord => ({
              ...r,
              status: 'sent',
              sentOn: '2025-03-01',
              letter: { subject: `Требование ${r.reference}`, body },
            });
            await saveRequest(
              db,
              sent(record('mine', 'моё'), 'моё письмо'),
              new Date('2025-03-01T00:00:00Z'),
            );
            await saveRequest(
              db,
              sent(record(ids[0]!, 'старое'), 'старое письмо'),
              new Date('2025-03-01T00:00:00Z'),
            );
            const before = await listRequestsWithLetters(db);
            const incoming = ids.map((id, i) => ({
              ...(i % 2 === 0 ? sent(record(id, 'из копии'), 'письмо из копии') : record(id, 'из копии')),
              updatedAt: '2025-04-01T00:00:00.000Z',
            }));
            const put = IDBObjectStore.prototype.put;
            let calls = 0;
            // Every record is written, and every letter: the failing write may be either.
            const target = failAt % (incoming.length + incoming.filter((r) => r.letter).length);
            vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
              this: IDBObjectStore,
              ...args
            ) {
              if (calls++ !== target) return put.apply(this, args);
              if (failure === 'abort') {
                const request = put.apply(this, args);
                this.transaction.abort();
                return request;
              }
              throw new DOMException('write failed', failure);
            });
            const error = await importBackup(db, incoming, mode).then(
              () => undefined,
              (e: unknown) => e,
            );
            vi.restoreAllMocks();
            expect(error).toBeInstanceOf(StorageError);
            expect((error as StorageError).kind).toBe(failure === 'QuotaExceededError' ? 'quota' : 'unknown');
            expect(await listRequestsWithLetters(db)).toEqual(before);
          } finally {
            vi.restoreAllMocks();
            db.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
