// E-mails, phones, postal addresses and the site's domain(s).

import type { Doc, Sentence } from './text';

const EMAIL =
  /(?<![\p{L}\d._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9-]{1,63})*\.(?:[a-z]{2,24}|рф)(?![\p{L}\d])/gu;
// Russian phone numbers: +7 / 8 and ten digits in the usual groupings.
const PHONE =
  /(?<![\d\p{L}])(?:\+7|8)[\s\u00a0-]*\(?\d{3,5}\)?[\s\u00a0-]*\d{1,3}[\s\u00a0-]*\d{2}[\s\u00a0-]*\d{2,3}(?![\d])/gu;
const EXAMPLE =
  /^(?:example|test|name|user|your|mail|email|e-mail|почта|yourname|username|ivanov|info@example)@|@(?:example|test|domain|site|mail\.example)\./;
// Addresses of services that are never the operator's request address.
const NOT_OPERATOR =
  /@(?:[a-z0-9-]+\.)*(?:getresponse|mailchimp|sendpulse|unisender|google|yandex-team|rkn\.gov|tinkoff|sberbank|cloudpayments|yookassa|robokassa)\./;
// Context of a processor / third party: an address given there belongs to them.
const THIRD =
  /(переда[а-яе]*|поруч[а-я]*|обработчик|третьи[а-я]* лиц|партнер|контрагент|сервис[а-я]* рассыл|платежн[а-я]* (?:систем|сервис|агрегатор))/;

export interface Found<T> {
  value: T;
  sentences: Sentence[];
}

function push<T>(list: Found<T>[], value: T, s: Sentence, same: (a: T, b: T) => boolean) {
  const f = list.find((x) => same(x.value, value));
  if (f) {
    if (!f.sentences.includes(s)) f.sentences.push(s);
  } else list.push({ value, sentences: [s] });
}

export function findEmails(doc: Doc, operatorName: string | null): Found<string>[] {
  const out: Found<string>[] = [];
  const third: Found<string>[] = [];
  const opKey = operatorName?.toLowerCase().replace(/ё/g, 'е') ?? '';
  for (const s of doc.sentences) {
    if (!s.low.includes('@')) continue;
    for (const m of s.low.matchAll(EMAIL)) {
      const e = m[0].replace(/\.+$/, '');
      if (EXAMPLE.test(e) || NOT_OPERATOR.test(e)) continue;
      const before = s.low.slice(0, m.index);
      // Another company named in a transfer context, and not the operator: its address, not the operator's.
      const otherCompany = /(?:ооо|ао|зао|пао|ип)\s*[«"]([^»"]+)[»"]/.exec(before);
      const isThird =
        THIRD.test(before) && !!otherCompany && !opKey?.includes(otherCompany[1]!.toLowerCase());
      push(isThird ? third : out, e, s, (a, b) => a === b);
    }
  }
  return out;
}

export function findPhones(doc: Doc): Found<string>[] {
  const out: Found<string>[] = [];
  for (const s of doc.sentences) {
    if (!/\d{2}/.test(s.text)) continue;
    for (const m of s.text.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length !== 11) continue;
      const before = s.low.slice(Math.max(0, m.index - 30), m.index);
      if (/(инн|огрн|кпп|окпо|бик|сч[её]т|р\/с|к\/с)[\s:№]*$/.test(before)) continue;
      push(out, m[0].trim(), s, (a, b) => a.replace(/\D/g, '').slice(1) === b.replace(/\D/g, '').slice(1));
    }
  }
  return out;
}

// Addresses: after a label, something with a postcode or street / city markers.
const ADDRESS_LABEL =
  /(юридическ[а-я]+|почтов[а-я]+|фактическ[а-я]+|местонахождени[а-я]+)?\s*адрес[а-я]*(?:\s+(?:места\s+нахождения|местонахождения|регистрации|для\s+(?:корреспонденции|направления\s+[а-я]+|обращений|почтовых\s+отправлений)|офиса|оператора|организации))?\s*(?:оператора\s*)?(?::|–|—|-|по\s+адресу:?)\s*/g;
