import { useEffect, useRef } from 'preact/hooks';
import { themeSetting } from '../../lib/platform/settings';
import { displayStatus } from '../../lib/requests/request-record';
import type { Lang } from '../../policies/types';
import { Home, type HomeTarget } from './Home';
import { PrintView } from './PrintView';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';
import { Settings } from './Settings';
import type { DrafterState, View } from './state';
import { drafterStrings } from './strings';

/** The toolbar popup closes once the reading is on the page, so it does not cover the panel; a tab stays. */
function closeIfPopup() {
  if (!document.documentElement.classList.contains('in-tab')) setTimeout(() => window.close(), 600);
}

const tabs: Exclude<View, 'print'>[] = ['home', 'draft', 'list', 'settings'];

/** The drafter as a whole: the same component in the toolbar popup and in a tab. */
export function DrafterApp({ state, target }: { state: DrafterState; target?: HomeTarget }) {
  const lang = state.lang.value;
  const t = drafterStrings[lang];
  const view = state.view.value;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t.appTitle]);

  // The theme chosen in the options (none: as the system says).
  useEffect(() => {
    const apply = (theme: string) => {
      if (theme === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
    };
    void themeSetting.getValue().then(apply, () => undefined);
    return themeSetting.watch(apply);
  }, []);

  // Once loaded, the focus starts on the page's heading, not on nothing: opened from the keyboard (the
  // panel's button, the toolbar), the user hears where they are and Tab goes on into the form. Not a
  // field: on a touch screen that would open the on-screen keyboard over the form.
  const ready = state.ready.value;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ready && !document.activeElement?.matches('input, select, textarea, button'))
      headingRef.current?.focus();
  }, [ready]);

  useEffect(() => {
    // Save what was typed when the popup closes or the tab is hidden.
    const save = () => void state.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [state]);

  const error = state.storageError.value;
  // Every keystroke is saved: while a write runs, "saved" stays up rather than flickering (each
  // change of this live region would be read out).
  const save = state.saveState.value;
  const savedText = state.record.value.status === 'draft' ? t.saved : t.savedRequest;
  const saveText =
    save === 'saved' || (save === 'saving' && state.savedOnce.value)
      ? savedText
      : save === 'saving'
        ? t.saving
        : '';

  return (
    <div class="drafter" data-view={view}>
      <header class="top no-print">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.appTitle}
        </h1>
        <div class="lang">
          <label for="pl-lang">{t.language}</label>
          <select
            id="pl-lang"
            value={lang}
            onChange={(e) => void state.setLang(e.currentTarget.value as Lang)}
          >
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </div>
      </header>
      {error && (
        <div class="banner error no-print" role="alert" id="pl-storage-error">
          <strong>{t.storageTitle}: </strong>
          {error.userMessage[lang]} {t.keptText}
        </div>
      )}
      {view !== 'print' && (
        <nav class="tabs no-print" aria-label={t.appTitle}>
          {tabs.map((v) => (
            <button
              type="button"
              key={v}
              id={`pl-tab-${v}`}
              aria-current={view === v ? 'page' : undefined}
              onClick={() => {
                state.view.value = v;
                if (v === 'list') void state.refreshList();
              }}
            >
              {t.tabs[v]}
            </button>
          ))}
          {view === 'draft' && (
            <button type="button" class="new" onClick={() => void state.startNew()}>
              {t.newDraft}
            </button>
          )}
        </nav>
      )}
      <main>
        {!state.ready.value ? (
          <p class="muted">{t.loading}</p>
        ) : view === 'draft' ? (
          <>
            {/* Shown, not announced: "saved" after every keystroke would be read out each time. */}
            <p class="save-state muted" id="pl-save-state">
              {saveText}
            </p>
            <RequestForm state={state} />
          </>
        ) : view === 'home' ? (
          <Home
            lang={lang}
            target={target}
            hiddenSites={state.hiddenSites.value}
            overdue={state.requests.value.filter((r) => displayStatus(r, state.today()) === 'overdue').length}
            total={state.requestsTotal.value ?? state.requests.value.length}
            onShowPanelAgain={(id) => void state.showPanelAgain(id)}
            onWriteTyped={(url) => void state.startTyped(url)}
            onOpenList={() => {
              state.view.value = 'list';
              void state.refreshList();
            }}
            onShown={closeIfPopup}
          />
        ) : view === 'list' ? (
          <RequestList state={state} />
        ) : view === 'settings' ? (
          <Settings state={state} />
        ) : (
          <PrintView state={state} />
        )}
      </main>
    </div>
  );
}
