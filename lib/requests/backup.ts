// Export and import of all the user's requests as one JSON file. Pure: the file text in, validated
// records or a message out. Writing them is requests-db's importBackup, in one transaction.
//
// A file is refused whole when anything in it is wrong, with a message naming the first problem,
// so a broken or foreign file never overwrites anything.

import { sites } from '../../policies/sites';
import type { Deadline } from '../law/deadlines';
import { isRequestKind } from '../law/kinds';
import type { Localized } from '../text/lang';
import type { IdDocument, Person } from './person';
import { REQUEST_STATUSES, type RequestRecord, type RequestStatus, type SentLetter } from './request-record';

export const BACKUP_FORMAT = 'policy-lens-backup';
export const BACKUP_VERSION = 1;
/** The largest file import accepts, in bytes of UTF-8: room for about a thousand requests with their letters. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/**
 * The most requests import accepts from one file: far more than anyone sends (a request a day for
 * over ten years), and few enough that the list, the reminders and storage stay quick.
 */
export const MAX_BACKUP_REQUESTS = 5000;
/** The fields of the file itself: anything else (`__proto__`, `constructor`, a stray key) is refused. */
const fileKeys = ['format', 'version', 'exportedAt', 'requests'] as const;

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
    requests: records.map(copyRecord),
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
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) {
    return refuse(
      'Это не резервная копия Policy Lens: в файле нет её отметки формата.',
      'This is not a Policy Lens backup: the file does not carry its format mark.',
    );
  }
  const unknown = Object.keys(data).filter((key) => !(fileKeys as readonly string[]).includes(key));
  if (unknown.length > 0) {
    return refuse(
      `В файле неизвестное поле ${quote(unknown[0])}: это не резервная копия Policy Lens в том виде, в каком она её пишет.`,
      `The file has an unknown field ${quote(unknown[0])}: it is not a Policy Lens backup as Policy Lens writes one.`,
    );
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      'В резервной копии неверный номер версии формата.',
      'The backup has an invalid format version.',
    );
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      `Копия сделана более новой версией Policy Lens (формат ${version}, эта версия читает ${BACKUP_VERSION}). Обновите расширение и повторите импорт.`,
      `The backup was made by a newer Policy Lens (format ${version}; this version reads ${BACKUP_VERSION}). Update the extension and import again.`,
    );
  }
  if (!isIsoDateTime(data.exportedAt)) {
    return refuse('В резервной копии нет верной даты экспорта.', 'The backup lacks a valid export date.');
  }
  if (!Array.isArray(data.requests)) {
    return refuse('В резервной копии нет списка запросов.', 'The backup has no list of requests.');
  }
  if (data.requests.length > MAX_BACKUP_REQUESTS) {
    const n = data.requests.length;
    return refuse(
      `В резервной копии ${n.toLocaleString('ru-RU')} запросов, а Policy Lens принимает из одного файла не больше ${MAX_BACKUP_REQUESTS.toLocaleString('ru-RU')}.`,
      `The backup holds ${n.toLocaleString('en-US')} requests; Policy Lens takes at most ${MAX_BACKUP_REQUESTS.toLocaleString('en-US')} from one file.`,
    );
  }

  const check = new Checker();
  const requests: RequestRecord[] = [];
  const firstWithId = new Map<string, number>();
  data.requests.forEach((item: unknown, i) => {
    const at = { ru: `Запись ${i + 1}`, en: `Record ${i + 1}` };
    const record = checkRecord(check, item, at);
    if (!record) return;
    const earlier = firstWithId.get(record.id);
    if (earlier !== undefined) {
      check.problem(
        at,
        `тот же идентификатор ${quote(record.id)}, что у записи ${earlier + 1}`,
        `the same id ${quote(record.id)} as record ${earlier + 1}`,
      );
      return;
    }
    firstWithId.set(record.id, i);
    requests.push(record);
  });
  if (check.problems.length > 0) {
    const [first] = check.problems as [Localized, ...Localized[]];
    const more = check.problems.length - 1;
    return refuse(
      `Резервная копия не принята. ${first.ru}.${more > 0 ? ` Других ошибок: ${more}.` : ''}`,
      `The backup was refused. ${first.en}.${more > 0 ? ` Other problems: ${more}.` : ''}`,
    );
  }
  return { ok: true, exportedAt: data.exportedAt, requests };
}