const ADDRESS_BODY =
  /^(?:\d{6}|россия|российская|г\.|город|ул\.|улица|республика|[а-я]+ская\s+обл|москва|санкт-петербург|пр-т|проспект|\d{1,4}[а-я]?,?\s)/;

export function findAddresses(doc: Doc): Found<{ text: string; postal: boolean }>[] {
  const out: Found<{ text: string; postal: boolean }>[] = [];
  for (const s of doc.sentences) {
    if (!/адрес/.test(s.low)) continue;
    for (const m of s.low.matchAll(ADDRESS_LABEL)) {
      const from = m.index + m[0].length;
      const rest = s.low.slice(from);
      if (!ADDRESS_BODY.test(rest) && !/\d{6}/.test(rest.slice(0, 80))) continue;
      let end = rest.search(/\(|\)|;|\s(?:инн|огрн|кпп|тел[.:е]|e-?mail|электронн|почта:|адрес)|\n/iu);
      if (end < 0) end = rest.length;
      const text = s.text
        .slice(from, from + end)
        .replace(/[\s,.;:–—-]+$/, '')
        .trim();
      if (text.length < 8 || !/\d/.test(text)) continue;
      const label = m[0];
      const postal =
        /почтов|корреспонденц|направлени|обращени/.test(label) ||
        /(запрос|обращени|отзыв|заявлени|направ)/.test(s.low.slice(0, m.index));
      push(out, { text, postal }, s, (a, b) => a.text === b.text);
    }
  }
  // "по адресу: …" for requests, without a label word before it.
  return out;
}

// Domains the policy names as its site(s).
const URL_OR_DOMAIN =
  /(?:https?:\/\/(?:www\.)?((?:[a-z0-9а-я](?:[a-z0-9а-я-]{0,61}[a-z0-9а-я])?\.)+[a-zа-я]{2,24})|(?:www\.)?((?:[a-z0-9а-я](?:[a-z0-9а-я-]{0,61}[a-z0-9а-я])?\.)+(?:ru|рф|com|net|org|pro|shop|online|site|store|io|app|info|biz|su|moscow|me|tech|dev|space|club|tv|by|kz|ua|plus)))(?![\p{L}\d-])(?:\/[^\s»"),;]*)?/gu;
const NOT_SITE =
  /(?:^|\.)(?:yandex|ya|google|googleapis|gstatic|vk|vkontakte|facebook|instagram|mail|gmail|consultant|garant|kremlin|gov|rkn|pd\.rkn|apple|microsoft|mozilla|opera|firebase|getresponse|github|t|telegram|whatsapp|youtube|ok|rambler|bk|inbox|list|icloud|outlook|hotmail|adobe|cloudflare|tilda|wix|pravo|allaboutcookies|aboutcookies|yoomoney|yookassa|tinkoff|sberbank|robokassa|cloudpayments)\.[a-zа-я]+$/;

export function findSites(doc: Doc, host?: string): Found<string>[] {
  const out: Found<string>[] = [];
  for (const s of doc.sentences) {
    if (!/\.(?:[a-z]{2,}|рф)/.test(s.low)) continue;
    for (const m of s.low.matchAll(URL_OR_DOMAIN)) {
      const before = s.low[m.index - 1];
      if (before === '@' || before === '.') continue;
      const d = (m[1] ?? m[2]!).replace(/^www\./, '');
      if (NOT_SITE.test(d) || /\.(?:pdf|doc|docx|html|php)$/.test(d)) continue;
      const isUrl = m[0].startsWith('http') || m[0].startsWith('www');
      const context =
        /сайт|веб|ресурс|домен|по адресу|платформ|портал|интернет-магазин|приложени|site|website/.test(s.low);
      if (!isUrl && !context) continue;
      push(out, d, s, (a, b) => a === b);
    }
  }
  if (host) {
    const h = host.replace(/^www\./, '');
    const known = out.filter((f) => h === f.value || h.endsWith(`.${f.value}`) || f.value.endsWith(`.${h}`));
    if (known.length > 0) return known;
  }
  return out;
}
