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

const panelActions: RequestKind[] = ['deletion', 'withdraw-consent', 'access', 'correction'];
const modes: CollectionMode[] = ['user-provided', 'service', 'automatic'];

export function Panel(props: PanelProps) {
  const { policy, lang, open, siteName } = props;
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
    <div class="root" lang={lang}>
      <button
        ref={launcherRef}
        type="button"
        class="launcher"
        aria-expanded={open}
        aria-controls="pl-panel"
        aria-label={t.launcherLabel(siteName)}
        onClick={forUser(props, () => props.onOpenChange(!open))}
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
        onKeyDown={forUser(props, (e: KeyboardEvent) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onOpenChange(false);
          }
        })}
      >
        <div class="panel-header">
          <h2 id="pl-title" tabIndex={-1} ref={titleRef}>
            {t.title(siteName)}
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
    <div class="actions">
      <p>{props.t.actionsIntro}</p>
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
    </div>
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
          {'reason' in s ? <span class="reason">{s.reason[lang]}</span> : null}
        </StatementItem>
      ))}
    </ul>
  );

  const section = (id: string, title: string, body: preact.ComponentChildren) => (
    <section class="section" aria-labelledby={`pl-h-${id}`} data-section={id}>
      <h3 id={`pl-h-${id}`}>{title}</h3>
      {body}
    </section>
  );

  return (
    <>
      {props.notice}
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
      {section(
        'rights',
        t.rights,
        <>
          {list(policy.summary.rights)}
          <RequestActions t={t} policy={policy} onRequest={props.onRequest} isUserEvent={props.isUserEvent} />
        </>,
      )}
      {section('security', t.security, list(policy.summary.security))}
      {section('consent', t.consent, list(policy.summary.consent))}
      {section('changes', t.changes, list(policy.summary.changes))}
      {section('contacts', t.contacts, list(policy.summary.contacts))}
      {section('attention', t.attention, list(policy.attention))}
      <div class="panel-footer">
        <p>{t.reviewed(formatDate(policy.source.reviewed, lang))}</p>
        <p>{t.notLegalAdvice}</p>
        <button type="button" class="link-button" data-action="hide" onClick={forUser(props, props.onHide)}>
          {t.hideOnSite}
        </button>
        <p class="hint">{t.hideOnSiteHint}</p>
      </div>
    </>
  );
}
