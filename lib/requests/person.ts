// The person a request is written for (the ONE person type: the form edits it, the record stores it, the
// letters read it), and the checks the drafter's form shows under each field.
// Messages say what to fix, in both UI languages. Nothing is truncated silently: an over-long field
// gets a message, and the letter builder takes the text as it is.

import { parseIsoDate, toIsoDate } from '../law/russian-calendar';
import type { Localized } from '../text/lang';

export interface IdDocument {
  /** «паспорт гражданина РФ», «заграничный паспорт», … as the user writes it. */
  kind: string;
  series?: string;
  number: string;
  issuedBy?: string;
  /** 'YYYY-MM-DD' */
  issuedOn?: string;
}

/** How the person is linked to the site: an account, or only a name and phone left in a form (п. 1.3). */
export type Relation = 'account' | 'form';

/** Someone writing for the data subject (ч. 3 ст. 14 names the subject's representative). */
export interface Representative {
  /** Under a power of attorney (ст. 185 ГК РФ), or as a parent of a minor (ч. 1 ст. 64 СК РФ). */
  kind: 'attorney' | 'parent';
  fullName: string;
  /** The document the authority rests on, as the letter names it: «доверенность от 01.02.2026 № 77 АА 1234567». */
  authority: string;
}

export interface Person {
  /** The data subject's full name. */
  fullName: string;
  /** The e-mail of the account on the site; with `relation: 'form'`, the e-mail for the answer. */
  email: string;
  /** 'account' when absent. */
  relation?: Relation;
  /** With `relation: 'form'`: which form and when, in the user's words. */
  formInfo?: string;
  orderNumber?: string;
  /** When the account was registered, in the user's words («март 2024»). */
  registeredOn?: string;
  /** Set when a representative writes the letter: then the signature and the identity document are theirs. */
  representative?: Representative;
  phone?: string;
  /** Login or account id on the site. */
  login?: string;
  /** Anything else that links the person to the account: registration date, order numbers (ч. 3 ст. 14). */
  accountInfo?: string;
  postalAddress?: string;
  /** Where the answer should go; the account e-mail when empty. */
  replyEmail?: string;
  /** Optional: usually unnecessary for an online account, see the drafter's explanation. */
  idDocument?: IdDocument;
  /** Where the letter goes: an address found on the page or typed by the user. */
  recipient?: string;
  /** The operator's postal address, as the user found it (the policy may give none). */
  operatorAddress?: string;
}

export type PersonField =
  | 'fullName'
  | 'email'
  | 'phone'
  | 'login'
  | 'accountInfo'
  | 'formInfo'
  | 'orderNumber'
  | 'registeredOn'
  | 'representative.fullName'
  | 'representative.authority'
  | 'postalAddress'
  | 'replyEmail'
  | 'idDocument.kind'
  | 'idDocument.series'
  | 'idDocument.number'
  | 'idDocument.issuedBy'
  | 'idDocument.issuedOn';

export type PersonErrors = Partial<Record<PersonField, Localized>>;

export const maxNameLength = 200;
export const maxTextLength = 10_000;
const maxEmailLength = 254;

// Letters of the Latin and Cyrillic scripts (with combining marks, for names typed in decomposed form),
// hyphens and apostrophes between words, spaces between them.
const nameChars = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’ʼ\- ]+$/u;
const hasLetter = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

