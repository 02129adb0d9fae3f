// General Russian wordings the reader must read the same way in any policy: each rule is tested with a short
// sentence of our own (not taken from the corpus) and with a look-alike that must NOT count.
import { describe, expect, it } from 'vitest';
import { readPolicy } from './index';
import { HEAD, read, TAIL } from './test-frame';

describe('data: the section and the sentence a list sits in', () => {
  it('reads a «Перечень персональных данных» section', () => {
    const r = read(
      '2. Перечень персональных данных\n\n2.1. Фамилия, имя.\n\n2.2. Номер мобильного телефона.',
    );
    expect(r.data).toEqual(['name', 'phone']);
  });

  it('reads «обрабатывает следующие сведения:» with items on the next lines', () => {
    const r = read(
      '3. Обработка\n\nОператор обрабатывает следующие сведения:\n\n- дата рождения;\n\n- место работы и должность.',
    );
    expect(r.data).toEqual(['birth_date', 'employment']);
  });

  it('reads «информация о профессиональной деятельности» as employment', () => {
    expect(
      read('2. Какие данные мы собираем\n\n2.1. Мы собираем информацию о профессиональной деятельности.')
        .data,
    ).toEqual(['employment']);
  });

  it('reads card data in several wordings as payment, not as bank details', () => {
    expect(read('2. Какие данные мы собираем\n\n2.1. Мы собираем данные о кредитной карте.').data).toEqual([
      'payment',
    ]);
    expect(read('2. Какие данные мы собираем\n\n2.1. Мы получаем реквизиты банковской карты.').data).toEqual([
      'payment',
    ]);
    expect(read('2. Какие данные мы собираем\n\n2.1. Мы получаем реквизиты банковского счёта.').data).toEqual(
      ['bank_details'],
    );
  });

  it('reads «логин (имя пользователя)» as login credentials, not as a person’s name', () => {
    const r = read('2. Какие данные мы собираем\n\n2.1. Мы собираем логин (имя пользователя) и пароль.');
    expect(r.data).toEqual(['login_credentials']);
  });

  it('does not take e-mail used as a channel («по электронной почте») for e-mail data', () => {
    const r = read(
      '2. Какие данные мы собираем\n\n2.1. Мы собираем номер телефона, присланный по электронной почте.',
    );
    expect(r.data).toEqual(['phone']);
  });

  it('does not take what a request to the operator must contain (ст. 14) for collected data', () => {
    const r = read(
      '5. Права субъекта\n\n5.1. Запрос должен содержать:\n\n- номер основного документа, удостоверяющего личность субъекта персональных данных или его представителя, сведения о дате выдачи указанного документа и выдавшем его органе;\n\n- подпись субъекта.',
    );
    expect(r.data).toEqual([]);
  });

  it('takes only technical data from a cookie section, not what cookies help to do', () => {
    const r = read(
      '7. Файлы cookie\n\n7.1. Функциональные cookie позволяют сохранять товары в корзине и отзывы.\n\n7.2. С помощью cookie собираются IP-адрес и тип браузера.',
    );
    expect(r.data).toEqual(['ip', 'cookies', 'browser']);
  });

  it('still reads data named in a form or in a section about collecting data and cookies', () => {
    expect(
      read(
        '3. Обучение\n\n3.1. В заявке на обучение необходимо указать следующие данные: фамилию и номер телефона.',
      ).data,
    ).toEqual(['name', 'phone']);
    expect(
      read('2. Сбор данных и файлы cookie\n\n2.1. Мы собираем имя и адрес электронной почты.').data,
    ).toEqual(expect.arrayContaining(['name', 'email']));
  });

  it('does not take «законных интересов» (a legal basis) for data', () => {
    const r = read(
      '4. Правовые основания\n\n4.1. Обработка необходима для осуществления прав и законных интересов оператора или третьих лиц.',
    );
    expect(r.data).toEqual([]);
  });
});

describe('purposes: «в целях», «для», «чтобы», and sentences that are not purposes', () => {
  it('reads purposes written as verbs after «чтобы:»', () => {
    const r = read(
      '3. Как мы используем данные\n\nМы используем данные, чтобы:\n\n- предоставить вам услуги;\n\n- отвечать на ваши запросы;\n\n- провести операции по вашей банковской карте.',
    );
    expect(r.purposes).toEqual(['contract_service', 'contact', 'payment_processing']);
  });

  it('reads «в целях …» in a sentence outside any purposes section', () => {
    const r = read('2. Общие условия\n\n2.1. Данные обрабатываются в целях анализа посещаемости сайта.');
    expect(r.purposes).toEqual(['analytics_improvement']);
  });

  it('reads informational materials about events as marketing and correspondence as contact', () => {
    const r = read(
      '4. Цели обработки\n\n4.1. Направление информационных материалов о мероприятиях.\n\n4.2. Ведение деловой переписки.',
    );
    expect(r.purposes).toEqual(['contact', 'marketing']);
  });

  it('reads a purpose with an adjective in between and «для повышения …» after a service is named', () => {
    expect(
      read(
        '2. Общие условия\n\n2.1. Обработка осуществляется в целях исполнения Пользовательского соглашения.',
      ).purposes,
    ).toEqual(['contract_service']);
    expect(
      read(
        '2. Сервисы\n\n2.1. Приложение использует сервис отчётов об ошибках для повышения стабильности работы.',
      ).purposes,
    ).toEqual(['analytics_improvement']);
  });

  it('reads «обслуживание аккаунта» as an account purpose, not a social-network account', () => {
    expect(read('4. Цели обработки\n\n4.1. Регистрация и обслуживание аккаунта на сайте.').purposes).toEqual([
      'account',
    ]);
    expect(read('4. Цели обработки\n\n4.1. Связь с вами через аккаунт в социальных сетях.').purposes).toEqual(
      ['contact'],
    );
  });

  it('does not take a purpose named in a «we do not …» sentence', () => {
    const r = read(
      '4. Цели обработки\n\n4.1. Оператор обрабатывает данные для исполнения договора.\n\n4.2. Оператор не использует данные для рекламных рассылок.',
    );
    expect(r.purposes).toEqual(['contract_service']);
  });

  it('does not take protective measures for a security purpose', () => {
    const r = read(
      '4. Цели обработки\n\n4.1. Оператор обрабатывает данные для исполнения договора.\n\n4.2. Оператор проводит технические мероприятия, направленные на предотвращение несанкционированного доступа.',
    );
    expect(r.purposes).toEqual(['contract_service']);
  });

  it('does not take what recipients may use data for as the operator’s purpose', () => {
    const r = read(
      '4. Цели обработки\n\n4.1. Оператор обрабатывает данные для исполнения договора.\n\n4.2. Такие компании используют данные только в целях проведения опросов.',
    );
    expect(r.purposes).toEqual(['contract_service']);
  });

  it('does not take a list of data standing in a purposes section for purposes', () => {
    const r = read(
      '4. Использование информации\n\n4.1. При регистрации запрашиваются фамилия, имя, номер телефона, адрес электронной почты и реквизиты банковской карты.',
    );
    expect(r.purposes).toEqual([]);
  });
});

