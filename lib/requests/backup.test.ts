import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../../policies/index';
import type { Deadline } from '../law/deadlines';
import { requestKinds } from '../law/kinds';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupRecord,
  backupFileName,
  backupSizeError,
  type Equal,
  exportBackup,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_REQUESTS,
  type ParsedBackup,
  parseBackup,
} from './backup';
import { splitLetter } from './db/migrations';
import { importBackup, listRequests, listRequestsWithLetters, openRequestsDb, saveRequest } from './db/store';
import { REQUEST_STATUSES, type RequestRecord } from './request-record';

const now = new Date('2025-03-14T09:30:00.000Z');

function record(id: string, overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id,
    policyId: 'expert.plus',
    kind: 'deletion',
    person: { fullName: 'Иванова Анна Сергеевна', email: 'anna@example.ru' },
    status: 'sent',
    reference: 'PL-20250303-ABCD',
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-03T10:00:00.000Z',
    sentOn: '2025-03-03',
    deadlines: [
      {
        id: 'answer',
        label: { ru: 'ответ на обращение', en: 'answer to the request' },
        date: '2025-03-17',
        approximate: false,
      },
    ],
    letter: { subject: 'Требование об удалении, PL-20250303-ABCD', body: 'Прошу…' },
    ...overrides,
  };
}

function fileWith(requests: unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    requests,
    ...top,
  });
}

function refused(result: ParsedBackup): { ru: string; en: string } {
  if (result.ok) throw new Error('expected the backup to be refused');
  expect(result.error.ru).toMatch(/Ничего не импортировано\.$/);
  expect(result.error.en).toMatch(/Nothing was imported\.$/);
  return result.error;
}

// ——— arbitraries ———

// Any UTF-16 text, lone surrogates included, and whole code points beyond the BMP.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);
const nonEmptyText = anyText.filter((s) => s.length > 0);
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2099-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const isoDateTime = instant.map((d) => d.toISOString());
const isoDate = instant.map((d) => d.toISOString().slice(0, 10));

const arbRecord: fc.Arbitrary<RequestRecord> = fc.record(
  {
    id: nonEmptyText,
    // Only sites this version knows: a record for any other is refused (see isKnownSite in backup.ts).
    policyId: fc.constantFrom(...policies.map((p) => p.id)),
    kind: fc.constantFrom(...requestKinds),
    person: fc.record(
      {
        fullName: anyText,
        email: anyText,
        phone: anyText,
        login: anyText,
        accountInfo: anyText,
        postalAddress: anyText,
        replyEmail: anyText,
        idDocument: fc.record(
          { kind: anyText, series: anyText, number: anyText, issuedBy: anyText, issuedOn: anyText },
          { requiredKeys: ['kind', 'number'] },
        ),
        recipient: anyText,
      },
      { requiredKeys: ['fullName', 'email'] },
    ),
    status: fc.constantFrom(...REQUEST_STATUSES),
    reference: anyText,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    sentOn: isoDate,
    answeredOn: isoDate,
    doneOn: isoDate,
    deadlines: fc.array(
      fc.record({
        id: nonEmptyText,
        label: fc.record({ ru: anyText, en: anyText }),
        date: isoDate,
        approximate: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    notes: anyText,
    letter: fc.record({ subject: anyText, body: anyText }),
  },
  {
    requiredKeys: [
      'id',
      'policyId',
      'kind',
      'person',
      'status',
      'reference',
      'createdAt',
      'updatedAt',
      'deadlines',
    ],
  },
);
const arbRecords = fc.uniqueArray(arbRecord, { selector: (r) => r.id, maxLength: 6 });

// ——— tests ———

describe('exportBackup', () => {
  it('writes the marked format with the records', () => {
    const data = JSON.parse(exportBackup([record('a')], now));
    expect(data).toEqual({
      format: 'policy-lens-backup',
      version: BACKUP_VERSION,
      exportedAt: '2025-03-14T09:30:00.000Z',
      requests: [record('a')],
    });
  });

  it('leaves out fields that are not part of a record', () => {
    const withStray = { ...record('a'), deadline: '2025-01-01', person: { ...record('a').person, extra: 1 } };
    const data = JSON.parse(exportBackup([withStray as RequestRecord], now));
    expect(data.requests[0]).toEqual(record('a'));
  });

  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2025, 2, 4, 12))).toBe('policy-lens-backup-2025-03-04.json');
  });
});

