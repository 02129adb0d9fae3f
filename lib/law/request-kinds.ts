// The legal facts of each kind of request (the kinds themselves and their names are in kinds.ts): which
// provisions of 152-ФЗ it rests on, and its deadlines. Every provision is in PROVISIONS.md beside this
// file, with its operative words and how sure the project is of it: a provision marked `secondary` is
// cited in letters by its article only, never by a part we could not check, and its deadline is given as
// "по моему расчёту", not as a quotation of the law. Deadlines run from the day the operator RECEIVED the
// request (`receivedOn`).

import type { SitePolicy } from '../../policies/types';
import type { Localized } from '../text/lang';
import { type Deadline, toDeadline } from './deadlines';
import type { RequestKind } from './kinds';
import { calendarDaysAfter, nextWorkingDay, workingDaysAfter } from './working-days';

/** How sure the project is of a provision (see 152-fz.md). */
export type Confidence = 'text-seen' | 'widely-quoted' | 'secondary';

export interface LegalBasis {
  /** Article of 152-ФЗ. */
  article: number;
  /** Part of the article, as numbered: '2', '5.1'. */
  part?: string;
  /** What the provision says, in short. */
  text: Localized;
  confidence: Confidence;
}

export type DeadlineId = 'answer' | 'stop' | 'destroy' | 'correct' | 'stop-marketing';

export interface DeadlineRule {
  id: DeadlineId;
  label: Localized;
  kind: 'working' | 'calendar' | 'immediate';
  days: number;
  basis: LegalBasis;
  /** The operator may extend once with a reasoned notice. The letter mentions the option only. */
  extension?: { days: number; basis: LegalBasis };
}

/** What a policy clause does in a letter, taken from the summary section that cites it. */
export type PolicyRole = 'law' | 'retention' | 'consent' | 'collected' | 'sharing' | 'purposes' | 'main';

export interface RequestKindDefinition {
  kind: RequestKind;
  /** The letter's title. Letters are always Russian; `en` is for the translation beside it. */
  letterTitle: Localized;
  /** What the letter asks for, as a phrase for follow-ups and complaints («…содержало требования: …»). */
  demandSummary: Localized;
  legalBases: LegalBasis[];
  deadlines: DeadlineRule[];
  /** The roles, in priority order, that this kind's letter places policy clauses in; the rest go to its
   *  main demand. */
  policyRoles: PolicyRole[];
}

/** 'ч. 2 ст. 9', or 'ст. 21' for a provision whose part the project could not confirm. */
export function citeBasis(b: LegalBasis, lang: 'ru' | 'en' = 'ru'): string {
  const part = b.part && b.confidence !== 'secondary' ? b.part : undefined;
  if (lang === 'en') return part ? `Art. ${b.article}(${part})` : `Art. ${b.article}`;
  return part ? `ч. ${part} ст. ${b.article}` : `ст. ${b.article}`;
}

const basis = (
  article: number,
  part: string | undefined,
  confidence: Confidence,
  ru: string,
  en: string,
): LegalBasis =>
  part === undefined
    ? { article, text: { ru, en }, confidence }
    : { article, part, text: { ru, en }, confidence };

