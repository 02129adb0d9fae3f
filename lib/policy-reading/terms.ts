// Sharing, cross-border transfer, retention, withdrawal, cookies, analytics and consent-by-use.

import type { Doc, Sentence } from './text';
import type { Channel } from './types';

const DEFINITIONAL = /^(?:[\d.\s-]*)[«"]?[а-яa-z -]{3,60}[»"]?(?:\s[-–—]|[–—])\s/;
const definitions = new WeakMap<Sentence, boolean>();
/** A definition ("Оператор — …") or a sentence of the terms section: it defines words, it does not say what is done. */
function isDefinition(s: Sentence): boolean {
  let v = definitions.get(s);
  if (v === undefined) {
    v = /термин|определени|понят/.test(s.section) || DEFINITIONAL.test(s.low);
    definitions.set(s, v);
  }
  return v;
}

// ---- analytics services (standard names) ----
export const ANALYTICS: Array<[string, RegExp]> = [
  ['Яндекс.Метрика', /(?:яндекс|yandex)[\s.-]*(?:метрик|metri)/],
  ['Google Analytics', /google[\s.-]*(?:analytics|аналитик)|гугл[\s.-]*аналитик|(?<![a-z])gtag(?![a-z])/],
  ['Firebase Analytics', /firebase[\s.-]*analytics/],
  ['Adobe Site Catalyst', /adobe[\s.-]*site[\s.-]*catalyst|omniture/],
  ['Adobe Analytics', /adobe[\s.-]*analytics/],
  ['AppMetrica', /appmetrica|апметрик/],
  ['Top.Mail.Ru', /top\.mail\.ru|рейтинг[а-я]* mail\.ru|топ[\s.-]?мейл/],
  ['LiveInternet', /liveinternet|лайвинтернет/],
  ['Hotjar', /hotjar/],
  ['Mixpanel', /mixpanel/],
  ['Amplitude', /(?<![a-z])amplitude(?![a-z])/],
  ['Roistat', /roistat|ройстат/],
  ['Calltouch', /calltouch|коллтач/],
  ['Meta Pixel', /facebook[\s.-]*pixel|meta[\s.-]*pixel|пиксел[а-я]* (?:facebook|meta)/],
  ['Вконтакте', /(?:vk|вк|вконтакте)[\s.-]*(?:pixel|пиксел|ретаргет)|пиксел[а-я]* (?:vk|вк|вконтакте)/],
  ['myTarget', /mytarget|май[\s-]?таргет/],
];
const ANALYTICS_CONTEXT = /метрик|аналити|статистик|обезличенн|пиксел|счетчик|analytics|посещаемост/;

export function readAnalytics(doc: Doc): Map<string, Sentence[]> {
  const out = new Map<string, Sentence[]>();
  // Only the services the whole text names are looked for sentence by sentence.
  const named = ANALYTICS.filter(([, re]) => re.test(doc.low));
  const vk = /вконтакте|(?<![а-я])vk(?![a-z])/.test(doc.low);
  if (named.length === 0 && !vk) return out;
  for (const s of doc.sentences) {
    for (const [name, re] of named) {
      if (re.test(s.low)) out.set(name, [...(out.get(name) ?? []), s]);
    }
    // A social network listed beside an analytics service ("Яндекс Метрика и Вконтакте").
    if (
      vk &&
      /вконтакте|(?<![а-я])vk(?![a-z])/.test(s.low) &&
      ANALYTICS_CONTEXT.test(s.low) &&
      /(?:яндекс|google|гугл)/.test(s.low)
    ) {
      out.set('Вконтакте', [...(out.get('Вконтакте') ?? []), s]);
    }
  }
  return out;
}

