import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lastDay } from '../../lib/law/deadlines';
import { requestKindNames } from '../../lib/law/kinds';
import { requestKindDefinitions } from '../../lib/law/request-kinds';
import { buildComplaintDraft, buildFollowUpLetter, type SentRequest } from '../../lib/letters/follow-up';
import { buildDeadlinesCalendar } from '../../lib/letters/ics';
import { policyForRequest, siteNameOf } from '../../lib/requests/request-policy';
import {
  displayStatus,
  type ListedRequest,
  orderForList,
  type RequestRecord,
} from '../../lib/requests/request-record';
import { formatDate } from '../../lib/text/date';
import { policies } from '../../policies';
import type { Lang } from '../../policies/types';
import { BackupActions, type Said, StatusLine } from './BackupActions';
import { backupFile } from './backup-file';
import { copyText, downloadText, letterFileName } from './files';
import { namedScroller } from './RequestForm';
import { type DrafterState, listPageSize } from './state';
import { type DrafterStrings, drafterStrings } from './strings';

type FollowUpKind = 'follow-up' | 'complaint';

/**
 * One row: plain text and buttons, no state or effects of its own (the list keeps which row asks
 * "delete?"), so the first hundred rows render in a few milliseconds.
 */
function Row({
  r,
  today,
  lang,
  t,
  state,
  confirming,
  onConfirm,
  onDelete,
  onFollowUp,
  children,
}: {
  r: ListedRequest;
  today: string;
  lang: Lang;
  t: DrafterStrings;
  state: DrafterState;
  /** Whether this row shows the "delete this request?" question. */
  confirming: boolean;
  onConfirm(id: string | null): void;
  onDelete(id: string): void;
  onFollowUp(id: string, kind: FollowUpKind): void;
  /** Shown at the end of the row: its follow-up letter, when the user asked for it. */
  children?: preact.ComponentChildren;
}) {
  const status = displayStatus(r, today);
  // Every button of the row says which request it acts on: the row's heading describes it.
  const about = { 'aria-describedby': `pl-req-${r.id}` };
  const site = siteNameOf(r);
  return (
    <li class={`req status-${status}`} data-id={r.id}>
      <h3 class="req-head" id={`pl-req-${r.id}`}>
        <span class={`status-badge ${status}`}>{t.statuses[status]}</span>{' '}
        <strong>{requestKindNames[r.kind][lang]}</strong> — {site} <span class="muted">№ {r.reference}</span>
      </h3>
      <div class="muted">
        {r.sentOn ? `${t.sentOnShort}: ${formatDate(r.sentOn, lang)}` : t.notSent}
        {r.person.fullName && ` · ${r.person.fullName}`}
      </div>
      {r.deadlines.length > 0 && (
        <ul class="deadlines">
          {r.deadlines.map((d) => (
            <li key={d.id} class={r.status === 'sent' && lastDay(d) < today ? 'passed' : undefined}>
              {d.label[lang]}: {t.dueBy} <time dateTime={d.date}>{formatDate(d.date, lang)}</time>
              {d.movedTo && ` (${t.movedNote(formatDate(d.movedTo, lang))})`}
              {d.approximate && ` (${t.approximately})`}
            </li>
          ))}
        </ul>
      )}
      {r.status === 'sent' && r.channel === 'post' && !r.receivedOn && (
        <p class="hint">
          {t.receivedUnknown}: {t.receivedOnPostHint}
        </p>
      )}
      {r.kind === 'stop-marketing' && r.status === 'sent' && (
        <p class="hint">
          {r.marketingBreach ? t.breachRecorded(formatDate(r.marketingBreach.on, lang)) : t.immediateNote}
        </p>
      )}
      {status === 'overdue' && <p class="hint">{r.marketingBreach ? t.breachOverdueHint : t.overdueHint}</p>}
      <div class="buttons small">
        <button type="button" {...about} data-action="open" onClick={() => void state.openRecord(r.id)}>
          {t.open}
        </button>
        {(r.status === 'sent' || status === 'overdue') && (
          <button
            type="button"
            {...about}
            data-action="answered"
            onClick={() => void state.setStatus(r.id, 'answered')}
          >
            {t.markAnswered}
          </button>
        )}
        {r.status !== 'done' && r.status !== 'draft' && (
          <button
            type="button"
            {...about}
            data-action="done"
            onClick={() => void state.setStatus(r.id, 'done')}
          >
            {t.markDone}
          </button>
        )}
        {status === 'overdue' && (
          <>
            <button
              type="button"
              {...about}
              data-action="follow-up"
              onClick={() => onFollowUp(r.id, 'follow-up')}
            >
              {t.followUp}
            </button>
            <button
              type="button"
              {...about}
              data-action="complaint"
              onClick={() => onFollowUp(r.id, 'complaint')}
            >
              {t.complaint}
            </button>
          </>
        )}
        {!confirming && (
          <button
            type="button"
            class="danger"
            {...about}
            data-action="delete"
            onClick={() => onConfirm(r.id)}
          >
            {t.delete}
          </button>
        )}
      </div>
      {/* An inline question rather than window.confirm(), which a toolbar popup may not show. */}
      {confirming && (
        <fieldset class="confirm" aria-labelledby={`pl-del-${r.id}`}>
          <p id={`pl-del-${r.id}`}>{t.deleteConfirm}</p>
          <div class="buttons small">
            <button
              type="button"
              class="danger"
              {...about}
              data-action="delete-yes"
              onClick={() => onDelete(r.id)}
            >
              {t.deleteYes}
            </button>
            <button type="button" {...about} data-action="delete-no" onClick={() => onConfirm(null)}>
              {t.cancel}
            </button>
          </div>
        </fieldset>
      )}
      {children}
    </li>
  );
}