// One address, no display name, nothing that could add a header or a second recipient to a mailto URL.
const emailPattern = /^[^\s@<>()[\]\\,;:"?&%]+@[^\s@<>()[\]\\,;:"?&%.]+(\.[^\s@<>()[\]\\,;:"?&%.]+)+$/u;

/** A plausible single e-mail address. Allows international (IDN) domains such as почта.рф. */
export function isPlausibleEmail(value: string): boolean {
  if (value.length > maxEmailLength || !emailPattern.test(value)) return false;
  const [local, domain] = value.split('@') as [string, string];
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return !local.startsWith('.') && !local.endsWith('.') && !local.includes('..') && tld.length >= 2;
}

/**
 * A phone number in E.164 form ('+79001234567'), or null when it cannot be one. Lenient: spaces,
 * brackets, dots and hyphens are ignored; a Russian number may start with 8, 7 or +7, or be 10 digits
 * starting with 9; any other number needs its international '+' prefix (or '00').
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const plus = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (!plus && digits.startsWith('00')) return normaliseInternational(digits.slice(2));
  if (plus) return normaliseInternational(digits);
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7')))
    digits = `7${digits.slice(1)}`;
  else if (digits.length === 10 && digits.startsWith('9')) digits = `7${digits}`;
  else return null;
  return `+${digits}`;
}

function normaliseInternational(digits: string): string | null {
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) return null;
  if (digits.startsWith('7') && digits.length !== 11) return null;
  return `+${digits}`;
}

/** '+79001234567' → '+7 900 123-45-67'; other numbers stay in E.164 form. */
export function formatPhone(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : e164;
}

const msg = (ru: string, en: string): Localized => ({ ru, en });

const tooLong = (max: number): Localized =>
  msg(
    `Слишком длинный текст: не больше ${max.toLocaleString('ru-RU')} знаков. Сократите его — мы ничего не обрезаем сами.`,
    `Too long: at most ${max.toLocaleString('en-US')} characters. Please shorten it — nothing is cut off automatically.`,
  );

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function checkName(raw: unknown): Localized | undefined {
  const name = str(raw).normalize('NFC').trim();
  if (!name) return msg('Укажите фамилию, имя и отчество (если есть).', 'Enter your full name.');
  if (name.length > maxNameLength) return tooLong(maxNameLength);
  if (!nameChars.test(name)) {
    return msg(
      'В ФИО допустимы только буквы (кириллица или латиница), дефис, апостроф и пробелы.',
      'A name may contain only letters (Cyrillic or Latin), hyphens, apostrophes and spaces.',
    );
  }
  const words = name.split(/\s+/).filter((w) => hasLetter.test(w));
  if (words.length < 2) {
    return msg(
      'Укажите ФИО полностью: как минимум фамилию и имя.',
      'Enter your full name: at least a surname and a given name.',
    );
  }
  return undefined;
}

function checkEmail(raw: unknown, required: boolean): Localized | undefined {
  const email = str(raw).trim();
  if (!email) {
    return required
      ? msg(
          'Укажите e-mail, на который зарегистрирована учётная запись.',
          'Enter the e-mail address your account is registered with.',
        )
      : undefined;
  }
  if (!isPlausibleEmail(email)) {
    return msg(
      'Проверьте адрес: нужен один e-mail вида name@example.ru, без пробелов и запятых.',
      'Check the address: one e-mail like name@example.com, with no spaces or commas.',
    );
  }
  return undefined;
}

function checkText(raw: unknown): Localized | undefined {
  return str(raw).length > maxTextLength ? tooLong(maxTextLength) : undefined;
}

/** Validation messages per field; an empty object means the person is fine to write a letter for.
 *  `today` ('YYYY-MM-DD') bounds the document's issue date; it defaults to the user's calendar day. */
export function validatePerson(p: Partial<Person>, today: string = toIsoDate(new Date())): PersonErrors {
  const errors: PersonErrors = {};
  const set = (field: PersonField, error: Localized | undefined) => {
    if (error) errors[field] = error;
  };
  set('fullName', checkName(p.fullName));
  set('email', checkEmail(p.email, true));
  set('replyEmail', checkEmail(p.replyEmail, false));
  const phone = str(p.phone).trim();
  if (phone.length > 40 || (phone && normalisePhone(phone) === null)) {
    set(
      'phone',
      msg(
        'Проверьте номер: например, +7 900 123-45-67 или 8 900 123-45-67; зарубежный — с кодом страны через «+».',
        'Check the number: e.g. +7 900 123-45-67 or 8 900 123-45-67; a non-Russian number needs its country code with "+".',
      ),
    );
  }
  if (p.relation === 'form' && !phone) {
    set(
      'phone',
      msg(
        'Укажите номер телефона, который вы оставляли в форме на сайте: по нему оператор найдёт ваши данные.',
        'Enter the phone number you left in the form on the site: that is how the operator finds your data.',
      ),
    );
  }
  set('login', checkText(p.login));
  set('formInfo', checkText(p.formInfo));
  set('orderNumber', checkText(p.orderNumber));
  set('registeredOn', checkText(p.registeredOn));
  const rep = p.representative;
  if (rep) {
    set('representative.fullName', checkName(rep.fullName));
    if (!str(rep.authority).trim()) {
      set(
        'representative.authority',
        msg(
          rep.kind === 'parent'
            ? 'Назовите документ, подтверждающий, что вы родитель: например, свидетельство о рождении (серия, номер, дата).'
            : 'Назовите доверенность: дату, номер и кем удостоверена.',
          rep.kind === 'parent'
            ? 'Name the document showing you are the parent: e.g. the birth certificate (series, number, date).'
            : 'Name the power of attorney: its date, number and who certified it.',
        ),
      );
    } else set('representative.authority', checkText(rep.authority));
  }
  set('accountInfo', checkText(p.accountInfo));
  set('postalAddress', checkText(p.postalAddress));

  const doc = p.idDocument;
  if (doc && Object.values(doc).some((v) => str(v).trim())) {
    if (!str(doc.kind).trim()) {
      set(
        'idDocument.kind',
        msg('Укажите вид документа, например «паспорт».', 'Enter the kind of document, e.g. "passport".'),
      );
    } else set('idDocument.kind', checkText(doc.kind));
    if (!str(doc.number).trim()) {
      set('idDocument.number', msg('Укажите номер документа.', 'Enter the document number.'));
    } else set('idDocument.number', checkText(doc.number));
    set('idDocument.series', checkText(doc.series));
    set('idDocument.issuedBy', checkText(doc.issuedBy));
    const issuedOn = str(doc.issuedOn).trim();
    if (issuedOn && !isPastOrTodayIso(issuedOn, today)) {
      set(
        'idDocument.issuedOn',
        msg('Укажите дату выдачи в прошлом, в формате ГГГГ-ММ-ДД.', 'Enter a past issue date as YYYY-MM-DD.'),
      );
    }
  }
  return errors;
}

/** A real calendar day (YYYY-MM-DD) from `earliest` up to and including `today`. */
export function isPastOrTodayIso(value: string, today: string, earliest = '1900-01-01'): boolean {
  try {
    parseIsoDate(value);
  } catch {
    return false;
  }
  return value <= today && value >= earliest;
}

/** Whether the person can be written for: no validation message at all. */
export function isPersonValid(p: Partial<Person>, today?: string): p is Person {
  return Object.keys(validatePerson(p, today)).length === 0;
}
