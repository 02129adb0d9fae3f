import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../policies/types';
import { panelStrings } from './strings';

export interface PanelFrameProps {
  /** The site's name, for the launcher's label and the title. */
  siteName: string;
  lang: Lang;
  open: boolean;
  onOpenChange(open: boolean): void;
  onLang(lang: Lang): void;
  /** The pointer or keyboard focus reached the launcher: a click may follow. */
  onLauncherIntent?(): void;
  /** The heading; defaults to «Что {site} делает с вашими данными». */
  title?: string;
  /** Marks the root for tests and styles: 'summary' (a curated policy) or 'reading' (read on demand). */
  kind?: 'summary' | 'reading';
  children: ComponentChildren;
}

/**
 * The side panel's frame: the launcher tab on the right edge, and the dialog with its title, language
 * switch and close button. The curated summary (Panel) and an automatic reading (ReadingPanel) fill it.
 */
export function PanelFrame(props: PanelFrameProps) {
  const { lang, open, siteName } = props;
  const t = panelStrings[lang];
  const launcherRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);

  // Focus follows the panel: into it on open, back to the launcher on close.
  useEffect(() => {
    if (open && !wasOpen.current) titleRef.current?.focus();
    if (!open && wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div class="root" lang={lang} data-panel-kind={props.kind ?? 'summary'}>
      <button
        ref={launcherRef}
        type="button"
        class="launcher"
        aria-expanded={open}
        aria-controls="pl-panel"
        aria-label={`${t.launcher} — ${t.title(siteName)}`}
        onClick={() => props.onOpenChange(!open)}
        onPointerEnter={props.onLauncherIntent}
        onFocus={props.onLauncherIntent}
      >
        <span aria-hidden="true" class="launcher-icon">
          ◉
        </span>
        <span class="launcher-text">{t.launcher}</span>
      </button>
      <section
        id="pl-panel"
        class="panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="pl-title"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onOpenChange(false);
          }
        }}
      >
        <div class="panel-header">
          <h2 id="pl-title" tabIndex={-1} ref={titleRef}>
            {props.title ?? t.title(siteName)}
          </h2>
          <div class="header-tools">
            <fieldset class="lang-switch">
              <legend class="visually-hidden">{t.language}</legend>
              {(['ru', 'en'] as const).map((l) => (
                <button
                  key={l}
                  type="button"
                  lang={l}
                  aria-pressed={lang === l}
                  onClick={() => props.onLang(l)}
                >
                  {l === 'ru' ? 'RU' : 'EN'}
                  <span class="visually-hidden">{l === 'ru' ? ' — русский' : ' — English'}</span>
                </button>
              ))}
            </fieldset>
            <button
              type="button"
              class="close"
              aria-label={t.close}
              onClick={() => props.onOpenChange(false)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
        <div class="panel-body">{props.children}</div>
      </section>
    </div>
  );
}
