import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READ_LIMIT, readPolicy } from './index';
import { HEAD, read, TAIL } from './test-frame';
import type { Citation } from './types';

const quote = (text: string, c: Citation[] | undefined) => (c ?? []).map((x) => text.slice(x.start, x.end));
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('operator', () => {
  it('reads ООО «…» from the "(далее — Оператор)" definition, with its citation', () => {
    const body =
      '1.1. Политика действует в отношении данных, которые обрабатывает ООО «Ромашка» (далее — Оператор).';
    const text = `${HEAD}${body}${TAIL}`;
    const r = readPolicy(text);
    expect(r.operator.name).toBe('ООО «Ромашка»');
    expect(r.operator.form).toBe('ООО');
    expect(r.evidence.operator.name[0]!.clause).toBe('1.1');
    expect(quote(text, r.evidence.operator.name)[0]).toContain('ООО «Ромашка» (далее — Оператор)');
  });

  it('reads an entrepreneur named in the instrumental case', () => {
    const r = read(
      '1.1. Меры по защите данных, предпринимаемые Индивидуальным предпринимателем Шиловым Дмитрием Владимировичем (далее – Оператор).',
    );
    expect(r.operator.name).toBe('Индивидуальным предпринимателем Шиловым Дмитрием Владимировичем');
    expect(r.operator.form).toBe('ИП');
  });

  it('reads a full legal form in the genitive and an «АО» without a space', () => {
    expect(
      read(
        '1.1. Документ определяет политику Общества с ограниченной ответственностью «Тис» (далее — Оператор).',
      ).operator.form,
    ).toBe('ООО');
    const ao = read('1.1. Оператор: АО"Росчерк".');
    expect(ao.operator.name).toContain('Росчерк');
    expect(ao.operator.form).toBe('АО');
  });

  it('reads an unquoted ООО name, a person defined as the operator, and a self-employed person', () => {
    const bare = read('1.1. Оператор — ООО Ромашка ИНН 7712345671.');
    expect([bare.operator.name, bare.operator.form, bare.operator.inn]).toEqual([
      'ООО Ромашка',
      'ООО',
      '7712345671',
    ]);
    const person = read(
      '1.1. Политика применяется к данным, которые обрабатывает Иванов Иван Иванович (далее — Оператор).',
    );
    expect([person.operator.name, person.operator.form]).toEqual(['Иванов Иван Иванович', 'other']);
    const selfEmployed = read('1.1. Оператор: самозанятый Петров Пётр Петрович.');
    expect(selfEmployed.operator.form).toBe('самозанятый');
    expect(selfEmployed.operator.name).toContain('Петров');
  });

  it('does not take capitalised title words before "(далее — Политика)" for a person', () => {
    expect(
      read('1.1. Настоящая Политика Конфиденциальности Сайта (далее — Политика) действует для всех.').operator
        .name,
    ).toBeNull();
  });

  it('prefers the operator over a processor named later', () => {
    const r = read(
      '1.1. Оператор — ООО «Альфа» (далее — Оператор).\n\n1.2. Оператор вправе передавать данные в ООО «Бета» (ИНН 7734123457) для рассылки.',
    );
    expect(r.operator.name).toBe('ООО «Альфа»');
    expect(r.operator.inn).toBeNull();
  });

  it('says "not found" when no one is named, and raises attention', () => {
    const r = read('1.1. Мы обрабатываем данные пользователей сайта.');
    expect(r.operator.name).toBeNull();
    expect(r.attention.map((a) => a.kind)).toContain('no_operator');
  });

  it('never takes an unfilled placeholder for a name or number', () => {
    const r = readPolicy(fixture('placeholders.txt'));
    expect(r.isPolicy).toBe(true);
    expect(r.operator).toEqual({ name: null, form: null, inn: null, ogrn: null, address: null });
    expect(r.contacts.emails).toEqual([]);
    expect(r.attention.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['no_operator', 'no_request_address', 'consent_by_use', 'no_retention']),
    );
  });

  it('finds the operator named only in the last section', () => {
    const r = readPolicy(fixture('operator-last.txt'));
    expect(r.operator.name).toContain('Сидоренко');
    expect(r.operator.form).toBe('ИП');
    expect(r.operator.inn).toBe('500123456750');
    expect(r.operator.ogrn).toBe('304500116000124');
    expect(r.checksums).toEqual({ inn: 'valid', ogrn: 'valid' });
    expect(r.evidence.operator.name[0]!.clause).toBe('4.1');
  });

  it('with several companies, names the defined operator, not the co-processor or the processor', () => {
    const r = readPolicy(fixture('several-operators.txt'));
    expect(r.operator.name).toContain('Первый Оператор');
    expect(r.operator.inn).toBe('7712345671');
    expect(r.contacts.emails).toEqual(['pd@first-operator.example.ru']);
    expect(r.third_parties.processors).toBe(true);
    expect(r.cross_border).toBe(false);
  });

  it('reads an English-language policy with an English legal name', () => {
    const r = readPolicy(fixture('english.txt'));
    expect(r.language).toBe('en');
    expect(r.operator.name).toBe('Northwind Apps Ltd');
    expect(r.contacts.emails).toEqual(['privacy@northwind.example.org']);
    expect(r.analytics).toEqual(['Google Analytics']);
    expect(r.cookies).toBe(true);
    expect(r.retention).toContain('3 years');
    expect(r.data).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'ip', 'cookies']));
  });
});

