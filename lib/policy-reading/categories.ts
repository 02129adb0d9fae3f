// Which data a policy says it collects, and what for. Keyword stems are counted only in sentences that are
// about collecting data (or about purposes): by their section heading, by their own wording, or as items of
// a list introduced by such a sentence. Definitions, rights and negations ("не собираем") do not count.

import type { Doc, Sentence } from './text';
import type { DataCategory, Purpose } from './types';

type Rules<K extends string> = Array<[K, RegExp]>;

export const DATA_RULES: Rules<DataCategory> = [
  [
    'name',
    /фамили|(?<![а-я])(?:имя|имени|имен)(?![а-я])(?<!от имени)(?! пользователя\))(?<!логин[а-я]* \(?(?:имя|имени|имен))|ф\.\s?и\.\s?о|(?<![а-я])фио(?![а-я])|отчеств|full name|(?<![a-z])name(?![a-z])/,
  ],
  ['phone', /телефон|phone/],
  [
    'email',
    /e-?mail|(?<!(?:через|посредством|по) )электронн[а-я]* (?:почт|адрес)|адрес[а-я]* эл|почтов[а-я]* ящик/,
  ],
  [
    'postal_address',
    /адрес[а-я]* (?:мест[а-я]* )?(?:проживани|регистраци|жительств|доставк|фактическ|прописк)|почтов[а-я]* адрес|мест[а-я]* жительств|(?<![а-я])(?<!(?:электронн|ip|сетев|mac)[а-я-]{0,4}\s?)адрес(?:а)?(?=\s*[,;)]|\s*$|\s+(?:и|или)\s)|postal address|home address/,
  ],
  [
    'birth_date',
    /дат[а-я]* (?:и мест[а-я]* )?рождени|год[а-я]* рождени|(?<![а-я])возраст|date of birth|birth ?date/,
  ],
  ['passport', /паспорт|документ[а-я]*,? удостоверяющ|passport/],
  [
    'inn_snils',
    /снилс|(?<![а-я])инн(?![а-я])(?!\s*[:№]?\s*\d)|номер[а-я]* налогоплательщик|страхов[а-я]* номер/,
  ],
  [
    'payment',
    /(?:данн|реквизит|номер)[а-я]* (?:банковск[а-я]* |платежн[а-я]* )?карт|(?:банковск|кредитн|дебетов)[а-я]* карт|финансов[а-я]* (?:информаци|сведени)|платежн[а-я]* (?:данн|информац|реквизит|операци)|(?:сведени|информаци)[а-я]* (?:об|о) (?:оплат|платеж)|истори[а-я]* (?:платеж|оплат)|сумм[а-я]*|статус[а-я]* (?:платеж|оплат)|идентификатор[а-я]* (?:заказа\/)?платеж|способ[а-я]* оплат|payment (?:data|details|information)|card (?:number|data|details)/,
  ],
  [
    'bank_details',
    /сведени[а-я]* о (?:банковск|расчетн)[а-я]* сч|реквизит[а-я]* для выставлени|банковск[а-я]* сч[её]т|банковск[а-я]* реквизит|реквизит[а-я]* (?:банк(?![а-я]* карт)|сч[её]т)|расчетн[а-я]* сч|номер[а-я]* (?:банковского |расчетного )?сч[её]т|(?<![а-я])бик(?![а-я])|bank account/,
  ],
  ['ip', /(?<![a-z])ip(?![a-z])|ip-адрес/],
  ['cookies', /cookie|куки/],
  [
    'browser',
    /программ[а-я]*,? с помощью которой осуществляется доступ|тип[а-я]* программ|(?<!(?:настройк|помощью|через|окн)[а-я]{0,4} )браузер|user[- ]?agent|юзер-агент|(?<![a-z])browser/,
  ],
  [
    'device',
    /(?<!(?:памят|хранилищ)[а-я]{0,4} (?:вашего |вашем )?)устройств(?!о(?:м|й)? пользовател[а-я]* программ)|операционн[а-я]* систем|(?<![а-я])ос(?![а-я])|(?<![a-z])device|advertising id|идентификатор[а-я]* (?:установк|устройств)/,
  ],
  [
    'location',
    /местоположени|месторасположени|геолокац|геопозиц|геоданн|(?<![a-z])location|стран[а-я]* устройств|город[а-я]*(?: проживани| пользовател|[;,.]|$)|(?<![а-я])страна(?![а-я])|gps/,
  ],
  [
    'photo_video',
    /фото|видеозапис|видеоизображ|(?<![а-я]+ов и )видео(?=\s*[,;)]|\s*$)|изображени[а-я]* (?:лиц|пользовател)|аудиозапис|снимок|снимки|камер[аеу]|photo|video recording/,
  ],
  [
    'social_accounts',
    /социальн[а-я]* сет|соцсет|telegram|телеграм|аккаунт[а-я]* (?:в|соц)|профил[а-я]* (?:в|соц)|никнейм|social (?:network|media) (?:account|profile)/,
  ],
  [
    'employment',
    /мест[а-я]* работ|(?<![а-я])должност(?:ь|и)(?![а-я])|сведени[а-я]* о (?:трудов|работ)|трудов[а-я]* (?:стаж|деятельност|книжк)|профессиональн[а-я]* деятельност|(?<![а-я])стаж|професси(?:я|и)(?![а-я])|employment|job title/,
  ],
  [
    'education',
    /(?:сведени|данн|информаци|уровен)[а-я]* (?:об|о) образовани|(?<![а-я])образование(?=\s*[,;)]|\s*$)|квалификац|диплом|education/,
  ],
  ['health', /здоровь|медицин|диагноз|(?<![a-z])health/],
  ['biometric', /биометри|biometric/],
  ['children', /несовершеннолет|(?<![а-я])дет(?:ей|и|ях)(?![а-я])|children/],
  [
    'order_history',
    /истори[а-я]* (?:операци|транзакци|платеж)|заказ|покупк|корзин|(?<![a-z])order|purchase|тариф|приобретенн|(?:вид|тип)[а-я]* услуг/,
  ],
  [
    'messages',
    /(?:данн|сведени)[а-я]* в обращени|сообщени[яйе]? (?:пользовател|в чат|в форм|которые)|переписк|(?:текст|содержани)[а-я]* (?:сообщени|обращени|заявк|отзыв|письм)|комментари|(?<![а-я])отзыв(?:ы|ов)?(?![а-я])(?! согласи)|вопрос[а-я]* (?:пользовател|клиент)|голосов[а-я]* сообщени|(?<![a-z])messages?(?![a-z])/,
  ],
  ['login_credentials', /логин|парол|учетн[а-я]* данн|токен|credential|password|(?<![a-z])login/],
];

