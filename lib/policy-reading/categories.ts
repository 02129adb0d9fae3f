// Which data a policy says it collects, and what for. Keyword stems are counted only in sentences that are
// about collecting data (or about purposes): by their section heading, by their own wording, or as items of
// a list introduced by such a sentence. Definitions, rights and negations ("не собираем") do not count.

import type { Doc, Sentence } from './text';
import type { DataCategory, Purpose } from './types';

type Rules<K extends string> = Array<[K, RegExp]>;

export const DATA_RULES: Rules<DataCategory> = [
  [
    'name',
    /фамили|(?<![а-я])(?:имя|имени|имен)(?![а-я])(?<!от имени)|ф\.\s?и\.\s?о|(?<![а-я])фио(?![а-я])|отчеств|full name|(?<![a-z])name(?![a-z])/,
  ],
  ['phone', /телефон|phone/],
  ['email', /e-?mail|электронн[а-я]* почт|адрес[а-я]* эл|почтов[а-я]* ящик/],
  [
    'postal_address',
    /адрес[а-я]* (?:мест[а-я]* )?(?:проживани|регистраци|жительств|доставк|фактическ)|почтов[а-я]* адрес|место жительств|мест[а-я]* жительств|(?<![а-я])адрес(?:а)?(?![а-я])(?! электрон)(?! эл)(?! e)(?! страниц)(?! предыдущ)|postal address|home address/,
  ],
  ['birth_date', /дат[а-я]* рождени|год[а-я]* рождени|(?<![а-я])возраст|date of birth|birth ?date/],
  ['passport', /паспорт|документ[а-я]*,? удостоверяющ|passport/],
  ['inn_snils', /снилс|(?<![а-я])инн(?![а-я])|налогоплательщик|страхов[а-я]* номер/],
  ['payment', /платеж|оплат|банковск[а-я]* карт|данн[а-я]* карт|payment|card/],
  [
    'bank_details',
    /банковск[а-я]* реквизит|реквизит|расчетн[а-я]* сч|номер[а-я]* сч[её]т|(?<![а-я])бик(?![а-я])|bank account/,
  ],
  ['ip', /(?<![a-z])ip(?![a-z])|ip-адрес/],
  ['cookies', /cookie|куки/],
  ['browser', /браузер|user[- ]?agent|юзер-агент|browser/],
  [
    'device',
    /устройств|операционн[а-я]* систем|(?<![а-я])ос(?![а-я])|device|advertising id|идентификатор[а-я]* установк/,
  ],
  [
    'location',
    /местоположени|геолокац|геопозиц|геоданн|location|стран[а-я]* устройств|город[а-я]* (?:пользовател|проживани)/,
  ],
  ['photo_video', /фото|видео|изображени|аудиозапис|photo|video/],
  [
    'social_accounts',
    /социальн[а-я]* сет|соцсет|telegram|телеграм|вконтакте|профил[а-я]* в|аккаунт[а-я]* (?:в|соц)/,
  ],
  [
    'employment',
    /мест[а-я]* работ|должност|трудов|стаж|професси|занимаем|employ|job title|сведения о работе/,
  ],
  ['education', /образовани|квалификац|диплом|education/],
  ['health', /здоровь|медицин|диагноз|health/],
  ['biometric', /биометри|biometric/],
  ['children', /несовершеннолет|(?<![а-я])дет(?:ей|и|ях)(?![а-я])|children/],
  ['order_history', /заказ|покупк|истори[а-я]* (?:покуп|заказ)|корзин|order|purchase|тариф|приобретенн/],
  [
    'messages',
    /сообщени|переписк|обращени|комментари|отзыв[а-я]*(?! согласи)|вопрос|текст[а-я]* заявк|message/,
  ],
  ['login_credentials', /логин|парол|учетн[а-я]* запис|токен|авторизац|password|login|credential/],
];

export const PURPOSE_RULES: Rules<Purpose> = [
  ['account', /регистрац|учетн[а-я]* запис|личн[а-я]* кабинет|авторизац|аккаунт|account|sign[- ]?up/],
  [
    'contract_service',
    /договор|оказани[а-я]* (?:услуг|помощ)|предоставлени[а-я]* (?:услуг|сервис|доступ|товар|пользовател)|исполнени[а-я]* (?:обязательств|заказ|соглашени)|оформлени[а-я]* заказ|заказ|обучени|консультац|оферт|бронировани|запис[а-я]* на|услуг|service|contract/,
  ],
  [
    'contact',
    /связ[иь](?! с (?:исполнени|законодательств|требовани))|обратн[а-я]* связ|уведомлени|информировани|ответ[а-я]* на|обработк[а-я]* (?:запрос|заяв|обращени)|обращени|поддержк|направлени[а-я]* (?:пользовател|сообщени|писем)|contact|support/,
  ],
  [
    'marketing',
    /реклам|маркетинг|рассыл|акци[яийх]|спецпредложени|специальн[а-я]* предложени|новост|продвижени|promotion|marketing|newsletter/,
  ],
  [
    'analytics_improvement',
    /аналити|статистик|улучшени|качеств[а-я]* (?:сайта|сервис|услуг|работ|обслуживан)|метрик|совершенствова|развити[а-я]* (?:сайта|сервис|продукт)|удобств|стабильност|analytics|improv/,
  ],
  [
    'legal_obligation',
    /законодательств|требовани[а-я]* закон|налогов|бухгалтер|судебн|государственн[а-я]* орган|нормативн|кадров[а-я]* учет|legal obligation|comply/,
  ],
  ['security_fraud', /безопасност|мошенни|фрод|злоупотреблен|несанкционированн|security|fraud/],
  ['hiring', /трудоустройств|ваканси|кандидат|резюме|соискател|подбор[а-я]* персонал|hiring|recruit/],
  ['research_statistics', /исследовани|статистическ|опрос|research/],
  [
    'personalisation',
    /персонализ|индивидуальн[а-я]* (?:предложени|подход|услуг|ресурс)|персонализированн|рекомендац|таргет|personali/,
  ],
  ['payment_processing', /оплат|платеж|возврат[а-я]* (?:денеж|средств|платеж)|расчет[а-я]* с|payment/],
  ['delivery', /доставк|курьер|delivery|shipping/],
];

