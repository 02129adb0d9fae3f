// Export and import of all the user's requests as one JSON file. Pure: the file text in, validated
// records or a message out. Writing them is requests-db's importBackup, in one transaction.
//
// A file is refused whole when anything in it is wrong, with a message naming the first problem,
// so a broken or foreign file never overwrites anything.
//
// The valibot schemas below are the one description of a backup: import validates with them, export
// keeps only the fields they name, and the compile-time checks at the bottom fail when RequestRecord,
// Person, IdDocument or Deadline gain, lose or change a field the schema does not.

import * as v from 'valibot';
import { getPolicy } from '../../policies/index';
import type { Deadline } from '../law/deadlines';
import { requestKinds } from '../law/kinds';
import { channels } from '../law/request-kinds';
import type { Localized } from '../text/lang';
import type { RequestOperator } from './operator';
import type { IdDocument, Person } from './person';
import { REQUEST_STATUSES, type RequestRecord, type SentLetter } from './request-record';

export const BACKUP_FORMAT = 'policy-lens-backup';
export const BACKUP_VERSION = 1;
/** The largest file import accepts, in bytes of UTF-8: room for about a thousand requests with their letters. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/** The most requests one file may hold: far more than anyone writes by hand, few enough to check at once. */
export const MAX_BACKUP_REQUESTS = 5000;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  requests: RequestRecord[];
}

export type ParsedBackup =
  | { ok: true; exportedAt: string; requests: RequestRecord[] }
  | { ok: false; error: Localized };

/** The backup file's text: every record with only its known fields, in a stable key order. */
export function exportBackup(records: readonly RequestRecord[], now: Date): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    requests: records.map(knownFieldsOf),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** 'policy-lens-backup-2025-03-14.json', in the user's local date. */
export function backupFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0'));
  return `${BACKUP_FORMAT}-${day.join('-')}.json`;
}

const nothingImported: Localized = { ru: 'Ничего не импортировано.', en: 'Nothing was imported.' };

