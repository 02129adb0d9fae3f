import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/text/date';
import type {
  AttentionPoint,
  ClauseId,
  CollectionMode,
  Lang,
  RequestKind,
  SitePolicy,
  Statement,
} from '../../policies/types';
import { LangText } from '../LangText';
import { type LauncherPlacement, movePlacement, placementAt } from './placement';
import { StatementItem } from './StatementItem';
import { type PanelStrings, panelStrings } from './strings';

export interface PanelProps {
  /** The site's name, known before its policy has loaded. */
  siteName: string;
  /** The policy; undefined while it loads, null when it could not be loaded. */
  policy: SitePolicy | undefined | null;
  lang: Lang;
  open: boolean;
  onOpenChange(open: boolean): void;
  onLang(lang: Lang): void;
  onHide(): void;
  /** Opens the request drafter; resolves false when it could not. */
  onRequest(kind: RequestKind): Promise<boolean>;
  /** Shown above the verdict, e.g. a notice that the live policy changed. */
  notice?: preact.ComponentChildren;
  /** Clauses that changed on the live site: statements citing them are marked possibly outdated. */
  changedClauses?: ReadonlySet<ClauseId>;
  outdatedLabel?: string;
  /** The pointer or keyboard focus reached the launcher: a click may follow, so start loading. */
  onLauncherIntent?(): void;
  /** Where the launcher sits (and on which side the panel opens). */
  placement: LauncherPlacement;
  /** The user moved the launcher (dragged it, or with the panel's buttons): remember it for the site. */
  onPlacement(placement: LauncherPlacement): void;
  /** The keyboard shortcut that opens the panel, as the browser shows it; shown in the footer. */
  shortcut?: string;
  /** The theme the user chose; 'auto' (or none) follows the system. */
  theme?: 'auto' | 'light' | 'dark';
  /**
   * Whether an event is the user's own. Default: `event.isTrusted`, which is false for every click,
   * key or event a page script makes (`.click()`, `dispatchEvent`). Unit tests under jsdom, whose
   * events are never trusted, pass `() => true`; the extension never sets it.
   */
  isUserEvent?(event: Event): boolean;
}

const trustedOnly = (event: Event) => event.isTrusted;

/** Wraps a handler so it runs only for the user's own events. */
function forUser<E extends Event>(props: Pick<PanelProps, 'isUserEvent'>, handler: (event: E) => void) {
  const accept = props.isUserEvent ?? trustedOnly;
  return (event: E) => {
    if (accept(event)) handler(event);
  };
}

/** A press that moves less than this (px) is a click, not a drag. */
const dragThreshold = 6;

const panelActions: RequestKind[] = ['deletion', 'withdraw-consent', 'access', 'correction'];
const modes: CollectionMode[] = ['user-provided', 'service', 'automatic'];

