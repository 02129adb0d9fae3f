// Building blocks of every letter's text: a Russian line with its English rendering (`l`), joined
// pieces, numbered lists, citations of the law and of policy clauses, deadline sentences, and the draft
// that collects paragraphs and renders either language.

import type { ClauseId, SitePolicy } from '../../policies/types';
import {
  type Channel,
  type ComputedDeadline,
  citeBasis,
  type DeadlineRule,
  type LegalBasis,
} from '../law/request-kinds';
import { russianDate } from '../law/working-days';
import type { Lang, Localized } from '../text/lang';
import { clauseLabel } from './clauses';

export const lawTitle: Localized = {
  ru: 'Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных»',
  en: 'Federal Law No. 152-FZ of 27 July 2006 "On Personal Data"',
};

/** The title as it follows «ч. 3 ст. 14 …». */
export const lawTitleGenitive = 'Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»';

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
      const unique = parts
        .filter((p, i) => parts.indexOf(p) === i)
        .sort((a, b) => (a === undefined || b === undefined ? 0 : Number(a) - Number(b)));
      if (unique.includes(undefined)) return lang === 'ru' ? `ст. ${article}` : `Art. ${article}`;
      return lang === 'ru'
        ? `ч. ${unique.join(', ')} ст. ${article}`
        : unique.map((p) => `Art. ${article}(${p})`).join(', ');
    })
    .join(', ');
}

/** «(ч. 2 ст. 9 Закона; Политика: п. 4.2, преамбула)», or '' when there is nothing to cite. */
export function cite(policy: SitePolicy, law: LegalBasis[], clauses: ClauseId[]): Localized {
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

/** «то есть не позднее 30.05.2027 (этот день нерабочий; по общему правилу ст. 193 ГК РФ …)». */
function dueText(due: ComputedDeadline, calculated: boolean): Localized {
  const approx = due.approximate ? l(' (ориентировочно)', ' (approximately)') : l('');
  const moved = due.movedTo
    ? l(
        ` (этот день нерабочий; по общему правилу ст. 193 ГК РФ срок оканчивается в ближайший следующий за ним рабочий день — ${russianDate(due.movedTo)})`,
        ` (a non-working day; by the general rule of Art. 193 of the Civil Code the term ends on the next working day, ${due.movedTo})`,
      )
    : l('');
  return joinText(
    calculated
      ? l('; по моему расчёту — не позднее ', '; by my calculation, no later than ')
      : l(', то есть не позднее ', ', that is, no later than '),
    dateText(due.date),
    moved,
    approx,
  );
}

/** One deadline; `due` is left out when the day of receipt is not known (a letter sent by post). */
export function deadlineLine(rule: DeadlineRule, due: ComputedDeadline | undefined, end: string): Localized {
  const law = l(`${citeBasis(rule.basis)} Закона`, `${citeBasis(rule.basis, 'en')} of the Law`);
  const head = l(`— ${rule.label.ru} — `, `— ${rule.label.en}: `);
  if (rule.kind === 'immediate') {
    return joinText(
      head,
      l('немедленно после получения настоящего требования (', 'immediately on receipt of this demand ('),
      law,
      `)${end}`,
    );
  }
  if (rule.basis.confidence === 'secondary') {
    return joinText(
      head,
      l('в срок, установленный ', 'within the time set by '),
      law,
      due ? dueText(due, true) : l(''),
      end,
    );
  }
  const n = genitiveNumbers[rule.days] ?? String(rule.days);
  const unit =
    rule.kind === 'working'
      ? l(`${n} рабочих дней`, `${rule.days} working days`)
      : l(`${n} дней`, `${rule.days} days`);
  const from =
    rule.id === 'correct'
      ? l(
          ' со дня представления сведений, подтверждающих неточность (',
          ' of being given the information confirming the inaccuracy (',
        )
      : rule.id === 'destroy'
        ? l(' с даты поступления отзыва (', ' of receiving the withdrawal (')
        : l(' с даты получения запроса (', ' of receiving the request (');
  return joinText(
    head,
    l('в течение ', 'within '),
    unit,
    from,
    law,
    ')',
    due ? dueText(due, false) : l(''),
    end,
  );
}

/** The paragraph before the deadlines: they run from the day the operator receives the letter. */
export function deadlinesIntro(channel: Channel, date: string): Localized {
  switch (channel) {
    case 'post':
      return l(
        'Сроки исчисляются с даты получения Вами настоящего обращения (даты вручения почтового отправления):',
        'The times run from the date you receive this request (the date the letter is delivered):',
      );
    case 'web-form':
      return l(
        `Сроки исчисляются с даты получения Вами настоящего обращения; оно направлено через форму на сайте ${russianDate(date)}:`,
        `The times run from the date you receive this request; it was sent through the form on the website on ${date}:`,
      );
    default:
      return l(
        `Сроки исчисляются с даты получения Вами настоящего обращения. Оно направлено по электронной почте ${russianDate(date)}; при получении в тот же день сроки истекают:`,
        `The times run from the date you receive this request. It was sent by e-mail on ${date}; if received that day, the times run out as follows:`,
      );
  }
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