/** The provisions letters cite, once each. */
export const legalBases = {
  withdrawConsent: basis(
    9,
    '2',
    'text-seen',
    'Согласие на обработку персональных данных может быть отозвано субъектом; без согласия оператор вправе продолжить обработку только при наличии оснований, указанных в п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11.',
    'The data subject may withdraw consent; without it the operator may go on processing only on the grounds of Art. 6(1)(2–11), Art. 10(2) or Art. 11(2).',
  ),
  rightsOfSubject: basis(
    14,
    '1',
    'text-seen',
    'Субъект вправе получить сведения, указанные в ч. 7 ст. 14, и требовать уточнения, блокирования или уничтожения данных, которые являются неполными, устаревшими, неточными, незаконно полученными или не являются необходимыми для заявленной цели обработки.',
    'The subject may obtain the information listed in Art. 14(7) and demand that data that is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose be clarified, blocked or destroyed.',
  ),
  requestContents: basis(
    14,
    '3',
    'text-seen',
    'Запрос должен содержать номер основного документа, удостоверяющего личность субъекта или его представителя, дату его выдачи и выдавший орган, сведения, подтверждающие участие субъекта в отношениях с оператором (или иным образом подтверждающие факт обработки), и подпись субъекта или его представителя; может быть направлен в форме электронного документа, подписанного электронной подписью.',
    "A request must contain the number of the main identity document of the subject or their representative, its issue date and issuer, information confirming the subject's relationship with the operator (or otherwise confirming the processing), and the signature of the subject or their representative; it may be sent as an electronic document signed with an electronic signature.",
  ),
  answerInfo: basis(
    14,
    '3',
    'widely-quoted',
    'Сведения, указанные в ч. 7 ст. 14, предоставляются в течение десяти рабочих дней с момента обращения либо получения оператором запроса; срок может быть продлён не более чем на пять рабочих дней с направлением мотивированного уведомления.',
    'The information listed in Art. 14(7) is provided within ten working days of the request being made or received; the time may be extended by at most five working days with a reasoned notice.',
  ),
  informationListed: basis(
    14,
    '7',
    'text-seen',
    'Перечень сведений (п. 1–10): факт обработки, правовые основания и цели, способы, сведения об операторе и о лицах, которым данные могут быть раскрыты, обрабатываемые данные и источник их получения, сроки обработки и хранения, порядок осуществления прав субъекта, трансграничная передача, лицо, обрабатывающее данные по поручению оператора, способы исполнения обязанностей по ст. 18.1, иные сведения.',
    'The list (items 1–10): that data is processed, legal grounds and purposes, methods, the operator and those to whom data may be disclosed, which data and from where, periods of processing and storage, how the subject exercises their rights, cross-border transfer, anyone processing on the operator’s behalf, how the operator meets its duties under Art. 18.1, other information.',
  ),
  answer: basis(
    20,
    '1',
    'widely-quoted',
    'Оператор сообщает субъекту информацию о наличии его персональных данных и даёт возможность ознакомиться с ними в течение десяти рабочих дней с даты получения запроса.',
    "The operator tells the subject whether it holds the subject's data and lets the subject see it within ten working days of receiving the request.",
  ),
  correction: basis(
    20,
    '3',
    'text-seen',
    'Оператор вносит необходимые изменения в неполные, неточные или неактуальные данные в срок, не превышающий семи рабочих дней со дня представления сведений, подтверждающих это, уведомляет субъекта и принимает разумные меры для уведомления третьих лиц, которым данные были переданы.',
    'The operator makes the necessary changes to incomplete, inaccurate or outdated data within seven working days of being given information confirming it, notifies the subject and takes reasonable steps to notify third parties the data was passed to.',
  ),
  blockDuringCheck: basis(
    21,
    '1',
    'text-seen',
    'Выявив неточные персональные данные при обращении субъекта, оператор обязан осуществить их блокирование с момента такого обращения на период проверки.',
    'When inaccurate data comes to light on the subject’s request, the operator must block it from that moment for the time of the check.',
  ),
  destroyAfterWithdrawal: basis(
    21,
    '5',
    'text-seen',
    'При отзыве согласия оператор прекращает обработку (или обеспечивает её прекращение лицом, действующим по поручению оператора) и уничтожает данные (или обеспечивает их уничтожение таким лицом) в срок, не превышающий тридцати дней с даты поступления отзыва, если иное основание не позволяет продолжить обработку.',
    'On withdrawal of consent the operator stops processing (or has anyone acting on its behalf stop) and destroys the data (or has that person destroy it) within thirty days of receiving the withdrawal, unless another legal ground lets it go on.',
  ),
  stopProcessing: basis(
    21,
    '5.1',
    'widely-quoted',
    'По требованию субъекта о прекращении обработки оператор прекращает её (или обеспечивает её прекращение) в срок, не превышающий десяти рабочих дней с даты получения требования, за исключением случаев, предусмотренных п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 (с 01.09.2022, 266-ФЗ); срок может быть продлён не более чем на пять рабочих дней с мотивированным уведомлением.',
    "On the subject's demand the operator stops processing (or has it stopped) within ten working days of receiving it, except in the cases of Art. 6(1)(2–11), Art. 10(2) and Art. 11(2) (since 1 Sept 2022, Law 266-FZ); extendable by at most five working days with a reasoned notice.",
  ),
  stopMarketing: basis(
    15,
    '2',
    'text-seen',
    'Оператор обязан немедленно прекратить по требованию субъекта обработку его данных в целях продвижения товаров, работ, услуг путём прямых контактов с помощью средств связи.',
    "The operator must stop at once, on the subject's demand, processing the subject's data to promote goods and services by direct contact through means of communication.",
  ),
  complaint: basis(
    17,
    undefined,
    'widely-quoted',
    'Субъект вправе обжаловать действия или бездействие оператора в уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор) или в суд.',
    "The subject may appeal against the operator's actions or inaction to the authority for the protection of data subjects' rights (Roskomnadzor) or to a court.",
  ),
  authorityPowers: basis(
    23,
    undefined,
    'widely-quoted',
    'Уполномоченный орган рассматривает обращения субъектов, вправе требовать от оператора уточнения, блокирования или уничтожения недостоверных или полученных незаконным путём данных, обращаться в суд и привлекать к ответственности.',
    'The authority considers complaints of data subjects and may require the operator to correct, block or destroy inaccurate or unlawfully obtained data, go to court and hold violators liable.',
  ),
} satisfies Record<string, LegalBasis>;