// ---- cookies ----
export function readCookies(doc: Doc): { value: boolean | null; sentences: Sentence[] } {
  const mentions = doc.sentences.filter((s) => /cookie|куки/.test(s.low));
  const neg = mentions.filter((s) =>
    /не (?:использу|применя|собира)[а-я]* (?:файл[а-я]* )?(?:cookie|куки)|(?:cookie|куки)[а-я]* не использу/.test(
      s.low,
    ),
  );
  // A heading («Файлы cookie») names the topic; the sentences under it say whether cookies are used.
  const pos = mentions.filter((s) => !neg.includes(s) && !isDefinition(s) && !s.heading);
  if (pos.length > 0) return { value: true, sentences: pos.slice(0, 5) };
  if (neg.length > 0) return { value: false, sentences: neg };
  if (mentions.length > 0) return { value: true, sentences: mentions.slice(0, 3) };
  return { value: null, sentences: [] };
}

// ---- sharing ----
// "передаваемые" (data a browser sends) is not a transfer by the operator.
const TRANSFER_VERB =
  /(?:переда(?!ваем)[а-яе]*|прода[её]?[а-я]*|отправля[а-я]*|пересыла[а-я]*|передач[а-я]*|предоставл[а-я]*|предоставит[а-я]*|раскрыва[а-я]*|раскрыт[а-я]*|поруча[а-я]*|поручит[а-я]*|поручени[а-я]*|share|disclos|transfer)/;
const RECIPIENT =
  /(?:третьим|третьих|третьи|партнер|контрагент|курьер|служб[а-я]* доставк|платежн|банк|хостинг|провайдер|аффилированн|подрядчик|обработчик|агент|(?:сторонн|внешн)[а-я]* сервис|сервис[а-я]* (?:аналитик|рассыл|доставк|оплат|хостинг|коммуникац|поддержк)|операторам|организаци[а-я]* почтов|органам|уполномоченн[а-я]* (?:органам|лиц)|third part|partner|processor|service provider|affiliat)/;
const ONLY_LAW =
  /(?:за исключением|кроме|только|исключительно|лишь)[^.]{0,140}(?:законодательств|закон[а-я]*|согласи|требовани[а-я]* (?:суд|государствен))|не (?:переда[а-я]*|раскрыва[а-я]*|продае|продаё|предоставля)[а-я]*|не будут переданы|not (?:sell|share|disclose)/;
const PROCESSOR =
  /по поручению|поручить обработку|поручает обработку|поручени[а-я]* оператора|обработчик|лиц[а-я]*, осуществляющ[а-я]* обработку[^.]{0,40}по поручению|от (?:нашего|его|их) (?:имени|лица)|processor|on our behalf|хостинг|сервис[а-я]* (?:рассыл|хранени|обработк)/;
const LAW_AUTH = /(?:органам|орган[а-я]*|суд[а-я]*)/;

export interface Sharing {
  shares: boolean | null;
  shareSentences: Sentence[];
  processors: boolean | null;
  processorSentences: Sentence[];
  named: Map<string, Sentence[]>;
}

// Kinds of recipients in any grammatical case (the policy's own wording is kept): companies by their legal
// name, delivery and postal services, payment services, banks, partners, contractors, telecom operators,
// hosting, authorities.
const NAMED_RECIPIENTS: RegExp[] = [
  /(?:ООО|АО|ПАО|ЗАО)\s*[«"][^»"]{1,60}[»"]/gu,
  /курьерск[а-яё]* служб[а-яё]*|служб[а-яё]* доставки/giu,
  /организаци[а-яё]* почтовой связи/giu,
  /оператор[а-яё]* (?:электро|сотовой |мобильной )?связи/giu,
  /платежн[а-яё]* (?:систем[а-яё]*|сервис[а-яё]*|провайдер[а-яё]*|агрегатор[а-яё]*)/giu,
  /(?<![а-яё])банк(?:ам|ов|и|у|ами)(?![а-яё])/giu,
  /аффилированн[а-яё]* лиц[а-яё]*/giu,
  /(?:(?:стратегическ|деловы|коммерческ)[а-яё]* |(?:компани|магазин)[а-яё]*-)?партн[её]р(?:ам|ов|ами|ы)(?![а-яё])/giu,
  /(?<![а-яё])контрагент(?:ам|ов|ами|ы)(?![а-яё])/giu,
  /(?<![а-яё])подрядчик(?:ам|ов|ами|и)(?![а-яё])/giu,
  /поставщик(?:ам|ов|ами|и) услуг/giu,
  /(?:налогов[а-яё]*|правоохранительн[а-яё]*|уполномоченн[а-яё]*|государственн[а-яё]*)[^.;]{0,40}?орган(?:ам|ов|ами|ы)(?![а-яё])|госорган[а-яё]*|орган[а-яё]* (?:дознания|следствия)/giu,
  /хостинг[а-яё-]*[^.;,]{0,30}?провайдер[а-яё]*/giu,
];

/** One key per recipient whatever its case: the first five letters of each word. */
const recipientKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^а-яa-z]+/)
    .filter(Boolean)
    .map((w) => w.slice(0, 5))
    .join(' ');

