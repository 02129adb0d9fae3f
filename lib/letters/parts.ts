// Parts every letter shares: the addressee, the sender, the signature, the reply address, the relationship
// with the operator and the identity block, and the paragraphs on the law and on retention.

import type { ClauseId, SitePolicy } from '../../policies/types';
import { citeBasis, legalBases } from '../law/request-kinds';
import { russianDate } from '../law/working-days';
import { formatPhone, normalisePhone, type Person } from '../requests/person';
import type { Lang, Localized } from '../text/lang';
import { cite, joinText, l, lawTitle, lawTitleGenitive } from './builder';
import { clauseLabel } from './clauses';
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
  recipientFrom?: 'page' | 'policy' | 'typed';
  operatorAddress?: string;
}

/** «Кому»: the operator in the dative, as the policy data gives it, and the address described as what it
 *  is (an address shown on the site is not proof that it is the operator's). */
export function addresseeLines({
  policy,
  recipient,
  recipientFrom,
  operatorAddress,
}: LetterParty): Localized[] {
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const url = plainLine(policy.site?.url);
  const registration = (policy.operator?.registration ?? [])
    .map((r) => `${plainLine(r.kind)} ${plainLine(r.value)}`.trim())
    .filter(Boolean)
    .join(', ');
  const name = (lang: Lang) =>
    plainLine(policy.operator?.addressee?.[lang]) || plainLine(policy.operator?.name);
  const reg = registration ? ` (${registration})` : '';
  const to = plainLine(recipient);
  const postal = plainText(operatorAddress)
    .split('\n')
    .map((line) => line.replace(/[,;]+$/, ''))
    .filter(Boolean)
    .join(', ');
  const where =
    recipientFrom === 'page'
      ? l(` (адрес, указанный на сайте ${site})`, ` (an address shown on the website ${site})`)
      : recipientFrom === 'policy'
        ? l(
            ' (адрес, указанный в Политике конфиденциальности сайта)',
            ' (the address the website’s privacy policy gives)',
          )
        : l('');
  return [
    name('ru')
      ? l(
          `Кому: ${name('ru')}${reg}, оператору персональных данных сайта ${site}${url ? ` (${url})` : ''}`,
          `To: ${name('en')}${reg}, the personal data operator of the website ${site}${url ? ` (${url})` : ''}`,
        )
      : l(
          `Кому: оператору персональных данных сайта ${site}${url ? ` (${url})` : ''}`,
          `To: the personal data operator of the website ${site}${url ? ` (${url})` : ''}`,
        ),
    ...(to ? [joinText(`E-mail: ${to}`, where)] : []),
    ...(postal ? [l(`Почтовый адрес: ${postal}`, `Postal address: ${postal}`)] : []),
  ];
}

