// Parts every letter shares: the addressee, the sender, the signature, the reply address, the relationship
// with the operator and the identity block, and the paragraphs on the law and on retention.

import type { ClauseId, SitePolicy } from '../../policies/types';
import { citeBasis, legalBases } from '../law/request-kinds';
import { russianDate } from '../law/working-days';
import { formatPhone, normalisePhone, type Person } from '../requests/person';
import type { Localized } from '../text/lang';
import { cite, joinText, l, lawTitle, lawTitleGenitive } from './builder';
import { plainLine, plainText } from './plain-text';

/** «Иванов Иван Иванович» → «И.И. Иванов»: surname first, as Russian forms write the name. */
export function initialsSignature(fullName: string): string {
  const words = plainLine(fullName).split(' ').filter(Boolean);
  const [surname, ...given] = words;
  if (!surname) return '';
  const initials = given.map((w) => `${(Array.from(w)[0] ?? '').toLocaleUpperCase('ru-RU')}.`).join('');
  return initials ? `${initials} ${surname}` : surname;
}

/** Context shared by the request letter and the follow-ups. */
interface LetterParty {
  policy: SitePolicy;
  person: Person;
  recipient?: string;
}

export function addresseeLines({ policy, recipient }: LetterParty): Localized[] {
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const url = plainLine(policy.site?.url);
  const operator = plainLine(policy.operator?.name) || `оператор сайта ${site}`;
  const registration = (policy.operator?.registration ?? [])
    .map((r) => `${plainLine(r.kind)} ${plainLine(r.value)}`.trim())
    .filter(Boolean)
    .join(', ');
  const to = plainLine(recipient);
  return [
    l(
      `Кому: ${operator}${registration ? ` (${registration})` : ''} — оператору персональных данных сайта ${site}${url ? ` (${url})` : ''}`,
      `To: ${operator}${registration ? ` (${registration})` : ''}, the personal data operator of the website ${site}${url ? ` (${url})` : ''}`,
    ),
    l(`Служба поддержки сайта ${site}`, `Support service of the website ${site}`),
    ...(to ? [l(`E-mail: ${to}`)] : []),
  ];
}

export function senderLines(person: Person): Localized[] {
  const phone = plainLine(person.phone);
  const address = plainText(person.postalAddress)
    .split('\n')
    .map((line) => line.replace(/[,;]+$/, ''))
    .filter(Boolean)
    .join(', ');
  return [
    l(`От: ${plainLine(person.fullName)}`, `From: ${plainLine(person.fullName)}`),
    l(`E-mail: ${plainLine(person.email)}`),
    ...(phone ? [l(`Телефон: ${displayPhone(phone)}`, `Phone: ${displayPhone(phone)}`)] : []),
    ...(address ? [l(`Почтовый адрес: ${address}`, `Postal address: ${address}`)] : []),
  ];
}

function displayPhone(raw: string): string {
  const e164 = normalisePhone(raw);
  return e164 ? formatPhone(e164) : raw;
}

export function signatureLines(person: Person, date: string): Localized[] {
  const signature = initialsSignature(person.fullName) || '________________';
  return [
    l(`Дата: ${russianDate(date)}`, `Date: ${date}`),
    l(`Подпись: ________ / ${signature}`, `Signature: ________ / ${signature}`),
  ];
}

export function replyEmail(person: Person): string {
  return plainLine(person.replyEmail) || plainLine(person.email);
}

export const complaintWarning: Localized = l(
  `Если настоящее обращение не будет исполнено в указанные сроки, оставляю за собой право обратиться с жалобой в уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор) или в суд (${citeBasis(legalBases.complaint)} Закона).`,
  `If this request is not met within these times, I reserve the right to complain to the authority for the protection of data subjects' rights (Roskomnadzor) or to a court (${citeBasis(legalBases.complaint, 'en')} of the Law).`,
);