describe('round trip', () => {
  it('parseBackup(exportBackup(records)) gives the records back, whatever text they hold', () => {
    fc.assert(
      fc.property(arbRecords, isoDateTime, (records, at) => {
        const parsed = parseBackup(exportBackup(records, new Date(at)));
        expect(parsed).toEqual({ ok: true, exportedAt: at, requests: records });
      }),
      { numRuns: 300 },
    );
  });

  it('carries how and when a request was received, a recorded breach, and who wrote it', () => {
    const full = record('r', {
      kind: 'stop-marketing',
      channel: 'post',
      receivedOn: '2025-03-10',
      marketingBreach: { on: '2025-03-12', what: 'SMS с рекламой' },
      evidence: 'копия паспорта',
      deadlines: [
        {
          id: 'destroy',
          label: { ru: 'уничтожение', en: 'destroyed' },
          date: '2025-04-05',
          approximate: false,
          movedTo: '2025-04-07',
        },
      ],
      person: {
        fullName: 'Иванова Мария',
        email: 'maria@example.ru',
        relation: 'form',
        formInfo: 'заявка',
        orderNumber: '12',
        registeredOn: 'март 2024',
        operatorAddress: '101000, Москва',
        representative: { kind: 'parent', fullName: 'Иванов Иван', authority: 'свидетельство о рождении' },
      },
    });
    expect(parseBackup(exportBackup([full], now))).toEqual({
      ok: true,
      exportedAt: now.toISOString(),
      requests: [full],
    });
    const bad = JSON.parse(exportBackup([full], now));
    bad.requests[0].channel = 'pigeon';
    expect(refused(parseBackup(JSON.stringify(bad))).en).toContain(
      'unknown value of the way of sending: "pigeon"',
    );
  });

  it('through IndexedDB: export, import into an empty profile (replace), list again', async () => {
    await fc.assert(
      fc.asyncProperty(arbRecords, async (records) => {
        const source = await openRequestsDb(new IDBFactory());
        // Stored as the database keeps them: each letter in its own store, under the request's id.
        for (const r of records) {
          const { request, letter } = splitLetter(r);
          await source.put('requests', request);
          if (letter) await source.put('letters', letter, request.id);
        }
        const exported = exportBackup(await listRequestsWithLetters(source), now);
        source.close();

        const parsed = parseBackup(exported);
        if (!parsed.ok) throw new Error(parsed.error.en);
        const target = await openRequestsDb(new IDBFactory());
        await saveRequest(target, record('stale'));
        await importBackup(target, parsed.requests, 'replace');
        const byId = (a: RequestRecord, b: RequestRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        expect((await listRequestsWithLetters(target)).sort(byId)).toEqual([...records].sort(byId));
        target.close();
      }),
      { numRuns: 40 },
    );
  });

  it('parseBackup refuses any record with a field changed to a value of another type', () => {
    const fields = [
      'id',
      'policyId',
      'kind',
      'person',
      'status',
      'reference',
      'createdAt',
      'updatedAt',
      'deadlines',
    ];
    fc.assert(
      fc.property(
        arbRecord,
        fc.constantFrom(...fields),
        fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({})),
        (r, field, bad) => {
          const result = parseBackup(fileWith([{ ...r, [field]: bad }]));
          expect(result.ok).toBe(false);
        },
      ),
    );
  });
});

