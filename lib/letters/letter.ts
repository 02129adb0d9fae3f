// The request letter: a pure function of the policy, the kind, the person and the date of sending. The
// letter is always Russian, in the customary shape of such letters (../shared/docs/152-fz.md); an English
// rendering goes with it for readers who need one. Provisions the project could not confirm are cited
// by article only, and their deadlines are given as the sender's own calculation.

import type { ClauseId, SitePolicy } from '../../policies/types';
import type { Deadline } from '../law/deadlines';
import type { RequestKind } from '../law/kinds';
import {
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
import { cite, deadlineLine, joinText, LetterDraft, l, numberedLines } from './builder';
import { placeClauses } from './clauses';
import {
  addresseeLines,
  complaintWarning,
  identityBlock,
  lawSentence,
  otherGround,
  relationshipBlock,
  replyEmail,
  retentionParagraph,
  senderLines,
  signatureLines,
} from './parts';
import { plainLine, plainText } from './plain-text';

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
