import { useSignal } from '@preact/signals';
import { requestKindNames, requestKinds } from '../../lib/law/kinds';
import { buildMailto } from '../../lib/letters/mailto';
import { formatDate } from '../../lib/text/date';
import { policies } from '../../policies';
import type { RequestKind } from '../../policies/types';
import { Field } from './Field';
import { copyText, downloadText, letterFileName } from './files';
import type { DrafterState } from './state';
import { drafterStrings } from './strings';

/** The request: which site and kind, who asks, to whom; the letter as it will read; how to send it. */
export function RequestForm({ state }: { state: DrafterState }) {
  const t = drafterStrings[state.lang.value];
  const lang = state.lang.value;
  const r = state.record.value;
  const person = r.person;
  const locked = r.status !== 'draft';
  const letter = locked && r.letter ? { ...state.letter.value, ...r.letter } : state.letter.value;
  const showTranslation = useSignal(false);
  const sendNotice = useSignal<{ kind: 'info' | 'error'; text: string } | null>(null);
  const sentOn = useSignal(state.today());
  const sentOnWrong = useSignal(false);
  const policyEmails = state.policy.value.operator.contacts.filter((c) => c.kind === 'email');
  const contacts = state.pageContacts.value;
  const recipient = person.recipient ?? '';
  const otherChosen =
    !contacts.some((c) => c.email === recipient) && !policyEmails.some((c) => c.value === recipient);

  const person_ = <K extends keyof typeof person>(key: K) => ({
    value: (person[key] as string | undefined) ?? '',
    onValue: (v: string) => state.setPerson(key, v as never),
    onBlur: () => state.touch(key),
  });
  const doc = person.idDocument;
  const docField = (key: keyof NonNullable<typeof doc>) => ({
    value: doc?.[key] ?? '',
    onValue: (v: string) => state.setDoc(key, v),
    onBlur: () => state.touch(`idDocument.${key}`),
    error: state.errorFor(`idDocument.${key}`),
  });

  /** Checks the form; on failure shows every message and moves focus to the first wrong field. */
  const ready = () => {
    if (state.checkReady()) return true;
    sendNotice.value = { kind: 'error', text: t.fixErrors };
    queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return false;
  };
  const fullText = () => `${letter.subject}\n\n${letter.body}`;

  const onCopy = async () => {
    if (!ready()) return;
    const ok = await copyText(fullText());
    sendNotice.value = ok ? { kind: 'info', text: t.copied } : { kind: 'error', text: t.copyFailed };
  };
  const onMailto = async () => {
    if (!ready()) return;
    const mail = buildMailto({ to: recipient.trim(), subject: letter.subject, body: letter.body });
    if (!mail.fits) {
      const ok = await copyText(letter.body);
      sendNotice.value = ok ? { kind: 'info', text: t.mailtoTooLong } : { kind: 'error', text: t.copyFailed };
    } else sendNotice.value = { kind: 'info', text: t.mailtoOpened };
    const a = document.createElement('a');
    a.href = mail.url;
    a.click();
  };
  const onDownload = () => {
    if (!ready()) return;
    downloadText(letterFileName(r.reference), fullText().replace(/\n/g, '\r\n'));
  };
  const onPrint = () => {
    if (!ready()) return;
    state.view.value = 'print';
  };
  const onMarkSent = async () => {
    if (!ready()) return;
    if (!state.isValidSentOn(sentOn.value)) {
      sentOnWrong.value = true;
      sendNotice.value = { kind: 'error', text: t.fixErrors };
      queueMicrotask(() => document.getElementById('pl-sentOn')?.focus());
      return;
    }
    if (await state.markSent(sentOn.value)) sendNotice.value = { kind: 'info', text: t.markedSent };
  };

  return (
    <div class="request">
      <form class="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset disabled={locked}>
          <legend class="visually-hidden">{t.requestLegend}</legend>
          <div class="field">
            <label for="pl-site">{t.site}</label>
            <select id="pl-site" value={r.policyId} onChange={(e) => state.setPolicy(e.currentTarget.value)}>
              {policies.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.site.name}
                </option>
              ))}
            </select>
            {state.pageUrl.value && <p class="hint">{t.fromPage(state.pageUrl.value)}</p>}
          </div>
          <fieldset class="kinds">
            <legend>{t.kindLegend}</legend>
            {requestKinds.map((kind: RequestKind) => (
              <div class="kind" key={kind}>
                <input
                  type="radio"
                  name="pl-kind"
                  id={`pl-kind-${kind}`}
                  value={kind}
                  checked={r.kind === kind}
                  aria-describedby={`pl-kind-${kind}-hint`}
                  onChange={() => state.setKind(kind)}
                />
                <label for={`pl-kind-${kind}`}>
                  <strong>{kindTitle(kind, lang)}</strong>
                  <span class="hint" id={`pl-kind-${kind}-hint`}>
                    {t.kindHints[kind]}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
        </fieldset>

        <fieldset disabled={locked}>
          <legend>{t.personLegend}</legend>
          <p class="hint">{t.personHint}</p>
          <Field
            id="pl-fullName"
            label={t.fullName}
            tag={t.required}
            required
            autoComplete="name"
            error={state.errorFor('fullName')}
            {...person_('fullName')}
          />
          <Field
            id="pl-email"
            label={t.email}
            tag={t.required}
            required
            type="email"
            autoComplete="email"
            error={state.errorFor('email')}
            {...person_('email')}
          />
          <Field
            id="pl-phone"
            label={t.phone}
            tag={t.optional}
            type="tel"
            autoComplete="tel"
            hint={t.phoneHint}
            error={state.errorFor('phone')}
            {...person_('phone')}
          />
          <Field
            id="pl-login"
            label={t.login}
            tag={t.optional}
            error={state.errorFor('login')}
            {...person_('login')}
          />
          <Field
            id="pl-accountInfo"
            label={t.accountInfo}
            multiline
            hint={t.accountInfoHint}
            error={state.errorFor('accountInfo')}
            {...person_('accountInfo')}
          />
          {r.kind === 'correction' && (
            <Field
              id="pl-details"
              label={t.correctionDetails}
              multiline
              value={r.notes ?? ''}
              onValue={(v) => state.update((x) => ({ ...x, notes: v }))}
            />
          )}
          <div class="switch">
            <input
              type="checkbox"
              role="switch"
              id="pl-doc-switch"
              checked={state.docOpen.value}
              aria-checked={state.docOpen.value}
              aria-describedby="pl-doc-why"
              aria-expanded={state.docOpen.value}
              aria-controls="pl-doc"
              onChange={(e) => state.setDocOpen(e.currentTarget.checked)}
            />
            <label for="pl-doc-switch">{t.docSwitch}</label>
            <p class="hint" id="pl-doc-why">
              {t.docWhy}
            </p>
          </div>
          {state.docOpen.value && (
            <fieldset id="pl-doc" class="doc">
              <legend>{t.docSwitch}</legend>
              <Field id="pl-doc-kind" label={t.docKind} {...docField('kind')} />
              <div class="row">
                <Field id="pl-doc-series" label={t.docSeries} {...docField('series')} />
                <Field id="pl-doc-number" label={t.docNumber} {...docField('number')} />
              </div>
              <Field id="pl-doc-issuedBy" label={t.docIssuedBy} {...docField('issuedBy')} />
              <Field id="pl-doc-issuedOn" label={t.docIssuedOn} type="date" {...docField('issuedOn')} />
            </fieldset>
          )}
          <Field
            id="pl-replyEmail"
            label={t.replyEmail}
            tag={t.optional}
            type="email"
            hint={t.replyEmailHint}
            error={state.errorFor('replyEmail')}
            {...person_('replyEmail')}
          />
          <Field
            id="pl-date"
            label={t.date}
            type="date"
            value={state.letterDate.value}
            onValue={(v) => {
              state.letterDate.value = v;
            }}
          />
        </fieldset>

        <fieldset disabled={locked} class="recipient">
          <legend>{t.recipientLegend}</legend>
          {policyEmails.length === 0 && <p class="hint">{t.noPolicyAddress}</p>}
          {contacts.length > 0 && <p class="hint">{t.pageAddressesHint}</p>}
          {contacts.map((c, i) => (
            <div class="choice suggestion" key={c.email}>
              <input
                type="radio"
                name="pl-recipient"
                id={`pl-recipient-page-${i}`}
                value={c.email}
                checked={recipient === c.email}
                onChange={() => state.setPerson('recipient', c.email)}
              />
              <label for={`pl-recipient-page-${i}`}>
                <span class="address">{c.email}</span> <span class="badge">{t.shownOnSite}</span>{' '}
                <span class="found">
                  {t.foundAt(c.pageUrl)} <q>{c.context}</q>
                </span>
              </label>
            </div>
          ))}
          {policyEmails.map((c) => (
            <div class="choice" key={c.value}>
              <input
                type="radio"
                name="pl-recipient"
                id={`pl-recipient-p-${c.value}`}
                checked={recipient === c.value}
                onChange={() => state.setPerson('recipient', c.value)}
              />
              <label for={`pl-recipient-p-${c.value}`}>{c.value}</label>
            </div>
          ))}
          <div class="choice">
            <input
              type="radio"
              name="pl-recipient"
              id="pl-recipient-other"
              checked={otherChosen}
              onChange={() => state.setPerson('recipient', '')}
            />
            <label for="pl-recipient-other">{t.otherAddress}</label>
          </div>
          {otherChosen && (
            <Field
              id="pl-recipient"
              label={t.otherAddressLabel}
              type="email"
              value={recipient}
              onValue={(v) => state.setPerson('recipient', v)}
              onBlur={() => state.touch('recipient')}
              error={
                (state.showAllErrors.value || state.touched.value.recipient) && state.recipientError.value
                  ? t.recipientInvalid
                  : undefined
              }
            />
          )}
        </fieldset>
      </form>

      <section class="preview" aria-labelledby="pl-preview-h">
        <h2 id="pl-preview-h">{t.previewHeading}</h2>
        <p class="subject">
          <span class="muted">{t.subject}: </span>
          <span id="pl-subject">{letter.subject}</span>
        </p>
        <label class="inline">
          <input
            type="checkbox"
            checked={showTranslation.value}
            onChange={(e) => {
              showTranslation.value = e.currentTarget.checked;
            }}
          />{' '}
          {t.showTranslation}
        </label>
        <div class={`letters${showTranslation.value ? ' two' : ''}`}>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling letter must be reachable by keyboard (axe scrollable-region-focusable) */}
          <pre class="letter" id="pl-letter" lang="ru" tabIndex={0}>
            {letter.body}
          </pre>
          {showTranslation.value && (
            <div>
              <h3>{t.translationHeading}</h3>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling letter must be reachable by keyboard (axe scrollable-region-focusable) */}
              <pre class="letter translation" lang="en" tabIndex={0}>
                {state.letter.value.translation}
              </pre>
            </div>
          )}
        </div>
      </section>

      <section class="send" aria-labelledby="pl-send-h">
        <h2 id="pl-send-h">{t.sendHeading}</h2>
        <p class="hint">{t.sendNote}</p>
        <div class="buttons">
          <button type="button" class="primary" id="pl-copy" onClick={onCopy}>
            {t.copy}
          </button>
          <button type="button" id="pl-mailto" onClick={onMailto}>
            {t.mailto}
          </button>
          <button type="button" id="pl-download" onClick={onDownload}>
            {t.download}
          </button>
          <button type="button" id="pl-print" onClick={onPrint}>
            {t.print}
          </button>
        </div>
        <p class={`notice ${sendNotice.value?.kind ?? ''}`} role="status" aria-live="polite">
          {sendNotice.value?.text ?? ''}
        </p>
        {r.status === 'draft' ? (
          <div class="mark-sent">
            <h3>{t.markSentHeading}</h3>
            <div class="row">
              <Field
                id="pl-sentOn"
                label={t.sentOn}
                type="date"
                value={sentOn.value}
                error={sentOnWrong.value && !state.isValidSentOn(sentOn.value) ? t.sentOnInvalid : undefined}
                onValue={(v) => {
                  sentOn.value = v;
                }}
              />
              <button type="button" class="primary" id="pl-mark-sent" onClick={onMarkSent}>
                {t.markSent}
              </button>
            </div>
          </div>
        ) : (
          <div class="sent-info" id="pl-sent-info">
            <p>
              {t.status}: <strong>{t.statuses[r.status]}</strong>
              {r.sentOn && ` · ${t.sentOn}: ${formatDate(r.sentOn, lang)}`}
            </p>
            <ul class="deadlines">
              {r.deadlines.map((d) => (
                <li key={d.id}>
                  {d.label[lang]}: <time dateTime={d.date}>{formatDate(d.date, lang)}</time>
                  {d.approximate && ` (${t.approximately})`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}

export function kindTitle(kind: RequestKind, lang: 'ru' | 'en'): string {
  return requestKindNames[kind][lang];
}
