import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../policies/types';
import { launcherName } from './launcher-strings';
import { type LauncherPlacement, movePlacement, placementAt } from './placement';
import { type PanelStrings, panelStrings } from './strings';

/** Whether an event is the user's own; see `PanelFrameProps.isUserEvent`. */
export interface UserEvents {
  /**
   * Whether an event is the user's own. Default: `event.isTrusted`, which is false for every click,
   * key or event a page script makes (`.click()`, `dispatchEvent`). Unit tests under jsdom, whose
   * events are never trusted, pass `() => true`; the extension never sets it.
   */
  isUserEvent?(event: Event): boolean;
}

const trustedOnly = (event: Event) => event.isTrusted;

/** Wraps a handler so it runs only for the user's own events. */
export function forUser<E extends Event>(props: UserEvents, handler: (event: E) => void) {
  const accept = props.isUserEvent ?? trustedOnly;
  return (event: E) => {
    if (accept(event)) handler(event);
  };
}

export interface PanelFrameProps extends UserEvents {
  /** The heading, also the end of the launcher's accessible name. */
  title: string;
  lang: Lang;
  open: boolean;
  onOpenChange(open: boolean): void;
  onLang(lang: Lang): void;
  /** The pointer or keyboard focus reached the launcher: a click may follow, so start loading. */
  onLauncherIntent?(): void;
  /** Where the launcher sits (and on which side the panel opens). */
  placement: LauncherPlacement;
  /** The user dragged the launcher to a new place. */
  onPlacement(placement: LauncherPlacement): void;
  /** The theme the user chose; 'auto' (or none) follows the system. */
  theme?: 'auto' | 'light' | 'dark';
  /** Marks the root for tests and styles: 'summary' (a curated policy) or 'reading' (read on demand). */
  kind: 'summary' | 'reading';
  /** Focus the launcher when the frame first shows (it replaces a control that had the focus). */
  focusLauncherOnMount?: boolean;
  children: ComponentChildren;
}

/** A press that moves less than this (px) is a click, not a drag. */
const dragThreshold = 6;

/**
 * The side panel's frame: the launcher on the page's edge (placed, draggable, hidden while the panel is
 * open), and the dialog with its title, language switch and close button. The curated summary (Panel)
 * and an automatic reading (ReadingPanel) fill it; both answer only the user's own events (`forUser`).
 */
export function PanelFrame(props: PanelFrameProps) {
  const { lang, open, title } = props;
  const t = panelStrings[lang];
  const launcherRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);
  // While dragged, the launcher follows the pointer; it is remembered where it is dropped.
  const [dragged, setDragged] = useState<LauncherPlacement | null>(null);
  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const swallowClick = useRef(false);
  const placement = dragged ?? props.placement;

  // Focus follows the panel: into it on open, back to the launcher on close. While the panel is open
  // the launcher is hidden (it would sit under the panel, an invisible Tab stop).
  useEffect(() => {
    if (props.focusLauncherOnMount && !open) launcherRef.current?.focus();
  }, []);
  useEffect(() => {
    if (open && !wasOpen.current) titleRef.current?.focus();
    if (!open && wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const where = (e: PointerEvent) => placementAt(e.clientX, e.clientY, innerWidth, innerHeight);

  return (
    <div
      class="root"
      lang={lang}
      data-panel-kind={props.kind}
      data-side={placement.side}
      data-theme={props.theme && props.theme !== 'auto' ? props.theme : undefined}
    >
      <button
        ref={launcherRef}
        type="button"
        class="launcher"
        hidden={open}
        style={{ top: `${placement.top}%` }}
        aria-expanded={open}
        aria-controls="pl-panel"
        // Starts with the visible word, so "click Данные" works for voice control (WCAG 2.5.3).
        aria-label={launcherName(t.launcher, title)}
        onClick={forUser(props, () => {
          if (swallowClick.current) {
            swallowClick.current = false;
            return;
          }
          props.onOpenChange(!open);
        })}
        onPointerEnter={props.onLauncherIntent}
        onFocus={props.onLauncherIntent}
        onPointerDown={(e) => {
          if (e.button) return;
          press.current = { x: e.clientX, y: e.clientY, moved: false };
          e.currentTarget.setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          const p = press.current;
          if (p && (p.moved || Math.abs(e.clientX - p.x) + Math.abs(e.clientY - p.y) > dragThreshold)) {
            p.moved = true;
            setDragged(where(e));
          }
        }}
        onPointerUp={(e) => {
          const moved = press.current?.moved;
          press.current = null;
          if (!moved) return;
          swallowClick.current = true;
          setDragged(null);
          props.onPlacement(where(e));
        }}
      >
        <span aria-hidden="true" class="launcher-icon" />
        <span class="launcher-text">{t.launcher}</span>
      </button>
      <section
        id="pl-panel"
        class="panel"
        role="dialog"
        aria-modal="false"
        aria-labelledby="pl-title"
        hidden={!open}
        onKeyDown={forUser(props, (e: KeyboardEvent) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onOpenChange(false);
          }
        })}
      >
        <div class="panel-header">
          <h2 id="pl-title" tabIndex={-1} ref={titleRef}>
            {title}
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
                  onClick={forUser(props, () => props.onLang(l))}
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
              onClick={forUser(props, () => props.onOpenChange(false))}
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

/**
 * Moves the launcher without a pointer: up, down, to the other edge (the alternative to dragging,
 * WCAG 2.5.7). Sits in the panel's footer.
 */
export function PlacementControls(props: {
  t: PanelStrings;
  placement: LauncherPlacement;
  onPlacement(placement: LauncherPlacement): void;
}) {
  const { t, placement } = props;
  const move = (how: 'up' | 'down' | 'side') => props.onPlacement(movePlacement(placement, how));
  return (
    <fieldset class="placement">
      <legend>{t.placementHeading}</legend>
      <div>
        <button type="button" class="link-button" data-move="up" onClick={() => move('up')}>
          {t.moveUp}
        </button>
        <button type="button" class="link-button" data-move="down" onClick={() => move('down')}>
          {t.moveDown}
        </button>
        <button type="button" class="link-button" data-move="side" onClick={() => move('side')}>
          {placement.side === 'right' ? t.moveLeft : t.moveRight}
        </button>
      </div>
    </fieldset>
  );
}
