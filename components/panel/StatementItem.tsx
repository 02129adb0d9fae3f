import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** One passage a statement rests on: a clause of a curated policy, or a sentence of a policy read. */
export interface StatementSource {
  key: string;
  /** The clause's id or number (data-clause); '' when it has none. */
  clause: string;
  /** The clause's label, e.g. «п. 1.2»: the figure's caption and part of the button's words. */
  label: string;
  /** The Russian text quoted. */
  quote: ComponentChildren;
  /** Shown after the quote, e.g. its English translation. */
  after?: ComponentChildren;
}

export interface StatementItemProps {
  /** Names the item: the region of its sources, and data-statement / data-line for tests and styles. */
  id: string;
  /** `statement`: a curated summary's statement; `line`: a line of an automatic reading. */
  mark: 'statement' | 'line';
  /** The statement's text, with whatever goes before or after it (a severity badge, why it matters). */
  text: ComponentChildren;
  sources: StatementSource[];
  /** The words of the button that reveals the sources, given their labels («п. 1.2, п. 3»). */
  showLabel(labels: string): string;
  /** Set when the statement cites a clause that changed on the live site: the note saying so. */
  outdatedNote?: string | undefined;
}

/**
 * One statement, with a button that reveals the exact passages it rests on (none: no button). The
 * curated summary (Panel) and an automatic reading (ReadingPanel) both list their statements with it.
 */
export function StatementItem({ id, mark, text, sources, showLabel, outdatedNote }: StatementItemProps) {
  const [open, setOpen] = useState(false);
  // One label per clause cited, never the same one twice.
  const labels = [...new Set(sources.map((s) => s.label))].join(', ');
  const regionId = `pl-src-${id}`;
  return (
    <li class={outdatedNote === undefined ? 'statement' : 'statement outdated'} {...{ [`data-${mark}`]: id }}>
      <p class="statement-text">{text}</p>
      {outdatedNote !== undefined && <p class="outdated-note">{outdatedNote}</p>}
      {sources.length > 0 && (
        <>
          <button
            type="button"
            class="cite"
            aria-expanded={open}
            aria-controls={regionId}
            onClick={() => setOpen(!open)}
          >
            {showLabel(labels)}
          </button>
          {open && (
            <div id={regionId} class="sources">
              {sources.map((s) => (
                <figure class="source" key={s.key} data-clause={s.clause}>
                  <figcaption>{s.label}</figcaption>
                  <blockquote lang="ru">{s.quote}</blockquote>
                  {s.after}
                </figure>
              ))}
            </div>
          )}
        </>
      )}
    </li>
  );
}
