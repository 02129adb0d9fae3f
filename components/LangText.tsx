import type { Lang } from '../lib/text/lang';
import { languageRuns } from '../lib/text/language-runs';

/** Text in the UI language `lang`, with any Russian inside English text marked `lang="ru"` (WCAG 3.1.2). */
export function LangText({ text, lang }: { text: string; lang: Lang }) {
  if (lang === 'ru') return <>{text}</>;
  return (
    <>
      {languageRuns(text).map((run, i) =>
        run.lang ? (
          <span key={i} lang="ru">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
