import { describe, expect, it } from 'vitest';
import { expertPlus } from '../../policies/expert.plus';
import { buildRequestLetter } from '../letters/letter';
import { readPolicy } from '../policy-reading';
import {
  letterPolicyFor,
  numberState,
  operatorFromPolicy,
  operatorFromReading,
  operatorPolicyId,
  operatorProblems,
  typedOperator,
} from './operator';

const policyText = [
  'Политика в отношении обработки персональных данных',
  '1.1. Оператором персональных данных является Общество с ограниченной ответственностью «Ромашка» (ООО «Ромашка»), ИНН 7704123450, ОГРН 1177746123455.',
  '1.2. Обращения направляйте на privacy@romashka-shop.ru.',
  '2.1. Оператор обрабатывает фамилию, имя, телефон и адрес электронной почты.',
].join('\n');

describe('numberState', () => {
  it('checks ИНН and ОГРН / ОГРНИП check digits', () => {
    expect(numberState('inn', '7704123450')).toBe('valid');
    expect(numberState('inn', '7704 123 450')).toBe('valid');
    expect(numberState('inn', '7704123451')).toBe('invalid');
    expect(numberState('inn', '771234567859')).toBe('valid');
    expect(numberState('ogrn', '1177746123455')).toBe('valid');
    expect(numberState('ogrn', '319774600123453')).toBe('valid');
    expect(numberState('ogrn', '12345')).toBe('invalid');
    expect(numberState('ogrn', '')).toBe('empty');
  });
});

describe('operatorFromReading', () => {
  it('takes the operator a reading found, unconfirmed', () => {
    const url = 'https://www.romashka-shop.ru/privacy/';
    const op = operatorFromReading(readPolicy(policyText, { url }), url);
    expect(op).toMatchObject({
      inn: '7704123450',
      ogrn: '1177746123455',
      emails: ['privacy@romashka-shop.ru'],
      site: { name: 'romashka-shop.ru', url },
      source: 'reading',
      confirmed: false,
    });
    expect(op.name).toContain('Ромашка');
    expect(operatorProblems(op)).toEqual(['confirm']);
    expect(operatorProblems({ ...op, confirmed: true })).toEqual([]);
  });
  it('leaves the fields empty when the policy names no operator', () => {
    const url = 'https://anon-blog.ru/privacy';
    const op = operatorFromReading(
      readPolicy('Политика конфиденциальности. Мы обрабатываем имя.', { url }),
      url,
    );
    expect(op).toMatchObject({ name: '', inn: '', ogrn: '', address: '' });
    expect(operatorProblems({ ...op, confirmed: true })).toEqual(['name']);
  });
});

describe('operators for letters', () => {
  it('keeps a curated policy as it is', () => {
    expect(operatorFromPolicy(expertPlus)).toMatchObject({
      source: 'curated',
      confirmed: true,
      site: { name: 'expert.plus' },
    });
  });
  it('refuses a typed operator with a broken ИНН', () => {
    const op = {
      ...typedOperator('https://shop.example.ru/'),
      name: 'ООО «Пример»',
      inn: '1234567890',
      confirmed: true,
    };
    expect(operatorProblems(op)).toEqual(['inn']);
    expect(operatorPolicyId(op)).toBe('shop.example.ru');
  });
  it('addresses a letter to any operator, with its numbers and address and no policy clauses', () => {
    const op = {
      ...typedOperator('https://romashka-shop.ru/'),
      name: 'ООО «Ромашка»',
      inn: '7704123450',
      ogrn: '1177746123455',
      address: '119021, г. Москва, ул. Тимура Фрунзе, д. 11',
      confirmed: true,
    };
    const letter = buildRequestLetter({
      policy: letterPolicyFor(op),
      kind: 'deletion',
      person: { fullName: 'Иванов Иван Иванович', email: 'ivan@example.ru' },
      date: '2026-03-02',
      reference: 'PL-20260302-ABCD',
    });
    expect(letter.body).toContain(
      'Кому: ООО «Ромашка» (ИНН 7704123450, ОГРН 1177746123455, адрес: 119021, г. Москва, ул. Тимура Фрунзе, д. 11)',
    );
    expect(letter.body).toContain('сайта romashka-shop.ru');
    expect(letter.body).not.toMatch(/Политика: п\./);
    expect(letter.subject).toContain('romashka-shop.ru');
  });
});