function nameRecipients(s: Sentence, named: Map<string, Sentence[]>, keys: Map<string, string>): void {
  for (const re of NAMED_RECIPIENTS) {
    for (const m of s.text.matchAll(re)) {
      // «партнерам» after «стратегическим партнерам»: the same recipient, named shorter.
      const words = recipientKey(m[0]).split(' ');
      const same = [...keys.keys()].find((k) => {
        const kw = k.split(' ');
        const [short, long] = kw.length <= words.length ? [kw, words] : [words, kw];
        return short.every((w) => long.includes(w));
      });
      const key = same ?? words.join(' ');
      const name = keys.get(key) ?? m[0];
      keys.set(key, name);
      const list = named.get(name) ?? [];
      if (!list.includes(s)) list.push(s);
      named.set(name, list);
    }
  }
}

const CONCRETE =
  /(?:партнер|контрагент|курьер|доставк|платежн|банк|хостинг|провайдер|аффилирован|подрядчик|сервис|агент|firebase|crashlytics|sentry|appmetrica)/;
const SENT_TO_SERVICE =
  /(?:отправля[а-я]*|передаются|переда[её]тся|загружа[а-я]*) в (?:firebase|crashlytics|sentry|appmetrica|google|amplitude|mixpanel)/;
const NEG_TRANSFER =
  /(?:не|никогда не|ни при каких условиях не) (?:переда[а-я]*|раскрыва[а-я]*|прода[а-я]*|предоставля[а-я]*|отправля[а-я]*|пересыла[а-я]*|будут переданы|sell|share)|без передачи|not (?:sell|share|disclose)/;

const PROCESSOR_LIKE =
  /контрагент|подрядчик|хостинг|от нашего (?:имени|лица)|переда[а-я]* в (?:ооо|ао|пао|зао)(?![а-я])|от (?:его|их) имени|привлека[а-я]*|firebase|crashlytics|курьер|третьими лицами/;