const answerRule: DeadlineRule = {
  id: 'answer',
  label: { ru: 'ответ на запрос сведений', en: 'answer to the request for information' },
  kind: 'working',
  days: 10,
  basis: legalBases.answerInfo,
  extension: { days: 5, basis: legalBases.answerInfo },
};

const stopRule: DeadlineRule = {
  id: 'stop',
  label: { ru: 'прекращение обработки', en: 'processing stopped' },
  kind: 'working',
  days: 10,
  basis: legalBases.stopProcessing,
  extension: { days: 5, basis: legalBases.stopProcessing },
};

/** ст. 15: «немедленно». No date makes it overdue: a breach is a marketing message after receipt. */
const stopMarketingRule: DeadlineRule = {
  id: 'stop-marketing',
  label: { ru: 'прекращение рассылок и звонков', en: 'marketing messages and calls stopped' },
  kind: 'immediate',
  days: 0,
  basis: legalBases.stopMarketing,
};

const destroyRule: DeadlineRule = {
  id: 'destroy',
  label: { ru: 'уничтожение персональных данных', en: 'personal data destroyed' },
  kind: 'calendar',
  days: 30,
  basis: legalBases.destroyAfterWithdrawal,
};

export const requestKindDefinitions: Record<RequestKind, RequestKindDefinition> = {
  deletion: {
    kind: 'deletion',
    letterTitle: {
      // Deletion first: it is what the user asked for; withdrawing consent is how the letter gets there.
      ru: 'Требование об уничтожении персональных данных и отзыв согласия на их обработку',
      en: 'Demand for the destruction of personal data and withdrawal of consent to its processing',
    },
    demandSummary: {
      ru: 'отзыв согласия на обработку персональных данных, прекращение их обработки, уничтожение данных и удаление учётной записи',
      en: 'withdrawal of consent to the processing of personal data, stopping the processing, destroying the data and deleting the account',
    },
    legalBases: [
      legalBases.withdrawConsent,
      legalBases.stopProcessing,
      legalBases.destroyAfterWithdrawal,
      legalBases.informationListed,
      legalBases.answerInfo,
      legalBases.stopMarketing,
      legalBases.requestContents,
      legalBases.complaint,
    ],
    deadlines: [
      {
        ...answerRule,
        label: {
          ru: 'ответ на запрос сведений о третьих лицах (п. 6)',
          en: 'answer to the request for information on third parties (item 6)',
        },
      },
      stopRule,
      destroyRule,
      stopMarketingRule,
    ],
    policyRoles: ['law', 'retention', 'consent', 'collected', 'sharing', 'purposes'],
  },
  'withdraw-consent': {
    kind: 'withdraw-consent',
    letterTitle: {
      ru: 'Отзыв согласия на обработку персональных данных',
      en: 'Withdrawal of consent to the processing of personal data',
    },
    demandSummary: {
      ru: 'отзыв согласия на обработку персональных данных, прекращение их обработки и уничтожение',
      en: 'withdrawal of consent to the processing of personal data, stopping the processing and destroying the data',
    },
    legalBases: [
      legalBases.withdrawConsent,
      legalBases.destroyAfterWithdrawal,
      legalBases.requestContents,
      legalBases.complaint,
    ],
    deadlines: [
      {
        ...destroyRule,
        label: {
          ru: 'прекращение обработки и уничтожение персональных данных',
          en: 'processing stopped and data destroyed',
        },
      },
    ],
    policyRoles: ['law', 'consent', 'sharing', 'retention', 'collected'],
  },
  access: {
    kind: 'access',
    letterTitle: {
      ru: 'Запрос сведений об обработке персональных данных',
      en: 'Request for information about the processing of personal data',
    },
    demandSummary: {
      ru: 'предоставление сведений об обработке моих персональных данных (ч. 7 ст. 14 Закона)',
      en: 'information about the processing of my personal data (Art. 14(7) of the Law)',
    },
    legalBases: [
      legalBases.rightsOfSubject,
      legalBases.informationListed,
      legalBases.answerInfo,
      legalBases.answer,
      legalBases.requestContents,
      legalBases.complaint,
    ],
    deadlines: [answerRule],
    policyRoles: ['law', 'collected', 'purposes', 'sharing', 'retention'],
  },
  correction: {
    kind: 'correction',
    letterTitle: {
      ru: 'Требование об уточнении персональных данных',
      en: 'Demand to correct personal data',
    },
    demandSummary: {
      ru: 'уточнение моих персональных данных',
      en: 'correction of my personal data',
    },
    legalBases: [
      legalBases.rightsOfSubject,
      legalBases.blockDuringCheck,
      legalBases.correction,
      legalBases.requestContents,
      legalBases.complaint,
    ],
    deadlines: [
      {
        id: 'correct',
        label: {
          ru: 'уточнение персональных данных (со дня получения подтверждающих сведений)',
          en: 'data corrected (from receipt of the supporting information)',
        },
        kind: 'working',
        days: 7,
        basis: legalBases.correction,
      },
    ],
    policyRoles: ['law', 'retention', 'collected'],
  },
  'stop-processing': {
    kind: 'stop-processing',
    letterTitle: {
      ru: 'Требование о прекращении обработки персональных данных',
      en: 'Demand to stop processing personal data',
    },
    demandSummary: {
      ru: 'прекращение обработки моих персональных данных',
      en: 'stopping the processing of my personal data',
    },
    legalBases: [legalBases.stopProcessing, legalBases.requestContents, legalBases.complaint],
    deadlines: [stopRule],
    policyRoles: ['law', 'consent', 'purposes', 'retention'],
  },
  'stop-marketing': {
    kind: 'stop-marketing',
    letterTitle: {
      ru: 'Требование о прекращении обработки персональных данных в целях продвижения товаров, работ, услуг',
      en: 'Demand to stop processing personal data to promote goods, work and services',
    },
    demandSummary: {
      ru: 'прекращение обработки моих персональных данных в целях продвижения товаров, работ, услуг (рассылок и звонков)',
      en: 'stopping the processing of my personal data to promote goods, work and services (marketing messages and calls)',
    },
    legalBases: [legalBases.stopMarketing, legalBases.requestContents, legalBases.complaint],
    deadlines: [stopMarketingRule],
    policyRoles: ['law', 'purposes'],
  },
};

