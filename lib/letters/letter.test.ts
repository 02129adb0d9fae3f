import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../policies/index';
import type { Clause, ClauseId, SitePolicy, Statement } from '../../policies/types';
import { exampleShop } from '../../test/fixtures/policies/example-shop';
import type { RequestKind } from '../law/kinds';
import { citeBasis, deadlinesFor, policyBasesFor, requestKindDefinitions } from '../law/request-kinds';
import type { Person } from '../requests/person';
import { placeClauses } from './clauses';
import { buildRequestLetter, type RequestLetterInput } from './letter';
import { initialsSignature } from './parts';

const kinds = Object.keys(requestKindDefinitions) as RequestKind[];

// ——— a policy built from the types, shaped like expert.plus but with its own operator ———

function clause(id: ClauseId, text: string): Clause {
  const label = id.includes('.')
    ? { ru: `п. ${id}`, en: `cl. ${id}` }
    : { ru: `разд. ${id}`, en: `section ${id}` };
  return { id, label, text, en: text };
}

function statement(id: string, cites: ClauseId[]): Statement {
  return { id, text: { ru: id, en: id }, cites };
}

function makePolicy(overrides: Partial<SitePolicy> = {}): SitePolicy {
  const clauses: Clause[] = [
    { id: 'preamble', label: { ru: 'преамбула', en: 'preamble' }, text: 'Политика…', en: 'Policy…' },
    {
      id: 'consent',
      label: { ru: 'абз. 2 преамбулы', en: 'preamble, para. 2' },
      text: 'Согласие…',
      en: 'Consent…',
    },
    clause('1.1', 'Данные при регистрации.'),
    clause('1.2', 'IP-адрес, cookie.'),
    clause('1.3', 'Имя, телефон.'),
    clause('1.4', 'Достоверность.'),
    clause('2', 'Цели обработки.'),
    clause('2.3', 'Связь с Пользователем.'),
    clause('3', 'Передача.'),
    clause('3.1', 'Пользователь согласился.'),
    clause('3.2', 'Руководствуется законом.'),
    clause('4.1', 'Изменить данные.'),
    clause('4.2', 'Удалить, написав в службу поддержки.'),
    clause('4.3', 'Хранение по закону.'),
  ];
  return {
    id: 'test.example',
    site: { name: 'test.example', url: 'https://test.example', hostnames: ['test.example'] },
    operator: {
      name: 'ИП Тестов Т.Т.',
      asWritten: 'ИП ИП Тестов Т.Т.',
      affiliates: { ru: 'аффилированные лица', en: 'affiliates' },
      contacts: [],
      registration: [{ kind: 'ИНН', value: '770000000000' }],
    },
    law: { id: '152-FZ', title: { ru: '152-ФЗ', en: '152-FZ' }, cites: ['3.2'] },
    source: { lang: 'ru', reviewed: '2026-11-25', text: '', clauses, notSummarised: [] },
    summary: {
      verdict: [],
      collected: [
        { ...statement('c', ['1.1', '1.2', '1.3']), mode: 'user-provided', required: 'not-stated' },
      ],
      purposes: [statement('p', ['2', '2.3'])],
      sharing: [statement('s', ['3', '3.1', '4.3', 'preamble'])],
      retention: [statement('r', ['2', '4.3'])],
      rights: [],
      security: [],
      consent: [statement('k', ['consent'])],
      changes: [],
      contacts: [],
    },
    attention: [],
    requestBases: {
      deletion: ['4.2', '4.3', '1.1', '1.2', '1.3', '3.2', 'preamble'],
      'withdraw-consent': ['consent', '3.1', '3.2'],
      access: ['1.1', '1.2', '1.3', '2', '3', '3.2'],
      correction: ['4.1', '1.4', '4.3', '3.2'],
      'stop-processing': ['consent', '2', '3.2'],
      'stop-marketing': ['2.3', '3.2'],
    },
    ...overrides,
  };
}

const person: Person = {
  fullName: 'Иванов Иван Иванович',
  email: 'ivan@example.ru',
  phone: '8 (900) 123 45 67',
  login: 'ivan77',
  accountInfo: 'Регистрация в марте 2024 г., заказ № 123',
};

function letter(kind: RequestKind, patch: Partial<RequestLetterInput> = {}) {
  return buildRequestLetter({
    policy: makePolicy(),
    kind,
    person,
    date: '2026-11-25',
    reference: 'PL-20261125-7F3K',
    recipient: 'support@test.example',
    ...patch,
  });
}

