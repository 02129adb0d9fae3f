// The request letter: a pure function of the policy, the kind, the person and the date of sending. The
// letter is always Russian, in the customary shape of such letters (../shared/docs/152-fz.md); an English
// rendering goes with it for readers who need one. Provisions the project could not confirm are cited
// by article only, and their deadlines are given as the sender's own calculation.

import type { ClauseId, SitePolicy } from '../../policies/types';
import type { Deadline } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import {
  type ComputedDeadline,
  citeBasis,
  type DeadlineRule,
  deadlineDate,
  type LegalBasis,
  legalBases,
  type PolicyRole,
  policyBasesFor,
  requestKindDefinitions,
} from '../law/request-kinds';
import { toIsoDate } from '../law/russian-calendar';
import { russianDate } from '../law/working-days';
import { formatPhone, normalisePhone, type Person } from '../requests/person';
import type { Lang, Localized } from '../text/lang';

export interface RequestLetterInput {
  policy: SitePolicy;
  kind: RequestKind;
  person: Person;
  /** 'YYYY-MM-DD', the day the letter is sent; deadlines run from it. */
  date: string;
  /** e.g. 'PL-20261125-7F3K', made by `newDraft` in lib/requests/request-record.ts. */
  reference: string;
  /** The address the letter goes to, when the user has one. */
  recipient?: string;
  /** For a correction: which data is wrong and what it should be. */
  details?: string;
}

export interface LetterDeadline extends Deadline {
  /** The latest date if the operator extends the time with a reasoned notice. */
  extendedDate?: string;
}

export interface RequestLetter {
  subject: string;
  /** The letter, in Russian, lines separated by '\n'. */
  body: string;
  /** An English rendering of the body, for the reader; never sent. */
  translation: string;
  deadlines: LetterDeadline[];
}

export const lawTitle: Localized = {
  ru: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
  en: 'Federal Law No. 152-FZ of 27 July 2006 "On Personal Data"',
};

/** The title as it follows «ч. 3 ст. 14 …». */
export const lawTitleGenitive = 'Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»';

// ——— text hygiene ———

/** One line of user text as the letter shows it: NFC, no control characters or line breaks, single spaces. */
export function plainLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .toWellFormed()
    .normalize('NFC')
    .replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ')
    .trim();
}

/** A block of user text: line breaks kept (as '\n'), other control characters removed, lines trimmed. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .toWellFormed()
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/[\p{Cc}](?<!\n)/gu, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l || (i > 0 && all[i - 1]))
    .join('\n')
    .trim();
}

// ——— signature ———

/** «Иванов Иван Иванович» → «И.И. Иванов»: surname first, as Russian forms write the name. */
export function initialsSignature(fullName: string): string {
  const words = plainLine(fullName).split(' ').filter(Boolean);
  const [surname, ...given] = words;
  if (!surname) return '';
  const initials = given.map((w) => `${(Array.from(w)[0] ?? '').toLocaleUpperCase('ru-RU')}.`).join('');
  return initials ? `${initials} ${surname}` : surname;
}

// ——— policy clauses ———

function clauseRoles(policy: SitePolicy): Map<ClauseId, Set<PolicyRole>> {
  const roles = new Map<ClauseId, Set<PolicyRole>>();
  const add = (ids: readonly ClauseId[] | undefined, role: PolicyRole) => {
    for (const id of ids ?? []) {
      const set = roles.get(id) ?? new Set<PolicyRole>();
      set.add(role);
      roles.set(id, set);
    }
  };
  add(policy.law?.cites, 'law');
  const summary = policy.summary;
  for (const s of summary?.retention ?? []) add(s.cites, 'retention');
  for (const s of summary?.consent ?? []) add(s.cites, 'consent');
  for (const s of summary?.collected ?? []) add(s.cites, 'collected');
  for (const s of summary?.sharing ?? []) add(s.cites, 'sharing');
  for (const s of summary?.purposes ?? []) add(s.cites, 'purposes');
  return roles;
}

/** Places each clause of `policy.requestBases[kind]` in the first of the kind's roles it plays; the rest
 *  go to the main demand, so every clause the policy data names is cited somewhere in the letter. */