function refuse(ru: string, en: string): ParsedBackup {
  return { ok: false, error: { ru: `${ru} ${nothingImported.ru}`, en: `${en} ${nothingImported.en}` } };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A message when a file of `bytes` is too large to import (check File#size before reading it), else null. */
export function backupSizeError(bytes: number): Localized | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  const size = megabytes(bytes);
  const max = megabytes(MAX_BACKUP_BYTES);
  return {
    ru: `Файл слишком большой (${size.replace('.', ',')} МБ): резервная копия Policy Lens не больше ${max.replace('.', ',')} МБ. ${nothingImported.ru}`,
    en: `The file is too large (${size} MB): a Policy Lens backup is at most ${max} MB. ${nothingImported.en}`,
  };
}

function utf8Length(text: string): number {
  // UTF-8 takes at least one byte per UTF-16 unit, so a long string is too large without counting.
  if (text.length > MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Reads a backup file's text. Never throws; never returns part of a file. */
export function parseBackup(text: string): ParsedBackup {
  const sizeError = backupSizeError(utf8Length(text));
  if (sizeError) return { ok: false, error: sizeError };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(
      'Файл не является резервной копией Policy Lens: это не JSON или файл повреждён.',
      'The file is not a Policy Lens backup: it is not JSON, or it is damaged.',
    );
  }
  const file = v.safeParse(FileSchema, data, options);
  if (!file.success) return fileRefusal(file.issues[0]);

  const problems: Localized[] = [];
  const requests: RequestRecord[] = [];
  const firstWithId = new Map<string, number>();
  file.output.requests.forEach((item, i) => {
    const at = { ru: `Запись ${i + 1}`, en: `Record ${i + 1}` };
    const record = v.safeParse(RecordSchema, item, options);
    if (!record.success) {
      for (const issue of record.issues) problems.push(describe(at, issue));
      return;
    }
    const { id } = record.output;
    const earlier = firstWithId.get(id);
    if (earlier !== undefined) {
      problems.push(
        located(
          at,
          `тот же идентификатор ${quote(id)}, что у записи ${earlier + 1}`,
          `the same id ${quote(id)} as record ${earlier + 1}`,
        ),
      );
      return;
    }
    firstWithId.set(id, i);
    requests.push(record.output);
  });
  const [first] = problems;
  if (first) {
    const more = problems.length - 1;
    return refuse(
      `Резервная копия не принята. ${first.ru}.${more > 0 ? ` Других ошибок: ${more}.` : ''}`,
      `The backup was refused. ${first.en}.${more > 0 ? ` Other problems: ${more}.` : ''}`,
    );
  }
  return { ok: true, exportedAt: file.output.exportedAt, requests };
}

// ——— the schema ———
//
// Each check carries a code as its valibot message; `describe` turns an issue into words with the
// field's name. One problem per field (abortPipeEarly): an empty id is "empty", not also "unknown".

const options = { abortPipeEarly: true } as const;

type Code =
  | 'not-backup'
  | 'version'
  | 'newer'
  | 'requests'
  | 'too-many'
  | 'record'
  | 'deadline'
  | 'object'
  | 'list'
  | 'text'
  | 'empty'
  | 'date'
  | 'datetime'
  | 'kind'
  | 'status'
  | 'site'
  | 'approximate'
  | 'choice';

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object (valibot's object schemas take arrays too) with exactly these fields: any other is refused,
 *  since it would be dropped silently otherwise; `__proto__` and `constructor` included. */
function exactly<const E extends v.ObjectEntries>(entries: E, code: Code) {
  return v.pipe(v.custom<Json>(isPlainObject, code), v.strictObject(entries, code));
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDateTime(value: string): boolean {
  return isoDateTime.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Whether a record's site is one this version knows: a curated policy's id, or any site when the record
 * names its operator itself (a request to any site's operator, lib/requests/operator.ts). A record
 * with an unknown id and no operator would be opened as the first curated policy (state.ts), and shown,
 * followed up and complained about as if it were for another operator: refused.
 */
function isKnownSite(record: { policyId: string; operator?: unknown }): boolean {
  return record.operator !== undefined || getPolicy(record.policyId) !== undefined;
}

const Text = v.string('text');
const NonEmptyText = v.pipe(v.string('text'), v.nonEmpty('empty'));
const IsoDate = v.pipe(v.string('date'), v.check(isIsoDate, 'date'));
const IsoDateTime = v.pipe(v.string('datetime'), v.check(isIsoDateTime, 'datetime'));

const LocalizedSchema = exactly({ ru: Text, en: Text }, 'object');

const IdDocumentSchema = exactly(
  {
    kind: Text,
    series: v.optional(Text),
    number: Text,
    issuedBy: v.optional(Text),
    // Typed by the user and kept as typed; the form checks it.
    issuedOn: v.optional(Text),
  },
  'object',
);

const PersonSchema = exactly(
  {
    fullName: Text,
    email: Text,
    phone: v.optional(Text),
    login: v.optional(Text),
    accountInfo: v.optional(Text),
    postalAddress: v.optional(Text),
    replyEmail: v.optional(Text),
    idDocument: v.optional(IdDocumentSchema),
    recipient: v.optional(Text),
    relation: v.optional(v.picklist(['account', 'form'], 'choice')),
    formInfo: v.optional(Text),
    orderNumber: v.optional(Text),
    registeredOn: v.optional(Text),
    representative: v.optional(
      exactly(
        { kind: v.picklist(['attorney', 'parent'], 'choice'), fullName: Text, authority: Text },
        'object',
      ),
    ),
    operatorAddress: v.optional(Text),
  },
  'object',
);

const DeadlineSchema = exactly(
  {
    id: NonEmptyText,
    label: LocalizedSchema,
    date: IsoDate,
    approximate: v.boolean('approximate'),
    movedTo: v.optional(IsoDate),
  },
  'deadline',
);

const SentLetterSchema = exactly({ subject: Text, body: Text }, 'object');

const OperatorSchema = exactly(
  {
    name: Text,
    inn: Text,
    ogrn: Text,
    address: Text,
    emails: v.array(Text, 'list'),
    site: exactly({ name: Text, url: Text }, 'object'),
    source: v.picklist(['curated', 'reading', 'typed'], 'text'),
    confirmed: v.boolean('text'),
  },
  'object',
);

const recordEntries = {
  id: NonEmptyText,
  policyId: NonEmptyText,
  kind: v.picklist(requestKinds, 'kind'),
  person: PersonSchema,
  status: v.picklist(REQUEST_STATUSES, 'status'),
  reference: Text,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  sentOn: v.optional(IsoDate),
  answeredOn: v.optional(IsoDate),
  doneOn: v.optional(IsoDate),
  deadlines: v.array(DeadlineSchema, 'list'),
  notes: v.optional(Text),
  evidence: v.optional(Text),
  channel: v.optional(v.picklist(channels, 'choice')),
  receivedOn: v.optional(IsoDate),
  marketingBreach: v.optional(exactly({ on: IsoDate, what: Text }, 'object')),
  letter: v.optional(SentLetterSchema),
  operator: v.optional(OperatorSchema),
};

const RecordObject = v.strictObject(recordEntries, 'record');
type RecordOutput = v.InferOutput<typeof RecordObject>;

const RecordSchema = v.pipe(
  v.custom<Json>(isPlainObject, 'record'),
  RecordObject,
  v.forward(
    v.check((r: RecordOutput) => isKnownSite(r), 'site'),
    ['policyId'],
  ),
);

// The file: checked first, record by record after, so each record's problems are named by its number.
const FileSchema = exactly(
  {
    format: v.literal(BACKUP_FORMAT, 'not-backup'),
    version: v.pipe(
      v.number('version'),
      v.integer('version'),
      v.minValue(1, 'version'),
      v.maxValue(BACKUP_VERSION, 'newer'),
    ),
    exportedAt: IsoDateTime,
    requests: v.pipe(v.array(v.unknown(), 'requests'), v.maxLength(MAX_BACKUP_REQUESTS, 'too-many')),
  },
  'not-backup',
);

// ——— messages ———

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

function located(at: Localized, ru: string, en: string): Localized {
  return { ru: `${at.ru}: ${ru}`, en: `${at.en}: ${en}` };
}

type Issue = v.BaseIssue<unknown>;

/** The refusal for a problem with the file as a whole (not with one of its records). */
function fileRefusal(issue: Issue): ParsedBackup {
  const [step] = issue.path ?? [];
  const field = step?.key;
  if (isUnknownField(issue)) {
    return refuse(
      `В резервной копии неизвестное поле ${quote(field)}.`,
      `The backup has an unknown field ${quote(field)}.`,
    );
  }
  switch (field === 'format' || field === undefined ? 'not-backup' : issue.message) {
    case 'newer':
      return refuse(
        `Копия сделана более новой версией Policy Lens (формат ${issue.input}, эта версия читает ${BACKUP_VERSION}). Обновите расширение и повторите импорт.`,
        `The backup was made by a newer Policy Lens (format ${issue.input}; this version reads ${BACKUP_VERSION}). Update the extension and import again.`,
      );
    case 'too-many': {
      const count = (issue.input as unknown[]).length;
      return refuse(
        `В резервной копии ${count.toLocaleString('ru-RU')} запросов: импорт принимает не больше ${MAX_BACKUP_REQUESTS.toLocaleString('ru-RU')} за раз. Разделите файл на части.`,
        `The backup holds ${count.toLocaleString('en-US')} requests: import takes at most ${MAX_BACKUP_REQUESTS.toLocaleString('en-US')} at a time. Split the file into parts.`,
      );
    }
    case 'not-backup':
      return refuse(
        'Это не резервная копия Policy Lens: в файле нет её отметки формата.',
        'This is not a Policy Lens backup: the file does not carry its format mark.',
      );
  }
  // A field is missing or has a wrong value: the field says which message.
  switch (field) {
    case 'version':
      return refuse(
        'В резервной копии неверный номер версии формата.',
        'The backup has an invalid format version.',
      );
    case 'exportedAt':
      return refuse('В резервной копии нет верной даты экспорта.', 'The backup lacks a valid export date.');
    default:
      return refuse('В резервной копии нет списка запросов.', 'The backup has no list of requests.');
  }
}

/** A field the object does not have (valibot's strict objects report the first such key, with `never` expected). */
function isUnknownField(issue: Issue): boolean {
  return issue.expected === 'never' && issue.path?.at(-1)?.origin === 'key';
}

/** How messages name each field. */
const fieldNames: Record<string, Localized> = {
  id: { ru: 'идентификатор', en: 'id' },
  policyId: { ru: 'сайт', en: 'site' },
  kind: { ru: 'вид запроса', en: 'request kind' },
  person: { ru: 'данные заявителя', en: 'sender details' },
  status: { ru: 'статус', en: 'status' },
  reference: { ru: 'номер запроса', en: 'reference' },
  createdAt: { ru: 'время создания', en: 'creation time' },
  updatedAt: { ru: 'время изменения', en: 'modification time' },
  sentOn: { ru: 'дата отправки', en: 'date sent' },
  answeredOn: { ru: 'дата ответа', en: 'date answered' },
  doneOn: { ru: 'дата завершения', en: 'date done' },
  deadlines: { ru: 'сроки', en: 'deadlines' },
  notes: { ru: 'заметки', en: 'notes' },
  evidence: { ru: 'подтверждение неточности', en: 'proof of inaccuracy' },
  channel: { ru: 'способ отправки', en: 'way of sending' },
  receivedOn: { ru: 'дата получения оператором', en: 'date received by the operator' },
  marketingBreach: { ru: 'рекламное сообщение после требования', en: 'marketing message after the demand' },
  on: { ru: 'дата', en: 'date' },
  what: { ru: 'описание', en: 'description' },
  movedTo: { ru: 'перенос на рабочий день', en: 'moved to a working day' },
  relation: { ru: 'связь с сайтом', en: 'link to the site' },
  formInfo: { ru: 'сведения о форме', en: 'form details' },
  orderNumber: { ru: 'номер заказа', en: 'order number' },
  registeredOn: { ru: 'дата регистрации', en: 'registration date' },
  representative: { ru: 'представитель', en: 'representative' },
  authority: { ru: 'документ о полномочиях', en: 'document of authority' },
  operatorAddress: { ru: 'почтовый адрес оператора', en: "operator's postal address" },
  letter: { ru: 'письмо', en: 'letter' },
  operator: { ru: 'оператор', en: 'operator' },
  name: { ru: 'название', en: 'name' },
  inn: { ru: 'ИНН', en: 'INN' },
  ogrn: { ru: 'ОГРН', en: 'OGRN' },
  address: { ru: 'адрес', en: 'address' },
  emails: { ru: 'адреса e-mail', en: 'e-mail addresses' },
  site: { ru: 'сайт', en: 'site' },
  url: { ru: 'адрес сайта', en: 'site address' },
  source: { ru: 'источник', en: 'source' },
  confirmed: { ru: 'подтверждение', en: 'confirmation' },
  fullName: { ru: 'ФИО', en: 'full name' },
  email: { ru: 'e-mail', en: 'e-mail' },
  phone: { ru: 'телефон', en: 'phone' },
  login: { ru: 'логин', en: 'login' },
  accountInfo: { ru: 'сведения об аккаунте', en: 'account details' },
  postalAddress: { ru: 'почтовый адрес', en: 'postal address' },
  replyEmail: { ru: 'адрес для ответа', en: 'reply address' },
  idDocument: { ru: 'документ', en: 'identity document' },
  recipient: { ru: 'адресат', en: 'recipient' },
  series: { ru: 'серия', en: 'series' },
  number: { ru: 'номер', en: 'number' },
  issuedBy: { ru: 'кем выдан', en: 'issued by' },
  issuedOn: { ru: 'дата выдачи', en: 'date of issue' },
  label: { ru: 'название', en: 'label' },
  date: { ru: 'дата', en: 'date' },
  approximate: { ru: 'признак приблизительности', en: 'approximate flag' },
  subject: { ru: 'тема', en: 'subject' },
  body: { ru: 'текст', en: 'body' },
  ru: { ru: 'текст на русском', en: 'Russian text' },
  en: { ru: 'текст на английском', en: 'English text' },
};

function nameOf(key: string, parentKey?: string): Localized {
  // 'kind' and 'number' mean something else inside the identity document.
  if (parentKey === 'idDocument' && key === 'kind') return { ru: 'вид документа', en: 'document type' };
  if (parentKey === 'idDocument' && key === 'number') return { ru: 'номер документа', en: 'document number' };
  if (parentKey === 'deadlines' && key === 'id') return { ru: 'идентификатор срока', en: 'deadline id' };
  if (parentKey === 'representative' && key === 'kind') return { ru: 'основание', en: 'basis' };
  return fieldNames[key] ?? { ru: key, en: key };
}

/** 'Запись 3, данные заявителя, документ': the record, then each object or list entry the path goes through. */
function place(at: Localized, keys: readonly unknown[]): Localized {
  let { ru, en } = at;
  keys.forEach((key, i) => {
    if (typeof key === 'number') {
      // Only deadlines are a list of objects in a record.
      ru += `, срок ${key + 1}`;
      en += `, deadline ${key + 1}`;
    } else if (keys[i + 1] === undefined || typeof keys[i + 1] !== 'number') {
      const name = nameOf(String(key));
      ru += `, ${name.ru}`;
      en += `, ${name.en}`;
    }
  });
  return { ru, en };
}

/** One problem of record `at`, in words. */
function describe(at: Localized, issue: Issue): Localized {
  const keys = (issue.path ?? []).map((step) => step.key);
  if (isUnknownField(issue)) {
    const key = keys.pop();
    return located(place(at, keys), `неизвестное поле ${quote(key)}`, `unknown field ${quote(key)}`);
  }
  const missing = issue.path?.at(-1)?.origin === 'key';
  const code = issue.message as Code;
  // The whole record or a whole deadline is wrong: there is no field to name.
  if (!missing && (code === 'record' || code === 'deadline')) {
    return code === 'record'
      ? located(place(at, keys), 'это не запись о запросе', 'this is not a request record')
      : located(place(at, keys), 'это не срок', 'this is not a deadline');
  }
  const key = String(keys.pop());
  const parent = keys.findLast((k) => typeof k === 'string') as string | undefined;
  const name = nameOf(key, parent);
  const where = place(at, keys);
  // The site check runs on the whole record (a record naming its operator may be for any site).
  const input = code === 'site' && isPlainObject(issue.input) ? issue.input.policyId : issue.input;
  const value = quote(input);
  if (missing) return located(where, `нет поля «${name.ru}»`, `the ${name.en} is missing`);
  switch (code) {
    case 'kind':
      return located(where, `неизвестный вид запроса ${value}`, `unknown request kind ${value}`);
    case 'status':
      return located(where, `неизвестный статус ${value}`, `unknown status ${value}`);
    case 'site':
      return located(
        where,
        `неизвестный сайт ${value}: эта версия Policy Lens не знает его политику`,
        `unknown site ${value}: this version of Policy Lens does not know its policy`,
      );
    case 'approximate':
      return located(
        where,
        'признак приблизительности должен быть true или false',
        'the approximate flag must be true or false',
      );
    case 'empty':
      return located(where, `поле «${name.ru}» пустое`, `the ${name.en} is empty`);
    case 'choice':
      return located(
        where,
        `неизвестное значение поля «${name.ru}»: ${value}`,
        `unknown value of the ${name.en}: ${value}`,
      );
    case 'date':
    case 'datetime': {
      const time = code === 'datetime';
      return located(
        where,
        `поле «${name.ru}» — не дата ${time ? 'ГГГГ-ММ-ДДTчч:мм:ссZ' : 'ГГГГ-ММ-ДД'}: ${value}`,
        `the ${name.en} is not a ${time ? 'YYYY-MM-DDThh:mm:ssZ' : 'YYYY-MM-DD'} date: ${value}`,
      );
    }
    case 'list':
      return located(where, `поле «${name.ru}» должно быть списком`, `the ${name.en} must be a list`);
    case 'object':
      return located(where, `поле «${name.ru}» должно быть объектом`, `the ${name.en} must be an object`);
    default:
      return located(where, `поле «${name.ru}» должно быть текстом`, `the ${name.en} must be text`);
  }
}

// ——— export: only the fields the schema names ———

type AnySchema = v.GenericSchema & {
  entries?: v.ObjectEntries;
  item?: AnySchema;
  wrapped?: AnySchema;
  pipe?: readonly unknown[];
};

/** A fresh copy of `value` with only the fields `schema` describes, in the schema's order. Does not validate. */
function keepKnown(schema: AnySchema, value: unknown): unknown {
  const inner = (schema.pipe?.find((item) => (item as AnySchema).entries) as AnySchema | undefined) ?? schema;
  if (inner.wrapped) return value === undefined ? undefined : keepKnown(inner.wrapped, value);
  if (inner.entries && isPlainObject(value)) {
    const out: Json = {};
    for (const [key, field] of Object.entries(inner.entries)) {
      const kept = keepKnown(field as AnySchema, value[key]);
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  }
  if (inner.item && Array.isArray(value)) return value.map((entry) => keepKnown(inner.item!, entry));
  return value;
}

function knownFieldsOf(record: RequestRecord): RequestRecord {
  return keepKnown(RecordSchema, record) as RequestRecord;
}

// ——— the schema and the types cannot drift ———
// Identity, not mere mutual assignability: that would let an optional field exist on one side only.
// A field added to RequestRecord (or to Person, IdDocument, Deadline, SentLetter) but not to the schema
// above fails to compile here; backup.test.ts proves it with @ts-expect-error.

/** True when A and B are the same type. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** The record as the backup schema reads it. */
export type BackupRecord = v.InferOutput<typeof RecordSchema>;
export type SchemaMatchesTypes = [
  Expect<Equal<BackupRecord, RequestRecord>>,
  Expect<Equal<v.InferOutput<typeof PersonSchema>, Person>>,
  Expect<Equal<v.InferOutput<typeof IdDocumentSchema>, IdDocument>>,
  Expect<Equal<v.InferOutput<typeof DeadlineSchema>, Deadline>>,
  Expect<Equal<v.InferOutput<typeof SentLetterSchema>, SentLetter>>,
  Expect<Equal<v.InferOutput<typeof LocalizedSchema>, Localized>>,
  Expect<Equal<v.InferOutput<typeof OperatorSchema>, RequestOperator>>,
];