export function getRequestKind(kind: RequestKind): RequestKindDefinition {
  return requestKindDefinitions[kind];
}

/** The policy clauses a letter of this kind cites (`policy.requestBases[kind]`), kept only if the policy has them. */
export function policyBasesFor(policy: SitePolicy, kind: RequestKind): string[] {
  const ids = policy.requestBases?.[kind] ?? [];
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/** A deadline as the rules give it (before it is stored on a request: lib/law/deadlines.ts). */
export interface ComputedDeadline extends Deadline {
  id: DeadlineId;
  kind: DeadlineRule['kind'];
  /** The latest date if the operator uses its extension (for reminders, not for the letter). */
  extendedDate?: string;
  extendedApproximate?: boolean;
}

/** A deadline's date from the day the request reached the operator. */
export function deadlineDate(rule: DeadlineRule, receivedOn: string): ComputedDeadline {
  const due =
    rule.kind === 'working'
      ? workingDaysAfter(receivedOn, rule.days)
      : rule.kind === 'calendar'
        ? calendarDaysAfter(receivedOn, rule.days)
        : calendarDaysAfter(receivedOn, 0);
  const out: ComputedDeadline = { id: rule.id, label: rule.label, kind: rule.kind, ...due };
  if (rule.kind === 'calendar') {
    const next = nextWorkingDay(due.date);
    if (next.date !== due.date) {
      // The day the term moves to depends on the calendar: approximate in a year not carried.
      out.movedTo = next.date;
      out.approximate ||= next.approximate;
    }
  }
  if (rule.extension) {
    const extended = workingDaysAfter(receivedOn, rule.days + rule.extension.days);
    out.extendedDate = extended.date;
    out.extendedApproximate = extended.approximate;
  }
  return out;
}

/** Every deadline of a kind, as dates, from the day the operator received the request. */
export function deadlinesFor(kind: RequestKind, receivedOn: string): ComputedDeadline[] {
  return requestKindDefinitions[kind].deadlines.map((rule) => deadlineDate(rule, receivedOn));
}

/** The deadlines a request keeps once the day the operator received it is known (none before: a posted
 *  request waits for its delivery date). «Immediately» has no date to keep: a demand to stop marketing is
 *  breached by a marketing message after receipt, never overdue by date. */
export function storedDeadlines(kind: RequestKind, receivedOn: string | undefined): Deadline[] {
  if (!receivedOn) return [];
  return deadlinesFor(kind, receivedOn)
    .filter((d) => d.kind !== 'immediate')
    .map(toDeadline);
}

// ——— when the operator received the request ———

/** How the request was sent. */
export type Channel = 'email' | 'post' | 'web-form';
export const channels: readonly Channel[] = ['email', 'post', 'web-form'];

/** Days after sending within which registered post is usually delivered: an estimate shown while the
 *  delivery date is unknown, never a rule. */
export const postDeliveryDays = { earliest: 5, latest: 10 } as const;

/** The day the operator received the request: what the user entered; for e-mail and a web form the day it
 *  was sent unless the user says otherwise; for post unknown until the user enters the delivery date. */
export function receivedOn(r: {
  channel?: Channel;
  sentOn?: string;
  receivedOn?: string;
}): string | undefined {
  if (r.receivedOn) return r.receivedOn;
  if (!r.sentOn || r.channel === 'post') return undefined;
  return r.sentOn;
}

/** While a posted request's delivery date is unknown: each deadline for delivery on the earliest and on
 *  the latest usual day. */
export function expectedDeadlines(
  kind: RequestKind,
  sentOn: string,
): { id: DeadlineId; label: Localized; from: ComputedDeadline; to: ComputedDeadline }[] {
  const early = deadlinesFor(kind, calendarDaysAfter(sentOn, postDeliveryDays.earliest).date);
  const late = deadlinesFor(kind, calendarDaysAfter(sentOn, postDeliveryDays.latest).date);
  return early
    .map((from, i) => ({ id: from.id, label: from.label, from, to: late[i] as ComputedDeadline }))
    .filter((d) => d.from.kind !== 'immediate');
}
