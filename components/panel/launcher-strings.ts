// The launcher's words: drawn by the loader on every page of a covered site (entrypoints/panel.content),
// before the panel's code, so they live apart from the panel's strings (strings.ts uses these).
import type { Lang } from '../../lib/text/lang';

export const launcherStrings = {
  ru: { launcher: 'Данные', title: (site: string) => `Что ${site} делает с вашими данными` },
  en: { launcher: 'Data', title: (site: string) => `What ${site} does with your data` },
} satisfies Record<Lang, { launcher: string; title(site: string): string }>;

/** The launcher's accessible name: it starts with the visible word, so "click Данные" works for voice
 *  control (WCAG 2.5.3), then says what it opens. */
export function launcherLabel(lang: Lang, siteName: string): string {
  const t = launcherStrings[lang];
  const title = t.title(siteName);
  return `${t.launcher}: ${title[0]?.toLowerCase()}${title.slice(1)} — Policy Lens`;
}
