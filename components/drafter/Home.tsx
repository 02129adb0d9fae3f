import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkOpenedFile } from '../../lib/site-reading/fetch-page';
import type { ReadStep, ReadTabAnswer, ReadTabMessage } from '../../lib/site-reading/messages';
import { originPatternOf } from '../../lib/site-reading/origin';
import { findSiteForUrl } from '../../policies/sites';
import type { Lang } from '../../policies/types';
import { homeStrings } from './home-strings';

/** The tab the popup was opened on: the toolbar click's tab, or `?tab=` when opened as a page. */
export interface HomeTarget {
  tabId: number;
  /** Known when the click granted access to the tab (activeTab); otherwise undefined. */
  url?: string;
}

export interface HomeProps {
  lang: Lang;
  target: HomeTarget | undefined;
  hiddenSites: string[];
  overdue: number;
  total: number;
  onShowPanelAgain(id: string): void;
  /** Opens the drafter for an operator the user types, for the site at `url` ('' if none). */
  onWriteTyped(url: string): void;
  onOpenList(): void;
  /** After a reading is on the page: the toolbar popup closes so it no longer covers the panel. */
  onShown?(): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'denied' }
  | { kind: 'file-refused'; error: 'too-large' | 'binary' }
  | ReadTabAnswer;

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The popup's first view: what Policy Lens can do on the site in this tab. */
export function Home(props: HomeProps) {
  const t = homeStrings[props.lang];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const target = props.target;
  const host = hostOf(target?.url);
  const web = /^https?:/.test(target?.url ?? '');
  const curated = web ? findSiteForUrl(target?.url) : undefined;
  const hidden = curated && props.hiddenSites.includes(curated.id);

  const working = 'kind' in status && status.kind === 'working';

  const run = async (step: ReadStep) => {
    if (!target) return;
    setStatus({ kind: 'working' });
    const message: ReadTabMessage = { type: 'read-tab', tabId: target.tabId, step };
    let answer: ReadTabAnswer | undefined;
    try {
      answer = (await browser.runtime.sendMessage(message)) as ReadTabAnswer | undefined;
    } catch {
      answer = undefined;
    }
    const next: Status = answer ?? { state: 'failed', error: 'network', url: '' };
    setStatus(next);
    if (answer?.state === 'shown') props.onShown?.();
  };

  /** The user allows the other origin (the browser asks), then it is read. */
  const allowAndRead = async (url: string) => {
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [originPatternOf(url)] });
    } catch {
      granted = false;
    }
    if (!granted) return setStatus({ kind: 'denied' });
    await run({ kind: 'url', url });
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const checked = checkOpenedFile(new Uint8Array(await file.arrayBuffer()));
    if (!checked.ok) return setStatus({ kind: 'file-refused', error: checked.error });
    let text = checked.text;
    if (/\.html?$/i.test(file.name)) {
      const { policyText } = await import('../../entrypoints/site-reading/page-text');
      text = policyText(new DOMParser().parseFromString(text, 'text/html'));
    }
    await run({ kind: 'text', name: file.name.slice(0, 200), text });
  };

  const message = (() => {
    if (!('state' in status)) {
      if (status.kind === 'working') return <p>{t.reading}</p>;
      if (status.kind === 'denied') return <p>{t.denied}</p>;
      if (status.kind === 'file-refused') return <p class="error">{t.fileRefused[status.error]}</p>;
      return null;
    }
    switch (status.state) {
      case 'shown':
        return (
          <p class="ok" data-read-state="shown">
            {status.operatorFound ? t.shown : t.shownNoOperator}
          </p>
        );
      case 'no-policy':
        return <p data-read-state="no-policy">{t.noPolicy}</p>;
      case 'no-access':
        return <p data-read-state="no-access">{t.noAccess}</p>;
      case 'failed':
        return (
          <p class="error" data-read-state="failed" data-error={status.error}>
            {t.failed[status.error]}
          </p>
        );
      case 'ask':
        return (
          <div class="ask" data-read-state="ask" data-relation={status.relation}>
            <p>
              {status.relation === 'same-site'
                ? t.askSameSite(hostOf(status.url))
                : t.askOtherSite(hostOf(status.url), host)}
            </p>
            <p class="muted">{t.linkText(status.linkText)}</p>
            <button type="button" id="pl-allow-read" onClick={() => void allowAndRead(status.url)}>
              {t.allowRead}
            </button>
          </div>
        );
    }
  })();

  return (
    <section class="home" aria-labelledby="pl-home-h">
      <h2 id="pl-home-h">
        {t.tab}
        {host ? `: ${host}` : ''}
      </h2>
      {!target || (target.url !== undefined && !web) ? (
        <p class="muted">{t.noSite}</p>
      ) : curated ? (
        <>
          <p data-coverage="curated">{t.curated(curated.name)}</p>
          {hidden && (
            <p data-coverage="hidden">
              {t.hidden(curated.name)}{' '}
              <button type="button" onClick={() => props.onShowPanelAgain(curated.id)}>
                {t.showAgain}
              </button>
            </p>
          )}
        </>
      ) : (
        <>
          <p data-coverage="on-demand">{t.onDemand(host || '…')}</p>
          <button
            type="button"
            class="primary"
            id="pl-read-site"
            disabled={working}
            onClick={() => void run({ kind: 'find' })}
          >
            {t.read}
          </button>
          {/* The home view's one polite live region, always in the page: what the reading came to. */}
          <div role="status" id="pl-home-status">
            {message}
          </div>
          <details
            class="paste"
            open={'state' in status && (status.state === 'no-policy' || status.state === 'failed')}
          >
            <summary>{t.pasteLegend}</summary>
            <label for="pl-paste">{t.pasteLabel}</label>
            <textarea
              id="pl-paste"
              rows={4}
              value={pasted}
              onInput={(e) => setPasted(e.currentTarget.value)}
            />
            <button
              type="button"
              id="pl-paste-read"
              disabled={!pasted.trim() || working}
              onClick={() => void run({ kind: 'text', name: t.pasted, text: pasted })}
            >
              {t.pasteRead}
            </button>
            <label for="pl-file">{t.fileLabel}</label>
            <input
              id="pl-file"
              type="file"
              accept=".txt,.htm,.html,text/plain,text/html"
              onChange={(e) => void openFile(e.currentTarget.files?.[0])}
            />
          </details>
        </>
      )}
      <h3>{t.writeLegend}</h3>
      <button
        type="button"
        id="pl-write-typed"
        onClick={() => props.onWriteTyped(web ? (target?.url ?? '') : '')}
      >
        {t.writeTyped}
      </button>
      <p class="muted">{t.writeTypedHint}</p>
      <h3>{t.myRequests}</h3>
      <button type="button" id="pl-home-list" onClick={props.onOpenList}>
        {t.myRequests} — {t.overdue(props.overdue)}, {t.total(props.total)}
      </button>
    </section>
  );
}
