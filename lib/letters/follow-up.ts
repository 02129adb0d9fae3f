// What the user sends when a deadline has passed: a reminder to the operator citing the original request,
// and a draft complaint to Роскомнадзор (ст. 17 152-ФЗ). Both pure, both Russian with an English rendering.

import type { SitePolicy } from '../../policies/types';
import { type Deadline, lastDay, overdueOf } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import {
  type Channel,
  type LegalBasis,
  legalBases,
  receivedOn,
  requestKindDefinitions,
} from '../law/request-kinds';
import { toIsoDate } from '../law/russian-calendar';
import { russianDate } from '../law/working-days';
import type { Person } from '../requests/person';
import type { Localized } from '../text/lang';
import { citeLaw, joinText, LetterDraft, l, lawTitle, lawTitleGenitive, numberedLines } from './builder';
import { addresseeLines, replyEmail, senderLines, signatureLines } from './parts';
import { plainLine, plainText } from './plain-text';

/** The request as it was sent. */
export interface SentRequest {
  kind: RequestKind;
  reference: string;
  /** 'YYYY-MM-DD' */
  sentOn: string;
  /** How it was sent; e-mail when absent. */
  channel?: Channel;
  /** 'YYYY-MM-DD', the day the operator received it; for e-mail the day it was sent unless given. */
  receivedOn?: string;
  /** A marketing message that came after a demand to stop marketing was received. */
  marketingBreach?: { on: string; what: string };
  /** The address it was sent to. */
  recipient?: string;
  /** Its deadlines as stored when it was marked sent or its receipt was entered: the truth for what is
   *  missed (lib/law/deadlines.ts). */
  deadlines: readonly Deadline[];
  /** The letter as sent, quoted under the reminder when given. */
  body?: string;
}

/** The follow-up's own outgoing number: the original's code under the follow-up's date
 *  (PL-20261125-7F3K → PL-20261210-7F3K), «-2» added when both fall on one day. */
export function followUpReference(original: string, date: string): string {
  const ref = plainLine(original);
  const day = toIsoDate(date).replaceAll('-', '');
  const m = /^PL-(\d{8})-(\w+)$/.exec(ref);
  if (!m) return `${ref}-2`;
  return m[1] === day ? `${ref}-2` : `PL-${day}-${m[2]}`;
}

const sentBy: Record<Channel, Localized> = {
  email: l('по электронной почте', 'by e-mail'),
  post: l('почтой', 'by post'),
  'web-form': l('через форму на сайте', 'through the form on the website'),
};

/** «; получено Вами 25.11.2026» — when the day of receipt is known. */
function receiptText(original: SentRequest, to: 'operator' | 'authority'): Localized {
  const received = receivedOn(original);
  if (!received) return l('');
  const whom = to === 'operator' ? 'Вами' : 'оператором';
  const verb = original.channel === 'post' ? 'вручено' : 'получено';
  return l(
    `; ${verb} ${whom} ${russianDate(received)}`,
    `; ${to === 'operator' ? 'you received it' : 'the operator received it'} on ${received}`,
  );
}

/** The marketing message that came after the demand was received, as the follow-up and the complaint
 *  name it. */
function breachLine(original: SentRequest, to: 'operator' | 'authority'): Localized | undefined {
  const breach = original.marketingBreach;
  const received = receivedOn(original);
  if (!breach || !received) return undefined;
  const from = to === 'operator' ? 'от Вас' : 'от оператора';
  return l(
    `Несмотря на требование прекратить обработку персональных данных в целях продвижения товаров, работ, услуг, полученное ${to === 'operator' ? 'Вами' : 'оператором'} ${russianDate(received)}, ${russianDate(breach.on)} я получил(а) ${from} рекламное сообщение: ${plainLine(breach.what)}.`,
    `Despite the demand to stop processing my personal data to promote goods, work and services, received ${to === 'operator' ? 'by you' : 'by the operator'} on ${received}, on ${breach.on} I received a marketing message ${to === 'operator' ? 'from you' : 'from the operator'}: ${plainLine(breach.what)}.`,
  );
}