// Categories outside the vocabulary that policies list: they make 'other'.
const OTHER_DATA =
  /(?<![а-я])пол(?![а-я])|семейн[а-я]* положени|гражданств|referr|реферер|источник[а-я]* перехода|дат[а-я]* и врем[а-я]*|врем[а-я]* (?:доступа|посещени|сбоя)|посещенн[а-я]* (?:страниц|адрес)|(?<![а-я])язык|верси[а-я]* (?:приложени|ос)|питомц|животн|автомобил|транспортн[а-я]* средств|пожелани|предпочтени|(?<!законн[а-я]* )интерес|utm|количеств[а-я]* (?:гостей|человек)|дат[а-я]* (?:заезда|выезда|визита|посещения)|место рождения|(?<![а-я])логи(?![а-я])|журнал[а-я]* (?:событий|ошибок)|stack trace|(?:иные|другие|прочие|дополнительн[а-я]*|любые иные)\s+(?:персональн[а-я]* )?(?:данн|сведени|информац)|и т\.\s?п|и т\.\s?д|и другие данные|метаданн|настройк[а-я]* (?:пользовател|приложени)/;

export const PURPOSE_RULES: Rules<Purpose> = [
  [
    'account',
    /регистрац[а-я]* (?:на сайте|пользовател|в (?:сервис|приложени|личн))|(?:идентификац|аутентификац)[а-я]* пользовател|создани[а-я]* (?:учетн|аккаунт|личн)|учетн[а-я]* запис|личн[а-я]* кабинет|авторизац|аутентификац|(?<![а-я])аккаунт(?:а|ом|е|ов|ы)?(?![а-я])(?! в соц)|(?<![a-z])account|sign[- ]?up/,
  ],
  [
    'contract_service',
    /согласовани[а-я]* (?:визит|встреч|времени|дат)|(?<![а-я])вывоз|выезд[а-я]* (?:мастер|специалист)|расч[её]т[а-я]* стоимост|подтверждени[а-я]* брон|договор|оказани[а-я]* (?:услуг|помощ)|предоставлени[а-я]* (?:[а-я]+ )?(?:услуг|сервис|доступ|товар|функциональност)|исполнени[а-я]* (?:[а-я]+ )?(?:обязательств|заказ|соглашени|заявк)|(?:оформлени|обработк|выполнени)[а-я]* заказ|заказ[а-я]* (?:товар|услуг)|обучени|консультац|оферт|бронировани|запис[а-я]* на|(?:работ|функционировани)[а-я]* (?:сайта|сервис|приложени)|(?:предостав(?:ить|лять)|оказ(?:ать|ывать)) (?:[а-я]+ )?(?:услуг|сервис|доступ|товар)|(?:исполн(?:ить|ять)|выполн(?:ить|ять)|оформ(?:ить|лять)) (?:[а-я]+ )?(?:договор|заказ|обязательств|заявк)|(?<![a-z])service|contract/,
  ],
  [
    'contact',
    /консультац[а-я]* по вопросам|консультировани|взаимодействи[а-я]* с (?:гост|клиент|пользовател)|напоминани|связ[иь] с (?:пользовател|клиент|вами|субъект)|связ(?:ать|ывать)ся с (?:вами|пользовател|клиент|субъект)|отвеча[а-я]* на (?:ваш[а-я]* )?(?:запрос|обращени|вопрос)|обратн[а-я]* связ|(?:обработк|рассмотрени)[а-я]* (?:запрос|заяв|обращени)|ответ[а-я]* на (?:запрос|обращени|вопрос)|направлени[а-я]* (?:пользовател[а-я]* )?(?:уведомлени|ответ)|уведомлени[а-я]* (?:пользовател|клиент|о (?:статус|состояни|ход))|информировани[а-я]* (?:о ход|о статус|пользовател|клиент)|отправк[а-я]* (?:электронн[а-я]* )?писем|(?:ведени|осуществлени)[а-я]* (?:делов[а-я]* )?переписк|поддержк[а-я]* (?:пользовател|клиент)|(?<![a-z])contact|support/,
  ],
  [
    'marketing',
    /реклам|маркетинг|рассыл|(?<![а-я])акци[яийх]|спецпредложени|специальн[а-я]* предложени|новост|продвижени|(?:о|об) (?:новых )?(?:продукт|товар|услуг)[а-я]*,? (?:и )?(?:акци|специальн|предложени)|информаци[а-я]* об услугах|информационн[а-я]* (?:материал|рассыл|бюллетен)|(?:о|об) (?:проводимых |предстоящих )?мероприяти|promotion|marketing|newsletter/,
  ],
  [
    'analytics_improvement',
    /аналити|статистик|улучшени|качеств[а-я]* (?:сайта|сервис|услуг|работ|обслуживан)|метрик|совершенствова|развити[а-я]* (?:сайта|сервис|продукт|деятельност)|удобств|стабильност|пользовательск[а-я]* опыт|сбо[ея]в|анализ[а-я]* (?:посещаемост|поведени|трафик|активност|действи|использовани|интерес)|посещаемост|analytics|improv/,
  ],
  [
    'legal_obligation',
    /(?:исполнени|соблюдени|выполнени)[а-я]* (?:требований |обязанност[а-я]* )?(?:[а-я]+ )?(?:законодательств|закон|нормативн)|требовани[а-я]* (?:законодательств|закон)|обязанност[а-я]*,? (?:установленн|возложенн|предусмотренн)|налогов[а-я]* (?:учет|отчет|законодат)|бухгалтерск|кадров[а-я]* (?:учет|делопроизвод)|(?:возложенн|установленн)[а-я]* (?:законодательств|закон)|архивн|legal obligation|comply with/,
  ],
  [
    'security_fraud',
    /(?:обеспечени|поддержани)[а-я]* безопасност[а-я]* (?:сайта|сервис|пользовател|платеж|транзакц|аккаунт|учетн|приложени|работ)|предотвращени|мошенни|фрод|злоупотреблен|(?<![а-я])спам|несанкционированн[а-я]* (?:доступ|использовани)[^.]{0,40}(?:аккаунт|учетн|сайт|сервис|приложени)|выявлени[а-я]* (?:нарушени|мошенн)|security|fraud/,
  ],
  ['hiring', /трудоустройств|ваканси|кандидат|резюме|соискател|подбор[а-я]* персонал|hiring|recruit/],
  ['research_statistics', /исследовани|статистическ|(?<![а-я])опрос|research/],
  [
    'personalisation',
    /персонализ|индивидуальн[а-я]* (?:предложени|подход|услуг|ресурс)|персонализированн|рекомендац|таргет|предпочтени|personali/,
  ],
  [
    'payment_processing',
    /(?<!налог)оплат|(?:прием|обработк|проведени|получени|проверк|возврат)[а-я]* (?:платеж|оплат|денеж)|(?<![а-я])платеж(?:ей|а|и)(?![а-я])|(?:принять|провести|обработать|принимать|проводить|обрабатывать) (?:[а-я]+ )?(?:платеж|оплат|операци[а-я]* по)|(?:операци|транзакци)[а-я]* (?:по|с) (?:ваш[а-я]* )?(?:платежн|банковск|кредитн)[а-я]* карт|(?<![a-z])payment/,
  ],
  ['delivery', /доставк|курьер|delivery|shipping/],
];