export function readSharing(doc: Doc): Sharing {
  const shareSentences: Sentence[] = [];
  const negSentences: Sentence[] = [];
  const processorSentences: Sentence[] = [];
  const named = new Map<string, Sentence[]>();
  const keys = new Map<string, string>();
  for (const s of doc.sentences) {
    if (isDefinition(s) || s.heading) continue;
    const low = s.low;
    if (/неуполномоченн|несанкционированн|собира[а-я]* сторонн/.test(low)) continue;
    if (PROCESSOR.test(low) && !/не поруча/.test(low)) processorSentences.push(s);
    const transferSection = /передач|третьим|третьих|раскрыт|получател|sharing|disclos/.test(s.section);
    const transferWords =
      /переда|прода|отправ|пересыл|предостав|раскры|поруч|share|disclos|transfer/.test(low) &&
      TRANSFER_VERB.test(low) &&
      RECIPIENT.test(low);
    const sentToService = SENT_TO_SERVICE.test(low);
    if (!transferWords && !sentToService && !(transferSection && CONCRETE.test(low))) continue;
    // Rights of the subject and duties of the operator describe the law, not what the operator does.
    if (
      /(?:субъект|пользовател)[а-я]* (?:вправе|имеет право)|право на получение|требовать от оператора/.test(
        low,
      )
    )
      continue;
    // The user giving data to the operator, or a browser sending it, is not a transfer to others.
    if (
      /пользовател[а-я]* (?:сам[а-я]* |самостоятельно )?предоставля|предоставля[а-я]* о себе|автоматически переда/.test(
        low,
      ) &&
      !/третьим|партнер|контрагент/.test(low)
    )
      continue;
    const concrete = CONCRETE.test(low);
    const negative = NEG_TRANSFER.test(low) || ONLY_LAW.test(low);
    const lawOnly = LAW_AUTH.test(low) && !concrete;
    // "Не передаёт, за исключением … (например, платёжным сервисам)": concrete recipients are still recipients.
    const exceptionNamesRecipients =
      negative && /за исключением|кроме/.test(low) && concrete && !/не (?:продае|продаё)/.test(low);
    if ((negative || lawOnly) && !exceptionNamesRecipients && !sentToService) {
      negSentences.push(s);
      // Recipients named as the exception («кроме … органам», «за исключением платёжных систем») or as
      // authorities the law sends data to are still named recipients; «не передаём партнёрам» names none.
      if (lawOnly || /за исключением|кроме|только|исключительно|лишь/.test(low))
        nameRecipients(s, named, keys);
      continue;
    }
    if (/может|вправе|могут|may|если|в случае/.test(low) && !concrete && !/органам/.test(low)) {
      negSentences.push(s);
      continue;
    }
    shareSentences.push(s);
    nameRecipients(s, named, keys);
  }
  const shares =
    shareSentences.length > 0 || processorSentences.length > 0
      ? true
      : negSentences.length > 0
        ? false
        : null;
  return {
    shares,
    shareSentences:
      shareSentences.length > 0 ? shareSentences : shares === true ? processorSentences : negSentences,
    processors:
      processorSentences.length > 0 || shareSentences.some((x) => PROCESSOR_LIKE.test(x.low)) ? true : null,
    processorSentences,
    named,
  };
}

// ---- cross-border ----
const CROSS =
  /трансграничн|за предел[а-я]* (?:территории )?(?:российской федерации|рф|россии)|на территори[а-я]* иностранн|иностранн[а-я]* (?:государств|юрисдикц)|за рубеж|за границ|вне (?:вашей |вашего )?(?:стран|региона|россии|рф)|(?:в|на территорию) (?:других |иных )?стран(?:ы|ах)?(?![а-я])|(?<![а-я])сша(?![а-я])|соединенн[а-я]* штат|с менее строгим|в другие (?:месторасположени|местоположени|юрисдикци)|other locations|outside (?:russia|the russian|your country)|abroad|cross-border|other countries|серверах?[^.]{0,60}(?:европ|ирланди|нидерланд|германи)/;
const CROSS_NEG =
  /(?:не осуществля[а-я]*|не производ[а-я]*|не выполня[а-я]*|не допуска[а-я]*)[^.]{0,40}трансграничн|трансграничн[а-я]* передач[а-я]*[^.]{0,40}не (?:осуществля|производ|выполня|допуска)|не (?:переда[а-я]*|передаются)[^.]{0,60}за предел|only (?:in|within) russia|(?:исключительно|только) на территории (?:российской федерации|рф|россии)/;
const CROSS_COND =
  /при необходимости|в случае(?! передачи)|до начала|если|должен|обязан|убедиться|допускается|возможна только|предполагаем|намерени|при условии|при наличии|информаци[а-я]* об|вправе (?:запрет|ограничи)/;

