import { useSignal } from '@preact/signals';
import { requestKindNames, requestKinds } from '../../lib/law/kinds';
import { channels, expectedDeadlines, requestKindDefinitions } from '../../lib/law/request-kinds';
import { buildMailto } from '../../lib/letters/mailto';
import { receivedOnProblem } from '../../lib/requests/request-record';
import { formatDate } from '../../lib/text/date';
import { policies } from '../../policies';
import type { RequestKind } from '../../policies/types';
import { type Said, StatusLine } from './BackupActions';
import { Field } from './Field';
import { copyText, downloadText, letterFileName } from './files';
import { OperatorFields } from './OperatorFields';
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
  const sendNotice = useSignal<Said | null>(null);
  // The one date the user gives: the day the letter is sent, which the letter also carries.
  const sentOn = state.letterDate;
  const sentOnWrong = useSignal(false);
  const receivedOn = useSignal('');
  const receivedWrong = useSignal(false);
  const channel = r.channel ?? 'email';
  const formOnly = person.relation === 'form';
  const rep = person.representative;
  const postalKnown =
    Boolean(person.operatorAddress?.trim()) ||
    state.policy.value.operator.contacts.some((c) => c.kind === 'postal');
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
    focusOnceRendered(() => document.querySelector<HTMLElement>('[aria-invalid="true"]'));
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
    const name = letterFileName(r.reference);
    downloadText(name, fullText().replace(/\n/g, '\r\n'));
    sendNotice.value = { kind: 'info', text: t.downloaded(name) };
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
      focusOnceRendered(() => document.getElementById('pl-sentOn'));
      return;
    }
    const received = receivedOn.value.trim();
    if (channel !== 'web-form' && received && receivedOnProblem(sentOn.value, received, state.today())) {
      receivedWrong.value = true;
      sendNotice.value = { kind: 'error', text: t.fixErrors };
      focusOnceRendered(() => document.getElementById('pl-receivedOn'));
      return;
    }
    const ok = await state.markSent(sentOn.value, channel === 'web-form' ? undefined : received || undefined);
    if (ok) {
      sendNotice.value = { kind: 'info', text: t.markedSent };
      // The button that was pressed is gone: the focus goes to the status that replaced it.
      setTimeout(() => document.getElementById('pl-sent-h')?.focus(), 0);
    }
  };

  return (
    <div class="request">
      <form class="form" onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset disabled={locked}>
          {/* The form's sections have headings (inside their legends), so a screen reader can jump
              between "The request", "Who you are", "Where it goes", "The letter". */}
          <legend class="section">
            <h2>{t.requestHeading}</h2>
          </legend>
          {r.operator ? (
            state.pageUrl.value && <p class="hint">{t.fromPage(state.pageUrl.value)}</p>
          ) : (
            <div class="field">
              <label for="pl-site">{t.site}</label>
              <select
                id="pl-site"
                value={r.policyId}
                onChange={(e) => state.setPolicy(e.currentTarget.value)}
              >
                {policies.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.site.name}
                  </option>
                ))}
              </select>
              {state.pageUrl.value && <p class="hint">{t.fromPage(state.pageUrl.value)}</p>}
            </div>
          )}
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

        {r.operator && (
          <OperatorFields
            operator={r.operator}
            lang={lang}
            locked={locked}
            showErrors={state.showAllErrors.value}
            onChange={(next) => state.setOperator(next)}
          />
        )}

        <fieldset disabled={locked}>
          <legend class="section">
            <h2>{t.personHeading}</h2>
          </legend>
          <p class="hint">{t.personHint}</p>
          {!locked && state.myDetails.value && !person.fullName && !person.email && (
            <div class="my-details" id="pl-my-details">
              <p>{t.myDetailsOffer(state.myDetails.value.fullName, state.myDetails.value.email)}</p>
              <div class="buttons small">
                <button
                  type="button"
                  id="pl-use-details"
                  onClick={() => {
                    state.useMyDetails();
                    // The offer is gone: the focus goes to the first field it filled.
                    setTimeout(() => document.getElementById('pl-fullName')?.focus(), 0);
                  }}
                >
                  {t.myDetailsUse}
                </button>
                <button
                  type="button"
                  id="pl-forget-details"
                  onClick={async () => {
                    await state.forgetMyDetails();
                    sendNotice.value = { kind: 'info', text: t.myDetailsForgotten };
                    setTimeout(() => document.getElementById('pl-fullName')?.focus(), 0);
                  }}
                >
                  {t.myDetailsForget}
                </button>
              </div>
            </div>
          )}
          <fieldset class="relation">
            <legend>{t.relationLegend}</legend>
            <div class="choice">
              <input
                type="radio"
                name="pl-relation"
                id="pl-relation-account"
                checked={!formOnly}
                onChange={() => state.setPerson('relation', 'account')}
              />
              <label for="pl-relation-account">{t.relationAccount}</label>
            </div>
            <div class="choice">
              <input
                type="radio"
                name="pl-relation"
                id="pl-relation-form"
                checked={formOnly}
                aria-describedby="pl-relation-form-hint"
                onChange={() => state.setPerson('relation', 'form')}
              />
              <label for="pl-relation-form">{t.relationForm}</label>
            </div>
            <p class="hint" id="pl-relation-form-hint">
              {t.relationFormHint}
            </p>
          </fieldset>
          <Field
            id="pl-fullName"
            label={rep ? t.subjectName : t.fullName}
            tag={t.required}
            required
            autoComplete="name"
            error={state.errorFor('fullName')}
            {...person_('fullName')}
          />
          <Field
            id="pl-email"
            label={formOnly ? t.contactEmail : t.email}
            tag={t.required}
            required
            type="email"
            autoComplete="email"
            error={state.errorFor('email')}
            {...person_('email')}
          />
          <Field
            id="pl-phone"
            label={formOnly ? t.formPhone : t.phone}
            tag={formOnly ? t.required : t.optional}
            required={formOnly}
            type="tel"
            autoComplete="tel"
            hint={formOnly ? undefined : t.phoneHint}
            error={state.errorFor('phone')}
            {...person_('phone')}
          />
          {formOnly ? (
            <Field
              id="pl-formInfo"
              label={t.formInfo}
              tag={t.optional}
              hint={t.formInfoHint}
              error={state.errorFor('formInfo')}
              {...person_('formInfo')}
            />
          ) : (
            <>
              <Field
                id="pl-login"
                label={t.login}
                tag={t.optional}
                error={state.errorFor('login')}
                {...person_('login')}
              />
              <Field
                id="pl-registeredOn"
                label={t.registeredOn}
                tag={t.optional}
                hint={t.registeredOnHint}
                error={state.errorFor('registeredOn')}
                {...person_('registeredOn')}
              />
            </>
          )}
          <Field
            id="pl-orderNumber"
            label={t.orderNumber}
            tag={t.optional}
            error={state.errorFor('orderNumber')}
            {...person_('orderNumber')}
          />
          <Field
            id="pl-accountInfo"
            label={formOnly ? t.formOtherInfo : t.accountInfo}
            multiline
            hint={t.accountInfoHint}
            error={state.errorFor('accountInfo')}
            {...person_('accountInfo')}
          />
          {r.kind === 'correction' && (
            <>
              <Field
                id="pl-details"
                label={t.correctionDetails}
                tag={t.required}
                required
                multiline
                value={r.notes ?? ''}
                onValue={(v) => state.update((x) => ({ ...x, notes: v }))}
                onBlur={() => state.touch('details')}
                error={state.errorFor('details')}
              />
              <Field
                id="pl-evidence"
                label={t.correctionEvidence}
                tag={t.required}
                required
                multiline
                hint={t.correctionEvidenceHint}
                value={r.evidence ?? ''}
                onValue={(v) => state.update((x) => ({ ...x, evidence: v }))}
                onBlur={() => state.touch('evidence')}
                error={state.errorFor('evidence')}
              />
            </>
          )}
          <div class="switch">
            <input
              type="checkbox"
              role="switch"
              id="pl-rep-switch"
              checked={Boolean(rep)}
              aria-checked={Boolean(rep)}
              aria-describedby="pl-rep-why"
              aria-expanded={Boolean(rep)}
              aria-controls="pl-rep"
              onChange={(e) => state.setRepresentative(e.currentTarget.checked)}
            />
            <label for="pl-rep-switch">{t.repSwitch}</label>
            <p class="hint" id="pl-rep-why">
              {t.repWhy}
            </p>
          </div>
          {rep && (
            <fieldset id="pl-rep" class="doc">
              <legend>{t.repLegend}</legend>
              <fieldset>
                <legend>{t.repKind}</legend>
                {(['attorney', 'parent'] as const).map((k) => (
                  <div class="choice" key={k}>
                    <input
                      type="radio"
                      name="pl-rep-kind"
                      id={`pl-rep-kind-${k}`}
                      checked={rep.kind === k}
                      onChange={() => state.setRepresentativeField('kind', k)}
                    />
                    <label for={`pl-rep-kind-${k}`}>{k === 'parent' ? t.repParent : t.repAttorney}</label>
                  </div>
                ))}
              </fieldset>
              <Field
                id="pl-rep-name"
                label={t.repName}
                tag={t.required}
                required
                autoComplete="name"
                value={rep.fullName}
                onValue={(v) => state.setRepresentativeField('fullName', v)}
                onBlur={() => state.touch('representative.fullName')}
                error={state.errorFor('representative.fullName')}
              />
              <Field
                id="pl-rep-document"
                label={t.repDocument}
                tag={t.required}
                required
                hint={rep.kind === 'parent' ? t.repDocumentHintParent : t.repDocumentHintAttorney}
                value={rep.authority}
                onValue={(v) => state.setRepresentativeField('authority', v)}
                onBlur={() => state.touch('representative.authority')}
                error={state.errorFor('representative.authority')}
              />
            </fieldset>
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
            id="pl-postalAddress"
            label={t.postalAddress}
            tag={t.optional}
            multiline
            hint={t.postalAddressHint}
            error={state.errorFor('postalAddress')}
            {...person_('postalAddress')}
          />
          <Field
            id="pl-replyEmail"
            label={t.replyEmail}
            tag={t.optional}
            type="email"
            hint={t.replyEmailHint}
            error={state.errorFor('replyEmail')}
            {...person_('replyEmail')}
          />
        </fieldset>

        <h2 class="section">{t.whereHeading}</h2>
        <fieldset disabled={locked} class="channel">
          <legend>{t.channelLegend}</legend>
          <p class="hint" id="pl-channel-hint">
            {t.channelHint}
          </p>
          {channels.map((c) => (
            <div class="choice" key={c}>
              <input
                type="radio"
                name="pl-channel"
                id={`pl-channel-${c}`}
                checked={channel === c}
                aria-describedby="pl-channel-hint"
                onChange={() => state.setChannel(c)}
              />
              <label for={`pl-channel-${c}`}>{t.channels[c]}</label>
            </div>
          ))}
          {channel === 'post' && (
            <Field
              id="pl-operatorAddress"
              label={t.operatorAddress}
              multiline
              hint={postalKnown ? undefined : t.noPostalAddress}
              value={person.operatorAddress ?? ''}
              onValue={(v) => state.setPerson('operatorAddress', v)}
            />
          )}
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
          <span id="pl-subject" lang="ru">
            {letter.subject}
          </span>
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
          <pre class="letter" id="pl-letter" lang="ru" {...namedScroller(t.letterText)}>
            {letter.body}
          </pre>
          {showTranslation.value && (
            <div>
              <h3>{t.translationHeading}</h3>
              <pre class="letter translation" lang="en" {...namedScroller(t.translationHeading)}>
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
        {/* The draft view's one polite live region: copy, download, validation, "marked sent". */}
        <StatusLine id="pl-send-notice" said={sendNotice.value} />
        {r.status === 'draft' ? (
          <div class="mark-sent">
            <h3>{t.markSentHeading}</h3>
            <Field
              id="pl-sentOn"
              label={t.sentOn}
              type="date"
              hint={t.sentOnHint}
              value={sentOn.value}
              error={sentOnWrong.value && !state.isValidSentOn(sentOn.value) ? t.sentOnInvalid : undefined}
              onValue={(v) => {
                sentOn.value = v;
              }}
            />
            {channel !== 'web-form' && (
              <Field
                id="pl-receivedOn"
                label={channel === 'post' ? t.receivedOnPost : t.receivedOnEmail}
                type="date"
                hint={channel === 'post' ? t.receivedOnPostHint : t.receivedOnEmailHint}
                value={receivedOn.value || (channel === 'email' ? sentOn.value : '')}
                error={receivedWrong.value ? t.receivedOnInvalid : undefined}
                onValue={(v) => {
                  receivedOn.value = v;
                  receivedWrong.value = false;
                }}
              />
            )}
            <button type="button" class="primary" id="pl-mark-sent" onClick={onMarkSent}>
              {t.markSent}
            </button>
          </div>
        ) : (
          <div class="sent-info" id="pl-sent-info">
            <h3 id="pl-sent-h" tabIndex={-1}>
              {t.status}: {t.statuses[r.status]}
            </h3>
            {r.sentOn && (
              <p>
                {t.sentOn}: {formatDate(r.sentOn, lang)} · {t.channels[channel]}
              </p>
            )}
            <ReceiptAndDeadlines state={state} />
          </div>
        )}
      </section>
    </div>
  );
}

/**
 * Focuses what `find` returns once the render that marks it has run: right after the render's microtask
 * (at once, as the messages appear), and again after the task if it was not there yet.
 */
function focusOnceRendered(find: () => HTMLElement | null) {
  const focus = () => {
    const el = find();
    if (el && document.activeElement !== el) el.focus();
  };
  queueMicrotask(focus);
  setTimeout(focus, 0);
}

/**
 * A scrolling letter reachable by keyboard (axe scrollable-region-focusable), named so the focus lands
 * on something a screen reader can say: a region, since a <pre> itself may carry no name.
 */
export function namedScroller(name: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': name } as const;
}

export function kindTitle(kind: RequestKind, lang: 'ru' | 'en'): string {
  return requestKindNames[kind][lang];
}

/** When the operator got the request, the deadlines that run from it, and what the user can record. */
export function ReceiptAndDeadlines({ state, id }: { state: DrafterState; id?: string }) {
  const lang = state.lang.value;
  const t = drafterStrings[lang];
  const r = id ? (state.requests.value.find((x) => x.id === id) ?? state.record.value) : state.record.value;
  const prefix = `pl-${r.id}`;
  const received = r.receivedOn ?? (r.channel === 'post' || !r.sentOn ? undefined : r.sentOn);
  const newReceived = useSignal('');
  const receivedWrong = useSignal(false);
  const breachOn = useSignal('');
  const breachWhat = useSignal('');
  const breachWrong = useSignal(false);
  const immediate = requestKindDefinitions[r.kind].deadlines.some((d) => d.kind === 'immediate');
  const expected = !received && r.sentOn ? expectedDeadlines(r.kind, r.sentOn) : [];
  return (
    <div class="receipt">
      <p>
        {t.received}:{' '}
        {received ? (
          <time dateTime={received}>{formatDate(received, lang)}</time>
        ) : (
          <em>{t.receivedUnknown}</em>
        )}
      </p>
      <ul class="deadlines">
        {r.deadlines.map((d) => (
          <li key={d.id}>
            {d.label[lang]}: {t.dueBy} <time dateTime={d.date}>{formatDate(d.date, lang)}</time>
            {d.movedTo && ` (${t.movedNote(formatDate(d.movedTo, lang))})`}
            {d.approximate && ` (${t.approximately})`}
          </li>
        ))}
        {expected.map((d) => (
          <li key={d.id} class="expected">
            {d.label[lang]}:{' '}
            {t.expectedRange(formatDate(d.from.date, lang), formatDate(d.to.movedTo ?? d.to.date, lang))}
          </li>
        ))}
        {immediate && (
          <li>
            {requestKindDefinitions[r.kind].deadlines.find((d) => d.kind === 'immediate')?.label[lang]}:{' '}
            {t.immediateNote}
          </li>
        )}
      </ul>
      {r.status === 'sent' && r.channel !== 'web-form' && (
        <div class="row">
          <Field
            id={`${prefix}-received`}
            label={r.channel === 'post' ? t.receivedOnPost : t.receivedOnEmail}
            type="date"
            value={newReceived.value || received || ''}
            error={receivedWrong.value ? t.receivedOnInvalid : undefined}
            onValue={(v) => {
              newReceived.value = v;
              receivedWrong.value = false;
            }}
          />
          <button
            type="button"
            data-action="save-received"
            onClick={async () => {
              const ok = newReceived.value && (await state.setReceivedOn(r.id, newReceived.value));
              receivedWrong.value = !ok;
            }}
          >
            {t.saveReceivedOn}
          </button>
        </div>
      )}
      {r.status === 'sent' && immediate && received && (
        <fieldset class="breach" aria-describedby={`${prefix}-breach-hint`}>
          <legend>{t.breachHeading}</legend>
          <p class="hint" id={`${prefix}-breach-hint`}>
            {r.marketingBreach ? t.breachRecorded(formatDate(r.marketingBreach.on, lang)) : t.breachHint}
          </p>
          <Field
            id={`${prefix}-breach-on`}
            label={t.breachOn}
            type="date"
            value={breachOn.value}
            onValue={(v) => {
              breachOn.value = v;
              breachWrong.value = false;
            }}
          />
          <Field
            id={`${prefix}-breach-what`}
            label={t.breachWhat}
            hint={t.breachWhatHint}
            value={breachWhat.value}
            error={breachWrong.value ? t.breachInvalid : undefined}
            onValue={(v) => {
              breachWhat.value = v;
              breachWrong.value = false;
            }}
          />
          <button
            type="button"
            data-action="record-breach"
            onClick={async () => {
              const ok = await state.recordBreach(r.id, { on: breachOn.value, what: breachWhat.value });
              breachWrong.value = !ok;
            }}
          >
            {t.breachSave}
          </button>
        </fieldset>
      )}
    </div>
  );
}
