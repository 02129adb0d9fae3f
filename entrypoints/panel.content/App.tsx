import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '../../components/panel/Panel';
import type { SiteEntry } from '../../policies/sites';
import type { ClauseId, Lang, RequestKind, SitePolicy } from '../../policies/types';
import { isPlainEmail, type Message } from '../../utils/messages';
import { browserLang, hiddenSitesSetting, languageSetting, panelOpenSetting } from '../../utils/settings';

interface Props {
  site: SiteEntry;
  initialLang: Lang | null;
  initialOpen: boolean;
  onHidden(): void;
}

/** Addresses the site itself shows in mailto links: offered to the drafter as "found on the page". */
export function pageContacts(doc: Document): string[] {
  const found = new Set<string>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i]')) {
    let address = '';
    try {
      address = decodeURIComponent(a.href.slice('mailto:'.length).split('?')[0] ?? '').trim();
    } catch {
      continue; // a malformed %-escape on the page
    }
    if (isPlainEmail(address)) found.add(address.toLowerCase());
    if (found.size >= 5) break;
  }
  return [...found];
}

async function send<T>(message: Message): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

/** Wires the panel to extension storage and messaging. */
export function App({ site, initialLang, initialOpen, onHidden }: Props) {
  const [chosenLang, setChosenLang] = useState<Lang | null>(initialLang);
  const [open, setOpen] = useState(initialOpen);
  const [policy, setPolicy] = useState<SitePolicy | null | undefined>(undefined);
  const lang = chosenLang ?? browserLang(browser.i18n.getUILanguage());

  useEffect(() => {
    const unwatchLang = languageSetting.watch((v) => setChosenLang(v));
    const unwatchOpen = panelOpenSetting.watch((v) => setOpen(v));
    return () => {
      unwatchLang();
      unwatchOpen();
    };
  }, []);

  // The policy is loaded from the background the first time the panel opens.
  useEffect(() => {
    if (!open || policy) return;
    send<SitePolicy | null>({ type: 'get-policy', policyId: site.id })
      .then((p) => setPolicy(p ?? null))
      .catch(() => setPolicy(null));
  }, [open, policy, site.id]);

  const onRequest = async (kind: RequestKind, clauses: ClauseId[]) => {
    try {
      const opened = await send<boolean>({
        type: 'open-drafter',
        intent: {
          policyId: site.id,
          kind,
          clauses,
          pageContacts: pageContacts(document),
          pageUrl: `${location.origin}${location.pathname}`,
        },
      });
      return opened === true;
    } catch {
      return false;
    }
  };

  return (
    <Panel
      siteName={site.name}
      policy={policy}
      lang={lang}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        void panelOpenSetting.setValue(next);
      }}
      onLang={(l) => {
        setChosenLang(l);
        void languageSetting.setValue(l);
      }}
      onHide={async () => {
        const hidden = await hiddenSitesSetting.getValue();
        await hiddenSitesSetting.setValue([...new Set([...hidden, site.id])]);
        void panelOpenSetting.setValue(false);
        onHidden();
      }}
      onRequest={onRequest}
    />
  );
}