describe('retention, sharing, cookies: look-alikes', () => {
  it('reads a consent given for the term of a contract as a stated period', () => {
    const r = read(
      '6. Сроки\n\n6.1. Согласие дается на срок действия договора между Пользователем и Оператором.',
    );
    expect(r.retention).not.toBeNull();
  });

  it('reads storage «согласно срокам» of a service as a stated period', () => {
    const r = read(
      '6. Хранение\n\n6.1. Отчёты об ошибках хранятся сервисом согласно стандартным срокам сервиса.',
    );
    expect(r.retention).not.toBeNull();
  });

  it('does not read a deadline for answering requests as a retention period', () => {
    const r = read('6. Запросы\n\n6.1. Оператор рассматривает обращение в течение 10 рабочих дней.');
    expect(r.retention).toBeNull();
  });

  it('«данные не передаются третьим лицам» is not sharing', () => {
    const r = read('5. Передача\n\n5.1. Персональные данные не передаются третьим лицам.');
    expect(r.third_parties.shares).toBe(false);
  });

  it('«cookies не используются» is not cookies', () => {
    const r = read('7. Файлы cookie\n\n7.1. Сайт не использует файлы cookie.');
    expect(r.cookies).not.toBe(true);
    expect(r.data).not.toContain('cookies');
  });
});

describe('withdrawal channels', () => {
  it('«письменный запрос на адрес электронной почты» is e-mail, not post', () => {
    const r = read(
      '7. Права\n\n7.1. Для отзыва согласия направьте письменный запрос на адрес электронной почты: privacy@example.ru',
    );
    expect(r.withdrawal.channel).toEqual(['email']);
  });

  it('«письменно или по электронной почте» is post and e-mail', () => {
    const r = read(
      '7. Права\n\n7.1. Для отзыва согласия Пользователь уведомляет Оператора письменно или по электронной почте privacy@example.ru.',
    );
    expect(r.withdrawal.channel).toEqual(['email', 'post']);
  });

  it('an unsubscribe link and a feedback form are forms', () => {
    expect(
      read('7. Рассылки\n\n7.1. Вы можете удалить свои данные, нажав на ссылку для отписки в письме.')
        .withdrawal.channel,
    ).toEqual(['form']);
    expect(
      read('7. Права\n\n7.1. Вы можете отозвать согласие через сайт с помощью обратной связи.').withdrawal
        .channel,
    ).toEqual(['form']);
  });

  it('reads the channel from the sentence before, in the same paragraph', () => {
    const r = read(
      '7. Удаление\n\nПозвоните нам и назовите номер заявки. После проверки заявка будет удалена.',
    );
    expect(r.withdrawal.channel).toEqual(['phone']);
  });

  it('a phone in another paragraph is not a withdrawal channel', () => {
    const r = read(
      '7. Удаление\n\nПосле проверки заявка будет удалена.\n\n8. О нас\n\nПозвоните нам, чтобы узнать о скидках.',
    );
    expect(r.withdrawal.channel).not.toContain('phone');
  });
});

describe('named recipients', () => {
  it('names kinds of recipients in any case, once each', () => {
    const r = read(
      '5. Передача\n\n5.1. Оператор передает данные курьерским службам и стратегическим партнерам.\n\n5.2. Данные передаются партнерам для доставки.',
    );
    expect(r.third_parties.named).toEqual(['курьерским службам', 'стратегическим партнерам']);
  });

  it('names recipients given as the exception, and authorities the law sends data to', () => {
    const r = read(
      '5. Передача\n\n5.1. Оператор не передает данные третьим лицам, за исключением платежных систем.\n\n5.2. Данные предоставляются уполномоченным органам государственной власти по их запросу.',
    );
    expect(r.third_parties.named).toEqual(['платежных систем', 'уполномоченным органам']);
  });

  it('«не передаём партнёрам» names no recipient, and the operator is no recipient of its own data', () => {
    expect(read('5. Передача\n\n5.1. Мы не передаем данные партнерам.').third_parties.named).toEqual([]);
    const r = readPolicy(
      `${HEAD}Оператор — ООО «Ромашка».\n\n5. Передача\n\n5.1. Данные пользователей передаются в ООО «Ромашка» и курьерским службам.${TAIL}`,
    );
    expect(r.operator.name).toContain('Ромашка');
    expect(r.third_parties.named).toEqual(['курьерским службам']);
  });
});
