import type { ComponentChildren } from 'preact';
import type { Citation, PolicyReading } from '../../lib/policy-reading/types';
import type { RequestKind } from '../../policies/types';
import { PanelFrame, type PanelFrameProps, PlacementControls } from '../panel/PanelFrame';
import { RequestButtons } from '../panel/RequestButtons';
import { StatementItem } from '../panel/StatementItem';
import { panelStrings } from '../panel/strings';
import { type ReadingStrings, readingStrings } from './strings';

/** The frame's props (launcher, placement, language, open state), and the reading's own. */
export interface ReadingPanelProps extends Omit<PanelFrameProps, 'title' | 'kind' | 'children'> {
  reading: PolicyReading;
  /** The exact text the reading was made from: citations are ranges of it. */
  text: string;
  /** Where the policy was read (a page URL, or the name of a file / "pasted text"). */
  sourceLabel: string;
  siteName: string;
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

/** The cited sentence, highlighted, in its paragraph (rendered only when the user opens the source). */
function CitationQuote({ text, cite }: { text: string; cite: Citation }) {
  const [before, sentence, after] = citationExcerpt(text, cite);
  return (
    <>
      {before}
      <mark>{sentence}</mark>
      {after}
    </>
  );
}

function Lines({ lines, text, t }: { lines: Line[]; text: string; t: ReadingStrings }) {
  if (lines.length === 0) return <p class="silent">{t.silent}</p>;
  return (
    <ul class="statements">
      {lines.map((line) => (
        <StatementItem
          key={line.id}
          id={line.id}
          mark="line"
          text={line.text}
          sources={line.cites.map((c) => ({
            key: `${c.start}-${c.end}`,
            clause: c.clause ?? '',
            label: t.clause(c.clause),
            quote: <CitationQuote text={text} cite={c} />,
          }))}
          showLabel={t.showSource}
        />
      ))}
    </ul>
  );
}

/** The reading's lines, section by section (pure, so the panel test can check every section). */
export function readingSections(r: PolicyReading, t: ReadingStrings) {
  const e = r.evidence;
  const op = r.operator;
  const operator: Line[] = [];
  if (op.name)
    operator.push({ id: 'op-name', text: `${t.operatorName}: ${op.name}`, cites: e.operator.name });
  if (op.form)
    operator.push({ id: 'op-form', text: `${t.operatorForm}: ${op.form}`, cites: e.operator.form });
  // ИНН and ОГРН, each with whether its check digit holds.
  for (const key of ['inn', 'ogrn'] as const) {
    const value = op[key];
    const checksum = r.checksums[key] ?? '';
    if (value)
      operator.push({
        id: `op-${key}`,
        text: (
          <>
            {t[key]}: {value}{' '}
            <span class={`checksum ${checksum}`} data-checksum={checksum}>
              ({checksum === 'valid' ? t.checksumValid : t.checksumInvalid})
            </span>
          </>
        ),
        cites: e.operator[key],
      });
  }
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
    <PanelFrame {...props} kind="reading" title={t.title(props.siteName)}>
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
          <div class="actions">
            <p>{t.actionsIntro}</p>
            {/* The same words as the curated summary's request buttons. */}
            <RequestButtons lang={lang} onRequest={props.onRequest} isUserEvent={props.isUserEvent} />
          </div>
        </>,
      )}
      {section('cookies', t.cookies, <Lines lines={s.cookies} text={text} t={t} />)}
      {s.attention.length > 0 &&
        section('attention', t.attention, <Lines lines={s.attention} text={text} t={t} />)}
      <div class="panel-footer">
        <p>{t.notLegalAdvice}</p>
        <PlacementControls
          t={panelStrings[lang]}
          placement={props.placement}
          onPlacement={props.onPlacement}
        />
      </div>
    </PanelFrame>
  );
}
