import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { measureEdges } from '../../components/panel/edges';
import { HiddenNotice } from '../../components/panel/HiddenNotice';
import { Panel } from '../../components/panel/Panel';
import { PolicyNotice } from '../../components/panel/PolicyNotice';
import { freePlacement, type LauncherPlacement } from '../../components/panel/placement';
import { panelStrings } from '../../components/panel/strings';
import { type Message, type PolicyCheck, parsePolicyCheck } from '../../lib/platform/messages';
import {
  hiddenSitesSetting,
  languageSetting,
  launcherPlacesSetting,
  type PolicySeen,
  policySeenSetting,
  type Theme,
  themeSetting,
} from '../../lib/platform/settings';
import { nextPolicySeen } from '../../lib/policy-watch/seen';
import type { SiteEntry } from '../../policies/sites';
import type { Lang, RequestKind, SitePolicy } from '../../policies/types';
import { pageContacts } from './page-contacts';

interface Props {
  site: SiteEntry;
  initialLang: Lang | null;
  /** The browser's UI language as one of ours: the panel's language unless the user chose one. */
  uiLang: Lang;
  initialOpen: boolean;
  /** The background's comparison of this page's policy text, when the page shows the policy. */
  pageCheck?: PolicyCheck;
  onHidden(): void;
  /** The keyboard shortcut that toggles the panel ('' when none is set). */
  shortcut: string;
  /** Light, dark, or as the system says (the options page). */
  initialTheme: Theme;
  /** Our host element on the page: left out when measuring what the page shows at its edges. */
  host?: Element;
  /** Where the loader drew the launcher; `placed`: the user put it there, or it was measured clear of
   *  the page's edge widgets (otherwise the panel measures once the page has loaded). */
  placement: LauncherPlacement;
  placed: boolean;
  /** The user asked for the panel before its code had come: open it now (focus goes into it). */
  openNow?: boolean;
  /** Whether the "hidden on this site" notice (with its undo) is showing: the host stays until it is done. */
  onNotice?(showing: boolean): void;
}

export async function send<T>(message: Message): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

/**
 * Where the launcher goes: where the user put it on this site, else on the chosen edge where it covers
 * nothing the page pins there (measured once the page has drawn itself).
 */
function useLauncherPlacement(
  siteId: string,
  host: Element | undefined,
  initial: LauncherPlacement,
  placed: boolean,
) {
  const [placement, setPlacement] = useState<LauncherPlacement>(initial);
  const moved = useRef(false);
  useEffect(() => {
    if (placed) return;
    const measure = () => {
      if (!moved.current && host)
        setPlacement(freePlacement(initial, measureEdges(document, host), innerHeight));
    };
    if (document.readyState === 'complete') setTimeout(measure);
    else addEventListener('load', () => setTimeout(measure), { once: true });
  }, [host, initial, placed]);
  const choose = async (next: LauncherPlacement) => {
    moved.current = true;
    setPlacement(next);
    const places = await launcherPlacesSetting.getValue();
    await launcherPlacesSetting.setValue({ ...places, [siteId]: next });
  };
  return [placement, choose] as const;
}