describe('ИНН / ОГРН in a reading', () => {
  it('reports a number that fails its checksum as found but invalid, and raises attention', () => {
    const r = read('1.1. Оператор — ООО «Альфа» (ИНН 7712345672, ОГРН 1027700123450, далее — Оператор).');
    expect(r.operator.inn).toBe('7712345672');
    expect(r.checksums.inn).toBe('invalid');
    expect(r.checksums.ogrn).toBe('valid');
    const bad = r.attention.filter((a) => a.kind === 'invalid_operator_number');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.detail).toBe('ИНН 7712345672');
    expect(bad[0]!.citations[0]!.clause).toBe('1.1');
  });

  it('does not read a phone number as an ОГРН', () => {
    const r = read(
      '1.1. Оператор — ООО «Альфа» (далее — Оператор). Телефон: 8 (102) 770-01-23, 1027700123450.',
    );
    expect(r.operator.ogrn).toBeNull();
    expect(r.contacts.phones).toEqual(['8 (102) 770-01-23']);
  });

  it('ignores a customer’s ИНН in the list of data', () => {
    const r = read(
      '1.1. Оператор — ООО «Альфа» (далее — Оператор).\n\n1.2. Оператор обрабатывает: наименование, ИНН 7734123457 покупателя;',
    );
    expect(r.operator.inn).toBeNull();
  });
});

describe('contacts and site', () => {
  it('keeps the operator’s e-mail and drops a processor’s', () => {
    const r = read(
      '1.1. Оператор поручает обработку ООО «Рассылки» (e-mail: help@mailer.example.ru).\n\n1.2. Обращения направляйте на pd@shop.example.ru.',
    );
    expect(r.contacts.emails).toEqual(['pd@shop.example.ru']);
  });

  it('does not take a processor’s address for the operator’s', () => {
    const r = read(
      '1.1. Оператор — ООО «Альфа» (далее — Оператор).\n\n1.2. Оператор передаёт данные в ООО «Бета» (адрес: 111141, г. Москва, ул. Перовская, д. 39) для хранения.',
    );
    expect(r.operator.address).toBeNull();
    const own = read('1.1. ООО «Альфа» (далее — Оператор), адрес: 101000, г. Москва, ул. Примерная, д. 1.');
    expect(own.operator.address).toBe('101000, г. Москва, ул. Примерная, д. 1');
  });

  it('drops example addresses and says "none" when there are none', () => {
    expect(read('1.1. Введите адрес вида name@example.com в форму.').contacts.emails).toEqual([]);
  });

  it('names the site from a URL with any top-level domain, not from services it mentions', () => {
    const r = read('1.1. Политика применяется к сайту https://expert.plus и к счётчику metrika.yandex.ru.');
    expect(r.site).toBe('expert.plus');
  });

  it('prefers the page’s own host when a url is given', () => {
    const r = readPolicy(`${HEAD}1.1. Сайты shop.example.ru и blog.example.ru.${TAIL}`, {
      url: 'https://blog.example.ru/privacy',
    });
    expect(r.site).toBe('blog.example.ru');
  });

  it('reads a postal address for requests apart from the operator’s address', () => {
    const r = readPolicy(fixture('several-operators.txt'));
    expect(r.contacts.postal).toBe('101000, г. Москва, ул. Примерная, д. 1');
    expect(r.withdrawal.channel).toEqual(expect.arrayContaining(['email', 'post']));
  });
});

