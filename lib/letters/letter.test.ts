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
    ? { ru: `п. ${id}`, en: `clause ${id}` }
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
    'ч. 5.1 ст. 21',
    'ч. 5 ст. 21',
    'ч. 7 ст. 14',
    'ч. 3 ст. 14',
    'ч. 2 ст. 15',
    'ч. 3 ст. 14',
    'ст. 17',
  ],
  'withdraw-consent': ['ч. 2 ст. 9', 'ч. 5 ст. 21', 'ч. 3 ст. 14', 'ст. 17'],
  access: ['ч. 1 ст. 14', 'ч. 7 ст. 14', 'ч. 3 ст. 14', 'ч. 1 ст. 20', 'ч. 3 ст. 14', 'ст. 17'],
  correction: ['ч. 1 ст. 14', 'ч. 1 ст. 21', 'ч. 3 ст. 20', 'ч. 3 ст. 14', 'ст. 17'],
  'stop-processing': ['ч. 5.1 ст. 21', 'ч. 3 ст. 14', 'ст. 17'],
  'stop-marketing': ['ч. 2 ст. 15', 'ч. 3 ст. 14', 'ст. 17'],
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
  'stop-marketing': [],
};

describe.each(kinds)('the %s letter', (kind) => {
  const definition = requestKindDefinitions[kind];
  const { subject, body, translation, deadlines } = letter(kind);

  it('puts the reference and the title in the subject', () => {
    expect(subject).toContain('PL-20261125-7F3K');
    expect(subject).toContain(definition.letterTitle.ru);
    expect(body).toContain('Исх. № PL-20261125-7F3K от 25.11.2026');
  });

  it('addresses the operator as the policy names it, and the address as what it is', () => {
    expect(body).toMatch(
      /^Кому: ИП Тестов Т\.Т\. \(ИНН 770000000000\), оператору персональных данных сайта test\.example \(https:\/\/test\.example\)$/m,
    );
    expect(body).not.toContain('ИП ИП');
    expect(body).not.toContain('Служба поддержки');
    expect(body).toMatch(/^E-mail: support@test\.example$/m);
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
  });

  it('cites every policy clause of requestBases', () => {
    const policy = makePolicy();
    for (const id of policy.requestBases[kind]) {
      const label = policy.source.clauses.find((c) => c.id === id)?.label.ru as string;
      expect(body, id).toMatch(new RegExp(`Политика: [^)]*${label.replace(/\./g, '\\.')}`));
    }
  });

  it('gives each deadline as a concrete date for an e-mail received the day it is sent', () => {
    expect(deadlines.map((d) => [d.id, d.date])).toEqual(expectedDeadlines[kind]);
    for (const d of deadlines) {
      expect(d.approximate).toBe(false);
      const [y, m, day] = d.date.split('-');
      expect(body).toContain(`не позднее ${day}.${m}.${y}`);
    }
    if (kind === 'stop-marketing') expect(body).toContain('немедленно после получения');
    else
      expect(body).toContain(
        'Сроки исчисляются с даты получения Вами настоящего обращения. Оно направлено по электронной почте 25.11.2026; при получении в тот же день сроки истекают:',
      );
    expect(body).not.toContain('ориентировочно');
    expect(body).not.toContain('от даты направления');
  });

  it('asks for the answer at the account e-mail and warns of Роскомнадзор (ст. 17)', () => {
    expect(body).toContain('Ответ прошу направить на e-mail: ivan@example.ru.');
    expect(body).toMatch(/Роскомнадзор\) или в суд \(ст\. 17 Закона\)/);
  });

  it('ends with the date and a signature line', () => {
    expect(body.endsWith('Дата: 25.11.2026\nПодпись: ________ / И.И. Иванов')).toBe(true);
  });

  it('says it does not state the identity document, and why', () => {
    expect(body).toContain(
      'Данные документа, удостоверяющего личность, не указываю: чтобы установить, что обращение исходит от меня, достаточно сведений, указанных выше.',
    );
    expect(body).not.toContain('не прилагаю');
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

  it('withdraws consent, stops, destroys (only «по поручению» under ч. 5 ст. 21), deletes the account (п. 4.2)', () => {
    expect(body).toMatch(
      /1\. Отзываю согласие на обработку моих персональных данных.*\(ч\. 2 ст\. 9 Закона\)\./,
    );
    expect(body).toContain(
      '2. Требую прекратить обработку моих персональных данных и обеспечить её прекращение лицами, которые обрабатывают их по Вашему поручению (ч. 5.1 ст. 21 Закона).',
    );
    expect(body).toContain(
      '3. Требую уничтожить мои персональные данные, в том числе сведения, перечисленные в Политике, и обеспечить их уничтожение лицами, которые обрабатывают их по Вашему поручению (ч. 5 ст. 21 Закона; Политика: п. 1.1, п. 1.2, п. 1.3).',
    );
    expect(body).toMatch(
      /4\. Прошу удалить мою учётную запись на сайте test\.example .*\(Политика: п\. 4\.2\)\./,
    );
    expect(body).toMatch(/5\. Требую прекратить направлять мне рекламные .*\(ч\. 2 ст\. 15 Закона\)\./);
    // Third parties and affiliates are not bound by ч. 5 ст. 21: they are asked about, not ordered.
    expect(body).toContain(
      '6. Прошу сообщить, каким третьим лицам, в том числе аффилированным лицам, упомянутым в Политике, передавались мои персональные данные, и уведомить их о настоящем требовании (ч. 7 ст. 14 Закона; Политика: преамбула).',
    );
    expect(body).not.toMatch(/третьими лицами, которым Вы их передали/);
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

  it('ties the 10-working-day answer to the information demand, and mentions the extension', () => {
    expect(body).toContain(
      '— ответ на запрос сведений о третьих лицах (п. 6) — в течение десяти рабочих дней с даты получения запроса (ч. 3 ст. 14 Закона), то есть не позднее 09.12.2026;',
    );
    expect(body).toContain(
      '— прекращение обработки — в течение десяти рабочих дней с даты получения запроса (ч. 5.1 ст. 21 Закона), то есть не позднее 09.12.2026;',
    );
    expect(body).toContain(
      '— уничтожение персональных данных — в течение тридцати дней с даты поступления отзыва (ч. 5 ст. 21 Закона), то есть не позднее 25.12.2026;',
    );
    expect(body).toContain(
      '— прекращение рассылок и звонков — немедленно после получения настоящего требования (ч. 2 ст. 15 Закона).',
    );
    expect(body).not.toContain('ответ на обращение —');
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
  it('access cites ч. 7 ст. 14 once and asks for all of it, п. 7 and п. 9.1 included', () => {
    const { body } = letter('access');
    expect(body).toContain(
      'Прошу предоставить мне сведения, касающиеся обработки моих персональных данных (ч. 1, 7 ст. 14 Закона), а именно:',
    );
    expect(body.match(/ч\. 1, 7 ст\. 14|ч\. 7 ст\. 14/g)).toHaveLength(1);
    expect(body).toContain('— порядок осуществления мною прав, предусмотренных Законом;');
    expect(body).toContain(
      '— информацию о способах исполнения Вами обязанностей, установленных ст. 18.1 Закона;',
    );
    expect(body).toContain('— цели и применяемые способы обработки;');
    expect(body).toContain('в том числе об аффилированных лицах, упомянутых в Политике');
    expect(body).toContain(
      '— ответ на запрос сведений — в течение десяти рабочих дней с даты получения запроса (ч. 3 ст. 14 Закона), то есть не позднее 09.12.2026.',
    );
    expect(body).toContain('— подтверждение факта обработки моих персональных данных;');
    expect(body).toContain('— правовые основания и цели обработки (Политика: разд. 2);');
    expect(body).toContain('— сроки обработки, в том числе сроки хранения;');
    expect(body).toContain('(Политика: п. 1.1, п. 1.2, п. 1.3)');
    expect(body).not.toContain('обязаны хранить в силу закона');
  });

  it('correction quotes what to correct and its proof, demands blocking during the check, 7 days from the proof', () => {
    const withDetails = letter('correction', {
      details: 'Телефон указан неверно.\nВерный: +7 900 000-00-00',
      evidence: 'письмо отправлено с этого номера; по нему можно позвонить',
    });
    expect(withDetails.body).toContain('Телефон указан неверно.\nВерный: +7 900 000-00-00');
    expect(withDetails.body).toContain(
      'Сведения, подтверждающие, что эти данные неточны: письмо отправлено с этого номера; по нему можно позвонить',
    );
    expect(withDetails.body).toContain(
      'Требую на период проверки заблокировать эти персональные данные (ч. 1 ст. 21 Закона), а после проверки внести в них необходимые изменения в течение семи рабочих дней со дня представления подтверждающих сведений (ч. 3 ст. 20 Закона); эти сведения приведены в настоящем обращении.',
    );
    expect(withDetails.body).toContain(
      '— уточнение персональных данных (со дня получения подтверждающих сведений) — в течение семи рабочих дней со дня представления сведений, подтверждающих неточность (ч. 3 ст. 20 Закона), то есть не позднее 04.12.2026.',
    );
    expect(withDetails.body).toContain(
      'Если прежние (неточные) данные Вы обязаны хранить в силу закона (Политика: п. 4.3)',
    );
    expect(withDetails.body).not.toContain('[укажите');
  });

  it('withdrawal of consent names the consent the policy speaks of and has no extension', () => {
    const { body } = letter('withdraw-consent');
    expect(body).toContain(
      'в том числе согласие на передачу их третьим лицам (ч. 2 ст. 9 Закона; Политика: абз. 2 преамбулы, п. 3.1)',
    );
    expect(body).not.toContain('мотивированное уведомление');
  });

  it('stop-marketing asks for an immediate stop, with no date', () => {
    const { body, deadlines } = letter('stop-marketing');
    expect(body).toContain('немедленно после получения настоящего требования (ч. 2 ст. 15 Закона).');
    expect(body).toContain('(ч. 2 ст. 15 Закона; Политика: п. 2.3)');
    expect(body).not.toContain('Сроки исчисляются');
    expect(deadlines).toEqual([]);
  });

  it('stop-processing names the exceptions and never says «без моего согласия»', () => {
    const { body } = letter('stop-processing');
    expect(body).toContain(
      'Закон позволяет не прекращать обработку по такому требованию лишь в случаях, предусмотренных п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (ч. 5.1 ст. 21 Закона). Если Вы полагаете, что такой случай имеет место, прошу назвать конкретное основание и данные, к которым оно относится.',
    );
    expect(body).not.toContain('без моего согласия');
    expect(body).not.toContain('согласи');
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
    expect(body).toContain('(ч. 3 ст. 14 Закона), то есть не позднее 16.03.2027 (ориентировочно);');
    expect(body).toContain('(ч. 5.1 ст. 21 Закона), то есть не позднее 16.03.2027 (ориентировочно);');
    expect(body).toContain('не позднее 31.03.2027;');
  });

  it('a 30-day term ending on a day off: the date, and the next working day by the general rule of ст. 193 ГК РФ', () => {
    // Received 01.05.2026: day 30 is Sunday 31.05.2026.
    const { body, deadlines } = letter('withdraw-consent', {
      date: '2026-05-01',
      reference: 'PL-20260501-AAAA',
    });
    expect(deadlines).toEqual([
      expect.objectContaining({
        id: 'destroy',
        date: '2026-05-31',
        movedTo: '2026-06-01',
        approximate: false,
      }),
    ]);
    expect(body).toContain(
      '— прекращение обработки и уничтожение персональных данных — в течение тридцати дней с даты поступления отзыва (ч. 5 ст. 21 Закона), то есть не позднее 31.05.2026 (этот день нерабочий; по общему правилу ст. 193 ГК РФ срок оканчивается в ближайший следующий за ним рабочий день — 01.06.2026).',
    );
  });

  it('by post: terms from the day of delivery, without dates', () => {
    const { body, deadlines } = letter('deletion', { channel: 'post' });
    expect(body).toContain(
      'Сроки исчисляются с даты получения Вами настоящего обращения (даты вручения почтового отправления):',
    );
    expect(body).toContain(
      '— прекращение обработки — в течение десяти рабочих дней с даты получения запроса (ч. 5.1 ст. 21 Закона);',
    );
    expect(body).not.toMatch(/не позднее \d/);
    expect(deadlines).toEqual([]);
  });

  it('by a web form: from the day it was submitted', () => {
    const { body } = letter('access', { channel: 'web-form' });
    expect(body).toContain(
      'Сроки исчисляются с даты получения Вами настоящего обращения; оно направлено через форму на сайте 25.11.2026:',
    );
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
    expect(body).not.toMatch(/Телефон|телефона|Почтовый адрес|логин|иные сведения|^E-mail: support/m);
    expect(body).toContain('Подпись: ________ / А. Петрова');
    // The list of account details then has one item, which ends the list with a full stop.
    expect(body).toContain('— e-mail учётной записи: anna@example.ru.\n');
  });

  it('ends the account details with a full stop after the last item', () => {
    const { body, translation } = letter('deletion', {
      person: { fullName: 'Петрова Анна', email: 'anna@example.ru', phone: '+79001234567' },
    });
    expect(body).toContain(
      '— e-mail учётной записи: anna@example.ru;\n— номер телефона, указанный при регистрации или в заказе: +7 900 123-45-67.\n',
    );
    expect(translation).toContain('— phone number given when registering or ordering: +7 900 123-45-67.\n');
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
    expect(body).not.toContain('не указываю');
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
      { id: 'stop-marketing', kind: 'immediate' },
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
    expect(body).toContain(
      'Кому: Индивидуальному предпринимателю Ворсову А. А., оператору персональных данных сайта expert.plus (https://expert.plus)',
    );
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
    expect(body).toContain(
      'Кому: ООО «Пример», оператору персональных данных сайта Example Shop (https://shop.example)',
    );
    expect(body).not.toContain('аффилированных');
    expect(body).not.toContain('руководствуетесь Законом');
    for (const id of exampleShop.requestBases[kind]) {
      const label = exampleShop.source.clauses.find((c) => c.id === id)?.label.ru as string;
      expect(body).toContain(label);
    }
  });
});

describe('who writes, and how they are linked to the site', () => {
  it('a representative under a power of attorney: names the document, speaks of «Субъект», signs as themselves', () => {
    const { body, translation } = letter('deletion', {
      person: {
        ...person,
        representative: {
          kind: 'attorney',
          fullName: 'Петров Пётр Петрович',
          authority: 'доверенность от 01.02.2026 № 77 АА 1234567',
        },
      },
    });
    expect(body).toContain(
      'От: Петров Пётр Петрович — представитель субъекта персональных данных по доверенности',
    );
    expect(body).toContain('Субъект персональных данных: Иванов Иван Иванович');
    expect(body).toContain(
      'Настоящее обращение направляю как представитель субъекта персональных данных — Иванов Иван Иванович (далее — Субъект) на основании доверенности от 01.02.2026 № 77 АА 1234567. Копию доверенности прилагаю.',
    );
    expect(body).toContain('Субъект является пользователем сайта test.example');
    expect(body).toContain('1. Отзываю согласие на обработку персональных данных Субъекта');
    expect(body).toContain('4. Прошу удалить учётную запись Субъекта на сайте test.example');
    expect(body).toContain('5. Требую прекратить направлять Субъекту рекламные');
    expect(body).not.toMatch(/моих персональных данных|мою учётную запись/);
    expect(body.endsWith('Подпись: ________ / П.П. Петров')).toBe(true);
    expect(translation).toContain("I withdraw my consent to the processing of the Subject's personal data");
  });

  it('a parent of a minor: the legal representative, with the document that shows it', () => {
    const { body } = letter('access', {
      person: {
        ...person,
        fullName: 'Иванова Мария Ивановна',
        representative: {
          kind: 'parent',
          fullName: 'Иванов Иван Иванович',
          authority: 'свидетельство о рождении II-МЮ № 123456 от 01.03.2012',
        },
        idDocument: { kind: 'паспорт', series: '45 06', number: '123456' },
      },
    });
    expect(body).toContain(
      'От: Иванов Иван Иванович — законный представитель несовершеннолетнего субъекта персональных данных',
    );
    expect(body).toContain(
      'Настоящее обращение направляю как законный представитель (родитель) несовершеннолетнего субъекта персональных данных — Иванова Мария Ивановна (далее — Субъект) (ч. 1 ст. 64 Семейного кодекса РФ). Документ, подтверждающий мои полномочия: свидетельство о рождении II-МЮ № 123456 от 01.03.2012; его копию прилагаю.',
    );
    expect(body).toContain('Документ, удостоверяющий личность представителя: паспорт, серия 45 06 № 123456.');
    expect(body).toContain(
      'Прошу предоставить мне сведения, касающиеся обработки персональных данных Субъекта',
    );
  });

  it('relationship evidence in plain words: account e-mail, login, registration date, order, phone', () => {
    const { body } = letter('access', {
      person: { ...person, accountInfo: undefined, orderNumber: '4512', registeredOn: 'март 2024' },
    });
    expect(body).toContain(
      '— e-mail учётной записи: ivan@example.ru;\n— логин / идентификатор учётной записи: ivan77;\n— дата регистрации: март 2024;\n— номер заказа: 4512;\n— номер телефона, указанный при регистрации или в заказе: +7 900 123-45-67.',
    );
  });

  it('never had an account, only a form (п. 1.3): no account, no account deletion', () => {
    const { body } = letter('deletion', {
      person: {
        fullName: 'Петрова Анна',
        email: 'anna@example.ru',
        phone: '+79001234567',
        relation: 'form',
        formInfo: 'заявка на консультацию, октябрь 2026',
      },
    });
    expect(body).toContain(
      'Учётной записи на сайте test.example у меня нет: я оставлял(а) свои имя и номер телефона в форме на сайте (заявка на консультацию, октябрь 2026). Обработку персональных данных на сайте описывает его Политика конфиденциальности (далее — Политика); такие данные она относит к данным, которые предоставляются сайту в целях оказания услуг и продажи товаров (Политика: п. 1.3). Сведения, иным образом подтверждающие факт обработки моих персональных данных (ч. 3 ст. 14',
    );
    expect(body).toContain(
      '— номер телефона, указанный в форме: +7 900 123-45-67;\n— e-mail для связи: anna@example.ru.',
    );
    expect(body).not.toContain('учётную запись');
    expect(body).not.toContain('e-mail учётной записи');
    expect(body).toMatch(/^5\. Прошу сообщить, каким третьим лицам/m);
  });

  it('describes the address as what it is, and gives the operator’s postal address when found', () => {
    expect(letter('access', { recipientFrom: 'page' }).body).toContain(
      'E-mail: support@test.example (адрес, указанный на сайте test.example)',
    );
    const { body } = letter('access', {
      recipient: undefined,
      operatorAddress: '101000, Москва,\nул. Примерная, д. 1',
    });
    expect(body).toContain('Почтовый адрес: 101000, Москва, ул. Примерная, д. 1');
  });
});