export function placeClauses(policy: SitePolicy, kind: RequestKind): Record<PolicyRole, ClauseId[]> {
  const placed: Record<PolicyRole, ClauseId[]> = {
    law: [],
    retention: [],
    consent: [],
    collected: [],
    sharing: [],
    purposes: [],
    main: [],
  };
  const roles = clauseRoles(policy);
  for (const id of policyBasesFor(policy, kind)) {
    const has = roles.get(id);
    const role = requestKindDefinitions[kind].policyRoles.find((r) => has?.has(r)) ?? 'main';
    placed[role].push(id);
  }
  return placed;
}

function clauseLabel(policy: SitePolicy, id: ClauseId): Localized {
  const clause = policy.source?.clauses?.find((c) => c.id === id);
  return clause ? clause.label : { ru: `п. ${id}`, en: `cl. ${id}` };
}

// ——— building blocks ———

export const l = (ru: string, en: string = ru): Localized => ({ ru, en });

/** «ч. 1, 7 ст. 14, ч. 5 ст. 21»: parts of one article together; an article cited without a part once is
 *  cited without parts. */
export function citeLaw(bases: LegalBasis[], lang: Lang = 'ru'): string {
  const byArticle = new Map<number, (string | undefined)[]>();
  for (const b of bases) {
    const part = b.part && b.confidence !== 'secondary' ? b.part : undefined;
    byArticle.set(b.article, [...(byArticle.get(b.article) ?? []), part]);
  }
  return [...byArticle]
    .sort(([a], [b]) => a - b)
    .map(([article, parts]) => {
      const unique = parts.filter((p, i) => parts.indexOf(p) === i);
      if (unique.includes(undefined)) return lang === 'ru' ? `ст. ${article}` : `Art. ${article}`;
      return lang === 'ru'
        ? `ч. ${unique.join(', ')} ст. ${article}`
        : unique.map((p) => `Art. ${article}(${p})`).join(', ');
    })
    .join(', ');
}

/** «(ч. 2 ст. 9 Закона; Политика: п. 4.2, преамбула)», or '' when there is nothing to cite. */
function cite(policy: SitePolicy, law: LegalBasis[], clauses: ClauseId[]): Localized {
  const parts = (lang: Lang) => {
    const out: string[] = [];
    if (law.length) out.push(`${citeLaw(law, lang)} ${lang === 'ru' ? 'Закона' : 'of the Law'}`);
    if (clauses.length) {
      const labels = clauses.map((id) => clauseLabel(policy, id)[lang]).join(', ');
      out.push(`${lang === 'ru' ? 'Политика' : 'Policy'}: ${labels}`);
    }
    return out.length ? ` (${out.join('; ')})` : '';
  };
  return { ru: parts('ru'), en: parts('en') };
}

export const joinText = (...pieces: (Localized | string)[]): Localized => ({
  ru: pieces.map((p) => (typeof p === 'string' ? p : p.ru)).join(''),
  en: pieces.map((p) => (typeof p === 'string' ? p : p.en)).join(''),
});

const dateText = (iso: string): Localized => ({ ru: russianDate(iso), en: iso });

const genitiveNumbers: Record<number, string> = {
  5: 'пяти',
  7: 'семи',
  10: 'десяти',
  15: 'пятнадцати',
  30: 'тридцати',
};

function deadlineLine(rule: DeadlineRule, due: ComputedDeadline, end: string): Localized {
  const date = dateText(due.date);
  const approx = due.approximate ? l(' (ориентировочно)', ' (approximately)') : l('');
  const law = l(`${citeBasis(rule.basis)} Закона`, `${citeBasis(rule.basis, 'en')} of the Law`);
  if (rule.kind === 'immediate') {
    return joinText(
      l(`— ${rule.label.ru} — `, `— ${rule.label.en}: `),
      l('незамедлительно после получения настоящего требования (', 'immediately on receipt of this demand ('),
      law,
      `)${end}`,
    );
  }
  const head = l(`— ${rule.label.ru} — `, `— ${rule.label.en}: `);
  if (rule.basis.confidence === 'secondary') {
    return joinText(
      head,
      l('в срок, установленный ', 'within the time set by '),
      law,
      l('; по моему расчёту — не позднее ', '; by my calculation, no later than '),
      date,
      approx,
      end,
    );
  }
  const n = genitiveNumbers[rule.days] ?? String(rule.days);
  const unit =
    rule.kind === 'working'
      ? l(`${n} рабочих дней`, `${rule.days} working days`)
      : l(`${n} дней`, `${rule.days} days`);
  return joinText(
    head,
    l('в течение ', 'within '),
    unit,
    l(' с даты получения обращения (', ' of receiving the request ('),
    law,
    l('), то есть не позднее ', '), that is, no later than '),
    date,
    approx,
    end,
  );
}