const icsFileName = 'policy-lens-deadlines.ics';

function followUpText(r: RequestRecord, kind: FollowUpKind, today: string) {
  const policy = policyForRequest(r) ?? policies[0]!;
  const original: SentRequest = {
    kind: r.kind,
    reference: r.reference,
    sentOn: r.sentOn ?? today,
    ...(r.channel ? { channel: r.channel } : {}),
    ...(r.receivedOn ? { receivedOn: r.receivedOn } : {}),
    ...(r.marketingBreach ? { marketingBreach: r.marketingBreach } : {}),
    recipient: r.person.recipient,
    deadlines: r.deadlines,
    body: r.letter?.body,
  };
  const person = r.person;
  return kind === 'follow-up'
    ? buildFollowUpLetter({ policy, person, original, date: today })
    : buildComplaintDraft({ policy, person, original, date: today });
}

export function RequestList({ state }: { state: DrafterState }) {
  const lang = state.lang.value;
  const t = drafterStrings[lang];
  const today = state.today();
  const list = state.requests.value;
  // While only the first page is read, the total comes from the store's count.
  const total = state.requestsTotal.value ?? list.length;
  const ordered = useMemo(() => orderForList(list, today), [list, today]);
  const limit = useSignal(listPageSize);
  const visible = ordered.length > limit.value ? ordered.slice(0, limit.value) : ordered;
  const hidden = total - visible.length;
  // The request is read whole when asked for: the follow-up quotes the letter as it was sent.
  const followUp = useSignal<{ request: RequestRecord; kind: FollowUpKind } | null>(null);
  const notice = useSignal<Said | null>(null);
  const say = (said: Said) => {
    notice.value = said;
  };
  // The row asking "delete this request?", if any; keyboard focus follows the question: onto "cancel"
  // when it appears, back to that row's "delete" when it is answered "no".
  const asking = useSignal<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** A button of the row showing request `id`, if that row is on screen. */
  const rowButton = (id: string | undefined, action: string) =>
    [...(listRef.current?.children ?? [])]
      .find((li) => (li as HTMLElement).dataset.id === id)
      ?.querySelector<HTMLElement>(`[data-action="${action}"]`);
  const lastAsked = useRef<string | null>(null);
  useEffect(() => {
    const id = asking.value ?? lastAsked.current;
    lastAsked.current = asking.value;
    if (id) rowButton(id, asking.value ? 'delete-no' : 'delete')?.focus();
  }, [asking.value]);

  // After a deletion, focus goes to the next row (or the one before, or the heading when none is left),
  // not to the page's start, and the data section's status line says what happened.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onDelete = async (id: string) => {
    const at = visible.findIndex((r) => r.id === id);
    const neighbour = visible[at + 1] ?? visible[at - 1];
    lastAsked.current = null; // the asking row is going: no focus back to its "delete"
    asking.value = null;
    await state.remove(id);
    if (state.requests.value.some((r) => r.id === id)) return; // not deleted: the error is shown
    notice.value = { kind: 'info', text: t.deletedOne };
    // Once the list has re-rendered without the row.
    setTimeout(() => (rowButton(neighbour?.id, 'open') ?? headingRef.current)?.focus(), 0);
  };

  const shown = followUp.value?.request;
  const letter = shown && followUp.value ? followUpText(shown, followUp.value.kind, today) : undefined;

  const onIcs = async () => {
    const all = await state.allRequests();
    if (!all) return;
    const withDeadlines = all.filter((r) => r.deadlines.length > 0 && r.status !== 'draft');
    if (withDeadlines.length === 0) {
      notice.value = { kind: 'error', text: t.noDeadlines };
      return;
    }
    const ics = buildDeadlinesCalendar(
      withDeadlines.map((r) => {
        const policy = policyForRequest(r);
        return {
          reference: r.reference,
          title: requestKindDefinitions[r.kind].letterTitle,
          operator: policy ? `${policy.operator.name} (${policy.site.name})` : r.policyId,
          deadlines: r.deadlines,
        };
      }),
      { lang, now: state.now() },
    );
    downloadText(icsFileName, ics, 'text/calendar;charset=utf-8');
    say({ kind: 'info', text: t.icsSaved(icsFileName) });
  };

  return (
    <div class="list-view">
      <h2 ref={headingRef} tabIndex={-1}>
        {t.tabs.list}
        {total > 0 && <span class="muted"> ({total})</span>}
      </h2>
      {total > 1 && (
        <p class="muted" id="pl-list-order">
          {t.listOrder}
        </p>
      )}
      {!state.requestsLoaded.value ? (
        <p class="muted">{t.loading}</p>
      ) : total === 0 ? (
        <p class="muted">{t.listEmpty}</p>
      ) : (
        <ul
          ref={listRef}
          class="requests"
          aria-label={t.tabs.list}
          aria-describedby={total > 1 ? 'pl-list-order' : undefined}
        >
          {visible.map((r) => (
            <Row
              key={r.id}
              r={r}
              today={today}
              lang={lang}
              t={t}
              state={state}
              confirming={asking.value === r.id}
              onConfirm={(id) => {
                asking.value = id;
              }}
              onDelete={(id) => void onDelete(id)}
              onFollowUp={async (id, kind) => {
                const request = await state.loadRequest(id);
                followUp.value = request ? { request, kind } : null;
                // Shown under its row: the focus goes to its heading, so the user hears what appeared.
                if (request) setTimeout(() => document.getElementById('pl-follow-h')?.focus(), 0);
              }}
            >
              {letter && shown?.id === r.id && followUp.value && (
                <FollowUpLetter
                  t={t}
                  kind={followUp.value.kind}
                  reference={shown.reference}
                  letter={letter}
                  say={say}
                  onClose={() => {
                    const kind = followUp.value?.kind;
                    followUp.value = null;
                    rowButton(r.id, kind ?? 'follow-up')?.focus();
                  }}
                />
              )}
            </Row>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <div class="more buttons small">
          <span class="muted">{t.shownOf(visible.length, total)}</span>
          <button
            type="button"
            data-action="show-more"
            onClick={() => {
              limit.value += listPageSize;
              say({ kind: 'info', text: t.shownOf(Math.min(limit.value, total), total) });
            }}
          >
            {t.showMore(Math.min(listPageSize, hidden))}
          </button>
          <button
            type="button"
            data-action="show-all"
            onClick={() => {
              // The button goes with the rest of the list shown: the focus goes to the first new row.
              const first = visible.length;
              limit.value = total;
              say({ kind: 'info', text: t.shownOf(total, total) });
              setTimeout(() => {
                const row = listRef.current?.children[first] as HTMLElement | undefined;
                (row?.querySelector<HTMLElement>('[data-action="open"]') ?? headingRef.current)?.focus();
              }, 0);
            }}
          >
            {t.showAll}
          </button>
        </div>
      )}

      {/* Keyed: as rows come and go above, Preact must not take this section for another element and
          remount it (it would drop the "delete everything?" question's state and the focus with it). */}
      <section class="data" key="data" aria-labelledby="pl-data-h">
        <h2 id="pl-data-h">{t.dataHeading}</h2>
        <BackupActions
          lang={lang}
          ids={{ export: 'pl-export', import: 'pl-import', deleteAll: 'pl-delete-all' }}
          exportBackup={async () => {
            // Read whole, letters included; a storage failure shows its message and downloads nothing.
            const records = await state.exportRecords();
            return records && backupFile(records, state.now());
          }}
          download={(name, text) => downloadText(name, text, 'application/json;charset=utf-8')}
          importText={state.importText}
          deleteAll={state.deleteAll}
          say={say}
          statusId="pl-data-notice"
        >
          <button type="button" id="pl-ics" onClick={() => void onIcs()}>
            {t.ics}
          </button>
        </BackupActions>
      </section>
      {/* The view's one polite live region: every action of My requests says what it did here. */}
      <StatusLine key="status" id="pl-data-notice" said={notice.value} />
    </div>
  );
}

/** A follow-up letter or complaint, under the row of the request it follows up. */
function FollowUpLetter(props: {
  t: DrafterStrings;
  kind: FollowUpKind;
  reference: string;
  letter: { subject: string; body: string; translation: string };
  say(said: Said): void;
  onClose(): void;
}) {
  const { t, letter, kind, reference } = props;
  // Said in the view's status line (read out) and shown here too, where the user is (not read out).
  const [said, setSaid] = useState('');
  const say = (message: Said) => {
    setSaid(message.text);
    props.say(message);
  };
  return (
    <section class="follow-up" aria-labelledby="pl-follow-h">
      <h4 id="pl-follow-h" tabIndex={-1}>
        {kind === 'follow-up' ? t.followUp : t.complaint} — № {reference}
      </h4>
      <p class="subject" lang="ru">
        {letter.subject}
      </p>
      {kind === 'complaint' && <p class="hint">{t.complaintHowTo}</p>}
      <pre class="letter" lang="ru" {...namedScroller(t.letterText)}>
        {letter.body}
      </pre>
      <details>
        <summary>{t.translationHeading}</summary>
        <pre class="letter translation" lang="en">
          {letter.translation}
        </pre>
      </details>
      <div class="buttons small">
        <button
          type="button"
          onClick={async () =>
            say(
              (await copyText(`${letter.subject}\n\n${letter.body}`))
                ? { kind: 'info', text: t.copied }
                : { kind: 'error', text: t.copyFailed },
            )
          }
        >
          {t.copy}
        </button>
        <button
          type="button"
          onClick={() => {
            const name = letterFileName(reference, `-${kind}`);
            downloadText(name, `${letter.subject}\r\n\r\n${letter.body.replace(/\n/g, '\r\n')}`);
            say({ kind: 'info', text: t.downloaded(name) });
          }}
        >
          {t.download}
        </button>
        <button type="button" onClick={props.onClose}>
          {t.close}
        </button>
      </div>
      <p class="notice info" aria-hidden="true">
        {said}
      </p>
    </section>
  );
}
