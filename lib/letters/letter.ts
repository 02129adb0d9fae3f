// The request letter: a pure function of the policy, the kind, the person and the date of sending. The
// letter is always Russian, in the customary shape of such letters (../shared/docs/152-fz.md); an English
// rendering goes with it for readers who need one. Provisions the project could not confirm are cited
// by article only, and their deadlines are given as the sender's own calculation.

import type { ClauseId, SitePolicy } from '../../policies/types';
import type { Deadline } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import {
  type Channel,
  citeBasis,
  deadlineDate,
  type LegalBasis,
  legalBases,
  type PolicyRole,
  requestKindDefinitions,
} from '../law/request-kinds';
import { toIsoDate } from '../law/russian-calendar';
import { russianDate } from '../law/working-days';
import type { Person } from '../requests/person';
import type { Localized } from '../text/lang';
import { cite, deadlineLine, deadlinesIntro, joinText, LetterDraft, l, numberedLines } from './builder';
import { placeClauses } from './clauses';
import {
  addresseeLines,
  complaintWarning,
  identityBlock,
  lawSentence,
  otherGround,
  relationshipBlock,
  replyEmail,
  representativeBlock,
  retentionParagraph,
  senderLines,
  signatureLines,
  voice,
} from './parts';
import { plainLine, plainText } from './plain-text';