export interface FollowUpInput {
  policy: SitePolicy;
  person: Person;
  original: SentRequest;
  /** 'YYYY-MM-DD', the day the reminder is sent. */
  date: string;
  /** The reminder's own outgoing number; `followUpReference` of the original's when omitted. */
  reference?: string;
  /** Where the reminder goes; the original recipient when omitted. */
  recipient?: string;
}

export interface FollowUpLetter {
  subject: string;
  body: string;
  translation: string;
  missed: Deadline[];
}

const approxText = (d: Deadline): Localized =>
  d.approximate ? l(' (ориентировочно)', ' (approximately)') : l('');

function missedLines(missed: Deadline[]): Localized[] {
  return missed.map((d, i) =>
    joinText(
      l(
        `— ${d.label.ru} — срок истёк ${russianDate(lastDay(d))}`,
        `— ${d.label.en}: the time ran out on ${lastDay(d)}`,
      ),
      approxText(d),
      i === missed.length - 1 ? '.' : ';',
    ),
  );
}

/** «25.11.2026 Вам было направлено моё обращение № … «…» на адрес …». `to` says whom the sentence
 *  addresses: the operator itself (a reminder) or a third party (a complaint). */
function originalLine(original: SentRequest, to: 'operator' | 'authority'): Localized {
  const title = requestKindDefinitions[original.kind].letterTitle;
  const ref = plainLine(original.reference);
  const address = plainLine(original.recipient);
  const whom = to === 'operator' ? l('Вам', 'you') : l('оператору', 'the operator');
  const how = sentBy[original.channel ?? 'email'];
  return joinText(
    l(
      `${russianDate(original.sentOn)} ${whom.ru} ${how.ru} было направлено моё обращение № ${ref} «${title.ru}»${address ? ` на адрес ${address}` : ''}`,
      `On ${original.sentOn} my request No. ${ref} "${title.en}" was sent to ${whom.en} ${how.en}${address ? ` at ${address}` : ''}`,
    ),
    receiptText(original, to),
    '.',
  );
}

/** Ends a sentence with a full stop unless the text already ends with one (as «А.А.» does). */
const withStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** A reminder for an overdue request. */
export function buildFollowUpLetter(input: FollowUpInput): FollowUpLetter {
  const { policy, person, original } = input;
  const date = toIsoDate(input.date);
  const kind = requestKindDefinitions[original.kind];
  const originalRef = plainLine(original.reference);
  const reference = plainLine(input.reference) || followUpReference(originalRef, date);
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const missed = overdueOf(original.deadlines, date);
  const reply = replyEmail(person);

  const draft = new LetterDraft();
  draft.block(l(`Исх. № ${reference} от ${russianDate(date)}`, `Ref. No. ${reference} of ${date}`));
  draft.block(...addresseeLines({ policy, person, recipient: input.recipient ?? original.recipient }));
  draft.block(...senderLines(person));
  draft.block(
    l(
      `Повторное обращение к обращению № ${originalRef} от ${russianDate(original.sentOn)}`,
      `Follow-up to request No. ${originalRef} of ${original.sentOn}`,
    ),
  );
  draft.block(
    originalLine(original, 'operator'),
    joinText(l('Обращение содержало требования: ', 'It asked for: '), kind.demandSummary, '.'),
  );
  const breach = breachLine(original, 'operator');
  if (breach) draft.block(breach);
  if (missed.length) {
    draft.block(
      l(
        'Сроки исполнения истекли, однако ответ мною не получен, а требования не исполнены:',
        'The times have run out, but I have received no answer and the demands have not been met:',
      ),
      ...missedLines(missed),
    );
  } else if (!breach) {
    draft.block(l('Ответ на обращение мною до сих пор не получен.', 'I have not yet received an answer.'));
  }
  draft.block(
    l(
      `Повторно прошу незамедлительно исполнить требования обращения № ${originalRef} и направить ответ на e-mail: ${reply}.`,
      `I ask again that the demands of request No. ${originalRef} be met without delay and the answer sent to the e-mail: ${reply}.`,
    ),
  );
  draft.block(
    l(
      `В отсутствие ответа я обращусь с жалобой в уполномоченный орган по защите прав субъектов персональных данных (Роскомнадзор) (${citeLaw([legalBases.complaint])} ${lawTitleGenitive}).`,
      `Failing an answer, I will complain to the authority for the protection of data subjects' rights (Roskomnadzor) (${citeLaw([legalBases.complaint], 'en')} of ${lawTitle.en}).`,
    ),
  );
  const quoted = plainText(original.body);
  if (quoted) {
    draft.block(
      l(
        `Текст обращения № ${originalRef} от ${russianDate(original.sentOn)}:`,
        `Text of request No. ${originalRef} of ${original.sentOn}:`,
      ),
      l(quoted.replace(/^(.?)/gm, (_, first: string) => (first ? `> ${first}` : '>'))),
    );
  }
  draft.block(...signatureLines(person, date));

  return {
    subject: `Повторное обращение к обращению № ${originalRef} от ${russianDate(original.sentOn)} — ${site} — № ${reference}`,
    body: draft.render('ru'),
    translation: draft.render('en'),
    missed,
  };
}