const DEFINITION_SECTION = /термин|определени|понят|глоссари/;
const NEGATED =
  /(?:не|никогда не|ни при каких)\s+(?:собира|запрашива|хран|обрабатыва|получа|содерж|требу|использу|сохраня|передава|продаем|продает)|не содержат|не покидают|только на (?:вашем|устройстве)|никуда не/;

const DATA_SECTION =
  /(?:состав|перечень|категори|какие|каких|виды|сбор|собира|собираем|получаем|обрабатыва|предмет|информаци[яи] (?:о|которую)|данные (?:пользовател|клиент)|collect|information we)/;
const DATA_SECTION_NOT =
  /цел|прав|обязанност|срок|хранен|защит|безопасн|передач|раскрыт|условия обработк|принцип|изменени|заключ|контакт|ответственност|обязательств сторон/;
const DATA_SENTENCE =
  /(?:собира|обрабатыва|получа|предоставля|указыва|запрашива|сообща|вводит|заполн|входят|относ[яи]тся|включа|следующ|перечень|состав|оставля|передаваемые|передает|передаются|автоматически|collect|we (?:receive|process))/;
const DATA_WORD = /данн|информаци|сведени|information|data/;

const PURPOSE_SECTION = /цел|purpos|для чего|зачем/;
const PURPOSE_SENTENCE =
  /(?:в целях|цел[ьяиейюях]{1,3}(?![а-я])|с целью|для (?:того|целей|целей|обеспечени|исполнени|оказани|предоставлени|связи|получени|проведени|улучшени|информировани|направлени|обработк|осуществлени|идентификац|заключени|оформлени)|использу[а-я]* (?:для|в целях|с целью)|may use|we use .* to|in order to|purpose)/;

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
): Sentence[] {
  const out: Sentence[] = [];
  let listOpen = false;
  let listClauseDepth = 0;
  let listLine = -1;
  for (const s of doc.sentences) {
    if (s.heading) {
      listOpen = false;
    }
    if (DEFINITION_SECTION.test(s.section)) continue;
    const inSection = section.test(s.section) && !sectionNot?.test(s.section);
    const own = sentence.test(s.low) && (!word || word.test(s.low));
    const depth = s.clause ? s.clause.split('.').length : 0;
    // A list item continues the list while it is on a following line and no shallower clause starts.
    if (listOpen && s.line !== listLine && depth > 0 && depth < listClauseDepth) listOpen = false;
    if (listOpen && s.text.length > 400) listOpen = false;
    if (inSection || own || listOpen) {
      if (!NEGATED.test(s.low)) out.push(s);
    }
    if (
      (own || inSection) &&
      /:\s*$|:$|следующ[а-я]* (?:данн|информац|сведени|цел)[^.]*$/.test(s.text.trim())
    ) {
      listOpen = true;
      listLine = s.line;
      listClauseDepth = depth;
    }
  }
  return out;
}

function categorise<K extends string>(sentences: Sentence[], rules: Rules<K>): Map<K, Sentence[]> {
  const found = new Map<K, Sentence[]>();
  for (const s of sentences) {
    for (const [k, re] of rules) {
      if (re.test(s.low)) {
        const list = found.get(k) ?? [];
        list.push(s);
        found.set(k, list);
      }
    }
  }
  return found;
}

export function readData(doc: Doc): Map<DataCategory, Sentence[]> {
  const ctx = contextSentences(doc, DATA_SECTION, DATA_SECTION_NOT, DATA_SENTENCE, DATA_WORD);
  const found = categorise(ctx, DATA_RULES);
  const otherCues = ctx.filter((s) =>
    /(?:иные|другие|прочие|дополнительн[а-я]*)\s+(?:данн|сведени|информац)|и т\.\s?п|и т\.\s?д|и другие данные/.test(
      s.low,
    ),
  );
  if (otherCues.length > 0 && !found.has('other')) found.set('other', otherCues);
  return found;
}

export function readPurposes(doc: Doc): Map<Purpose, Sentence[]> {
  const ctx = contextSentences(doc, PURPOSE_SECTION, /прав|срок|хранени/, PURPOSE_SENTENCE, null);
  return categorise(ctx, PURPOSE_RULES);
}