export function senderLines(person: Person): Localized[] {
  const phone = plainLine(person.phone);
  const address = plainText(person.postalAddress)
    .split('\n')
    .map((line) => line.replace(/[,;]+$/, ''))
    .filter(Boolean)
    .join(', ');
  const rep = person.representative;
  const from = rep
    ? [
        l(
          `От: ${plainLine(rep.fullName)} — ${rep.kind === 'parent' ? 'законный представитель несовершеннолетнего субъекта персональных данных' : 'представитель субъекта персональных данных по доверенности'}`,
          `From: ${plainLine(rep.fullName)}, ${rep.kind === 'parent' ? 'legal representative of the minor data subject' : "the data subject's representative under a power of attorney"}`,
        ),
        l(
          `Субъект персональных данных: ${plainLine(person.fullName)}`,
          `Data subject: ${plainLine(person.fullName)}`,
        ),
      ]
    : [l(`От: ${plainLine(person.fullName)}`, `From: ${plainLine(person.fullName)}`)];
  return [
    ...from,
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
  const signer = person.representative ? person.representative.fullName : person.fullName;
  const signature = initialsSignature(signer) || '________________';
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

/** The first person of the letter's fixed texts turned to «Субъект» when a representative writes. */
const thirdPerson: [RegExp, string][] = [
  [/моих персональных данных/g, 'персональных данных Субъекта'],
  [/мои персональные данные/g, 'персональные данные Субъекта'],
  [/моим персональным данным/g, 'персональным данным Субъекта'],
  [/моих данных/g, 'данных Субъекта'],
  [/мои данные/g, 'данные Субъекта'],
  [/мою учётную запись/g, 'учётную запись Субъекта'],
  [/направлять мне/g, 'направлять Субъекту'],
  [/контактов со мной/g, 'контактов с Субъектом'],
  [/осуществления мною/g, 'осуществления Субъектом'],
  [/обо мне/g, 'о Субъекте'],
  [/без моего согласия/g, 'без согласия Субъекта'],
  [/Я являюсь пользователем/g, 'Субъект является пользователем'],
  [/моё участие/g, 'участие Субъекта'],
  [/у меня нет: я оставлял\(а\) свои/g, 'у Субъекта нет: Субъект оставлял(а) свои'],
];
const thirdPersonEn: [RegExp, string][] = [
  [/\bmy personal data\b/g, "the Subject's personal data"],
  [/\bmy data\b/g, "the Subject's data"],
  [/\bmy account\b/g, "the Subject's account"],
  [/\bsending me\b/g, 'sending the Subject'],
  [/\bcontacting me\b/g, 'contacting the Subject'],
  [/\bI exercise\b/g, 'the Subject exercises'],
  [/\babout me\b/g, 'about the Subject'],
  [/\bI am a user\b/g, 'The Subject is a user'],
  [/\bmy relationship\b/g, "the Subject's relationship"],
  [/\bI have no account\b/g, 'The Subject has no account'],
  [/: I left my name/g, ': the Subject left their name'],
];

/** A fixed first-person text of the letter, in the third person when a representative writes it. */
export function voice(person: Person): (text: Localized) => Localized {
  if (!person.representative) return (text) => text;
  const turn = (text: string, table: [RegExp, string][]) =>
    table.reduce((out, [from, to]) => out.replace(from, to), text);
  return (text) => ({ ru: turn(text.ru, thirdPerson), en: turn(text.en, thirdPersonEn) });
}

/** Who writes, when a representative does, and the document the authority rests on. */
export function representativeBlock(person: Person): Localized[] {
  const rep = person.representative;
  if (!rep) return [];
  const subject = plainLine(person.fullName);
  // «доверенность от …» and «от …» read the same after «на основании доверенности».
  const paper = plainLine(rep.authority).replace(/\.$/, '');
  const proxy = paper.replace(/^доверенност[ьи]\s+/i, '');
  return rep.kind === 'parent'
    ? [
        l(
          `Настоящее обращение направляю как законный представитель (родитель) несовершеннолетнего субъекта персональных данных — ${subject} (далее — Субъект) (ч. 1 ст. 64 Семейного кодекса РФ). Документ, подтверждающий мои полномочия: ${paper}; его копию прилагаю.`,
          `I send this request as the legal representative (parent) of the minor data subject ${subject} ("the Subject") (Art. 64(1) of the Family Code). The document showing my authority: ${paper}; a copy is attached.`,
        ),
      ]
    : [
        l(
          `Настоящее обращение направляю как представитель субъекта персональных данных — ${subject} (далее — Субъект) на основании доверенности ${proxy}. Копию доверенности прилагаю.`,
          `I send this request as the representative of the data subject ${subject} ("the Subject") under the power of attorney ${proxy}. A copy of the power of attorney is attached.`,
        ),
      ];
}

export function relationshipBlock(policy: SitePolicy, person: Person): Localized[] {
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const login = plainLine(person.login);
  const phone = plainLine(person.phone);
  const info = plainText(person.accountInfo);
  const order = plainLine(person.orderNumber);
  const registered = plainLine(person.registeredOn);
  const law = `${citeBasis(legalBases.requestContents)} ${lawTitleGenitive}, далее — Закон`;
  const lawEn = `${citeBasis(legalBases.requestContents, 'en')} of ${lawTitle.en}, "the Law"`;
  const v = voice(person);
  const lines: Localized[] = [];
  if (person.relation === 'form') {
    const form = plainText(person.formInfo);
    const formClause = policy.source?.clauses?.some((c) => c.id === '1.3')
      ? clauseLabel(policy, '1.3')
      : undefined;
    lines.push(
      v(
        l(
          `Учётной записи на сайте ${site} у меня нет: я оставлял(а) свои имя и номер телефона в форме на сайте${form ? ` (${form})` : ''}. Обработку персональных данных на сайте описывает его Политика конфиденциальности (далее — Политика)${formClause ? `; такие данные она относит к данным, которые предоставляются сайту в целях оказания услуг и продажи товаров (Политика: ${formClause.ru})` : ''}. Сведения, иным образом подтверждающие факт обработки моих персональных данных (${law}):`,
          `I have no account on the website ${site}: I left my name and phone number in a form on the site${form ? ` (${form})` : ''}. The site's privacy policy ("the Policy") describes how it processes personal data${formClause ? `; it classes such data as data given to the site to provide services and sell goods (Policy: ${formClause.en})` : ''}. Information otherwise confirming that you process my personal data (${lawEn}):`,
        ),
      ),
      l(
        `— имя, указанное в форме: ${plainLine(person.fullName)};`,
        `— name given in the form: ${plainLine(person.fullName)};`,
      ),
      ...(phone
        ? [
            l(
              `— номер телефона, указанный в форме: ${displayPhone(phone)};`,
              `— phone number given in the form: ${displayPhone(phone)};`,
            ),
          ]
        : []),
      l(`— e-mail для связи: ${plainLine(person.email)};`, `— contact e-mail: ${plainLine(person.email)};`),
    );
    if (order)
      lines.push(l(`— номер заказа или заявки: ${order};`, `— order or application number: ${order};`));
  } else {
    lines.push(
      v(
        l(
          `Я являюсь пользователем сайта ${site}; обработку персональных данных на сайте описывает его Политика конфиденциальности (далее — Политика). Сведения, подтверждающие моё участие в отношениях с Вами как с оператором (${law}):`,
          `I am a user of the website ${site}; its privacy policy ("the Policy") describes how the site processes personal data. Information confirming my relationship with you as the operator (${lawEn}):`,
        ),
      ),
      l(
        `— e-mail учётной записи: ${plainLine(person.email)};`,
        `— account e-mail: ${plainLine(person.email)};`,
      ),
    );
    if (login)
      lines.push(l(`— логин / идентификатор учётной записи: ${login};`, `— account login / ID: ${login};`));
    if (registered) lines.push(l(`— дата регистрации: ${registered};`, `— registered: ${registered};`));
    if (order) lines.push(l(`— номер заказа: ${order};`, `— order number: ${order};`));
    if (phone)
      lines.push(
        l(
          `— номер телефона, указанный при регистрации или в заказе: ${displayPhone(phone)};`,
          `— phone number given when registering or ordering: ${displayPhone(phone)};`,
        ),
      );
  }
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
  if ((!doc || !number) && person.representative) {
    return [
      l(
        'Данные документа, удостоверяющего мою личность, не указываю: мои полномочия подтверждает прилагаемая копия документа, а отношения Субъекта с Вами — сведения, указанные выше. Если Вы сочтёте их недостаточными, прошу сообщить, какие именно сведения нужны и на каком основании.',
        "I do not state my identity document details: the attached copy of the document shows my authority, and the information above shows the Subject's relationship with you. If you consider it insufficient, please tell me exactly what is needed and on what basis.",
      ),
    ];
  }
  if (!doc || !number) {
    return [
      l(
        'Данные документа, удостоверяющего личность, не указываю: чтобы установить, что обращение исходит от меня, достаточно сведений, указанных выше. Если Вы сочтёте их недостаточными, прошу сообщить, какие именно сведения нужны и на каком основании.',
        'I do not state identity document details: the information above is enough to establish that this request comes from me. If you consider it insufficient, please tell me exactly what is needed and on what basis.',
      ),
    ];
  }
  const whose = person.representative ? l(' представителя', ' of the representative') : l('');
  const series = plainLine(doc.series);
  const issuedBy = plainLine(doc.issuedBy);
  const issuedOn = plainLine(doc.issuedOn);
  const onRu = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? russianDate(issuedOn) : issuedOn;
  return [
    l(
      `Документ, удостоверяющий личность${whose.ru}: ${plainLine(doc.kind)}${series ? `, серия ${series}` : ''} № ${number}${issuedBy ? `, выдан ${issuedBy}` : ''}${issuedOn ? `, дата выдачи ${onRu}` : ''}.`,
      `Identity document${whose.en}: ${plainLine(doc.kind)}${series ? `, series ${series}` : ''} No. ${number}${issuedBy ? `, issued by ${issuedBy}` : ''}${issuedOn ? `, issued on ${issuedOn}` : ''}.`,
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
  `После отзыва согласия продолжение обработки без моего согласия допускается лишь при наличии оснований, указанных в п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (${citeBasis(legalBases.withdrawConsent)} Закона); если Вы на такое основание ссылаетесь, прошу назвать его.`,
  `Once consent is withdrawn, processing may continue without my consent only on the grounds listed in Art. 6(1)(2–11), Art. 10(2) and Art. 11(2) of the Law (${citeBasis(legalBases.withdrawConsent, 'en')} of the Law); if you rely on such a ground, please name it.`,
);
