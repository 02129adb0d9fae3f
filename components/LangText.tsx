import type { Lang } from '../lib/text/lang';

/**
 * Text in the UI language `lang`. English text quotes Russian in «guillemets» (the policies' English
 * texts do so throughout; English itself never uses them): each such quote is marked `lang="ru"`, so
 * a screen reader reads it in Russian (WCAG 3.1.2).
 */
export function LangText({ text, lang }: { text: string; lang: Lang }) {
  if (lang === 'ru') return <>{text}</>;
  return <>{text.split(/(«[^«»]*»)/).map((part, i) => (i % 2 ? <span lang="ru">{part}</span> : part))}</>;
}
