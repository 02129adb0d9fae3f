import { describe, expect, it } from 'vitest';
import {
  formatPhone,
  isPersonValid,
  isPlausibleEmail,
  maxTextLength,
  normalisePhone,
  type Person,
  validatePerson,
} from './person';

const today = '2026-11-25';
const valid: Person = { fullName: 'Иванов Иван Иванович', email: 'ivan@example.ru' };

function errorsFor(patch: Partial<Person>) {
  return validatePerson({ ...valid, ...patch }, today);
}

describe('validatePerson', () => {
  it('accepts a complete person, and one with only the required fields', () => {
    expect(validatePerson(valid, today)).toEqual({});
    expect(
      validatePerson(
        {
          ...valid,
          phone: '+7 (900) 123-45-67',
          login: 'ivan77',
          accountInfo: 'Заказ № 123',
          postalAddress: 'Москва',
          replyEmail: 'other@example.ru',
          idDocument: { kind: 'паспорт', series: '45 06', number: '123456', issuedOn: '2010-02-01' },
        },
        today,
      ),
    ).toEqual({});
    expect(isPersonValid(valid, today)).toBe(true);
  });

  it('gives every message in Russian and English', () => {
    const errors = validatePerson({ fullName: '', email: '' }, today);
    for (const message of Object.values(errors)) {
      expect(message?.ru).toMatch(/[А-Яа-я]/);
      expect(message?.en).toMatch(/[A-Za-z]/);
    }
  });

  describe('full name', () => {
    it('is required', () => {
      expect(errorsFor({ fullName: '   ' }).fullName?.en).toMatch(/full name/);
    });
    it('needs at least two words', () => {
      expect(errorsFor({ fullName: 'Иванов' }).fullName?.ru).toMatch(/как минимум фамилию и имя/);
    });
    it('takes Cyrillic or Latin letters, hyphens, apostrophes and spaces', () => {
      for (const name of [
        'Салтыков-Щедрин Михаил Евграфович',
        "O'Brien Sean",
        'O’Brien Seán',
        'Ёлкина Алёна',
        'Иванов Иван'.normalize('NFD'),
        'Lefèvre Zoë',
      ]) {
        expect(errorsFor({ fullName: name }).fullName).toBeUndefined();
      }
      for (const name of ['Иванов 1ван', 'Ivanov <b>Ivan</b>', 'Иванов И.И.', '李 小龙']) {
        expect(errorsFor({ fullName: name }).fullName?.ru).toMatch(/только буквы/);
      }
    });
    it('is at most 200 characters', () => {
      expect(errorsFor({ fullName: `Иванов ${'а'.repeat(200)}` }).fullName?.ru).toMatch(/не больше 200/);
    });
  });

  describe('e-mail', () => {
    it('is required and must be one plausible address', () => {
      expect(errorsFor({ email: '' }).email?.ru).toMatch(/Укажите e-mail/);
      for (const bad of [
        'ivan',
        'ivan@',
        'ivan@example',
        'ivan@example.r',
        'a b@example.ru',
        'a@b.ru,c@d.ru',
      ]) {
        expect(errorsFor({ email: bad }).email?.ru).toMatch(/Проверьте адрес/);
      }
      for (const bad of ['a@b.ru?cc=c@d.ru', 'a@b.ru&x', 'a%0A@b.ru', 'a..b@example.ru', '.a@example.ru']) {
        expect(isPlausibleEmail(bad)).toBe(false);
      }
      for (const good of ['ivan@example.ru', 'ivan.petrov+pl@mail.example.com', 'иван@почта.рф']) {
        expect(isPlausibleEmail(good)).toBe(true);
      }
    });
    it('reply address is optional but checked when given', () => {
      expect(errorsFor({ replyEmail: '' }).replyEmail).toBeUndefined();
      expect(errorsFor({ replyEmail: 'nope' }).replyEmail?.en).toMatch(/Check the address/);
    });
  });

  describe('phone', () => {
    it('is optional and lenient about format', () => {
      expect(errorsFor({ phone: '' }).phone).toBeUndefined();
      for (const phone of [
        '+7 (900) 123-45-67',
        '8 900 1234567',
        '89001234567',
        '9001234567',
        '7.900.123.45.67',
      ]) {
        expect(normalisePhone(phone)).toBe('+79001234567');
        expect(errorsFor({ phone }).phone).toBeUndefined();
      }
      expect(normalisePhone('+44 20 7946 0958')).toBe('+442079460958');
      expect(normalisePhone('0044 20 7946 0958')).toBe('+442079460958');
      expect(normalisePhone('+375 (29) 123-45-67')).toBe('+375291234567');
    });
    it('explains what it expects when it cannot be a number', () => {
      for (const phone of [
        '12345',
        '+7 900 123',
        'позвоните мне',
        '8 900 123-45-67 доб. 12',
        '+0 123 456 789',
      ]) {
        expect(normalisePhone(phone)).toBeNull();
        expect(errorsFor({ phone }).phone?.ru).toMatch(/\+7 900 123-45-67/);
      }
    });
    it('formats Russian numbers for the letter', () => {
      expect(formatPhone('+79001234567')).toBe('+7 900 123-45-67');
      expect(formatPhone('+442079460958')).toBe('+442079460958');
    });
  });

  describe('long text', () => {
    it('accepts 10,000 characters and refuses more, without cutting anything', () => {
      const exactly = 'я'.repeat(maxTextLength);
      expect(errorsFor({ accountInfo: exactly }).accountInfo).toBeUndefined();
      const person = { ...valid, accountInfo: `${exactly}!`, postalAddress: `${exactly}!` };
      const errors = validatePerson(person, today);
      expect(errors.accountInfo?.ru).toMatch(/не больше 10\s000 знаков/);
      expect(errors.accountInfo?.en).toMatch(/nothing is cut off/);
      expect(errors.postalAddress).toBeDefined();
      expect(person.accountInfo).toHaveLength(maxTextLength + 1);
    });
    it('takes HTML as plain text', () => {
      expect(errorsFor({ accountInfo: '<img src=x onerror=alert(1)>' })).toEqual({});
    });
  });

  describe('identity document', () => {
    it('is optional; an empty block is no block', () => {
      expect(errorsFor({ idDocument: { kind: '', number: '' } })).toEqual({});
    });
    it('needs a kind and a number once started', () => {
      const errors = errorsFor({ idDocument: { kind: '', number: '', series: '45 06' } });
      expect(errors['idDocument.kind']?.ru).toMatch(/вид документа/);
      expect(errors['idDocument.number']?.ru).toMatch(/номер документа/);
    });
    it('needs a real past issue date', () => {
      const doc = { kind: 'паспорт', number: '123456' };
      expect(
        errorsFor({ idDocument: { ...doc, issuedOn: '2030-01-01' } })['idDocument.issuedOn'],
      ).toBeDefined();
      expect(
        errorsFor({ idDocument: { ...doc, issuedOn: '01.02.2010' } })['idDocument.issuedOn'],
      ).toBeDefined();
      expect(
        errorsFor({ idDocument: { ...doc, issuedOn: '2010-02-30' } })['idDocument.issuedOn'],
      ).toBeDefined();
      expect(errorsFor({ idDocument: { ...doc, issuedOn: today } })['idDocument.issuedOn']).toBeUndefined();
    });
  });

  it('copes with values that are not strings', () => {
    const errors = validatePerson({ fullName: 42, email: null } as unknown as Partial<Person>, today);
    expect(errors.fullName).toBeDefined();
    expect(errors.email).toBeDefined();
  });
});