export function readCrossBorder(doc: Doc): { value: boolean | null; sentences: Sentence[] } {
  const hits = doc.sentences.filter((s) => CROSS.test(s.low) && !isDefinition(s) && !s.heading);
  const neg = doc.sentences.filter((s) => CROSS_NEG.test(s.low) && !isDefinition(s));
  if (neg.length > 0) return { value: false, sentences: neg };
  const outright = hits.filter((s) => !CROSS_COND.test(s.low) && !/:\s*$/.test(s.text));
  if (outright.length > 0) return { value: true, sentences: outright };
  return { value: null, sentences: hits };
}

// ---- retention ----
const RETENTION =
  /срок[а-я]* (?:хранени|обработк)[а-я]*|(?:обрабатыва|хран)[а-я]*[^.]{0,60}(?:на срок(?!,? (?:установленн|предусмотренн|определенн)[а-я]* (?:законодательств|закон))|в течение (?:всего )?срока|до (?:истечения|окончания|прекращения))|хран[а-я]+[^.]{0,60}(?:в течение|не более|не дольше|до (?:достижени|момента|отзыв|истечени|прекращени)|пока)|(?:обработк|хранени)[а-я]*[^.]{0,80}(?:без ограничения срока|неограничен|в течение \d|в течение [а-я]+ (?:лет|год|месяц)|до достижения|по достижении|не дольше|не более|до отзыва)|согласи[а-я]*[^.]{0,60}(?:да[её]тся|действует|предоставляется)[^.]{0,60}(?:на срок (?:действи|исполнени|оказани)|в течение (?:\d|[а-я]+ (?:лет|год|месяц))|до (?:истечения|окончания|прекращения))|хран[а-я]+[^.]{0,60}(?:согласно|в соответствии со?) (?:[а-я]+ )?срок|retain|retention|(?:we )?keep (?:your |the )?(?:data|information|personal)[^.]{0,40} for|stored for|kept for/;
const RETENTION_NOT =
  /cookie|куки|сеанс|сесси|(?:в срок|в течение|не позднее)[^.]{0,30}(?:\d+|[а-я]+)\s*(?:\([а-я ]+\)\s*)?(?:рабочих |календарных )?(?:дн|день|сут)|сроки (?:рассмотрения|ответа)/;
const RETENTION_VALUE =
  /(?:срок[а-я]* (?:хранени|обработк)[а-я]*[^.;:]{0,40}?(?:является|составляет|–|—|-|:|определя[а-я]*|устанавлива[а-я]*|не может|не превыша)[^.;]{0,200})|(?:в течение|на протяжении|не более|не менее|не дольше|до)\s[^.;]{0,200}|(?:без ограничения срока|неограничен[а-я]*)[^.;]{0,100}/;

// "… кроме случаев, когда закон требует хранить в течение определённого срока": an exception, not a period.
const EXCEPTION_ONLY =
  /(?:за исключением|кроме) случаев[^.]*(?:хранени|хран)[^.]*(?:законом|законодательством|закона)[^.]*срок/;

export function readRetention(doc: Doc): { value: string | null; sentences: Sentence[] } {
  const hits = doc.sentences.filter(
    (s) =>
      /хран|срок|retain|retention|keep|stored|kept|бессрочн|неограничен/.test(s.low) &&
      RETENTION.test(s.low) &&
      !RETENTION_NOT.test(s.low) &&
      !isDefinition(s) &&
      !s.heading &&
      !/(?:субъект|пользовател)[а-я]* (?:вправе|имеет право)/.test(s.low),
  );
  const withPeriod = hits
    .filter((s) => !EXCEPTION_ONLY.test(s.low))
    .filter((s) =>
      /\d|год|лет|месяц|дн|неограничен|без ограничения|достижени|пока|до отзыв|прекращени|истечени|срок[а-я]* (?:действи|исполнени)|законодательств|(?:согласно|в соответствии со?) (?:[а-я]+ )?срок/.test(
        s.low,
      ),
    );
  const pick = withPeriod[0];
  if (!pick) return retentionInTable(doc);
  const m = RETENTION_VALUE.exec(pick.low);
  let value = pick.text.trim();
  if (m && m[0].length > 15) value = pick.text.slice(m.index, m.index + m[0].length).trim();
  if (value.length > 300) value = `${value.slice(0, 297)}…`;
  return { value, sentences: withPeriod.slice(0, 3) };
}