/** The letter, as paragraphs of lines in both languages. */
export class LetterDraft {
  private blocks: Localized[][] = [];
  block(...lines: (Localized | undefined | false)[]): void {
    const kept = lines.filter((x): x is Localized => Boolean(x));
    if (kept.length) this.blocks.push(kept);
  }
  render(lang: Lang): string {
    return this.blocks.map((b) => b.map((line) => line[lang]).join('\n')).join('\n\n');
  }
}

export const numberedLines = (items: Localized[]): Localized[] =>
  items.map((item, i) => joinText(`${i + 1}. `, item));

// ——— the letter ———

/** Context shared by the request letter and the follow-ups. */
export interface LetterParty {
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

function relationshipBlock(policy: SitePolicy, person: Person): Localized[] {
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

function identityBlock(person: Person): Localized[] {
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

function lawSentence(policy: SitePolicy, clauses: ClauseId[]): Localized | undefined {
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

function retentionParagraph(policy: SitePolicy, clauses: ClauseId[], correction: boolean): Localized {
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

const otherGround: Localized = l(
  `Продолжение обработки без моего согласия допускается лишь при наличии оснований, указанных в п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (${citeBasis(legalBases.withdrawConsent)} Закона); если Вы на такое основание ссылаетесь, прошу назвать его.`,
  `Processing may continue without my consent only on the grounds listed in Art. 6(1)(2–11), Art. 10(2) and Art. 11(2) of the Law (${citeBasis(legalBases.withdrawConsent, 'en')} of the Law); if you rely on such a ground, please name it.`,
);

interface KindText {
  demands: Localized[];
  /** Lines after the demands, before the deadlines. */
  after: Localized[];
  confirm?: Localized;
}

function kindText(input: RequestLetterInput, placed: Record<PolicyRole, ClauseId[]>): KindText {
  const { policy, kind } = input;
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const c = (law: LegalBasis[], ...roles: PolicyRole[]) =>
    cite(
      policy,
      law,
      roles.flatMap((r) => placed[r]),
    );
  const affiliates = policy.operator?.affiliates
    ? l(
        ', включая аффилированных лиц, упомянутых в Политике',
        ', including the affiliates the Policy mentions',
      )
    : l('');
  const collected = placed.collected.length
    ? l(
        ', в том числе сведения, перечисленные в Политике',
        ', including the information listed in the Policy',
      )
    : l('');
  const destroyConfirm = l(
    'Прошу подтвердить уничтожение моих персональных данных письменно (ответом на указанный ниже e-mail), указав дату уничтожения.',
    'Please confirm the destruction of my personal data in writing (by replying to the e-mail below), stating the date of destruction.',
  );

  switch (kind) {
    case 'deletion':
      return {
        demands: numberedLines([
          joinText(
            l(
              'Отзываю согласие на обработку моих персональных данных, в какой бы форме оно ни было дано',
              'I withdraw my consent to the processing of my personal data, in whatever form it was given',
            ),
            c([legalBases.withdrawConsent], 'consent'),
            '.',
          ),
          joinText(
            l(
              'Требую прекратить обработку моих персональных данных и обеспечить её прекращение лицами, которые обрабатывают их по Вашему поручению',
              'I demand that you stop processing my personal data and ensure that anyone processing it on your behalf stops',
            ),
            c([legalBases.stopProcessing], 'purposes'),
            '.',
          ),
          joinText(
            l('Требую уничтожить мои персональные данные', 'I demand that you destroy my personal data'),
            collected,
            l(
              ', и обеспечить их уничтожение лицами, которые обрабатывают их по Вашему поручению, а также третьими лицами, которым Вы их передали',
              ', and ensure its destruction by anyone processing it on your behalf and by third parties you passed it to',
            ),
            affiliates,
            c([legalBases.rightsOfSubject, legalBases.destroyAfterWithdrawal], 'collected', 'sharing'),
            '.',
          ),
          joinText(
            l(
              `Прошу удалить мою учётную запись на сайте ${site} и всю информацию, предоставленную в её рамках`,
              `Please delete my account on the website ${site} and all information provided within it`,
            ),
            c([], 'main'),
            '.',
          ),
          joinText(
            l(
              'Требую прекратить направлять мне рекламные и иные сообщения в целях продвижения товаров, работ, услуг',
              'I demand that you stop sending me advertising and other messages promoting goods, work or services',
            ),
            c([legalBases.stopMarketing]),
            '.',
          ),
          l(
            'Прошу сообщить, каким третьим лицам передавались мои персональные данные.',
            'Please tell me to which third parties my personal data was passed.',
          ),
        ]),
        after: [retentionParagraph(policy, placed.retention, false), otherGround],
        confirm: destroyConfirm,
      };
    case 'withdraw-consent':
      return {
        demands: numberedLines([
          joinText(
            l(
              'Отзываю согласие на обработку моих персональных данных, в какой бы форме оно ни было дано',
              'I withdraw my consent to the processing of my personal data, in whatever form it was given',
            ),
            placed.sharing.length
              ? l(
                  ', в том числе согласие на передачу их третьим лицам',
                  ', including consent to passing it to third parties',
                )
              : '',
            c([legalBases.withdrawConsent], 'consent', 'sharing', 'main'),
            '.',
          ),
          joinText(
            l(
              'Прошу прекратить обработку моих персональных данных и уничтожить их',
              'Please stop processing my personal data and destroy it',
            ),
            collected,
            c([legalBases.destroyAfterWithdrawal], 'collected'),
            '.',
          ),
        ]),
        after: [retentionParagraph(policy, placed.retention, false), otherGround],
        confirm: destroyConfirm,
      };
    case 'access':
      return {
        demands: [
          joinText(
            l(
              'Прошу предоставить мне сведения, указанные в ч. 7 ст. 14 Закона',
              'Please provide me with the information listed in Art. 14(7) of the Law',
            ),
            c([legalBases.rightsOfSubject, legalBases.informationListed], 'main'),
            l(', в том числе:', ', including:'),
          ),
          l(
            '— подтверждение факта обработки моих персональных данных;',
            '— confirmation that my personal data is processed;',
          ),
          joinText(
            l('— правовые основания и цели обработки', '— the legal grounds and purposes of processing'),
            c([], 'purposes'),
            ';',
          ),
          l('— применяемые способы обработки;', '— the methods of processing used;'),
          joinText(
            l(
              '— наименование и место нахождения оператора, сведения о лицах, которые имеют доступ к моим персональным данным или которым они могут быть раскрыты',
              '— the name and location of the operator, and who has access to my personal data or may have it disclosed to them',
            ),
            c([], 'sharing'),
            ';',
          ),
          joinText(
            l(
              '— какие именно мои персональные данные обрабатываются и источник их получения',
              '— exactly which of my personal data is processed and where it came from',
            ),
            c([], 'collected'),
            ';',
          ),
          joinText(
            l(
              '— сроки обработки, в том числе сроки хранения',
              '— the periods of processing, including storage periods',
            ),
            c([], 'retention'),
            ';',
          ),
          l(
            '— сведения об осуществлённой или предполагаемой трансграничной передаче данных;',
            '— whether the data has been or is to be transferred abroad;',
          ),
          l(
            '— наименование или ФИО и адрес лица, которое обрабатывает мои данные по Вашему поручению, если обработка ему поручена.',
            '— the name and address of anyone processing my data on your behalf, if processing has been entrusted to them.',
          ),
          l(
            'Прошу также предоставить возможность ознакомиться с самими персональными данными, которые Вы обо мне обрабатываете, направив их копию на указанный ниже e-mail.',
            'Please also let me see the personal data itself that you process about me, by sending a copy to the e-mail below.',
          ),
        ],
        after: [],
      };
    case 'correction': {
      const details = plainText(input.details);
      return {
        demands: [
          joinText(
            l(
              'Прошу уточнить мои персональные данные, которые являются неполными, устаревшими или неточными',
              'Please correct my personal data that is incomplete, outdated or inaccurate',
            ),
            c([legalBases.rightsOfSubject, legalBases.correction], 'main', 'collected'),
            ':',
          ),
          details
            ? l(details)
            : l(
                '[укажите, какие данные неточны и какими они должны быть]',
                '[state which data is inaccurate and what it should be]',
              ),
          l(
            'Прошу уведомить меня о внесённых изменениях, а также сообщить об уточнении лицам, которым эти данные были переданы.',
            'Please notify me of the changes made and inform those to whom the data was passed of the correction.',
          ),
        ],
        after: [retentionParagraph(policy, placed.retention, true)],
      };
    }
    case 'stop-processing':
      return {
        demands: [
          joinText(
            l(
              'Требую прекратить обработку моих персональных данных и обеспечить её прекращение лицами, которые обрабатывают их по Вашему поручению',
              'I demand that you stop processing my personal data and ensure that anyone processing it on your behalf stops',
            ),
            c([legalBases.stopProcessing], 'main', 'consent', 'purposes'),
            '.',
          ),
          l(
            'Если Вы считаете, что вправе продолжить обработку без моего согласия, прошу назвать конкретное основание, предусмотренное Законом.',
            'If you consider that you may go on processing without my consent, please name the specific ground under the Law.',
          ),
        ],
        after: [retentionParagraph(policy, placed.retention, false)],
        confirm: l(
          'Прошу подтвердить прекращение обработки письменно (ответом на указанный ниже e-mail).',
          'Please confirm in writing (by replying to the e-mail below) that processing has stopped.',
        ),
      };
    case 'stop-marketing':
      return {
        demands: [
          joinText(
            l(
              'Требую незамедлительно прекратить обработку моих персональных данных в целях продвижения товаров, работ, услуг путём прямых контактов со мной с помощью средств связи — рассылок по электронной почте, SMS и в мессенджерах, звонков',
              'I demand that you immediately stop processing my personal data to promote goods, work or services by contacting me directly through means of communication — e-mail, SMS and messenger newsletters, calls',
            ),
            c([legalBases.stopMarketing], 'main', 'purposes'),
            '.',
          ),
        ],
        after: [],
        confirm: l(
          'Прошу подтвердить прекращение такой обработки письменно (ответом на указанный ниже e-mail).',
          'Please confirm in writing (by replying to the e-mail below) that such processing has stopped.',
        ),
      };
  }
}

/** Builds the letter. Pure: the same input gives the same letter. Throws only for a date that is not
 *  'YYYY-MM-DD' or a kind that does not exist; any person data, however odd, is written as text. */
export function buildRequestLetter(input: RequestLetterInput): RequestLetter {
  const { policy, kind, person } = input;
  const definition = requestKindDefinitions[kind];
  if (!definition) throw new RangeError(`Unknown request kind: ${String(kind)}`);
  const date = toIsoDate(input.date);
  const reference = plainLine(input.reference);
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const placed = placeClauses(policy, kind);
  const text = kindText(input, placed);
  const dues = definition.deadlines.map((rule) => ({ rule, due: deadlineDate(rule, date) }));
  const reply = replyEmail(person);

  const draft = new LetterDraft();
  draft.block(l(`Исх. № ${reference} от ${russianDate(date)}`, `Ref. No. ${reference} of ${date}`));
  draft.block(...addresseeLines(input));
  draft.block(...senderLines(person));
  draft.block(definition.letterTitle);
  draft.block(...relationshipBlock(policy, person));
  draft.block(...identityBlock(person));
  draft.block(lawSentence(policy, placed.law));
  draft.block(...text.demands);
  for (const paragraph of text.after) draft.block(paragraph);
  draft.block(
    dues.some(({ rule }) => rule.kind !== 'immediate') &&
      l(
        `Сроки рассчитаны от даты направления настоящего обращения (${russianDate(date)}); если оно поступит к Вам позже, они исчисляются с даты поступления:`,
        `The times are counted from the date this request is sent (${date}); if it reaches you later, they run from the date of receipt:`,
      ),
    ...dues.map(({ rule, due }, i) => deadlineLine(rule, due, i === dues.length - 1 ? '.' : ';')),
  );
  if (dues.some(({ rule }) => rule.extension)) {
    draft.block(
      l(
        'Если Вы воспользуетесь правом продлить срок, прошу до его истечения направить мне мотивированное уведомление с указанием причин продления.',
        'If you use your right to extend the time, please send me a reasoned notice stating the reasons before it runs out.',
      ),
    );
  }
  draft.block(
    text.confirm,
    l(`Ответ прошу направить на e-mail: ${reply}.`, `Please send your answer to the e-mail: ${reply}.`),
  );
  draft.block(complaintWarning);
  draft.block(...signatureLines(person, date));

  return {
    subject: `${definition.letterTitle.ru} — ${site} — № ${reference}`,
    body: draft.render('ru'),
    translation: draft.render('en'),
    deadlines: dues.map(({ due }) => ({
      id: due.id,
      label: due.label,
      date: due.date,
      approximate: due.approximate,
      ...(due.extendedDate ? { extendedDate: due.extendedDate } : {}),
    })),
  };
}