// ——— validation ———

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    isoDateTime.test(value) &&
    isIsoDate(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  );
}

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
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
  letter: { ru: 'письмо', en: 'letter' },
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
  return fieldNames[key] ?? { ru: key, en: key };
}

class Checker {
  readonly problems: Localized[] = [];

  problem(at: Localized, ru: string, en: string): void {
    this.problems.push({ ru: `${at.ru}: ${ru}`, en: `${at.en}: ${en}` });
  }

  /** Unknown fields are refused: they would be dropped silently otherwise. */
  onlyKnown(at: Localized, value: Json, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.problem(at, `неизвестное поле ${quote(key)}`, `unknown field ${quote(key)}`);
    }
  }

  string(
    at: Localized,
    obj: Json,
    key: string,
    opts: { optional?: boolean; nonEmpty?: boolean; parent?: string } = {},
  ) {
    const value = obj[key];
    const name = nameOf(key, opts.parent);
    if (value === undefined && opts.optional) return undefined;
    if (value === undefined) {
      this.problem(at, `нет поля «${name.ru}»`, `the ${name.en} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(at, `поле «${name.ru}» должно быть текстом`, `the ${name.en} must be text`);
      return undefined;
    }
    if (opts.nonEmpty && value === '') {
      this.problem(at, `поле «${name.ru}» пустое`, `the ${name.en} is empty`);
      return undefined;
    }
    return value;
  }

  date(
    at: Localized,
    obj: Json,
    key: string,
    opts: { optional?: boolean; time?: boolean; parent?: string } = {},
  ) {
    const value = obj[key];
    const name = nameOf(key, opts.parent);
    if (value === undefined && opts.optional) return undefined;
    if (value === undefined) {
      this.problem(at, `нет поля «${name.ru}»`, `the ${name.en} is missing`);
      return undefined;
    }
    if (opts.time ? !isIsoDateTime(value) : !isIsoDate(value)) {
      const shape = opts.time ? 'ГГГГ-ММ-ДДTчч:мм:ссZ' : 'ГГГГ-ММ-ДД';
      const shapeEn = opts.time ? 'YYYY-MM-DDThh:mm:ssZ' : 'YYYY-MM-DD';
      this.problem(
        at,
        `поле «${name.ru}» — не дата ${shape}: ${quote(value)}`,
        `the ${name.en} is not a ${shapeEn} date: ${quote(value)}`,
      );
      return undefined;
    }
    return value as string;
  }

  object(at: Localized, obj: Json, key: string, opts: { optional?: boolean } = {}): Json | undefined {
    const value = obj[key];
    const name = nameOf(key);
    if (value === undefined && opts.optional) return undefined;
    if (!isPlainObject(value)) {
      this.problem(
        at,
        value === undefined ? `нет поля «${name.ru}»` : `поле «${name.ru}» должно быть объектом`,
        value === undefined ? `the ${name.en} is missing` : `the ${name.en} must be an object`,
      );
      return undefined;
    }
    return value;
  }
}

const recordKeys = [
  'id',
  'policyId',
  'kind',
  'person',
  'status',
  'reference',
  'createdAt',
  'updatedAt',
  'sentOn',
  'answeredOn',
  'doneOn',
  'deadlines',
  'notes',
  'letter',
] as const satisfies readonly (keyof RequestRecord)[];
const personKeys = [
  'fullName',
  'email',
  'phone',
  'login',
  'accountInfo',
  'postalAddress',
  'replyEmail',
  'idDocument',
  'recipient',
] as const satisfies readonly (keyof Person)[];
const optionalPersonText = [
  'phone',
  'login',
  'accountInfo',
  'postalAddress',
  'replyEmail',
  'recipient',
] as const satisfies readonly (keyof Person)[];
const idDocumentKeys = [
  'kind',
  'series',
  'number',
  'issuedBy',
  'issuedOn',
] as const satisfies readonly (keyof IdDocument)[];
const deadlineKeys = ['id', 'label', 'date', 'approximate'] as const satisfies readonly (keyof Deadline)[];

function at2(at: Localized, ru: string, en: string): Localized {
  return { ru: `${at.ru}, ${ru}`, en: `${at.en}, ${en}` };
}

/** The record, or undefined after reporting every problem found in it. */
function checkRecord(check: Checker, item: unknown, at: Localized): RequestRecord | undefined {
  const before = check.problems.length;
  if (!isPlainObject(item)) {
    check.problem(at, 'это не запись о запросе', 'this is not a request record');
    return undefined;
  }
  check.onlyKnown(at, item, recordKeys);

  const id = check.string(at, item, 'id', { nonEmpty: true });
  const policyId = check.string(at, item, 'policyId', { nonEmpty: true });
  if (policyId !== undefined && !sites.some((site) => site.id === policyId)) {
    check.problem(
      at,
      `сайт ${quote(policyId)}, которого Policy Lens не знает`,
      `a site Policy Lens does not know, ${quote(policyId)}`,
    );
  }
  const kind = item.kind;
  if (!isRequestKind(kind))
    check.problem(at, `неизвестный вид запроса ${quote(kind)}`, `unknown request kind ${quote(kind)}`);
  const status = item.status;
  if (!REQUEST_STATUSES.includes(status as RequestStatus)) {
    check.problem(at, `неизвестный статус ${quote(status)}`, `unknown status ${quote(status)}`);
  }
  const reference = check.string(at, item, 'reference');
  const createdAt = check.date(at, item, 'createdAt', { time: true });
  const updatedAt = check.date(at, item, 'updatedAt', { time: true });
  const sentOn = check.date(at, item, 'sentOn', { optional: true });
  const answeredOn = check.date(at, item, 'answeredOn', { optional: true });
  const doneOn = check.date(at, item, 'doneOn', { optional: true });
  const notes = check.string(at, item, 'notes', { optional: true });
  const person = checkPerson(check, item, at);
  const deadlines = checkDeadlines(check, item, at);

  let letter: SentLetter | undefined;
  const letterObject = check.object(at, item, 'letter', { optional: true });
  if (letterObject) {
    const where = at2(at, 'письмо', 'letter');
    check.onlyKnown(where, letterObject, ['subject', 'body']);
    const subject = check.string(where, letterObject, 'subject');
    const body = check.string(where, letterObject, 'body');
    if (subject !== undefined && body !== undefined) letter = { subject, body };
  }

  if (check.problems.length > before) return undefined;
  return copyRecord({
    id: id!,
    policyId: policyId!,
    kind: kind as RequestRecord['kind'],
    person: person!,
    status: status as RequestStatus,
    reference: reference!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
    sentOn,
    answeredOn,
    doneOn,
    deadlines: deadlines!,
    notes,
    letter,
  });
}

function checkPerson(check: Checker, item: Json, at: Localized): Person | undefined {
  const person = check.object(at, item, 'person');
  if (!person) return undefined;
  const where = at2(at, 'данные заявителя', 'sender details');
  check.onlyKnown(where, person, personKeys);
  const out: Partial<Person> = {
    fullName: check.string(where, person, 'fullName'),
    email: check.string(where, person, 'email'),
  };
  for (const key of optionalPersonText) out[key] = check.string(where, person, key, { optional: true });
  const doc = check.object(where, person, 'idDocument', { optional: true });
  if (doc) {
    const docAt = at2(where, 'документ', 'identity document');
    check.onlyKnown(docAt, doc, idDocumentKeys);
    const parent = 'idDocument';
    out.idDocument = {
      kind: check.string(docAt, doc, 'kind', { parent })!,
      series: check.string(docAt, doc, 'series', { optional: true }),
      number: check.string(docAt, doc, 'number', { parent })!,
      issuedBy: check.string(docAt, doc, 'issuedBy', { optional: true }),
      // Typed by the user and kept as typed; the form checks it.
      issuedOn: check.string(docAt, doc, 'issuedOn', { optional: true }),
    };
  }
  return out as Person;
}

function checkDeadlines(check: Checker, item: Json, at: Localized): Deadline[] | undefined {
  const list = item.deadlines;
  if (!Array.isArray(list)) {
    check.problem(
      at,
      list === undefined ? 'нет поля «сроки»' : 'поле «сроки» должно быть списком',
      list === undefined ? 'the deadlines are missing' : 'the deadlines must be a list',
    );
    return undefined;
  }
  return list.map((entry: unknown, j) => {
    const where = at2(at, `срок ${j + 1}`, `deadline ${j + 1}`);
    if (!isPlainObject(entry)) {
      check.problem(where, 'это не срок', 'this is not a deadline');
      return undefined as never;
    }
    check.onlyKnown(where, entry, deadlineKeys);
    const id = check.string(where, entry, 'id', { nonEmpty: true, parent: 'deadlines' });
    const date = check.date(where, entry, 'date');
    if (typeof entry.approximate !== 'boolean') {
      check.problem(
        where,
        'признак приблизительности должен быть true или false',
        'the approximate flag must be true or false',
      );
    }
    const labelObject = check.object(where, entry, 'label');
    let label: Localized | undefined;
    if (labelObject) {
      const labelAt = at2(where, 'название', 'label');
      check.onlyKnown(labelAt, labelObject, ['ru', 'en']);
      const ru = check.string(labelAt, labelObject, 'ru');
      const en = check.string(labelAt, labelObject, 'en');
      if (ru !== undefined && en !== undefined) label = { ru, en };
    }
    return { id: id!, label: label!, date: date!, approximate: entry.approximate as boolean };
  });
}

// ——— copying ———

type Loose<T> = { [K in keyof T]: T[K] | undefined };

function withoutUndefined<T extends object>(value: Loose<T>): T {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out as T;
}

/** A fresh copy with only the record's own fields, in a fixed order. */
function copyRecord(record: Loose<RequestRecord>): RequestRecord {
  const person = record.person!;
  const doc = person.idDocument;
  return withoutUndefined<RequestRecord>({
    id: record.id,
    policyId: record.policyId,
    kind: record.kind,
    person: withoutUndefined<Person>({
      fullName: person.fullName,
      email: person.email,
      phone: person.phone,
      login: person.login,
      accountInfo: person.accountInfo,
      postalAddress: person.postalAddress,
      replyEmail: person.replyEmail,
      idDocument: doc
        ? withoutUndefined<IdDocument>({
            kind: doc.kind,
            series: doc.series,
            number: doc.number,
            issuedBy: doc.issuedBy,
            issuedOn: doc.issuedOn,
          })
        : undefined,
      recipient: person.recipient,
    }),
    status: record.status,
    reference: record.reference,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    sentOn: record.sentOn,
    answeredOn: record.answeredOn,
    doneOn: record.doneOn,
    deadlines: (record.deadlines ?? []).map((d) => ({
      id: d.id,
      label: { ru: d.label.ru, en: d.label.en },
      date: d.date,
      approximate: d.approximate,
    })),
    notes: record.notes,
    letter: record.letter ? { subject: record.letter.subject, body: record.letter.body } : undefined,
  });
}