const DEFINITION_SECTION = /термин|определени|понят|глоссари/;
const NEGATED =
  /(?:не|никогда не|ни при каких)\s+(?:собира|запрашива|хран|обрабатыва|получа|содерж|требу|использу|сохраня|передава|продаем|продает)|не содержат|не покидают|только на (?:вашем|устройстве)|никуда не/;

const DATA_SECTION =
  /(?:состав|перечень|категори|какие|каких|виды|сбор|собира|собираем|получаем|обрабатыва|предмет|информаци[яи] (?:о|которую)|данные (?:пользовател|клиент)|collect|information we)/;
const DATA_SECTION_NOT =
  /цел|прав|обязанност|срок|хранен|защит|безопасн|передач|раскрыт|условия обработк|принцип|изменени|заключ|контакт|ответственност|обязательств сторон/;
const DATA_WORD = /данн|информаци|сведени|information|data/;

const PURPOSE_SECTION =
  /цел|purpos|для чего|зачем|как (?:мы )?использу|использовани[а-я]* (?:персональн|информаци|данн|сведени)/;
const PURPOSE_SENTENCE =
  /(?:в (?:следующих )?целях|цел[ьи] обработк|с целью|для (?:того|целей|целей|обеспечени|исполнени|оказани|предоставлени|связи|получени|проведени|улучшени|повышени|поддержани|анализ|оценк|информировани|направлени|обработк|осуществлени|идентификац|заключени|оформлени)|использу[а-я]* (?:для|в целях|с целью)|may use|we use .* to|in order to|purpose)/;

