import { formatDate } from '../../lib/text/date';
import { clauseById } from '../../policies/lookup';
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
import { forUser, PanelFrame, type PanelFrameProps, PlacementControls } from './PanelFrame';
import { RequestButtons } from './RequestButtons';
import { StatementItem, type StatementSource } from './StatementItem';
import { panelStrings } from './strings';

/** The frame's props (launcher, placement, language, open state, theme), and the summary's own. */
export interface PanelProps extends Omit<PanelFrameProps, 'title' | 'kind' | 'children'> {
  /** The site's name, known before its policy has loaded. */
  siteName: string;
  /** The policy; undefined while it loads, null when it could not be loaded. */
  policy: SitePolicy | undefined | null;
  onHide(): void;
  /** Opens the request drafter; resolves false when it could not. */
  onRequest(kind: RequestKind): Promise<boolean>;
  /** Shown above the verdict, e.g. a notice that the live policy changed. */
  notice?: preact.ComponentChildren;
  /** Clauses that changed on the live site: statements citing them are marked possibly outdated. */
  changedClauses?: ReadonlySet<ClauseId>;
  outdatedLabel?: string;
  /** The keyboard shortcut that opens the panel, as the browser shows it; shown in the footer. */
  shortcut?: string;
}

const modes: CollectionMode[] = ['user-provided', 'service', 'automatic'];

export function Panel(props: PanelProps) {
  const { policy, lang } = props;
  const t = panelStrings[lang];
  return (
    <PanelFrame {...props} kind="summary" title={t.title(props.siteName)}>
      {policy ? (
        <PanelBody {...props} policy={policy} />
      ) : (
        <p class={policy === null ? 'error' : 'loading'} role="status">
          {policy === null ? t.loadFailed : t.loading}
        </p>
      )}
    </PanelFrame>
  );
}

/** The clauses a statement cites, as the passages StatementItem reveals (with a translation in English). */
function clauseSources(policy: SitePolicy, statement: Statement, lang: Lang): StatementSource[] {
  const t = panelStrings[lang];
  return statement.cites
    .map((id) => clauseById(policy, id))
    .filter((c) => c !== undefined)
    .map((c) => ({
      key: c.id,
      clause: c.id,
      label: c.label[lang],
      quote: c.text,
      after: lang === 'en' && (
        <blockquote lang="en" class="translation">
          <span class="visually-hidden">{t.clauseTranslation}: </span>
          <LangText text={c.en} lang={lang} />
        </blockquote>
      ),
    }));
}

function PanelBody(props: PanelProps & { policy: SitePolicy }) {
  const { policy, lang } = props;
  const t = panelStrings[lang];
  const list = (items: (Statement | AttentionPoint)[]) => (
    <ul class="statements">
      {items.map((s) => (
        <StatementItem
          key={s.id}
          id={s.id}
          mark="statement"
          text={
            <>
              {'severity' in s ? <span class="severity">{t.severity[s.severity]}</span> : null}
              <LangText text={s.text[lang]} lang={lang} />
              {'reason' in s ? (
                <span class="reason">
                  <LangText text={s.reason[lang]} lang={lang} />
                </span>
              ) : null}
            </>
          }
          sources={clauseSources(policy, s, lang)}
          showLabel={t.showClause}
          outdatedNote={
            s.cites.some((c) => props.changedClauses?.has(c)) ? (props.outdatedLabel ?? '') : undefined
          }
        />
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
      <section class="section actions" aria-labelledby="pl-h-actions" data-section="actions">
        <h3 id="pl-h-actions">{t.actionsHeading}</h3>
        <p class="hint">{t.actionsIntro}</p>
        <RequestButtons lang={lang} onRequest={props.onRequest} isUserEvent={props.isUserEvent} />
      </section>
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
