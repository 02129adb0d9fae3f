import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Citation, PolicyReading } from '../../lib/policy-reading/types';
import type { Lang, RequestKind } from '../../policies/types';
import { PanelFrame } from '../panel/PanelFrame';
import { panelStrings } from '../panel/strings';
import { type ReadingStrings, readingStrings } from './strings';

export interface ReadingPanelProps {
  reading: PolicyReading;
  /** The exact text the reading was made from: citations are ranges of it. */
  text: string;
  /** Where the policy was read (a page URL, or the name of a file / "pasted text"). */
  sourceLabel: string;
  siteName: string;
  lang: Lang;
  open: boolean;
  onOpenChange(open: boolean): void;
  onLang(lang: Lang): void;
  /** Opens the drafter for this operator; resolves false when it could not. */
  onRequest(kind: RequestKind): Promise<boolean>;
}

/** How much of the paragraph around a cited sentence is shown, each side. */
const contextChars = 240;

/** The cited sentence in its paragraph: [before, sentence, after], cut at line breaks or `contextChars`. */
export function citationExcerpt(text: string, c: Citation): [string, string, string] {
  const start = Math.max(0, Math.min(c.start, text.length));
  const end = Math.max(start, Math.min(c.end, text.length));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const from = Math.max(lineStart, start - contextChars);
  const to = Math.min(lineEnd, end + contextChars);
  return [
    (from > lineStart ? '…' : '') + text.slice(from, start),
    text.slice(start, end),
    text.slice(end, to) + (to < lineEnd ? '…' : ''),
  ];
}

interface Line {
  id: string;
  text: ComponentChildren;
  cites: Citation[];
}

/** One line of the reading, with a button that shows the sentence(s) it was read from. */
function ReadingLine({ line, text, t }: { line: Line; text: string; t: ReadingStrings }) {
  const [open, setOpen] = useState(false);
  const labels = [...new Set(line.cites.map((c) => t.clause(c.clause)))].join(', ');
  const regionId = `pl-src-${line.id}`;
  return (
    <li class="statement" data-line={line.id}>
      <p class="statement-text">{line.text}</p>
      {line.cites.length > 0 && (
        <>
          <button
            type="button"
            class="cite"
            aria-expanded={open}
            aria-controls={regionId}
            onClick={() => setOpen(!open)}
          >
            {t.showSource(labels)}
          </button>
          {open && (
            <div id={regionId} class="sources">
              {line.cites.map((c) => {
                const [before, sentence, after] = citationExcerpt(text, c);
                return (
                  <figure class="source" key={`${c.start}-${c.end}`} data-clause={c.clause ?? ''}>
                    <figcaption>{t.clause(c.clause)}</figcaption>
                    <blockquote lang="ru">
                      {before}
                      <mark>{sentence}</mark>
                      {after}
                    </blockquote>
                  </figure>
                );
              })}
            </div>
          )}
        </>
      )}
    </li>
  );
}

function Lines({ lines, text, t }: { lines: Line[]; text: string; t: ReadingStrings }) {
  if (lines.length === 0) return <p class="silent">{t.silent}</p>;
  return (
    <ul class="statements">
      {lines.map((line) => (
        <ReadingLine key={line.id} line={line} text={text} t={t} />
      ))}
    </ul>
  );
}

const requestKinds: RequestKind[] = ['deletion', 'withdraw-consent', 'access', 'correction'];

/** The reading's lines, section by section (pure, so the panel test can check every section). */
export function readingSections(r: PolicyReading, t: ReadingStrings) {
  const e = r.evidence;
  const op = r.operator;
  const operator: Line[] = [];
  if (op.name)
    operator.push({ id: 'op-name', text: `${t.operatorName}: ${op.name}`, cites: e.operator.name });
  if (op.form)
    operator.push({ id: 'op-form', text: `${t.operatorForm}: ${op.form}`, cites: e.operator.form });
  if (op.inn)
    operator.push({
      id: 'op-inn',
      text: (
        <>
          {t.inn}: {op.inn}{' '}
          <span class={`checksum ${r.checksums.inn ?? ''}`} data-checksum={r.checksums.inn ?? ''}>
            ({r.checksums.inn === 'valid' ? t.checksumValid : t.checksumInvalid})
          </span>
        </>
      ),
      cites: e.operator.inn,
    });
  if (op.ogrn)
    operator.push({
      id: 'op-ogrn',
      text: (
        <>
          {t.ogrn}: {op.ogrn}{' '}
          <span class={`checksum ${r.checksums.ogrn ?? ''}`} data-checksum={r.checksums.ogrn ?? ''}>
            ({r.checksums.ogrn === 'valid' ? t.checksumValid : t.checksumInvalid})
          </span>
        </>
      ),
      cites: e.operator.ogrn,
    });
  if (op.address)
    operator.push({ id: 'op-address', text: `${t.address}: ${op.address}`, cites: e.operator.address });

  const contacts: Line[] = [
    ...r.contacts.emails.map((m, i) => ({
      id: `email-${i}`,
      text: `${t.email}: ${m}`,
      cites: e.contacts.emails[m] ?? [],
    })),
    ...r.contacts.phones.map((p, i) => ({
      id: `phone-${i}`,
      text: `${t.phone}: ${p}`,
      cites: e.contacts.phones[p] ?? [],
    })),
    ...(r.contacts.postal
      ? [{ id: 'postal', text: `${t.postal}: ${r.contacts.postal}`, cites: e.contacts.postal }]
      : []),
  ];
  const data: Line[] = r.data.map((d) => ({
    id: `data-${d}`,
    text: t.dataCategory[d],
    cites: e.data[d] ?? [],
  }));
  const purposes: Line[] = r.purposes.map((p) => ({
    id: `purpose-${p}`,
    text: t.purpose[p],
    cites: e.purposes[p] ?? [],
  }));
  const tp = r.third_parties;
  const third: Line[] = [
    ...(tp.shares === null
      ? []
      : [{ id: 'shares', text: tp.shares ? t.sharesYes : t.sharesNo, cites: e.third_parties.shares }]),
    ...tp.named.map((n, i) => ({
      id: `named-${i}`,
      text: `${t.named}: ${n}`,
      cites: e.third_parties.named[n] ?? [],
    })),
    ...(tp.processors === null
      ? []
      : [
          {
            id: 'processors',
            text: tp.processors ? t.processorsYes : t.processorsNo,
            cites: e.third_parties.processors,
          },
        ]),
  ];
  const cross: Line[] =
    r.cross_border === null
      ? []
      : [{ id: 'cross', text: r.cross_border ? t.crossBorderYes : t.crossBorderNo, cites: e.cross_border }];
  const retention: Line[] = r.retention ? [{ id: 'retention', text: r.retention, cites: e.retention }] : [];
  const withdrawal: Line[] = [
    ...r.withdrawal.channel.map((c) => ({
      id: `channel-${c}`,
      text: t.channel[c],
      cites: e.withdrawal.channel[c] ?? [],
    })),
    ...(r.withdrawal.deadline_days === null
      ? []
      : [
          { id: 'deadline', text: t.deadline(r.withdrawal.deadline_days), cites: e.withdrawal.deadline_days },
        ]),
  ];
  const cookies: Line[] = [
    ...(r.cookies === null
      ? []
      : [{ id: 'cookies', text: r.cookies ? t.cookiesYes : t.cookiesNo, cites: e.cookies }]),
    ...r.analytics.map((a, i) => ({
      id: `analytics-${i}`,
      text: `${t.analytics}: ${a}`,
      cites: e.analytics[a] ?? [],
    })),
  ];
  const attention: Line[] = r.attention.map((a, i) => ({
    id: `attention-${a.kind}-${i}`,
    text: a.detail ? `${t.attentionKind[a.kind]}: ${a.detail}` : t.attentionKind[a.kind],
    cites: a.citations,
  }));
  return { operator, contacts, data, purposes, third, cross, retention, withdrawal, cookies, attention };
}