/** Whether `text` cites the provision written as `cited`: «ч. 5 ст. 21», also inside «ч. 1, 7 ст. 14»;
 *  «ст. 21» alone (a provision whose part the project could not confirm) not as part of «ч. 5 ст. 21». */
function citesBasis(text: string, cited: string): boolean {
  const [, part, article] = /^(?:ч\. ([\d.]+) )?ст\. (\d+)$/.exec(cited) ?? [];
  if (!article) throw new Error(`not a citation: ${cited}`);
  if (!part) return new RegExp(`(?<![.\\d])ст\\. ${article}(?!\\d)`).test(text);
  return new RegExp(
    `ч\\. (?:[\\d.]+, )*${part.replace('.', '\\.')}(?:, [\\d.]+)* ст\\. ${article}(?!\\d)`,
  ).test(text);
}

/** What each kind's letter cites of 152-ФЗ, as the letter writes it. */
const expectedCitations: Record<RequestKind, string[]> = {
  deletion: [
    'ч. 2 ст. 9',
    'ст. 21',
    'ч. 1 ст. 14',
    'ч. 5 ст. 21',
    'ч. 1 ст. 20',
    'ст. 15',
    'ч. 3 ст. 14',
    'ст. 17',
  ],
  'withdraw-consent': ['ч. 2 ст. 9', 'ч. 5 ст. 21', 'ч. 3 ст. 14', 'ст. 17'],
  access: ['ч. 1 ст. 14', 'ч. 7 ст. 14', 'ч. 1 ст. 20', 'ч. 3 ст. 14', 'ст. 17'],
  correction: ['ч. 1 ст. 14', 'ст. 20', 'ч. 3 ст. 14', 'ст. 17'],
  'stop-processing': ['ст. 21', 'ч. 3 ст. 14', 'ст. 17'],
  'stop-marketing': ['ст. 15', 'ч. 3 ст. 14', 'ст. 17'],
};

const expectedDeadlines: Record<RequestKind, [string, string][]> = {
  deletion: [
    ['answer', '2026-12-09'],
    ['stop', '2026-12-09'],
    ['destroy', '2026-12-25'],
  ],
  'withdraw-consent': [['destroy', '2026-12-25']],
  access: [['answer', '2026-12-09']],
  correction: [['correct', '2026-12-04']],
  'stop-processing': [['stop', '2026-12-09']],
  'stop-marketing': [['stop-marketing', '2026-11-25']],
};

describe.each(kinds)('the %s letter', (kind) => {
  const definition = requestKindDefinitions[kind];
  const { subject, body, translation, deadlines } = letter(kind);

  it('puts the reference and the title in the subject', () => {
    expect(subject).toContain('PL-20261125-7F3K');
    expect(subject).toContain(definition.letterTitle.ru);
    expect(body).toContain('Исх. № PL-20261125-7F3K от 25.11.2026');
  });

  it('addresses the operator as the policy names it, and its support service', () => {
    expect(body).toMatch(
      /^Кому: ИП Тестов Т\.Т\. \(ИНН 770000000000\) — оператору персональных данных сайта test\.example/m,
    );
    expect(body).not.toContain('ИП ИП');
    expect(body).toContain('Служба поддержки сайта test.example');
    expect(body).toContain('E-mail: support@test.example');
  });

  it('names the sender and how the account is linked to them (ч. 3 ст. 14)', () => {
    expect(body).toContain('От: Иванов Иван Иванович');
    expect(body).toContain('E-mail: ivan@example.ru');
    expect(body).toContain('Телефон: +7 900 123-45-67');
    expect(body).toContain('— e-mail учётной записи: ivan@example.ru;');
    expect(body).toContain('— логин / идентификатор учётной записи: ivan77;');
    expect(body).toContain('— иные сведения: Регистрация в марте 2024 г., заказ № 123');
    expect(body).toContain('ч. 3 ст. 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
  });

  it('carries the title', () => {
    expect(body.split('\n')).toContain(definition.letterTitle.ru);
  });

  it('cites every legal basis of the kind, and no unconfirmed part of a provision', () => {
    expect(definition.legalBases.map((b) => citeBasis(b))).toEqual(expectedCitations[kind]);
    for (const cited of expectedCitations[kind]) expect(citesBasis(body, cited), cited).toBe(true);
    for (const b of definition.legalBases.filter((x) => x.confidence === 'secondary')) {
      expect(body).not.toContain(`ч. ${b.part} ст. ${b.article}`);
    }
    expect(body).not.toMatch(/ч\. 5\.1 ст\. 21|ч\. 2 ст\. 15|ч\. 3 ст\. 20/);
  });

  it('cites every policy clause of requestBases', () => {
    const policy = makePolicy();
    for (const id of policy.requestBases[kind]) {
      const label = policy.source.clauses.find((c) => c.id === id)?.label.ru as string;
      expect(body, id).toMatch(new RegExp(`Политика: [^)]*${label.replace(/\./g, '\\.')}`));
    }
  });

  it('gives each deadline as a concrete date, counted from the date of sending', () => {
    expect(deadlines.map((d) => [d.id, d.date])).toEqual(expectedDeadlines[kind]);
    for (const d of deadlines) {
      expect(d.approximate).toBe(false);
      const [y, m, day] = d.date.split('-');
      expect(body).toContain(kind === 'stop-marketing' ? 'незамедлительно' : `не позднее ${day}.${m}.${y}`);
    }
    expect(body).not.toContain('ориентировочно');
  });

  it('asks for the answer at the account e-mail and warns of Роскомнадзор (ст. 17)', () => {
    expect(body).toContain('Ответ прошу направить на e-mail: ivan@example.ru.');
    expect(body).toMatch(/Роскомнадзор\) или в суд \(ст\. 17 Закона\)/);
  });

  it('ends with the date and a signature line', () => {
    expect(body.endsWith('Дата: 25.11.2026\nПодпись: ________ / И.И. Иванов')).toBe(true);
  });

  it('explains why no identity document is attached', () => {
    expect(body).toContain('Сведений документа, удостоверяющего личность, не прилагаю');
    expect(body).not.toContain('Документ, удостоверяющий личность:');
  });

  it('comes with an English rendering of the same letter', () => {
    expect(translation).toContain(definition.letterTitle.en);
    expect(translation).toContain('Signature: ________ / И.И. Иванов');
    expect(translation).not.toMatch(/Прошу|Требую|Закона/);
    expect(translation.split('\n\n')).toHaveLength(body.split('\n\n').length);
  });
});