describe('data and purposes', () => {
  it('reads a list introduced by "следующие персональные данные:"', () => {
    const r = read(
      '2. Состав данных\n\n2.1. Оператор обрабатывает следующие персональные данные:\n\n2.1.1. фамилия, имя, отчество;\n\n2.1.2. номер телефона;\n\n2.1.3. адрес электронной почты.',
    );
    expect(r.data).toEqual(['name', 'phone', 'email']);
    expect(r.evidence.data.phone![0]!.clause).toBe('2.1.2');
  });

  it('does not count what the policy says it does NOT collect, nor definitions', () => {
    const r = read(
      '1.1. Персональные данные — любая информация, в том числе паспортные данные и IP-адрес.\n\n2. Какие данные мы собираем\n\n2.1. Мы собираем имя и телефон.\n\n2.2. Мы не собираем паспортные данные.',
    );
    expect(r.data).toEqual(['name', 'phone']);
  });

  it('reads categories from a table', () => {
    const r = readPolicy(fixture('tables.txt'));
    expect(r.data).toEqual(
      expect.arrayContaining(['name', 'phone', 'postal_address', 'email', 'ip', 'cookies', 'browser']),
    );
    expect(r.purposes).toEqual(
      expect.arrayContaining(['contract_service', 'marketing', 'analytics_improvement']),
    );
    expect(r.retention).toContain('3 года');
  });

  it('reads purposes from a purposes section', () => {
    const r = read(
      '4. Цели обработки\n\n4.1. Оператор обрабатывает данные в следующих целях:\n\n4.1.1. заключение и исполнение договора;\n\n4.1.2. направление рекламных рассылок;\n\n4.1.3. улучшение качества сайта.',
    );
    expect(r.purposes).toEqual(['contract_service', 'marketing', 'analytics_improvement']);
  });

  it('returns no data and no purposes for a text that names none', () => {
    const r = read('1.1. Мы уважаем вашу частную жизнь.');
    expect(r.data).toEqual([]);
    expect(r.purposes).toEqual([]);
  });
});