// A table with a "Срок хранения" column: its cells give the periods.
function retentionInTable(doc: Doc): { value: string | null; sentences: Sentence[] } {
  const header = doc.sentences.find(
    (s) => s.text.includes('|') && /срок[а-я]* (?:хранени|обработк)|retention/.test(s.low),
  );
  if (!header) return { value: null, sentences: [] };
  const cells = header.low.split('|').map((c) => c.trim());
  const col = cells.findIndex((c) => /срок|retention/.test(c));
  const rows = doc.sentences.filter(
    (s) => s.start > header.start && s.text.includes('|') && !/^[|\s:-]+$/.test(s.text),
  );
  const values: string[] = [];
  const used: Sentence[] = [];
  for (const r of rows) {
    const cell = r.text.split('|').map((c) => c.trim())[col];
    if (cell && /\d|год|лет|месяц|дн|отзыв|достижени|бессрочн|year|month|day/.test(cell.toLowerCase())) {
      values.push(cell);
      used.push(r);
    }
  }
  return values.length > 0 ? { value: values.join('; '), sentences: used } : { value: null, sentences: [] };
}

// ---- withdrawal / requests ----
const WITHDRAW =
  /отзыв[а-я]* (?:сво[а-я]* |ранее (?:данн|предоставленн)[а-я]* )?согласи|отозвать (?:сво[а-я]* )?согласи|удалени|удалить|(?<![а-я])удален[оа]?(?![а-я])|уничтожени[а-я]* (?:сво|мои|его)|прекращени[а-я]* обработк|прекра(?:тить|щает|тит) обработку|withdraw|delet|erase/;
const DEADLINE =
  /в (?:течение|срок(?:,)? (?:не )?(?:превышающ[а-я]*|более|до)?|пределах)\s+(\d{1,3}|[а-я]+)\s*(?:\([а-я ]+\)\s*)?(?:(?:рабочих|календарных)\s+)?(?:дн|день|сут)/;
const NUMBER_WORDS: Record<string, number> = {
  трех: 3,
  трёх: 3,
  пяти: 5,
  семи: 7,
  десяти: 10,
  пятнадцати: 15,
  тридцати: 30,
  сорока: 40,
  шестидесяти: 60,
  девяноста: 90,
  трид: 30,
};

const REQUEST =
  /запрос[а-я]*[^.]{0,60}направля|реализаци[а-я]* (?:сво[а-я]* |указанн[а-я]* )?прав|(?:обратиться|обратитесь|обращайтесь|направ[а-я]* (?:запрос|заявлени|обращени|письм))|по (?:всем )?вопросам[^.]{0,40}(?:обработк|персональн)|contact us/;