describe('the deletion letter in detail', () => {
  const { body } = letter('deletion');

  it('withdraws consent, stops, destroys (also at processors and affiliates), deletes the account (п. 4.2)', () => {
    expect(body).toMatch(
      /1\. Отзываю согласие на обработку моих персональных данных.*\(ч\. 2 ст\. 9 Закона\)\./,
    );
    expect(body).toMatch(
      /2\. Требую прекратить обработку .*лицами, которые обрабатывают их по Вашему поручению \(ст\. 21 Закона\)\./,
    );
    expect(body).toMatch(
      /3\. Требую уничтожить .*аффилированных лиц.*\(ч\. 1 ст\. 14, ч\. 5 ст\. 21 Закона; Политика: п\. 1\.1, п\. 1\.2, п\. 1\.3, преамбула\)\./,
    );
    expect(body).toMatch(
      /4\. Прошу удалить мою учётную запись на сайте test\.example .*\(Политика: п\. 4\.2\)\./,
    );
    expect(body).toMatch(/5\. Требую прекратить направлять мне рекламные .*\(ст\. 15 Закона\)\./);
  });

  it('asks, for data kept by law (п. 4.3), the provision, categories and period; no other use; destroy after', () => {
    const paragraph = body.split('\n\n').find((p) => p.includes('обязаны хранить в силу закона')) as string;
    expect(paragraph).toContain('(Политика: п. 4.3)');
    expect(paragraph).toContain('норму закона (статью, часть, пункт)');
    expect(paragraph).toContain('категории таких данных');
    expect(paragraph).toContain('срок их хранения');
    expect(paragraph).toContain('не использовать эти данные ни для каких иных целей');
    expect(paragraph).toContain('уничтожить их по истечении этого срока');
    expect(body).toContain('п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (ч. 2 ст. 9 Закона)');
  });

  it('says the policy follows the law (п. 3.2)', () => {
    expect(body).toContain(
      'при обработке персональных данных Вы руководствуетесь Законом (Политика: п. 3.2).',
    );
  });

  it('phrases the secondary deadline as the sender’s calculation, and mentions the extension', () => {
    expect(body).toContain(
      '— ответ на обращение — в течение десяти рабочих дней с даты получения обращения (ч. 1 ст. 20 Закона), то есть не позднее 09.12.2026;',
    );
    expect(body).toContain(
      '— прекращение обработки — в срок, установленный ст. 21 Закона; по моему расчёту — не позднее 09.12.2026;',
    );
    expect(body).toContain(
      '— уничтожение персональных данных — в течение тридцати дней с даты получения обращения (ч. 5 ст. 21 Закона), то есть не позднее 25.12.2026.',
    );
    expect(body).toContain('мотивированное уведомление');
    expect(body).not.toMatch(/пять рабочих дней|пяти рабочих дней/);
  });

  it('asks to confirm the destruction', () => {
    expect(body).toContain('Прошу подтвердить уничтожение моих персональных данных письменно');
  });

  it('reports the latest date if the operator extends', () => {
    const { deadlines } = letter('deletion');
    expect(deadlines.find((d) => d.id === 'answer')?.extendedDate).toBe('2026-12-16');
    expect(deadlines.find((d) => d.id === 'destroy')?.extendedDate).toBeUndefined();
  });
});