const DATA_SENTENCE =
  /(?:собира|обрабатыва|получа|предоставля|указыва|указать|запрашива|сообща|вводит|заполн|входят|относ[яи]тся|включа|перечень|состав|остав|автоматически|collect|we (?:receive|process))/;
const LIST_INTRO =
  /следующ[а-я]* (?:персональн[а-я]* )?(?:данн|сведени|информац)|(?:данн|сведени|информаци)[а-я]*[^.]{0,40}:\s*$/;
const NOT_DATA_SENTENCE =
  /(?:в (?:следующих )?целях|с целью|цел[ьи](?![а-я])|вправе|имеет право|право на|обязан|огрн|инн\s*[:№]?\s*\d|не подлежит|разглашени|за исключением)/;

const REQUEST_CONTENT =
  /запрос[а-я]*[^.:]{0,80}(?:должн[а-я]* (?:содержать|включать)|необходимо указать|следует указать)|(?:обращени|заявлени)[а-я]*[^.:]{0,80}должн[а-я]* (?:содержать|включать)|сведени[а-я]* о дате выдачи указанного документа/;

// A cookie section says what cookies do; only the technical data it names is collected data there. A heading
// that also speaks of collecting data («Сбор данных и файлы cookie») is a data section.
const COOKIE_SECTION =
  /^(?!.*(?:персональн|состав|перечень|категори|какие|сбор|собира|collect)).*(?:cookie|куки)/;
