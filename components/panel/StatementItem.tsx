import { useState } from 'preact/hooks';
import { clauseById } from '../../policies/lookup';
import type { Lang, SitePolicy, Statement } from '../../policies/types';
import { LangText } from '../LangText';
import { panelStrings } from './strings';

interface Props {
  policy: SitePolicy;
  statement: Statement;
  lang: Lang;
  /** The statement cites a clause that changed on the live site. */
  outdated?: boolean;
  outdatedLabel?: string;
  /** Shown before the statement's text, e.g. a severity badge. */
  before?: preact.ComponentChildren;
  /** Shown after it, e.g. why it matters. */
  children?: preact.ComponentChildren;
}

/** One summary statement, with a button that reveals the exact clauses it rests on. */
export function StatementItem({ policy, statement, lang, outdated, outdatedLabel, before, children }: Props) {
  const [open, setOpen] = useState(false);
  const t = panelStrings[lang];
  const clauses = statement.cites.map((id) => clauseById(policy, id)).filter((c) => c !== undefined);
  // One label per clause cited, never the same one twice.
  const labels = [...new Set(clauses.map((c) => c.label[lang]))].join(', ');
  const regionId = `pl-src-${statement.id}`;
  return (
    <li class={outdated ? 'statement outdated' : 'statement'} data-statement={statement.id}>
      <p class="statement-text">
        {before}
        <LangText text={statement.text[lang]} lang={lang} />
        {children}
      </p>
      {outdated && <p class="outdated-note">{outdatedLabel}</p>}
      <button
        type="button"
        class="cite"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        {t.showClause(labels)}
      </button>
      {open && (
        <div id={regionId} class="sources">
          {clauses.map((c) => (
            <figure class="source" key={c.id} data-clause={c.id}>
              <figcaption>{c.label[lang]}</figcaption>
              <blockquote lang="ru">{c.text}</blockquote>
              {lang === 'en' && (
                <blockquote lang="en" class="translation">
                  <span class="visually-hidden">{t.clauseTranslation}: </span>
                  <LangText text={c.en} lang={lang} />
                </blockquote>
              )}
            </figure>
          ))}
        </div>
      )}
    </li>
  );
}