describe('refusals', () => {
  it('refuses broken JSON', () => {
    const error = refused(parseBackup('{"format": "policy-lens-backup", "requests": ['));
    expect(error.ru).toMatch(/это не JSON/);
    expect(error.en).toMatch(/not JSON/);
    refused(parseBackup(''));
  });

  it('refuses a foreign file', () => {
    for (const text of [
      '[]',
      'null',
      '"policy-lens-backup"',
      JSON.stringify({ requests: [] }),
      JSON.stringify({ format: 'other-app', version: 1, requests: [] }),
    ]) {
      expect(refused(parseBackup(text)).ru).toMatch(/^Это не резервная копия Policy Lens/);
    }
  });

  it('refuses a backup from a newer version, saying to update', () => {
    const error = refused(parseBackup(fileWith([record('a')], { version: 2 })));
    expect(error.ru).toMatch(/более новой версией Policy Lens \(формат 2/);
    expect(error.en).toMatch(/newer Policy Lens \(format 2/);
  });

  it('refuses an invalid version, export date or request list', () => {
    expect(refused(parseBackup(fileWith([], { version: '1' }))).en).toMatch(/format version/);
    expect(refused(parseBackup(fileWith([], { version: 0 }))).en).toMatch(/format version/);
    expect(refused(parseBackup(fileWith([], { exportedAt: 'вчера' }))).en).toMatch(/export date/);
    expect(refused(parseBackup(fileWith([], { requests: {} }))).en).toMatch(/no list of requests/);
  });

  it('refuses a file over the size cap before parsing it', () => {
    const big = fileWith([record('a', { notes: 'я'.repeat(MAX_BACKUP_BYTES / 2) })]);
    const error = refused(parseBackup(big));
    expect(error.ru).toMatch(/^Файл слишком большой \(10,0 МБ\)/);
    expect(error.en).toMatch(/at most 10\.0 MB/);
    expect(backupSizeError(MAX_BACKUP_BYTES)).toBeNull();
    expect(backupSizeError(MAX_BACKUP_BYTES + 1)).not.toBeNull();
  });

  it('names the record and what is wrong with it', () => {
    const cases: [unknown, RegExp, RegExp][] = [
      [
        { ...record('c'), kind: 'foo' },
        /Запись 3: неизвестный вид запроса "foo"/,
        /Record 3: unknown request kind "foo"/,
      ],
      [{ ...record('c'), status: 'lost' }, /Запись 3: неизвестный статус "lost"/, /unknown status "lost"/],
      [
        { ...record('c'), sentOn: '2025-02-30' },
        /Запись 3: поле «дата отправки» — не дата ГГГГ-ММ-ДД: "2025-02-30"/,
        /date sent is not a YYYY-MM-DD date/,
      ],
      [
        { ...record('c'), updatedAt: '2025-03-03' },
        /«время изменения» — не дата/,
        /modification time is not/,
      ],
      [
        { ...record('c'), person: { email: 'x@y.ru' } },
        /Запись 3, данные заявителя: нет поля «ФИО»/,
        /Record 3, sender details: the full name is missing/,
      ],
      [
        { ...record('c'), person: { ...record('c').person, phone: 79001234567 } },
        /поле «телефон» должно быть текстом/,
        /the phone must be text/,
      ],
      [
        { ...record('c'), person: { ...record('c').person, idDocument: { kind: 'паспорт' } } },
        /Запись 3, данные заявителя, документ: нет поля «номер документа»/,
        /identity document: the document number is missing/,
      ],
      [
        {
          ...record('c'),
          deadlines: [{ id: 'answer', label: { ru: 'x', en: 'x' }, date: '2025-03-17', approximate: 'yes' }],
        },
        /Запись 3, срок 1: признак приблизительности должен быть true или false/,
        /deadline 1: the approximate flag must be true or false/,
      ],
      [
        { ...record('c'), deadline: '2025-03-17' },
        /Запись 3: неизвестное поле "deadline"/,
        /unknown field "deadline"/,
      ],
      [{ ...record('c'), id: '' }, /Запись 3: поле «идентификатор» пустое/, /the id is empty/],
      [
        { ...record('c'), letter: { subject: 'x' } },
        /Запись 3, письмо: нет поля «текст»/,
        /letter: the body is missing/,
      ],
      ['строка', /Запись 3: это не запись о запросе/, /Record 3: this is not a request record/],
      [record('a'), /Запись 3: тот же идентификатор "a", что у записи 1/, /the same id "a" as record 1/],
    ];
    for (const [bad, ru, en] of cases) {
      const error = refused(parseBackup(fileWith([record('a'), record('b'), bad, record('d')])));
      expect(error.ru).toMatch(ru);
      expect(error.en).toMatch(en);
    }
  });

  it('counts the other problems', () => {
    const error = refused(
      parseBackup(
        fileWith([
          { ...record('a'), kind: 'foo', status: 'bar' },
          { ...record('b'), id: 5 },
        ]),
      ),
    );
    expect(error.ru).toMatch(/неизвестный вид запроса "foo"\. Других ошибок: 2\./);
    expect(error.en).toMatch(/Other problems: 2\./);
  });

  it('refuses a __proto__ key, and nothing is polluted', () => {
    const text = fileWith([record('a')]).replace('"id":"a"', '"__proto__":{"polluted":true},"id":"a"');
    expect(refused(parseBackup(text)).en).toMatch(/unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a bad record among good ones: nothing is imported and the stored data is unchanged', async () => {
    const db = await openRequestsDb(new IDBFactory());
    await saveRequest(db, record('mine', { notes: 'моё' }));
    const before = await listRequests(db);

    const parsed = parseBackup(fileWith([record('x'), record('y'), { ...record('z'), kind: 'foo' }]));
    expect(parsed.ok).toBe(false);
    // The UI imports only an ok result; there is nothing to pass on from a refused one.
    if (parsed.ok) await importBackup(db, parsed.requests, 'replace');
    expect(await listRequests(db)).toEqual(before);
    db.close();
  });
});

describe('limits and unknown data', () => {
  it(`takes ${MAX_BACKUP_REQUESTS} requests and refuses one more, saying the limit`, () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => record(`r${i}`));
    const taken = parseBackup(fileWith(many(5000)));
    expect(taken.ok && taken.requests.length).toBe(5000);
    const error = refused(parseBackup(fileWith(many(5001))));
    expect(error.ru).toMatch(/5\s001 запрос.*не больше 5\s000/);
    expect(error.en).toMatch(/5,001 requests: import takes at most 5,000/);
  });

  it('refuses a record for a site this version does not know, naming it', () => {
    const error = refused(parseBackup(fileWith([record('a'), { ...record('b'), policyId: 'example.com' }])));
    expect(error.ru).toMatch(/Запись 2: неизвестный сайт "example\.com"/);
    expect(error.en).toMatch(/Record 2: unknown site "example\.com"/);
  });

  it('takes a request to any site when it names its operator, and keeps the operator through a round trip', () => {
    const operator = {
      name: 'ООО «Ромашка»',
      inn: '7704123450',
      ogrn: '1177746123455',
      address: 'г. Москва',
      emails: ['privacy@romashka-shop.ru'],
      site: { name: 'romashka-shop.ru', url: 'https://romashka-shop.ru/' },
      source: 'reading' as const,
      confirmed: true,
    };
    const any = { ...record('b'), policyId: 'romashka-shop.ru', operator };
    const parsed = parseBackup(fileWith([record('a'), any]));
    expect(parsed.ok && parsed.requests[1]).toEqual(any);
    const again = parseBackup(exportBackup([any], now));
    expect(again.ok && again.requests[0]?.operator).toEqual(operator);
    const error = refused(parseBackup(fileWith([{ ...any, operator: { ...operator, source: 'page' } }])));
    expect(error.en).toMatch(/Record 1, operator: the source/);
  });

  it('refuses unknown top-level fields, __proto__ and constructor included', () => {
    for (const key of ['extra', '__proto__', 'constructor']) {
      const text = fileWith([record('a')]).replace('"version"', `"${key}":{"polluted":true},"version"`);
      const error = refused(parseBackup(text));
      expect(error.ru).toContain(`В резервной копии неизвестное поле "${key}".`);
      expect(error.en).toContain(`The backup has an unknown field "${key}".`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a constructor key in a record and an array where an object belongs', () => {
    const text = fileWith([record('a')]).replace('"id":"a"', '"constructor":1,"id":"a"');
    expect(refused(parseBackup(text)).en).toMatch(/Record 1: unknown field "constructor"/);
    const error = refused(parseBackup(fileWith([{ ...record('a'), person: [] }, []])));
    expect(error.ru).toMatch(/Запись 1: поле «данные заявителя» должно быть объектом\. Других ошибок: 1\./);
    expect(error.en).toMatch(/Record 1: the sender details must be an object\./);
  });

  it('names a field deep inside a deadline', () => {
    const bad = {
      ...record('a'),
      deadlines: [record('a').deadlines[0], { ...record('a').deadlines[0], label: { ru: 'x' } }],
    };
    const error = refused(parseBackup(fileWith([bad])));
    expect(error.ru).toMatch(/Запись 1, срок 2, название: нет поля «текст на английском»/);
    expect(error.en).toMatch(/Record 1, deadline 2, label: the English text is missing/);
  });

  it('the schema and the record types cannot drift apart (compile-time)', () => {
    // Each line below fails to compile without its @ts-expect-error: Equal tells the types apart, so
    // the check in backup.ts would fail the same way when a field is added to a type but not the schema.
    type Expect<T extends true> = T;
    // @ts-expect-error: a new required field on the record
    type _Added = Expect<Equal<BackupRecord, RequestRecord & { channel: string }>>;
    // @ts-expect-error: a new optional field on a deadline
    type _Optional = Expect<Equal<BackupRecord['deadlines'][number], Deadline & { note?: string }>>;
    // @ts-expect-error: an optional field made required
    type _Loosened = Expect<Equal<BackupRecord, Omit<RequestRecord, 'notes'> & { notes: string }>>;
    const same: Equal<BackupRecord, RequestRecord> = true;
    expect(same).toBe(true);
  });
});