const COOKIE_DATA = new Set<DataCategory>(['ip', 'cookies', 'browser', 'device', 'location']);
const COOKIE_OTHER =
  /referr|реферер|источник[а-я]* перехода|врем[а-я]* (?:доступа|посещени)|посещенн[а-я]* (?:страниц|адрес)|(?<![а-я])язык|utm|метаданн/;

export interface Categorised<K extends string> {
  found: Map<K, Sentence[]>;
}

/** Sentences that speak about collecting data (with list items after a "следующие данные:" line). */
function contextSentences(
  doc: Doc,
  section: RegExp,
  sectionNot: RegExp | null,
  sentence: RegExp,
  word: RegExp | null,
  not: RegExp | null,
): Sentence[] {
  const out: Sentence[] = [];
  let listOpen = false;
  let listClauseDepth = 0;
  let listLine = -1;
  for (const s of doc.sentences) {
    if (s.heading) listOpen = false;
    if (DEFINITION_SECTION.test(s.section)) continue;
    // What a subject's request must contain (ч. 3 ст. 14 152-ФЗ) is not data the operator collects: the
    // sentence and the list it opens are skipped.
    if (REQUEST_CONTENT.test(s.low)) {
      listOpen = false;
      continue;
    }
    const inSection =
      section.test(s.section) &&
      (!sectionNot?.test(s.section) ||
        (section === DATA_SECTION && /состав|категори|перечень/.test(s.section)));
    const own =
      sentence.test(s.low) && (!word || word.test(s.low)) && (!not?.test(s.low) || LIST_INTRO.test(s.low));
    const depth = s.clause ? s.clause.split('.').length : 0;
    // A list item continues the list while it is on a following line and no shallower clause starts.
    if (listOpen && s.line !== listLine && depth > 0 && depth < listClauseDepth) listOpen = false;
    if (listOpen && s.text.length > 400) listOpen = false;
    if ((inSection && !not?.test(s.low)) || own || listOpen) {
      if (!NEGATED.test(s.low)) out.push(s);
    }
    if ((own || inSection) && /:\s*$|следующ[а-я]* (?:данн|информац|сведени|цел)[^.]*$/.test(s.text.trim())) {
      listOpen = true;
      listLine = s.line;
      listClauseDepth = depth;
    } else if (s.line !== listLine && /:\s*$/.test(s.text.trim())) {
      // Another list starts: this one has ended.
      listOpen = false;
    }
  }
  return out;
}