describe('other kinds in detail', () => {
  it('access asks for the information of ч. 7 ст. 14', () => {
    const { body } = letter('access');
    expect(body).toContain(
      'Прошу предоставить мне сведения, указанные в ч. 7 ст. 14 Закона (ч. 1, 7 ст. 14 Закона)',
    );
    expect(body).toContain('— подтверждение факта обработки моих персональных данных;');
    expect(body).toContain('— правовые основания и цели обработки (Политика: разд. 2);');
    expect(body).toContain('— сроки обработки, в том числе сроки хранения;');
    expect(body).toContain('(Политика: п. 1.1, п. 1.2, п. 1.3)');
    expect(body).not.toContain('обязаны хранить в силу закона');
  });

  it('correction quotes what to correct, or leaves a placeholder', () => {
    const withDetails = letter('correction', {
      details: 'Телефон указан неверно.\nВерный: +7 900 000-00-00',
    });
    expect(withDetails.body).toContain('Телефон указан неверно.\nВерный: +7 900 000-00-00');
    expect(withDetails.body).toContain(
      'в срок, установленный ст. 20 Закона; по моему расчёту — не позднее 04.12.2026.',
    );
    expect(withDetails.body).toContain(
      'Если прежние (неточные) данные Вы обязаны хранить в силу закона (Политика: п. 4.3)',
    );
    expect(letter('correction').body).toContain('[укажите, какие данные неточны и какими они должны быть]');
  });

  it('withdrawal of consent names the consent the policy speaks of and has no extension', () => {
    const { body } = letter('withdraw-consent');
    expect(body).toContain(
      'в том числе согласие на передачу их третьим лицам (ч. 2 ст. 9 Закона; Политика: абз. 2 преамбулы, п. 3.1)',
    );
    expect(body).not.toContain('мотивированное уведомление');
  });

  it('stop-marketing asks for an immediate stop', () => {
    const { body } = letter('stop-marketing');
    expect(body).toContain('незамедлительно после получения настоящего требования (ст. 15 Закона).');
    expect(body).toContain('(ст. 15 Закона; Политика: п. 2.3)');
    expect(body).not.toContain('Сроки рассчитаны');
  });
});

describe('letter options', () => {
  it('marks deadlines in a year not carried as approximate', () => {
    const { body, deadlines } = letter('deletion', { date: '2027-03-01', reference: 'PL-20270301-AAAA' });
    expect(deadlines.map((d) => [d.id, d.date, d.approximate])).toEqual([
      ['answer', '2027-03-16', true],
      ['stop', '2027-03-16', true],
      ['destroy', '2027-03-31', false],
    ]);
    expect(body).toContain('то есть не позднее 16.03.2027 (ориентировочно);');
    expect(body).toContain('по моему расчёту — не позднее 16.03.2027 (ориентировочно);');
    expect(body).toContain('не позднее 31.03.2027.');
  });

  it('sends the answer to the reply address when given', () => {
    const { body } = letter('access', { person: { ...person, replyEmail: 'reply@example.ru' } });
    expect(body).toContain('Ответ прошу направить на e-mail: reply@example.ru.');
  });

  it('leaves out what the person did not give', () => {
    const { body } = letter('deletion', {
      person: { fullName: 'Петрова Анна', email: 'anna@example.ru' },
      recipient: undefined,
    });
    expect(body).not.toMatch(/Телефон|Почтовый адрес|логин|иные сведения|^E-mail: support/m);
    expect(body).toContain('Подпись: ________ / А. Петрова');
    // The list of account details then has one item, which ends the list with a full stop.
    expect(body).toContain('— e-mail учётной записи: anna@example.ru.\n');
  });

  it('ends the account details with a full stop after the last item', () => {
    const { body, translation } = letter('deletion', {
      person: { fullName: 'Петрова Анна', email: 'anna@example.ru', phone: '+79001234567' },
    });
    expect(body).toContain(
      '— e-mail учётной записи: anna@example.ru;\n— номер телефона: +7 900 123-45-67.\n',
    );
    expect(translation).toContain('— phone number: +7 900 123-45-67.\n');
  });

  it('includes the postal address and the identity document only when given', () => {
    const { body } = letter('deletion', {
      person: {
        ...person,
        postalAddress: '101000, Москва,\nул. Примерная, д. 1',
        idDocument: {
          kind: 'паспорт',
          series: '45 06',
          number: '123456',
          issuedBy: 'ОВД «Арбат»',
          issuedOn: '2010-02-01',
        },
      },
    });
    expect(body).toContain('Почтовый адрес: 101000, Москва, ул. Примерная, д. 1');
    expect(body).toContain(
      'Документ, удостоверяющий личность: паспорт, серия 45 06 № 123456, выдан ОВД «Арбат», дата выдачи 01.02.2010.',
    );
    expect(body).not.toContain('не прилагаю');
  });

  it('writes user text as text, HTML included', () => {
    const { body } = letter('deletion', {
      person: { ...person, fullName: '<b>Иванов</b> Иван', accountInfo: '<script>alert(1)</script>' },
    });
    expect(body).toContain('От: <b>Иванов</b> Иван');
    expect(body).toContain('<script>alert(1)</script>');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => letter('deletion', { date: '25.11.2026' })).toThrow(RangeError);
  });
});

