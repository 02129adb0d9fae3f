// The ONE date formatter for people reading the UI: «7 октября 2026», "7 Oct 2026". ISO dates
// ('YYYY-MM-DD') stay where a machine reads them (`<time dateTime>`, storage, backups, calendars); letters
// use the form Russian letters use, 'DD.MM.YYYY' (`russianDate` in lib/law/working-days.ts), as part of
// their wording.

import type { Lang } from './lang';

const ruMonths = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (YYYY-MM-DD) as a reader of `lang` writes it; anything else is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? (lang === 'ru' ? ruMonths : enMonths)[Number(match[2]) - 1] : undefined;
  if (!match || !month || Number(match[3]) < 1 || Number(match[3]) > 31) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
