// The UI languages and a string in each of them: declared here once, used by the policies, the letters
// and the UI alike.

export type Lang = 'ru' | 'en';

/** A user-facing string in every UI language. */
export interface Localized {
  ru: string;
  en: string;
}

/** The browser's UI language (`i18n.getUILanguage()`) as one of ours. */
export function browserLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