export interface RequestLetterInput {
  policy: SitePolicy;
  kind: RequestKind;
  person: Person;
  /** 'YYYY-MM-DD', the day the letter is sent. */
  date: string;
  /** How it will be sent: e-mail (the default) or a web form reach the operator that day; by post the
   *  delivery date is unknown, so the letter states the terms without dates. */
  channel?: Channel;
  /** e.g. 'PL-20261125-7F3K', see `makeReference`. */
  reference: string;
  /** The address the letter goes to, when the user has one. */
  recipient?: string;
  /** Where that address comes from: shown on a page of the site, given by the policy, or typed. */
  recipientFrom?: 'page' | 'policy' | 'typed';
  /** The operator's postal address, as the user found it. */
  operatorAddress?: string;
  /** For a correction: which data is wrong and what it should be. */
  details?: string;
  /** For a correction: the information confirming it (ч. 3 ст. 20: the 7 days run from its receipt). */
  evidence?: string;
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

interface KindText {
  demands: Localized[];
  /** Lines after the demands, before the deadlines. */
  after: Localized[];
  confirm?: Localized;
}

function kindText(input: RequestLetterInput, placed: Record<PolicyRole, ClauseId[]>): KindText {
  const { policy, kind } = input;
  const v = voice(input.person);
  const formOnly = input.person.relation === 'form';
  const site = plainLine(policy.site?.name) || plainLine(policy.id);
  const c = (law: LegalBasis[], ...roles: PolicyRole[]) =>
    cite(
      policy,
      law,
      roles.flatMap((r) => placed[r]),
    );
  const affiliates = policy.operator?.affiliates
    ? l(
        ', в том числе аффилированным лицам, упомянутым в Политике,',
        ', including the affiliates the Policy mentions,',
      )
    : l('');
  const collected = placed.collected.length
    ? l(
        ', в том числе сведения, перечисленные в Политике',
        ', including the information listed in the Policy',
      )
    : l('');
  const destroyConfirm = v(
    l(
      'Прошу подтвердить уничтожение моих персональных данных письменно (ответом на указанный ниже e-mail), указав дату уничтожения.',
      'Please confirm the destruction of my personal data in writing (by replying to the e-mail below), stating the date of destruction.',
    ),
  );

  switch (kind) {
    case 'deletion':
      return {
        demands: numberedLines([
          joinText(
            v(
              l(
                'Отзываю согласие на обработку моих персональных данных, в какой бы форме оно ни было дано',
                'I withdraw my consent to the processing of my personal data, in whatever form it was given',
              ),
            ),
            c([legalBases.withdrawConsent], 'consent'),
            '.',
          ),
          joinText(
            v(
              l(
                'Требую прекратить обработку моих персональных данных и обеспечить её прекращение лицами, которые обрабатывают их по Вашему поручению',
                'I demand that you stop processing my personal data and ensure that anyone processing it on your behalf stops',
              ),
            ),
            c([legalBases.stopProcessing], 'purposes'),
            '.',
          ),
          joinText(
            v(l('Требую уничтожить мои персональные данные', 'I demand that you destroy my personal data')),
            collected,
            l(
              ', и обеспечить их уничтожение лицами, которые обрабатывают их по Вашему поручению',
              ', and ensure its destruction by anyone processing it on your behalf',
            ),
            c([legalBases.destroyAfterWithdrawal], 'collected'),
            '.',
          ),
          ...(formOnly
            ? []
            : [
                joinText(
                  v(
                    l(
                      `Прошу удалить мою учётную запись на сайте ${site} и всю информацию, предоставленную в её рамках`,
                      `Please delete my account on the website ${site} and all information provided within it`,
                    ),
                  ),
                  c([], 'main'),
                  '.',
                ),
              ]),
          joinText(
            v(
              l(
                'Требую прекратить направлять мне рекламные и иные сообщения в целях продвижения товаров, работ, услуг',
                'I demand that you stop sending me advertising and other messages promoting goods, work or services',
              ),
            ),
            c([legalBases.stopMarketing]),
            '.',
          ),
          joinText(
            l('Прошу сообщить, каким третьим лицам', 'Please tell me to which third parties'),
            affiliates,
            v(
              l(
                ' передавались мои персональные данные, и уведомить их о настоящем требовании',
                ' my personal data was passed, and inform them of this demand',
              ),
            ),
            c([legalBases.informationListed], 'sharing', ...(formOnly ? (['main'] as PolicyRole[]) : [])),
            '.',
          ),
        ]),
        after: [retentionParagraph(policy, placed.retention, false), otherGround],
        confirm: destroyConfirm,
      };
    case 'withdraw-consent':
      return {
        demands: numberedLines([
          joinText(
            v(
              l(
                'Отзываю согласие на обработку моих персональных данных, в какой бы форме оно ни было дано',
                'I withdraw my consent to the processing of my personal data, in whatever form it was given',
              ),
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
            v(
              l(
                'Прошу прекратить обработку моих персональных данных и уничтожить их, а также обеспечить прекращение обработки и уничтожение лицами, которые обрабатывают их по Вашему поручению',
                'Please stop processing my personal data and destroy it, and ensure that anyone processing it on your behalf stops and destroys it',
              ),
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
            v(
              l(
                'Прошу предоставить мне сведения, касающиеся обработки моих персональных данных',
                'Please provide me with the information on the processing of my personal data',
              ),
            ),
            c([legalBases.rightsOfSubject, legalBases.informationListed], 'main'),
            l(', а именно:', ', namely:'),
          ),
          v(
            l(
              '— подтверждение факта обработки моих персональных данных;',
              '— confirmation that my personal data is processed;',
            ),
          ),
          joinText(
            l('— правовые основания и цели обработки', '— the legal grounds and purposes of processing'),
            c([], 'purposes'),
            ';',
          ),
          l('— цели и применяемые способы обработки;', '— the purposes and the methods of processing used;'),
          joinText(
            v(
              l(
                '— наименование и место нахождения оператора, сведения о лицах (за исключением работников оператора), которые имеют доступ к моим персональным данным или которым они могут быть раскрыты',
                '— the name and location of the operator, and who (other than the operator’s employees) has access to my personal data or may have it disclosed to them',
              ),
            ),
            policy.operator?.affiliates
              ? l(
                  ', в том числе об аффилированных лицах, упомянутых в Политике',
                  ', including the affiliates the Policy mentions',
                )
              : l(''),
            c([], 'sharing'),
            ';',
          ),
          joinText(
            v(
              l(
                '— какие именно мои персональные данные обрабатываются и источник их получения',
                '— exactly which of my personal data is processed and where it came from',
              ),
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
          v(
            l(
              '— порядок осуществления мною прав, предусмотренных Законом;',
              '— how I exercise the rights the Law gives;',
            ),
          ),
          l(
            '— сведения об осуществлённой или предполагаемой трансграничной передаче данных;',
            '— whether the data has been or is to be transferred abroad;',
          ),
          v(
            l(
              '— наименование или ФИО и адрес лица, которое обрабатывает мои данные по Вашему поручению, если обработка ему поручена;',
              '— the name and address of anyone processing my data on your behalf, if processing has been entrusted to them;',
            ),
          ),
          l(
            '— информацию о способах исполнения Вами обязанностей, установленных ст. 18.1 Закона;',
            '— how you meet the duties set by Art. 18.1 of the Law;',
          ),
          l(
            '— иные сведения, предусмотренные Законом или другими федеральными законами.',
            '— any other information provided for by the Law or other federal laws.',
          ),
          joinText(
            v(
              l(
                'Прошу также предоставить возможность ознакомиться с самими персональными данными, которые Вы обо мне обрабатываете, направив их копию на указанный ниже e-mail',
                'Please also let me see the personal data itself that you process about me, by sending a copy to the e-mail below',
              ),
            ),
            c([legalBases.answer]),
            '.',
          ),
        ],
        after: [],
      };
    case 'correction': {
      const details = plainText(input.details);
      const evidence = plainText(input.evidence);
      return {
        demands: [
          joinText(
            v(
              l(
                'Прошу уточнить мои персональные данные, которые являются неполными, устаревшими или неточными',
                'Please correct my personal data that is incomplete, outdated or inaccurate',
              ),
            ),
            c([legalBases.rightsOfSubject], 'main', 'collected'),
            ':',
          ),
          // The form refuses to send without both: a placeholder here would be sent as it is.
          l(details || '—'),
          l(
            `Сведения, подтверждающие, что эти данные неточны: ${evidence || '—'}`,
            `Information confirming that the data is inaccurate: ${evidence || '—'}`,
          ),
          joinText(
            l(
              'Требую на период проверки заблокировать эти персональные данные',
              'I demand that you block this personal data for the time of the check',
            ),
            c([legalBases.blockDuringCheck]),
            l(
              ', а после проверки внести в них необходимые изменения в течение семи рабочих дней со дня представления подтверждающих сведений',
              ', and after the check make the necessary changes within seven working days of being given the supporting information',
            ),
            c([legalBases.correction]),
            l(
              '; эти сведения приведены в настоящем обращении.',
              '; that information is given in this request.',
            ),
          ),
          v(
            l(
              'Прошу уведомить меня о внесённых изменениях и принять разумные меры для уведомления третьих лиц, которым эти данные были переданы.',
              'Please notify me of the changes made and take reasonable steps to notify third parties the data was passed to.',
            ),
          ),
        ],
        after: [retentionParagraph(policy, placed.retention, true)],
      };
    }
    case 'stop-processing':
      return {
        demands: [
          joinText(
            v(
              l(
                'Требую прекратить обработку моих персональных данных и обеспечить её прекращение лицами, которые обрабатывают их по Вашему поручению',
                'I demand that you stop processing my personal data and ensure that anyone processing it on your behalf stops',
              ),
            ),
            c([legalBases.stopProcessing], 'main', 'consent', 'purposes'),
            '.',
          ),
          l(
            `Закон позволяет не прекращать обработку по такому требованию лишь в случаях, предусмотренных п. 2–11 ч. 1 ст. 6, ч. 2 ст. 10 и ч. 2 ст. 11 Закона (${citeBasis(legalBases.stopProcessing)} Закона). Если Вы полагаете, что такой случай имеет место, прошу назвать конкретное основание и данные, к которым оно относится.`,
            `The Law allows processing to go on after such a demand only in the cases of Art. 6(1)(2–11), Art. 10(2) and Art. 11(2) of the Law (${citeBasis(legalBases.stopProcessing, 'en')} of the Law). If you believe such a case applies, please name the specific ground and the data it concerns.`,
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
            v(
              l(
                'Требую немедленно прекратить обработку моих персональных данных в целях продвижения товаров, работ, услуг путём прямых контактов со мной с помощью средств связи — рассылок по электронной почте, SMS и в мессенджерах, звонков',
                'I demand that you immediately stop processing my personal data to promote goods, work or services by contacting me directly through means of communication — e-mail, SMS and messenger newsletters, calls',
              ),
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
  const channel = input.channel ?? 'email';
  // By post the day of receipt is unknown when the letter is written: the terms go without dates.
  const dues = definition.deadlines.map((rule) => ({
    rule,
    due: channel === 'post' ? undefined : deadlineDate(rule, date),
  }));
  const reply = replyEmail(person);

  const draft = new LetterDraft();
  draft.block(l(`Исх. № ${reference} от ${russianDate(date)}`, `Ref. No. ${reference} of ${date}`));
  draft.block(...addresseeLines(input));
  draft.block(...senderLines(person));
  draft.block(definition.letterTitle);
  draft.block(...representativeBlock(person));
  draft.block(...relationshipBlock(policy, person));
  draft.block(...identityBlock(person));
  draft.block(lawSentence(policy, placed.law));
  draft.block(...text.demands);
  const v = voice(person);
  for (const paragraph of text.after) draft.block(v(paragraph));
  draft.block(
    dues.some(({ rule }) => rule.kind !== 'immediate') && deadlinesIntro(channel, date),
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
    deadlines: dues.flatMap(({ due }) =>
      due && due.kind !== 'immediate'
        ? [
            {
              id: due.id,
              label: due.label,
              date: due.date,
              approximate: due.approximate,
              ...(due.movedTo ? { movedTo: due.movedTo } : {}),
              ...(due.extendedDate ? { extendedDate: due.extendedDate } : {}),
            },
          ]
        : [],
    ),
  };
}