// Which rules a sentence matches, computed once per sentence and rule table.
const memo = new WeakMap<Sentence, Map<Rules<string>, string[]>>();
function matches<K extends string>(s: Sentence, rules: Rules<K>): K[] {
  let m = memo.get(s);
  if (!m) {
    m = new Map();
    memo.set(s, m);
  }
  let hit = m.get(rules as Rules<string>) as K[] | undefined;
  if (!hit) {
    hit = [];
    for (const [k, re] of rules) {
      const m = re.exec(s.low);
      // "без хранения реквизитов карт", "не собираем паспортные данные": a category named to be excluded.
      if (
        m &&
        !/(?:^|[\s(,;])(?:без|не|кроме|за исключением)\s[^,;:()]{0,25}$/.test(
          s.low.slice(Math.max(0, m.index - 30), m.index),
        )
      )
        hit.push(k);
    }
    m.set(rules as Rules<string>, hit);
  }
  return hit;
}

function categorise<K extends string>(sentences: Sentence[], rules: Rules<K>): Map<K, Sentence[]> {
  const found = new Map<K, Sentence[]>();
  for (const s of sentences) {
    for (const k of matches(s, rules)) {
      {
        const list = found.get(k) ?? [];
        list.push(s);
        found.set(k, list);
      }
    }
  }
  return found;
}

export function readData(doc: Doc): Map<DataCategory, Sentence[]> {
  const ctx = contextSentences(
    doc,
    DATA_SECTION,
    DATA_SECTION_NOT,
    DATA_SENTENCE,
    DATA_WORD,
    NOT_DATA_SENTENCE,
  );
  // A sentence naming three categories or more is a list of data wherever it stands (tables, purposes).
  const inCtx = new Set(ctx);
  for (const s of doc.sentences) {
    if (inCtx.has(s) || DEFINITION_SECTION.test(s.section) || NEGATED.test(s.low)) continue;
    if (/вправе|имеет право|право на/.test(s.low) || REQUEST_CONTENT.test(s.low)) continue;
    // A block of requisites (ИНН, address, phone) is not a list of collected data.
    if (/огрн|инн\s*[:№]?\s*\d/.test(s.low) && !/данн|сведени|информаци/.test(s.low)) continue;
    if (matches(s, DATA_RULES).length >= 3) ctx.push(s);
  }
  ctx.sort((x, y) => x.start - y.start);
  const found = categorise(ctx, DATA_RULES);
  for (const [k, ss] of found) {
    if (COOKIE_DATA.has(k)) continue;
    const kept = ss.filter((s) => !COOKIE_SECTION.test(s.section) || s.heading);
    if (kept.length === 0) found.delete(k);
    else found.set(k, kept);
  }
  const other = ctx.filter(
    (s) => OTHER_DATA.test(s.low) && (!COOKIE_SECTION.test(s.section) || COOKIE_OTHER.test(s.low)),
  );
  if (other.length > 0) found.set('other', other);
  return found;
}

const NOT_PURPOSE =
  /достижени[а-я]* (?:целей|цели)|целью (?:данной|настоящей)|целей деятельности|вправе|имеет право|право на|обязан|не (?:использу|обрабатыва|переда)|разработан|составлен|за исключением|соблюдени[а-я]* (?:ваших )?прав|уведомляем|(?:технически|организационн|правов)[а-я]* (?:и [а-я]+ )?(?:мероприяти|мер(?:ы|ами|ах)?(?![а-я]))|(?:такие|эти|указанные|эти же) (?:компании|лица|третьи лица|партнеры|организации|сервисы|получатели)/;
const PURPOSE_SECTION_NOT =
  /прав|срок|хранени|основани|безопасн|защит|передач|cookie|куки|определени|термин|принцип|условия/;

export function readPurposes(doc: Doc): Map<Purpose, Sentence[]> {
  const ctx = contextSentences(
    doc,
    PURPOSE_SECTION,
    PURPOSE_SECTION_NOT,
    PURPOSE_SENTENCE,
    null,
    NOT_PURPOSE,
  ).filter(
    (s) =>
      !(
        PURPOSE_SECTION_NOT.test(s.section) &&
        !PURPOSE_SECTION.test(s.section) &&
        !PURPOSE_SENTENCE.test(s.low)
      ),
  );
  // A row of a table (data | purpose | period) names both, so it stays.
  const purposeCtx = ctx.filter(
    (s) => PURPOSE_SENTENCE.test(s.low) || s.text.includes('|') || matches(s, DATA_RULES).length < 3,
  );
  const found = categorise(purposeCtx, PURPOSE_RULES);
  // "Информирование о рекламных предложениях" is marketing, not contact, unless contact is named outright.
  const contact = found.get('contact');
  if (contact) {
    const kept = contact.filter(
      (s) =>
        !matches(s, PURPOSE_RULES).includes('marketing') ||
        /связ[иь] с|обратн[а-я]* связ|ответ|запрос|обращени|консультац/.test(s.low),
    );
    if (kept.length > 0) found.set('contact', kept);
    else found.delete('contact');
  }
  // A purpose the vocabulary has no word for: an item of a purposes list that matched nothing.
  const other = purposeCtx.filter(
    (s) =>
      PURPOSE_SECTION.test(s.section) &&
      !s.heading &&
      s.text.length < 300 &&
      !/:\s*$/.test(s.text) &&
      matches(s, PURPOSE_RULES).length === 0,
  );
  if (other.length > 0) found.set('other', other);
  return found;
}