export function readWithdrawal(
  doc: Doc,
  has: { email: boolean; post: boolean; phone: boolean },
): {
  channel: Map<Channel, Sentence[]>;
  deadline: { days: number | null; sentences: Sentence[] };
  mentions: Sentence[];
} {
  const channel = new Map<Channel, Sentence[]>();
  const mentions = doc.sentences.filter((s) => WITHDRAW.test(s.low) && !isDefinition(s));
  // Where the policy says how to exercise rights or contact it: those channels serve requests too.
  const requests = doc.sentences.filter(
    (s) =>
      /запрос|реализац|обрат|обращ|направ|вопрос|contact/.test(s.low) &&
      REQUEST.test(s.low) &&
      !isDefinition(s) &&
      !mentions.includes(s),
  );
  const add = (c: Channel, s: Sentence) => channel.set(c, [...(channel.get(c) ?? []), s]);
  // A paragraph that speaks of withdrawal or deletion: how to do it may be in the sentence before.
  const mentionLines = new Set(mentions.map((s) => s.line));
  const sameParagraph = doc.sentences.filter(
    (s) => mentionLines.has(s.line) && !mentions.includes(s) && !requests.includes(s) && !isDefinition(s),
  );
  for (const s of [...mentions, ...requests, ...sameParagraph]) {
    if (
      /форм[а-я]* (?:обратной связи|на сайте)|через форму|заполнив форму|(?:с помощью|через|посредством) (?:формы )?обратн[а-я]* связи|ссылк[а-я]* (?:для |на )?(?:отписк|отказ|«?отписаться)|отписаться|unsubscribe/.test(
        s.low,
      )
    )
      add('form', s);
    if (
      /личн[а-я]* кабинет|настройк[а-я]* (?:профил|аккаунт|учетн)|в (?:своем )?профиле|account settings/.test(
        s.low,
      )
    )
      add('account', s);
    if (/e-?mail|электронн[а-я]* почт|@/.test(s.low)) add('email', s);
    if (
      /почтов(?![а-я]* ящик)|заказн[а-я]* (?:письм|почт)|по (?:юридическому |почтовому )?адресу(?! электрон)(?!:? [a-z0-9._-]+@)|на (?:юридический |почтовый )?адрес (?:оператора|компании|общества|администрации)|(?<!на адрес электронной почты[^.]{0,40})(?:письменн[а-я]* (?:форм|заявлени|запрос|уведомлени|обращени)(?![^.]{0,20}(?:на|по) (?:адрес[а-я]* )?электронн)|в письменном виде|(?<![а-я])письменно(?![а-я]))/.test(
        s.low,
      )
    )
      add('post', s);
    if (/по телефону|позвон(?:ив|ите)|телефон[а-я]*:/.test(s.low)) add('phone', s);
  }
  // The policy names withdrawal as a right and gives contacts: those contacts' channels (LABELS.md).
  if (mentions.length > 0) {
    const first = mentions[0]!;
    if (has.email && !channel.has('email')) add('email', first);
  }
  // The deadline promised to the person: first the general answer period for requests, else the period
  // for acting on a withdrawal. Deadlines owed to the authority (Роскомнадзор) are not the person's.
  const toAuthority = /уполномоченн[а-я]* орган|этого органа|роскомнадзор|органа по защите/;
  const answer = doc.sentences.filter(
    (s) =>
      /запрос|обращени|заявлени/.test(s.low) &&
      /рассматр|рассмотр|ответ|отвеча|исполн/.test(s.low) &&
      !isDefinition(s),
  );
  let days: number | null = null;
  const deadlineSentences: Sentence[] = [];
  for (const group of [answer, mentions]) {
    for (const s of group) {
      if (toAuthority.test(s.low)) continue;
      const m = DEADLINE.exec(s.low);
      if (!m) continue;
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!] ?? null);
      if (n && n <= 90) {
        days ??= n;
        deadlineSentences.push(s);
      }
    }
    if (days !== null) break;
  }
  return { channel, deadline: { days, sentences: deadlineSentences }, mentions };
}

// ---- consent by mere use ----
const CONSENT_BY_USE =
  /(?:использовани[а-я]*|пользовани[а-я]*|посещени[а-я]*|продолж[а-я]* (?:использовани|пользовани|работ)|продолжая (?:использовать|пользоваться|работу)|оставаясь на|using (?:this|the|our) (?:site|website|service))(?:[^.]|\.(?=\S)){0,120}(?:означает|является|выражает|подтверждает|считается|признается|расценива|means|constitutes|you agree|вы соглашаетесь|соглашаетесь)[^.]{0,80}(?:согласи|agree|accept|соглаша)|(?:продолжая|continuing)[^.]{0,80}(?:соглашаетесь|даете согласие|agree)/;

export function readConsentByUse(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => CONSENT_BY_USE.test(s.low) && !isDefinition(s));
}
