// What the user sends when a deadline has passed: a reminder to the operator citing the original request,
// and a draft complaint to Роскомнадзор (ст. 17 152-ФЗ). Both pure, both Russian with an English rendering.

import type { SitePolicy } from '../../policies/types';
import { type Deadline, overdueOf } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import { legalBases, requestKindDefinitions } from '../law/request-kinds';
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
  /** The address it was sent to. */
  recipient?: string;
  /** Its deadlines as stored when it was marked sent: the truth for what is missed (lib/law/deadlines.ts). */
  deadlines: readonly Deadline[];
  /** The letter as sent, quoted under the reminder when given. */
  body?: string;
}

export interface FollowUpInput {
  policy: SitePolicy;
  person: Person;
  original: SentRequest;
  /** 'YYYY-MM-DD', the day the reminder is sent. */
  date: string;
  /** The reminder's own reference; the original's when omitted. */
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
        `— ${d.label.ru} — срок истёк ${russianDate(d.date)}`,
        `— ${d.label.en}: the time ran out on ${d.date}`,
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
  return l(
    `${russianDate(original.sentOn)} ${whom.ru} было направлено моё обращение № ${ref} «${title.ru}»${address ? ` на адрес ${address}` : ''}.`,
    `On ${original.sentOn} my request No. ${ref} "${title.en}" was sent to ${whom.en}${address ? ` at ${address}` : ''}.`,
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
  const reference = plainLine(input.reference) || originalRef;
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const missed = overdueOf(original.deadlines, date);
  const reply = replyEmail(person);

  const draft = new LetterDraft();
  draft.block(l(`Исх. № ${reference} от ${russianDate(date)}`, `Ref. No. ${reference} of ${date}`));
  draft.block(...addresseeLines({ policy, person, recipient: input.recipient ?? original.recipient }));
  draft.block(...senderLines(person));
  draft.block(
    l(
      `Повторное обращение по обращению № ${originalRef} от ${russianDate(original.sentOn)}`,
      `Reminder of request No. ${originalRef} of ${original.sentOn}`,
    ),
  );
  draft.block(
    originalLine(original, 'operator'),
    joinText(l('Обращение содержало требования: ', 'It asked for: '), kind.demandSummary, '.'),
  );
  if (missed.length) {
    draft.block(
      l(
        'Сроки исполнения истекли, однако ответ мною не получен, а требования не исполнены:',
        'The times have run out, but I have received no answer and the demands have not been met:',
      ),
      ...missedLines(missed),
    );
  } else {
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
    subject: `Повторное обращение по № ${originalRef} от ${russianDate(original.sentOn)} — ${site}${reference !== originalRef ? ` — № ${reference}` : ''}`,
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
  const rights = kind.legalBases.filter(
    (b) => b !== legalBases.requestContents && b !== legalBases.complaint,
  );

  const attachments: Localized[] = [
    l(
      `Копия обращения № ${ref} от ${russianDate(original.sentOn)}.`,
      `Copy of request No. ${ref} of ${original.sentOn}.`,
    ),
    l(
      'Подтверждение отправки обращения (снимок экрана отправленного письма с датой и адресом).',
      'Proof of sending (a screenshot of the sent e-mail showing the date and address).',
    ),
    ...(followUp
      ? [l(`Копия повторного обращения от ${russianDate(followUp)}.`, `Copy of the reminder of ${followUp}.`)]
      : []),
    ...(response !== 'none' ? [l('Ответ оператора.', "The operator's answer.")] : []),
    l(
      `Текст Политики конфиденциальности сайта ${site}${url ? ` (${url})` : ''}.`,
      `Text of the privacy policy of the website ${site}${url ? ` (${url})` : ''}.`,
    ),
  ];

  const facts: Localized[] = [
    l(
      `Я являюсь пользователем сайта ${site}${url ? ` (${url})` : ''}, e-mail учётной записи: ${plainLine(person.email)}. Оператор персональных данных сайта — ${withStop(`${operator}${registration ? ` (${registration})` : ''}`)}`,
      `I am a user of the website ${site}${url ? ` (${url})` : ''}, account e-mail: ${plainLine(person.email)}. The personal data operator of the website is ${withStop(`${operator}${registration ? ` (${registration})` : ''}`)}`,
    ),
    joinText(
      originalLine(original, 'authority'),
      l(' Оно содержало требования: ', ' It asked for: '),
      kind.demandSummary,
      '.',
    ),
  ];
  if (missed.length) {
    facts.push(
      joinText(
        l('Установленные сроки истекли: ', 'The times have run out: '),
        ...missed.flatMap((d, i) => [
          l(`${d.label.ru} — ${russianDate(d.date)}`, `${d.label.en}: ${d.date}`),
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
    l(
      `Считаю, что тем самым нарушены мои права субъекта персональных данных, предусмотренные ${citeLaw(rights)} ${lawTitleGenitive} (далее — Закон).`,
      `I consider that this breaches my rights as a data subject under ${citeLaw(rights, 'en')} of ${lawTitle.en} ("the Law").`,
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
          'принять меры, чтобы оператор исполнил мои требования: ',
          'that measures be taken so that the operator meets my demands: ',
        ),
        kind.demandSummary,
        ';',
      ),
      l(
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
