// An iCalendar file (RFC 5545) with one all-day event per deadline, for the user's own calendar.
// Lines end in CRLF and are folded at 75 octets of UTF-8 (RFC 5545 §3.1) without splitting a character;
// TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11). UIDs are stable per request
// and deadline, so importing the file again updates the events instead of duplicating them.

import type { Deadline } from '../law/deadlines';
import { addDays, parseIsoDate } from '../law/russian-calendar';
import type { Lang, Localized } from '../text/lang';

export interface CalendarRequest {
  /** The request's reference, e.g. 'PL-20261125-7F3K'. */
  reference: string;
  /** What the request is, e.g. the letter's title. */
  title: Localized;
  /** Whom it was sent to, e.g. «ИП Ворсов А.А. (expert.plus)». */
  operator: string;
  deadlines: Deadline[];
}

export interface CalendarOptions {
  /** Time the file is written (DTSTAMP). */
  now?: Date;
  lang?: Lang;
}

const maxOctets = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: \ ; , and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** Folds one content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? maxOctets : maxOctets - 1; // the leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The UID's local part: the reference and deadline id, reduced to characters safe anywhere. */
function uidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16)}`);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const compact = (iso: string) => iso.replaceAll('-', '');

export function buildDeadlinesCalendar(
  requests: readonly CalendarRequest[],
  options: CalendarOptions = {},
): string {
  const lang = options.lang ?? 'ru';
  const stamp = utcStamp(options.now ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Policy Lens//Request deadlines//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const request of requests) {
    for (const deadline of request.deadlines) {
      parseIsoDate(deadline.date);
      const approx = deadline.approximate ? (lang === 'ru' ? ' (ориентировочно)' : ' (approximately)') : '';
      const summary =
        lang === 'ru'
          ? `Срок: ${deadline.label.ru}${approx} — ${request.reference}`
          : `Deadline: ${deadline.label.en}${approx} — ${request.reference}`;
      const description =
        lang === 'ru'
          ? [
              `${request.title.ru}, № ${request.reference}.`,
              `Адресат: ${request.operator}.`,
              `Срок «${deadline.label.ru}» истекает ${deadline.date}${approx}.`,
              deadline.movedTo
                ? `Этот день нерабочий: по общему правилу ст. 193 ГК РФ срок оканчивается ${deadline.movedTo} (применимость правила к 152-ФЗ спорна).`
                : '',
              deadline.approximate
                ? 'Дата ориентировочная: постановления о переносе выходных этого года в расширении нет, учтено только правило ч. 2 ст. 112 ТК РФ.'
                : '',
            ]
          : [
              `${request.title.en}, ref. ${request.reference}.`,
              `Sent to: ${request.operator}.`,
              `Deadline "${deadline.label.en}" ends on ${deadline.date}${approx}.`,
              deadline.movedTo
                ? `A non-working day: by the general rule of Art. 193 of the Civil Code the term ends on ${deadline.movedTo} (whether that rule applies to 152-FZ is debated).`
                : '',
              deadline.approximate
                ? "Approximate: the decree moving this year's days off is not in the extension; only the rule of Art. 112(2) of the Labour Code is applied."
                : '',
            ];
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uidPart(request.reference)}-${uidPart(deadline.id)}@policy-lens`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(deadline.date)}`,
        `DTEND;VALUE=DATE:${compact(addDays(deadline.date, 1))}`,
        `SUMMARY:${escapeIcsText(summary)}`,
        `DESCRIPTION:${escapeIcsText(description.filter(Boolean).join('\n'))}`,
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:PT9H',
        `DESCRIPTION:${escapeIcsText(summary)}`,
        'END:VALARM',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