describe('sharing, cross-border, retention, withdrawal, cookies, analytics', () => {
  it('sharing: actual transfers are true, "only as the law requires" is false, silence is null', () => {
    expect(read('5.1. Оператор передаёт данные курьерским службам для доставки.').third_parties.shares).toBe(
      true,
    );
    expect(
      read(
        '5.1. Данные не будут переданы третьим лицам, за исключением случаев, предусмотренных законодательством.',
      ).third_parties.shares,
    ).toBe(false);
    expect(read('5.1. Мы уважаем вашу частную жизнь.').third_parties.shares).toBeNull();
  });

  it('cross-border: outright yes, outright no, conditional is null', () => {
    expect(read('7.1. Оператор осуществляет трансграничную передачу данных в США.').cross_border).toBe(true);
    expect(
      read('7.1. Оператор не осуществляет трансграничную передачу персональных данных.').cross_border,
    ).toBe(false);
    expect(
      read(
        '7.1. Оператор до начала осуществления трансграничной передачи обязан убедиться, что иностранное государство обеспечивает защиту.',
      ).cross_border,
    ).toBeNull();
    const r = read('7.1. Оператор осуществляет трансграничную передачу данных в США.');
    expect(r.attention.find((a) => a.kind === 'cross_border')?.citations[0]?.clause).toBe('7.1');
  });

  it('retention: quotes the period, ignores request deadlines and cookie lifetimes', () => {
    expect(read('6.1. Срок обработки персональных данных является неограниченным.').retention).toBe(
      'Срок обработки персональных данных является неограниченным',
    );
    expect(
      read('6.1. Персональные данные обрабатываются на срок действия договора с пользователем.').retention,
    ).toContain('на срок действия договора');
    // Keeping data «на срок, установленный законодательством» when the law requires it is not a stated period.
    expect(
      read('6.1. Оператор обязан сохранить удалённую информацию на срок, установленный законодательством.')
        .retention,
    ).toBeNull();
    const none = read(
      '6.1. Оператор отвечает на запрос в течение 10 рабочих дней.\n\n6.2. Файлы cookie хранятся 1 год.',
    );
    expect(none.retention).toBeNull();
    expect(none.attention.map((a) => a.kind)).toContain('no_retention');
  });

  it('withdrawal: channels and the promised deadline', () => {
    const r = read(
      '8.1. Пользователь может отозвать согласие, направив письмо на pd@shop.example.ru. Оператор прекращает обработку в течение 30 дней.',
    );
    expect(r.withdrawal.channel).toEqual(['email']);
    expect(r.withdrawal.deadline_days).toBe(30);
  });

  it('withdrawal deadline: the answer period owed to the person, not a deadline owed to the authority', () => {
    const r = read(
      '8.1. Оператор сообщает в уполномоченный орган по его запросу информацию в течение 10 дней.\n\n8.2. Оператор рассматривает запросы субъектов и направляет ответы в течение 30 (тридцати) дней.',
    );
    expect(r.withdrawal.deadline_days).toBe(30);
    expect(r.evidence.withdrawal.deadline_days[0]!.clause).toBe('8.2');
    expect(
      read('8.1. Оператор сообщает в уполномоченный орган информацию в течение 10 дней.').withdrawal
        .deadline_days,
    ).toBeNull();
  });

  it('cookies: mentioned is true, "не использует cookie" is false, silence is null', () => {
    expect(read('3.1. Сайт использует файлы cookie.').cookies).toBe(true);
    expect(read('3.1. Сайт не использует файлы cookie.').cookies).toBe(false);
    expect(read('3.1. Мы уважаем вашу частную жизнь.').cookies).toBeNull();
  });

  it('analytics: standard names from any spelling, none when none', () => {
    expect(read('3.1. Мы используем Яндекс Метрику и Гугл Аналитику.').analytics).toEqual([
      'Яндекс.Метрика',
      'Google Analytics',
    ]);
    expect(read('3.1. Мы не используем счётчики.').analytics).toEqual([]);
  });

  it('consent by mere use of the site is an attention point with its sentence', () => {
    const body =
      '1.1. Использование сайта означает безоговорочное согласие Пользователя с настоящей Политикой.';
    const text = `${HEAD}${body}${TAIL}`;
    const r = readPolicy(text);
    const a = r.attention.find((x) => x.kind === 'consent_by_use');
    expect(quote(text, a?.citations)).toEqual([body]);
  });
});

describe('not a policy, limits, citations', () => {
  it('says why a text is not a policy', () => {
    expect(readPolicy('').notPolicyReason).toMatch(/empty/);
    expect(readPolicy('Купите слона. '.repeat(50)).isPolicy).toBe(false);
    expect(readPolicy('\u0000\u0001\u0002binary'.repeat(100)).notPolicyReason).toMatch(/binary/);
    expect(readPolicy('Меню. Контакты. Персональные данные.').notPolicyReason).toMatch(/short/);
  });

  it('reads at most READ_LIMIT characters and says so', () => {
    const r = readPolicy(
      `${HEAD}${'1.1. Мы обрабатываем персональные данные. '.repeat(Math.ceil(READ_LIMIT / 40) + 10)}`,
    );
    expect(r.read.truncated).toBe(true);
    expect(r.read.chars).toBe(READ_LIMIT);
  });

  it('every citation of a dev-like reading points inside the text, on a sentence boundary', () => {
    const text = fixture('tables.txt');
    const r = readPolicy(text);
    const all: Citation[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) for (const x of v) walk(x);
      else if (v && typeof v === 'object') {
        if ('start' in v && 'end' in v) all.push(v as Citation);
        else for (const x of Object.values(v)) walk(x);
      }
    };
    walk(r.evidence);
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end).trim()).toBe(text.slice(c.start, c.end));
    }
  });
});
