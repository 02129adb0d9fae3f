import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '../../components/panel/Panel';
import type { ClauseId, Lang, RequestKind, SitePolicy } from '../../policies/types';
import { isPlainEmail, type Message } from '../../utils/messages';
import { browserLang, hiddenSitesSetting, languageSetting, panelOpenSetting } from '../../utils/settings';

interface Props {
  policy: SitePolicy;
  initialLang: Lang | null;
  initialOpen: boolean;
  onHidden(): void;
}

/** Addresses the site itself shows in mailto links: offered to the drafter as "found on the page". */
export function pageContacts(doc: Document): string[] {
  const found = new Set<string>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i]')) {
    const address = decodeURIComponent(a.href.slice('mailto:'.length).split('?')[0] ?? '').trim();
    if (isPlainEmail(address)) found.add(address.toLowerCase());
    if (found.size >= 5) break;
  }
  return [...found];
}

/** Wires the panel to extension storage and messaging. */
export function App({ policy, initialLang, initialOpen, onHidden }: Props) {
  const [chosenLang, setChosenLang] = useState<Lang | null>(initialLang);
  const [open, setOpen] = useState(initialOpen);
  const lang = chosenLang ?? browserLang(browser.i18n.getUILanguage());

  useEffect(() => {
    const unwatchLang = languageSetting.watch((v) => setChosenLang(v));
    const unwatchOpen = panelOpenSetting.watch((v) => setOpen(v));
    return () => {
      unwatchLang();
      unwatchOpen();
    };
  }, []);

  const onRequest = async (kind: RequestKind, clauses: ClauseId[]) => {
    const message: Message = {
      type: 'open-drafter',
      intent: {
        policyId: policy.id,
        kind,
        clauses,
        pageContacts: pageContacts(document),
        pageUrl: `${location.origin}${location.pathname}`,
      },
    };
    try {
      return (await browser.runtime.sendMessage(message)) === true;
    } catch {
      return false;
    }
  };

  return (
    <Panel
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
        await hiddenSitesSetting.setValue([...new Set([...hidden, policy.id])]);
        void panelOpenSetting.setValue(false);
        onHidden();
      }}
      onRequest={onRequest}
    />
  );
}
