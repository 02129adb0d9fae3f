// The launcher's words: drawn by the loader on every page of a covered site (entrypoints/panel.content),
// before the panel's code, so they live apart from the panel's strings (strings.ts uses these).
import type { Lang } from '../../lib/text/lang';

export const launcherStrings = {
  ru: { launcher: 'Данные', title: (site: string) => `Что ${site} делает с вашими данными` },
  en: { launcher: 'Data', title: (site: string) => `What ${site} does with your data` },
} satisfies Record<Lang, { launcher: string; title(site: string): string }>;

/** A launcher's accessible name: it starts with the visible word, so "click Данные" works for voice
 *  control (WCAG 2.5.3), then says what it opens (the panel's title). */
export function launcherName(word: string, title: string): string {
  return `${word}: ${title[0]?.toLowerCase()}${title.slice(1)} — Policy Lens`;
}

/** The summary panel's launcher's accessible name, as the loader draws it. */
export function launcherLabel(lang: Lang, siteName: string): string {
  const t = launcherStrings[lang];
  return launcherName(t.launcher, t.title(siteName));
}