function Actions({
  t,
  lang,
  onRequest,
}: {
  t: ReadingStrings;
  lang: Lang;
  onRequest: ReadingPanelProps['onRequest'];
}) {
  const [failed, setFailed] = useState(false);
  // The same words as the curated summary's request buttons.
  const p = panelStrings[lang];
  return (
    <div class="actions">
      <p>{t.actionsIntro}</p>
      <ul>
        {requestKinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              class="action"
              data-request={kind}
              onClick={async () => setFailed(!(await onRequest(kind)))}
            >
              {p.actions[kind]}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" class="error">
          {p.actionFailed}
        </p>
      )}
    </div>
  );
}

/** An automatic reading of a site's policy, in the side panel's frame. */
export function ReadingPanel(props: ReadingPanelProps) {
  const { reading, lang, text } = props;
  const t = readingStrings[lang];
  const s = readingSections(reading, t);
  const section = (id: string, title: string, body: ComponentChildren) => (
    <section class="section" aria-labelledby={`pl-h-${id}`} data-section={id}>
      <h3 id={`pl-h-${id}`}>{title}</h3>
      {body}
    </section>
  );
  const chars = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB').format(reading.read.chars);
  return (
    <PanelFrame
      kind="reading"
      siteName={props.siteName}
      title={t.title(props.siteName)}
      lang={lang}
      open={props.open}
      onOpenChange={props.onOpenChange}
      onLang={props.onLang}
    >
      <div class="notice automatic" role="note">
        <h3>{t.automatic}</h3>
        <p>{t.automaticHint}</p>
        <p class="source-line">
          {t.source}: <span class="source-name">{props.sourceLabel}</span>
        </p>
        {reading.read.truncated && <p class="truncated">{t.truncated(chars)}</p>}
        {reading.language === 'en' || reading.language === 'other' ? (
          <p class="not-russian">{t.notRussian}</p>
        ) : null}
        {!reading.isPolicy && <p class="not-policy">{t.notPolicy}</p>}
      </div>
      {section(
        'operator',
        t.operator,
        s.operator.length === 0 ? (
          <p class="silent no-operator" data-no-operator="">
            {t.noOperator}
          </p>
        ) : (
          <Lines lines={s.operator} text={text} t={t} />
        ),
      )}
      {section('contacts', t.contacts, <Lines lines={s.contacts} text={text} t={t} />)}
      {section('data', t.data, <Lines lines={s.data} text={text} t={t} />)}
      {section('purposes', t.purposes, <Lines lines={s.purposes} text={text} t={t} />)}
      {section('third-parties', t.thirdParties, <Lines lines={s.third} text={text} t={t} />)}
      {section('cross-border', t.crossBorder, <Lines lines={s.cross} text={text} t={t} />)}
      {section('retention', t.retention, <Lines lines={s.retention} text={text} t={t} />)}
      {section(
        'withdrawal',
        t.withdrawal,
        <>
          <Lines lines={s.withdrawal} text={text} t={t} />
          <Actions t={t} lang={lang} onRequest={props.onRequest} />
        </>,
      )}
      {section('cookies', t.cookies, <Lines lines={s.cookies} text={text} t={t} />)}
      {s.attention.length > 0 &&
        section('attention', t.attention, <Lines lines={s.attention} text={text} t={t} />)}
      <div class="panel-footer">
        <p>{t.notLegalAdvice}</p>
      </div>
    </PanelFrame>
  );
}