describe('placing policy clauses', () => {
  it('places every clause of requestBases exactly once', () => {
    const policy = makePolicy();
    for (const kind of kinds) {
      const placed = Object.values(placeClauses(policy, kind)).flat();
      expect(placed.sort()).toEqual([...policyBasesFor(policy, kind)].sort());
    }
  });
});

describe('initialsSignature', () => {
  it('writes the signature as «И.О. Фамилия»', () => {
    expect(initialsSignature('Иванов Иван Иванович')).toBe('И.И. Иванов');
    expect(initialsSignature('Иванов Иван')).toBe('И. Иванов');
    expect(initialsSignature('Салтыков-Щедрин Михаил Евграфович')).toBe('М.Е. Салтыков-Щедрин');
    expect(initialsSignature('  петров   пётр ')).toBe('П. петров');
    expect(initialsSignature('Иванов')).toBe('Иванов');
    expect(initialsSignature('')).toBe('');
  });
});

describe('deadlinesFor', () => {
  it('computes each kind’s deadlines with the extension date where the operator may extend', () => {
    expect(deadlinesFor('deletion', '2026-11-25')).toMatchObject([
      { id: 'answer', date: '2026-12-09', approximate: false, extendedDate: '2026-12-16' },
      { id: 'stop', date: '2026-12-09', approximate: false, extendedDate: '2026-12-16' },
      { id: 'destroy', date: '2026-12-25', approximate: false },
    ]);
  });
});

describe('with the real policies', () => {
  const expertPlus = getPolicy('expert.plus') as SitePolicy;

  it.each(kinds)('expert.plus: %s cites the operator and every clause of its requestBases', (kind) => {
    const { body } = buildRequestLetter({
      policy: expertPlus,
      kind,
      person,
      date: '2026-11-25',
      reference: 'PL-20261125-7F3K',
    });
    expect(body).toContain('Кому: ИП Ворсов А.А. — оператору персональных данных сайта expert.plus');
    expect(body).not.toContain('ИП ИП');
    for (const id of expertPlus.requestBases[kind]) {
      const label = expertPlus.source.clauses.find((c) => c.id === id)?.label.ru ?? `п. ${id}`;
      expect(body, id).toContain(label);
    }
  });

  it('expert.plus: the deletion letter cites п. 4.2 and п. 4.3', () => {
    const { body } = buildRequestLetter({
      policy: expertPlus,
      kind: 'deletion',
      person,
      date: '2026-11-25',
      reference: 'PL-20261125-7F3K',
    });
    expect(body).toContain('(Политика: п. 4.2)');
    expect(body).toContain('хранить в силу закона (Политика: п. 4.3)');
  });

  it.each(kinds)('a policy with contacts and no law clause (shop.example): %s', (kind) => {
    const { body } = buildRequestLetter({
      policy: exampleShop,
      kind,
      person,
      date: '2026-11-25',
      reference: 'PL-20261125-7F3K',
    });
    expect(body).toContain('Кому: ООО «Пример» — оператору персональных данных сайта Example Shop');
    expect(body).not.toContain('аффилированных');
    expect(body).not.toContain('руководствуетесь Законом');
    for (const id of exampleShop.requestBases[kind]) {
      const label = exampleShop.source.clauses.find((c) => c.id === id)?.label.ru as string;
      expect(body).toContain(label);
    }
  });
});