/** Wires the panel to extension storage and messaging. */
export function App(props: Props) {
  const { site, initialLang, initialOpen, pageCheck, onHidden, host, shortcut } = props;
  const [placement, setPlacement] = useLauncherPlacement(site.id, host, props.placement, props.placed);
  const [chosenLang, setChosenLang] = useState<Lang | null>(initialLang);
  const [theme, setTheme] = useState<Theme>(props.initialTheme);
  const [open, setOpenState] = useState(initialOpen);
  // Per tab: the background remembers it for this tab only (entrypoints/background/panel-tabs.ts).
  const setOpen = (next: boolean) => {
    setOpenState(next);
    void send({ type: 'panel-open', open: next }).catch(() => undefined);
  };
  const toggle = useRef(() => {});
  toggle.current = () => setOpen(!open);
  // "Hide on this site": a notice with its undo takes the launcher's place until the user is done with it.
  const [notice, setNotice] = useState<'hidden' | 'undone' | undefined>(undefined);
  const showNotice = (showing: boolean) => {
    setNotice(showing ? 'hidden' : undefined);
    props.onNotice?.(showing);
  };
  // Brought back elsewhere (the toolbar popup, the options page) while the notice shows: it is done.
  useEffect(() => {
    if (notice !== 'hidden') return;
    return hiddenSitesSetting.watch((list) => {
      if (list.includes(site.id)) return;
      setNotice('undone');
      props.onNotice?.(false);
    });
  }, [notice, site.id]);
  // Opened after the first paint, so the panel sees the change and moves focus into it.
  useEffect(() => {
    if (props.openNow) setOpen(true);
  }, []);
  const [policy, setPolicy] = useState<SitePolicy | null | undefined>(undefined);
  const [seen, setSeen] = useState<PolicySeen | undefined>(undefined);
  const lang = chosenLang ?? props.uiLang;

  // What the last policy page of this site showed, for every page of the site (storage keeps only
  // the comparison: clause ids and policy words). Checked like a message: it is rendered.
  useEffect(() => {
    const pick = (all: Record<string, unknown>) => {
      const check = parsePolicyCheck(all[site.id]);
      setSeen(check && check.state !== 'not-policy' ? { ...check, state: check.state } : undefined);
    };
    void policySeenSetting.getValue().then(pick, () => undefined);
    return policySeenSetting.watch(pick);
  }, [site.id]);

  useEffect(() => {
    const unwatchLang = languageSetting.watch((v) => setChosenLang(v));
    const unwatchTheme = themeSetting.watch(setTheme);
    // The keyboard shortcut, from the background: only our own extension's message is listened to.
    const api = browser;
    const onMessage = (message: unknown, sender: { id?: string }) => {
      const m = message as { type?: unknown } | null;
      if (sender.id === api.runtime.id && m?.type === 'toggle-panel') toggle.current();
    };
    api.runtime.onMessage.addListener(onMessage);
    return () => {
      unwatchLang();
      unwatchTheme();
      api.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  // The policy is loaded from the background the first time the panel opens, or a moment before: when
  // the pointer or focus reaches the launcher. Pages where the panel stays closed never hold it.
  const [wanted, setWanted] = useState(false);
  const loading = useRef(false);
  useEffect(() => {
    if (!(open || wanted) || policy || loading.current) return;
    loading.current = true;
    send<SitePolicy | null>({ type: 'get-policy', policyId: site.id })
      .then((p) => setPolicy(p ?? null))
      .catch(() => setPolicy(null))
      .finally(() => {
        loading.current = false;
      });
  }, [open, wanted, policy, site.id]);

  const onRequest = async (kind: RequestKind) => {
    try {
      const opened = await send<boolean>({
        type: 'open-drafter',
        intent: {
          policyId: site.id,
          kind,
          // Read now, at the user's click: the site's own visible addresses, with where they were found.
          pageContacts: pageContacts(document, site.hostnames),
          pageUrl: `${location.origin}${location.pathname}`,
        },
      });
      return opened === true;
    } catch {
      return false;
    }
  };

  // This page's own comparison when it is a full policy page; otherwise the site's last full page's.
  // (A page showing part of the policy is compared, but its finding is not the site's: it is shown
  // nowhere, and only the page's own mark, data-page-check, tells what it found.)
  const check = pageCheck ? nextPolicySeen(seen, pageCheck) : seen;
  // A record made against another reviewed version of the summary says nothing about this one.
  const current =
    policy && check?.policyId === policy.id && check.reviewed === policy.source.reviewed ? check : undefined;
  const t = panelStrings[lang];

  if (notice === 'hidden')
    return (
      <HiddenNotice
        lang={lang}
        theme={theme}
        placement={placement}
        onUndo={async () => {
          const hidden = await hiddenSitesSetting.getValue();
          await hiddenSitesSetting.setValue(hidden.filter((id) => id !== site.id));
          setNotice('undone');
          props.onNotice?.(false);
        }}
        onDone={() => {
          showNotice(false);
          onHidden();
        }}
      />
    );

  return (
    <Panel
      focusLauncherOnMount={notice === 'undone'}
      notice={
        // data-page-check: what this page's own comparison found, for tests and for anyone inspecting.
        <div class="policy-status" data-page-check={pageCheck?.state ?? 'none'}>
          {policy && current ? <PolicyNotice check={current} policy={policy} lang={lang} /> : null}
        </div>
      }
      changedClauses={current?.state === 'changed' ? new Set(current.changedClauses) : undefined}
      outdatedLabel={t.outdated}
      siteName={site.name}
      onLauncherIntent={() => setWanted(true)}
      policy={policy}
      lang={lang}
      open={open}
      onOpenChange={setOpen}
      theme={theme}
      shortcut={shortcut}
      onLang={(l) => {
        setChosenLang(l);
        void languageSetting.setValue(l);
      }}
      onHide={async () => {
        const hidden = await hiddenSitesSetting.getValue();
        showNotice(true);
        await hiddenSitesSetting.setValue([...new Set([...hidden, site.id])]);
        setOpen(false);
      }}
      onRequest={onRequest}
      placement={placement}
      onPlacement={(p) => void setPlacement(p)}
    />
  );
}