export type OperatorResponse = 'none' | 'refused' | 'incomplete';

export interface ComplaintInput {
  policy: SitePolicy;
  person: Person;
  original: SentRequest;
  /** 'YYYY-MM-DD', the day of the complaint. */
  date: string;
  /** What the operator did: nothing (default), refused, or answered without meeting the demands. */
  response?: OperatorResponse;
  /** 'YYYY-MM-DD' of a reminder sent, if any. */
  followUpSentOn?: string;
}

export interface ComplaintDraft {
  subject: string;
  body: string;
  translation: string;
  /** The documents to attach, in the order the complaint lists them. */
  attachments: Localized[];
  missed: Deadline[];
}

/** The provisions the complaint's facts support: those behind the missed deadlines, all of the kind's
 *  demands when the operator refused or answered in part, ст. 15 only with a recorded marketing message,
 *  and the withdrawal of consent (ч. 2 ст. 9) behind a missed destruction. Nothing else is cited. */
export function supportedRights(
  original: SentRequest,
  missed: readonly Deadline[],
  response: OperatorResponse,
): LegalBasis[] {
  const kind = requestKindDefinitions[original.kind];
  const rules = kind.deadlines.filter((rule) =>
    rule.kind === 'immediate'
      ? Boolean(original.marketingBreach && receivedOn(original))
      : response !== 'none' || missed.some((d) => d.id === rule.id),
  );
  const out: LegalBasis[] = [];
  const add = (b: LegalBasis) => {
    if (!out.includes(b)) out.push(b);
  };
  if (rules.some((r) => r.id === 'destroy') && kind.legalBases.includes(legalBases.withdrawConsent))
    add(legalBases.withdrawConsent);
  for (const rule of rules) add(rule.basis);
  return out;
}

