import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../policies/types';
import { forUser, type UserEvents } from './PanelFrame';
import type { LauncherPlacement } from './placement';
import { panelStrings } from './strings';

export interface HiddenNoticeProps extends UserEvents {
  lang: Lang;
  theme?: 'auto' | 'light' | 'dark';
  placement: LauncherPlacement;
  /** The user took it back: Policy Lens shows again on the site. */
  onUndo(): void;
  /** The notice is done with (closed, Escape, focus moved on, or left alone): the host goes. */
  onDone(): void;
}

/** How long the notice stays when the user has moved on without touching it. */
const unattendedMs = 10_000;

/**
 * Shown where the launcher was, once the user hid Policy Lens on the site: says so and offers to take it
 * back in place (the same setting stays in the options page and the toolbar popup). Focus goes to
 * "Undo"; the notice goes when closed, on Escape, when focus leaves it, or after a while untouched.
 */
export function HiddenNotice(props: HiddenNoticeProps) {
  const t = panelStrings[props.lang];
  const undo = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    undo.current?.focus();
    // Only while nobody is in it: a notice does not vanish under the user's focus or pointer.
    const timer = setInterval(() => {
      const here = box.current;
      if (here && !here.matches(':focus-within, :hover')) props.onDone();
    }, unattendedMs);
    return () => clearInterval(timer);
  }, []);
  return (
    <div
      class="root"
      lang={props.lang}
      data-side={props.placement.side}
      data-theme={props.theme && props.theme !== 'auto' ? props.theme : undefined}
    >
      <div
        ref={box}
        class="hidden-notice"
        // A small non-modal dialog: focus lands on "Undo" inside it, and its name says what happened.
        role="dialog"
        aria-modal="false"
        aria-labelledby="pl-hidden-notice"
        style={{ top: `${props.placement.top}%` }}
        onKeyDown={forUser(props, (e: KeyboardEvent) => {
          if (e.key === 'Escape') props.onDone();
        })}
        onFocusOut={(e: FocusEvent) => {
          const next = e.relatedTarget as Node | null;
          if (next && !box.current?.contains(next)) props.onDone();
        }}
      >
        <p id="pl-hidden-notice">{t.hiddenNotice}</p>
        <div class="hidden-notice-actions">
          <button
            ref={undo}
            type="button"
            class="action"
            data-action="undo-hide"
            onClick={forUser(props, props.onUndo)}
          >
            {t.undoHide}
          </button>
          <button
            type="button"
            class="close"
            aria-label={t.closeNotice}
            onClick={forUser(props, props.onDone)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
    </div>
  );
}