export function relationshipBlock(policy: SitePolicy, person: Person): Localized[] {
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const login = plainLine(person.login);
  const phone = plainLine(person.phone);
  const info = plainText(person.accountInfo);
  const lines: Localized[] = [
    l(
      `Я являюсь пользователем сайта ${site}; обработку персональных данных на сайте описывает его Политика конфиденциальности (далее — Политика). Сведения, подтверждающие моё участие в отношениях с Вами как с оператором (${citeBasis(legalBases.requestContents)} ${lawTitleGenitive}, далее — Закон):`,
      `I am a user of the website ${site}; its privacy policy ("the Policy") describes how the site processes personal data. Information confirming my relationship with you as the operator (${citeBasis(legalBases.requestContents, 'en')} of ${lawTitle.en}, "the Law"):`,
    ),
    l(
      `— e-mail учётной записи: ${plainLine(person.email)};`,
      `— account e-mail: ${plainLine(person.email)};`,
    ),
  ];
  if (login)
    lines.push(l(`— логин / идентификатор учётной записи: ${login};`, `— account login / ID: ${login};`));
  if (phone)
    lines.push(l(`— номер телефона: ${displayPhone(phone)};`, `— phone number: ${displayPhone(phone)};`));
  if (info) lines.push(l(`— иные сведения: ${info}`, `— other information: ${info}`));
  // A list ends with a full stop, not with the «;» that separates its items.
  const last = lines.length - 1;
  const end = (text: string) => text.replace(/;$/, '.');
  lines[last] = { ru: end(lines[last]!.ru), en: end(lines[last]!.en) };
  return lines;
}

export function identityBlock(person: Person): Localized[] {
  const doc = person.idDocument;
  const number = plainLine(doc?.number);
  if (!doc || !number) {
    return [
      l(
        'Сведений документа, удостоверяющего личность, не прилагаю: для установления моей учётной записи достаточно данных, указанных выше. Если Вы сочтёте их недостаточными, прошу сообщить, какие именно сведения нужны и на каком основании.',
        'I do not attach identity document details: the information above is enough to identify my account. If you consider it insufficient, please tell me exactly what is needed and on what basis.',
      ),
    ];
  }
  const series = plainLine(doc.series);
  const issuedBy = plainLine(doc.issuedBy);
  const issuedOn = plainLine(doc.issuedOn);
  const onRu = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? russianDate(issuedOn) : issuedOn;
  return [
    l(
      `Документ, удостоверяющий личность: ${plainLine(doc.kind)}${series ? `, серия ${series}` : ''} № ${number}${issuedBy ? `, выдан ${issuedBy}` : ''}${issuedOn ? `, дата выдачи ${onRu}` : ''}.`,
      `Identity document: ${plainLine(doc.kind)}${series ? `, series ${series}` : ''} No. ${number}${issuedBy ? `, issued by ${issuedBy}` : ''}${issuedOn ? `, issued on ${issuedOn}` : ''}.`,
    ),
  ];
}

export function lawSentence(policy: SitePolicy, clauses: ClauseId[]): Localized | undefined {
  if (!clauses.length) return undefined;
  return joinText(
    l(
      'Политика указывает, что при обработке персональных данных Вы руководствуетесь Законом',
      'The Policy says that you follow the Law when processing personal data',
    ),
    cite(policy, [], clauses),
    '.',
  );
}

export function retentionParagraph(policy: SitePolicy, clauses: ClauseId[], correction: boolean): Localized {
  const c = cite(policy, [], clauses);
  const which = correction
    ? l('прежние (неточные) данные', 'the earlier (inaccurate) data')
    : l('часть моих персональных данных', 'some of my personal data');
  return joinText(
    l(`Если ${which.ru} Вы обязаны хранить в силу закона`, `If you are obliged by law to keep ${which.en}`),
    c,
    l(
      ', прошу в ответе указать: норму закона (статью, часть, пункт), которая этого требует; категории таких данных; срок их хранения. Прошу не использовать эти данные ни для каких иных целей, не передавать их никому, кроме органов, которым передача прямо предусмотрена законом, и уничтожить их по истечении этого срока.',
      ', please state in your answer: the legal provision (article, part, item) that requires it; the categories of such data; the period they are kept. Please use that data for no other purpose, pass it to no one except authorities to which the law expressly requires it to be passed, and destroy it when that period ends.',
    ),
  );
}

export const otherGround: Localized = l(
  `Продолжение обработки без моего согласия допускается лишь при наличии оснований, указанных в п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (${citeBasis(legalBases.withdrawConsent)} Закона); если Вы на такое основание ссылаетесь, прошу назвать его.`,
  `Processing may continue without my consent only on the grounds listed in Art. 6(1)(2–11), Art. 10(2) and Art. 11(2) of the Law (${citeBasis(legalBases.withdrawConsent, 'en')} of the Law); if you rely on such a ground, please name it.`,
);
