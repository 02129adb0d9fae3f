import type { DiffStep, PolicyChange } from '../../lib/platform/messages';
import type { PolicySeen } from '../../lib/platform/settings';
import { formatDate } from '../../lib/text/date';
import { clauseById } from '../../policies/lookup';
import type { Lang, SitePolicy } from '../../policies/types';
import { type PanelStrings, panelStrings } from './strings';

interface Props {
  check: PolicySeen;
  policy: SitePolicy;
  lang: Lang;
}

/**
 * At the top of the panel: either that the live policy differs from the reviewed one, clause by clause
 * with a word diff, or when it was last found to match. Removed and added words are <del>/<ins> with
 * a hidden "removed:"/"added:" so a screen reader says what the colour shows.
 */
export function PolicyNotice({ check, policy, lang }: Props) {
  const t = panelStrings[lang];
  const checkedOn = formatDate(check.checkedAt.slice(0, 10), lang);
  if (check.state === 'unchanged') {
    return (
      <p class="checked" data-notice="checked">
        {check.coverage === 'full' ? t.policyChecked(checkedOn) : t.policyCheckedPartly(checkedOn)}
      </p>
    );
  }
  return (
    <section class="notice" data-notice="changed" aria-labelledby="pl-h-notice">
      <h3 id="pl-h-notice">{t.policyChanged(formatDate(check.reviewed, lang))}</h3>
      <p>{t.policyChangedHint}</p>
      <ul class="changes">
        {check.changes.map((change, i) => (
          <li
            key={`${change.id ?? 'new'}-${i}`}
            data-change={change.id ?? 'added'}
            data-status={change.status}
          >
            <p class="change-label">
              <strong>{label(change, policy, lang, t)}</strong> — {t.changeStatus[change.status]}
            </p>
            <p class="diff" lang={policy.source.lang}>
              {change.diff.map((step, k) => (
                <DiffText key={k} step={step} t={t} lang={lang} />
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function label(change: PolicyChange, policy: SitePolicy, lang: Lang, t: PanelStrings): string {
  if (change.id === null) return t.newClause(change.liveNumber);
  return clauseById(policy, change.id)?.label[lang] ?? change.id;
}

function DiffText({ step, t, lang }: { step: DiffStep; t: PanelStrings; lang: Lang }) {
  if (step.op === 'same') return <span>{step.text} </span>;
  const Tag = step.op;
  return (
    <>
      <Tag>
        <span class="visually-hidden" lang={lang}>
          {step.op === 'del' ? t.diffRemoved : t.diffAdded}
        </span>
        {step.text}
      </Tag>{' '}
    </>
  );
}
