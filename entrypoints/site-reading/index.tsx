// Injected into a tab only when the user asks for a reading of its site's policy (toolbar popup →
// «Прочитать политику этого сайта»), never on its own: the reader and this panel are not part of the
// expert.plus content script. It gets the policy text (the page itself, a page of the same origin it
// fetches, or text the background or the user handed over), reads it with lib/policy-reading in this
// isolated world, and shows the reading in the side panel. Nothing is stored; the reading leaves the tab
// only when the user asks for a request and keeps it with that request.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { measureEdges } from '../../components/panel/edges';
import { defaultPlacement, freePlacement, type LauncherPlacement } from '../../components/panel/placement';
import { panelStyles } from '../../components/panel/styles';
import { ReadingPanel } from '../../components/reading/ReadingPanel';
import readingCss from '../../components/reading/reading.css?inline';
import { languageSetting, launcherSideSetting, uiLang } from '../../lib/platform/settings';
import { readPolicy } from '../../lib/policy-reading';
import type { PolicyReading } from '../../lib/policy-reading/types';
import { operatorFromReading, siteHostOf } from '../../lib/requests/operator';
import { fetchPolicyPage } from '../../lib/site-reading/fetch-page';
import {
  type KeptReading,
  maxKeptText,
  type OpenDrafterForOperatorMessage,
  type ReadingSource,
  type ShowReadingAnswer,
} from '../../lib/site-reading/messages';
import type { Lang, RequestKind } from '../../policies/types';
import { type MountedHost, mountPanelHost } from '../panel.content/mount';
import { policyText } from './page-text';

interface Shown {
  reading: PolicyReading;
  text: string;
  sourceLabel: string;
  readAt: string;
}

/** The text to read from a source; a failure for a fetch that was refused. */
async function textOf(source: ReadingSource): Promise<{ text: string; url: string } | ShowReadingAnswer> {
  switch (source.kind) {
    case 'page':
      return { text: policyText(document), url: location.href };
    case 'pasted':
      return { text: source.text, url: '' };
    case 'fetched':
      return { text: source.format === 'text' ? source.body : htmlText(source.body), url: source.url };
    case 'url': {
      // Same origin only: the background fetches any other origin, with the user's permission for it.
      if (new URL(source.url).origin !== location.origin)
        return { ok: false, error: 'network', url: source.url };
      const page = await fetchPolicyPage(source.url, (u, init) =>
        fetch(u, { ...init, credentials: 'same-origin' }),
      );
      if (!page.ok) return { ok: false, error: page.error, url: page.url };
      return { text: page.kind === 'text' ? page.body : htmlText(page.body), url: page.url };
    }
  }
}

function htmlText(html: string): string {
  return policyText(new DOMParser().parseFromString(html, 'text/html'));
}

function start() {
  let mounted: MountedHost | undefined;
  let shown: Shown | undefined;
  let lang: Lang = 'ru';
  let open = true;
  // The launcher (shown once the panel is closed): on the edge the user chose in the options, where it
  // covers nothing the page pins there; moved by dragging or the footer's buttons, for this page only
  // (nothing is stored: the site has no curated entry to remember a place under).
  let placement: LauncherPlacement = defaultPlacement;
  let moved = false;

  const draw = () => {
    if (!shown) return;
    mounted ??= mountPanelHost(document, panelStyles + readingCss, draw);
    const s = shown;
    const site = siteHostOf(location.href) || location.hostname;
    render(
      <ReadingPanel
        reading={s.reading}
        text={s.text}
        sourceLabel={s.sourceLabel}
        siteName={site}
        lang={lang}
        open={open}
        onOpenChange={(next) => {
          open = next;
          draw();
        }}
        onLang={(next) => {
          lang = next;
          draw();
          void languageSetting.setValue(next).catch(() => undefined);
        }}
        onRequest={(kind) => requestFor(kind, s)}
        placement={placement}
        onPlacement={(next) => {
          moved = true;
          placement = next;
          draw();
        }}
      />,
      mounted.container,
    );
    mounted.host.setAttribute('data-policy-lens-reading', 'shown');
  };

  async function requestFor(kind: RequestKind, s: Shown): Promise<boolean> {
    const pageUrl = `${location.origin}${location.pathname}`;
    const reading: KeptReading = {
      source: s.sourceLabel,
      readAt: s.readAt,
      text: s.text.slice(0, maxKeptText),
      reading: s.reading,
    };
    const message: OpenDrafterForOperatorMessage = {
      type: 'open-drafter-for-operator',
      intent: { kind, operator: operatorFromReading(s.reading, pageUrl), pageUrl, reading },
    };
    try {
      return (await browser.runtime.sendMessage(message)) === true;
    } catch {
      return false;
    }
  }

  async function show(source: ReadingSource): Promise<ShowReadingAnswer> {
    const got = await textOf(source);
    if ('ok' in got) return got;
    if (!got.text.trim()) return { ok: false, error: 'empty', url: got.url };
    const reading = readPolicy(got.text, { url: got.url || location.href });
    lang = await uiLang().catch(() => 'ru' as Lang);
    const side = await launcherSideSetting.getValue().catch(() => defaultPlacement.side);
    if (!moved) placement = { side, top: defaultPlacement.top };
    shown = {
      reading,
      text: got.text,
      sourceLabel: source.kind === 'pasted' ? source.name : got.url,
      readAt: new Date().toISOString(),
    };
    open = true;
    draw();
    if (!moved && mounted) {
      placement = freePlacement(placement, measureEdges(document, mounted.host), innerHeight);
      draw();
    }
    return {
      ok: true,
      isPolicy: reading.isPolicy,
      operatorFound: Boolean(reading.operator.name),
      chars: reading.read.chars,
      url: got.url,
    };
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background (no tab) of this extension tells it what to read.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = raw as { type?: unknown; source?: ReadingSource } | null;
    if (m?.type !== 'show-reading' || !m.source) return undefined;
    return show(m.source);
  });
}

declare global {
  // Set in this content script's isolated world, so a second injection into the same page reuses the first.
  var __policyLensReading: true | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.__policyLensReading) return true;
  globalThis.__policyLensReading = true;
  start();
  return true;
});