export function Panel(props: PanelProps) {
  const { policy, lang, open, siteName } = props;
  const t = panelStrings[lang];
  const launcherRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);
  // While dragged, the launcher follows the pointer; it is remembered where it is dropped.
  const [dragged, setDragged] = useState<LauncherPlacement | null>(null);
  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const swallowClick = useRef(false);
  const placement = dragged ?? props.placement;
  const title = t.title(siteName);

  // Focus follows the panel: into it on open, back to the launcher on close. While the panel is open
  // the launcher is hidden (it would sit under the panel, an invisible Tab stop).
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
        aria-label={`${t.launcher}: ${title[0]?.toLowerCase()}${title.slice(1)} — Policy Lens`}
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
        <div class="panel-body">
          {policy ? (
            <PanelBody {...props} policy={policy} />
          ) : (
            <p class={policy === null ? 'error' : 'loading'} role="status">
              {policy === null ? t.loadFailed : t.loading}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}

/** Moves the launcher without a pointer: up, down, to the other edge. */
function PlacementControls(props: {
  t: PanelStrings;
  placement: LauncherPlacement;
  onPlacement: PanelProps['onPlacement'];
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

function RequestActions(props: {
  t: PanelStrings;
  policy: SitePolicy;
  onRequest: PanelProps['onRequest'];
  isUserEvent: PanelProps['isUserEvent'];
}) {
  const [failed, setFailed] = useState(false);
  // One drafter per click: while one is being opened, further clicks wait for it.
  const opening = useRef(false);
  const request = async (kind: RequestKind) => {
    if (opening.current) return;
    opening.current = true;
    try {
      setFailed(!(await props.onRequest(kind)));
    } finally {
      opening.current = false;
    }
  };
  return (
    <section class="section actions" aria-labelledby="pl-h-actions" data-section="actions">
      <h3 id="pl-h-actions">{props.t.actionsHeading}</h3>
      <p class="hint">{props.t.actionsIntro}</p>
      <ul>
        {panelActions.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              class="action"
              data-request={kind}
              onClick={forUser(props, () => void request(kind))}
            >
              {props.t.actions[kind]}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" class="error">
          {props.t.actionFailed}
        </p>
      )}
    </section>
  );
}

function PanelBody(props: PanelProps & { policy: SitePolicy }) {
  const { policy, lang } = props;
  const t = panelStrings[lang];
  const list = (items: (Statement | AttentionPoint)[]) => (
    <ul class="statements">
      {items.map((s) => (
        <StatementItem
          key={s.id}
          policy={policy}
          statement={s}
          lang={lang}
          outdated={s.cites.some((c) => props.changedClauses?.has(c))}
          outdatedLabel={props.outdatedLabel}
          before={'severity' in s ? <span class="severity">{t.severity[s.severity]}</span> : null}
        >
          {'reason' in s ? (
            <span class="reason">
              <LangText text={s.reason[lang]} lang={lang} />
            </span>
          ) : null}
        </StatementItem>
      ))}
    </ul>
  );

  // Plain sections, not named regions: the headings are how a screen reader moves through the summary,
  // and eleven landmarks would bury the two that help (the request actions and a change notice).
  const section = (id: string, title: string, body: preact.ComponentChildren) => (
    <section class="section" data-section={id}>
      <h3 id={`pl-h-${id}`}>{title}</h3>
      {body}
    </section>
  );

  return (
    <>
      {props.notice}
      <RequestActions t={t} policy={policy} onRequest={props.onRequest} isUserEvent={props.isUserEvent} />
      {section('verdict', t.verdict, list(policy.summary.verdict))}
      {section(
        'collected',
        t.collected,
        modes.map((mode) => {
          const items = policy.summary.collected.filter((d) => d.mode === mode);
          return items.length === 0 ? null : (
            <div class="group" key={mode}>
              <h4>{t.collectedBy[mode]}</h4>
              {list(items)}
            </div>
          );
        }),
      )}
      {section('purposes', t.purposes, list(policy.summary.purposes))}
      {section('sharing', t.sharing, list(policy.summary.sharing))}
      {section('retention', t.retention, list(policy.summary.retention))}
      {section('rights', t.rights, list(policy.summary.rights))}
      {section('security', t.security, list(policy.summary.security))}
      {section('consent', t.consent, list(policy.summary.consent))}
      {section('changes', t.changes, list(policy.summary.changes))}
      {section('contacts', t.contacts, list(policy.summary.contacts))}
      {section('attention', t.attention, list(policy.attention))}
      <div class="panel-footer">
        <p>{t.reviewed(formatDate(policy.source.reviewed, lang))}</p>
        <p>{t.notLegalAdvice}</p>
        {props.shortcut && <p>{t.shortcut(props.shortcut)}</p>}
        <PlacementControls t={t} placement={props.placement} onPlacement={props.onPlacement} />
        <button type="button" class="link-button" data-action="hide" onClick={forUser(props, props.onHide)}>
          {t.hideOnSite}
        </button>
        <p class="hint">{t.hideOnSiteHint}</p>
      </div>
    </>
  );
}