/** A draft complaint to Роскомнадзор about an unanswered or refused request. */
export function buildComplaintDraft(input: ComplaintInput): ComplaintDraft {
  const { policy, person, original } = input;
  const date = toIsoDate(input.date);
  const kind = requestKindDefinitions[original.kind];
  const ref = plainLine(original.reference);
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const url = plainLine(policy.site?.url);
  const operator = plainLine(policy.operator?.name) || `оператор сайта ${site}`;
  const registration = (policy.operator?.registration ?? [])
    .map((r) => `${plainLine(r.kind)} ${plainLine(r.value)}`.trim())
    .filter(Boolean)
    .join(', ');
  const missed = overdueOf(original.deadlines, date);
  const followUp = input.followUpSentOn ? toIsoDate(input.followUpSentOn) : undefined;
  const response = input.response ?? 'none';
  const rights = supportedRights(original, missed, response);
  const channel = original.channel ?? 'email';
  const breach = breachLine(original, 'authority');

  const proofs: Record<Channel, Localized[]> = {
    email: [
      l(
        'Подтверждение отправки обращения: снимок экрана или распечатка отправленного письма с датой и адресом.',
        'Proof of sending: a screenshot or printout of the sent e-mail showing the date and address.',
      ),
    ],
    post: [
      l(
        'Кассовый чек и опись вложения почтового отправления.',
        'The post office receipt and the list of contents of the registered letter.',
      ),
      l(
        'Уведомление о вручении или распечатка отслеживания почтового отправления с датой вручения.',
        'The notice of delivery, or a printout of the tracking showing the delivery date.',
      ),
    ],
    'web-form': [
      l(
        'Снимок экрана отправленной формы и подтверждения её отправки с датой.',
        'A screenshot of the submitted form and of the confirmation with its date.',
      ),
    ],
  };
  const attachments: Localized[] = [
    l(
      `Копия обращения № ${ref} от ${russianDate(original.sentOn)}.`,
      `Copy of request No. ${ref} of ${original.sentOn}.`,
    ),
    ...proofs[channel],
    ...(breach
      ? [
          l(
            'Снимок экрана рекламного сообщения, полученного после требования, с датой.',
            'A screenshot of the marketing message received after the demand, with its date.',
          ),
        ]
      : []),
    ...(followUp
      ? [l(`Копия повторного обращения от ${russianDate(followUp)}.`, `Copy of the reminder of ${followUp}.`)]
      : []),
    ...(response !== 'none' ? [l('Ответ оператора.', "The operator's answer.")] : []),
    l(
      `Текст Политики конфиденциальности сайта ${site}${url ? ` (${url})` : ''}.`,
      `Text of the privacy policy of the website ${site}${url ? ` (${url})` : ''}.`,
    ),
  ];

  const operatorLine = withStop(`${operator}${registration ? ` (${registration})` : ''}`);
  const who =
    person.relation === 'form'
      ? l(
          `Я оставлял(а) свои имя и номер телефона${person.phone ? ` ${plainLine(person.phone)}` : ''} в форме на сайте ${site}${url ? ` (${url})` : ''}; учётной записи на сайте у меня нет.`,
          `I left my name and phone number${person.phone ? ` ${plainLine(person.phone)}` : ''} in a form on the website ${site}${url ? ` (${url})` : ''}; I have no account there.`,
        )
      : l(
          `Я являюсь пользователем сайта ${site}${url ? ` (${url})` : ''}, e-mail учётной записи: ${plainLine(person.email)}.`,
          `I am a user of the website ${site}${url ? ` (${url})` : ''}, account e-mail: ${plainLine(person.email)}.`,
        );
  const facts: Localized[] = [
    joinText(
      who,
      l(
        ` Оператор персональных данных сайта — ${operatorLine}`,
        ` The personal data operator of the website is ${operatorLine}`,
      ),
    ),
    joinText(
      originalLine(original, 'authority'),
      l(' Оно содержало требования: ', ' It asked for: '),
      kind.demandSummary,
      '.',
    ),
  ];
  if (breach) facts.push(breach);
  if (missed.length) {
    facts.push(
      joinText(
        l('Установленные сроки истекли: ', 'The times have run out: '),
        ...missed.flatMap((d, i) => [
          l(`${d.label.ru} — ${russianDate(lastDay(d))}`, `${d.label.en}: ${lastDay(d)}`),
          approxText(d),
          i < missed.length - 1 ? '; ' : '.',
        ]),
      ),
    );
  }
  if (followUp) {
    facts.push(
      l(
        `${russianDate(followUp)} оператору было направлено повторное обращение.`,
        `On ${followUp} a reminder was sent to the operator.`,
      ),
    );
  }
  facts.push(
    response === 'refused'
      ? l('Оператор отказал в исполнении требований.', 'The operator refused to meet the demands.')
      : response === 'incomplete'
        ? l(
            'Оператор ответил, но требования исполнены не полностью.',
            'The operator answered, but the demands have not been fully met.',
          )
        : breach
          ? l('Рассылки продолжаются.', 'The marketing messages go on.')
          : l('Ответ от оператора мною не получен.', 'I have received no answer from the operator.'),
  );
  if (!(policy.operator?.contacts ?? []).length) {
    facts.push(
      l(
        'Политика конфиденциальности сайта не называет ни адреса, ни иных контактов оператора для обращений субъектов персональных данных.',
        'The privacy policy of the website names no address or other contact of the operator for data subjects’ requests.',
      ),
    );
  }

  const draft = new LetterDraft();
  draft.block(
    l(
      'Кому: Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор), территориальное управление по месту нахождения оператора',
      'To: the Federal Service for Supervision of Communications, Information Technology and Mass Media (Roskomnadzor), regional office for where the operator is located',
    ),
  );
  draft.block(...senderLines(person));
  draft.block(
    l(
      'Жалоба на нарушение прав субъекта персональных данных',
      "Complaint about a breach of a data subject's rights",
    ),
  );
  draft.block(...numberedLines(facts));
  draft.block(
    rights.length
      ? l(
          `Считаю, что тем самым нарушены мои права субъекта персональных данных, предусмотренные ${citeLaw(rights)} ${lawTitleGenitive} (далее — Закон).`,
          `I consider that this breaches my rights as a data subject under ${citeLaw(rights, 'en')} of ${lawTitle.en} ("the Law").`,
        )
      : l(
          `Прошу проверить, соблюдены ли при этом мои права субъекта персональных данных по ${lawTitleGenitive.replace(/^Федерального/, 'Федеральному').replace('закона', 'закону')} (далее — Закон).`,
          `I ask that it be checked whether my rights as a data subject under ${lawTitle.en} ("the Law") were respected.`,
        ),
  );
  draft.block(
    l(
      `На основании ${citeLaw([legalBases.complaint])} Закона прошу:`,
      `Under ${citeLaw([legalBases.complaint], 'en')} of the Law, I ask:`,
    ),
    ...numberedLines([
      l(
        'провести проверку соблюдения оператором требований Закона по изложенным фактам;',
        'that the operator’s compliance with the Law be checked on these facts;',
      ),
      joinText(
        l(
          `принять меры, предусмотренные ${citeLaw([legalBases.authorityPowers])} Закона, в том числе потребовать от оператора исполнить мои требования: `,
          `that the measures of ${citeLaw([legalBases.authorityPowers], 'en')} of the Law be taken, including requiring the operator to meet my demands: `,
        ),
        kind.demandSummary,
        ';',
      ),
      // ст. 7 59-ФЗ: a paper complaint is answered at the postal address it gives.
      plainText(person.postalAddress)
        ? l(
            `сообщить мне о результатах рассмотрения жалобы по почтовому адресу, указанному выше, или на e-mail: ${replyEmail(person)}.`,
            `that I be told the outcome at the postal address above or at the e-mail: ${replyEmail(person)}.`,
          )
        : l(
            `сообщить мне о результатах рассмотрения жалобы на e-mail: ${replyEmail(person)}.`,
            `that I be told the outcome at the e-mail: ${replyEmail(person)}.`,
          ),
    ]),
  );
  draft.block(l('Приложения:', 'Attachments:'), ...numberedLines(attachments));
  draft.block(...signatureLines(person, date));

  return {
    subject: `Жалоба на нарушение прав субъекта персональных данных: ${operator}, сайт ${site} (обращение № ${ref})`,
    body: draft.render('ru'),
    translation: draft.render('en'),
    attachments,
    missed,
  };
}
