import { useEffect, useState } from 'preact/hooks';
import {
  autoOpenSetting,
  browserUiLang,
  hiddenSitesSetting,
  languageSetting,
  launcherPlacesSetting,
  launcherSideSetting,
  type Reminders,
  remindersSetting,
  type Setting,
  type Side,
  type Theme,
  themeSetting,
} from '../../lib/platform/settings';
import type { Lang } from '../../lib/text/lang';
import { policies } from '../../policies';
import { BackupActions, type Said, StatusLine } from '../drafter/BackupActions';
import { optionsStrings } from './strings';

/** What the options page does with the stored requests: wired by the entrypoint. */
export interface OptionsData {
  /** The backup's file name and text, or a message saying why there is none. */
  exportBackup(lang: Lang): Promise<{ name: string; text: string } | { error: string }>;
  /** Imports a backup file's text; returns what to tell the user. */
  importBackup(text: string, lang: Lang): Promise<Said>;
  /** Deletes every request, letter, saved detail and setting; false when storage failed. */
  deleteEverything(): Promise<boolean>;
  /** The shortcut that opens the panel as the browser shows it ('' when none is set). */
  shortcut(): Promise<string>;
  download(name: string, text: string): void;
}

/** A setting's value, kept in step with storage (changed here, in the panel or in another tab). */
function useSetting<T>(setting: Setting<T>, fallback: T): [T, (v: T) => void, boolean] {
  const [value, setValue] = useState<T>(fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void setting.getValue().then((v) => {
      setValue(v);
      setLoaded(true);
    });
    return setting.watch(setValue);
  }, [setting]);
  return [
    value,
    (v: T) => {
      setValue(v);
      void setting.setValue(v);
    },
    loaded,
  ];
}

const hours = Array.from({ length: 15 }, (_, i) => i + 7);

export function Options({ data }: { data: OptionsData }) {
  const [chosenLang, setLang, langLoaded] = useSetting<Lang | null>(languageSetting, null);
  const [theme, setTheme] = useSetting<Theme>(themeSetting, 'auto');
  const [side, setSide] = useSetting<Side>(launcherSideSetting, 'right');
  const [autoOpen, setAutoOpen] = useSetting(autoOpenSetting, false);
  const [hidden, setHidden] = useSetting<string[]>(hiddenSitesSetting, []);
  const [reminders, setReminders] = useSetting<Reminders>(remindersSetting, { on: true, hour: 9 });
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Said | null>(null);
  const lang = chosenLang ?? browserUiLang();
  const t = optionsStrings[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t.title]);
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    void data.shortcut().then(setShortcut, () => setShortcut(''));
  }, [data]);
  const say = (kind: 'info' | 'error', text: string) => setStatus({ kind, text });

  return (
    <main class="options" hidden={!langLoaded}>
      <h1>{t.title}</h1>
      <p class="hint">{t.intro}</p>

      <section aria-labelledby="pl-o-look">
        <h2 id="pl-o-look">{t.appearance}</h2>
        <div class="field">
          <label for="pl-o-lang">{t.language}</label>
          <select
            id="pl-o-lang"
            value={chosenLang ?? ''}
            onChange={(e) => setLang((e.currentTarget.value || null) as Lang | null)}
          >
            <option value="">{t.languageAuto}</option>
            <option value="ru" lang="ru">
              Русский
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <fieldset>
          <legend>{t.theme}</legend>
          {(['auto', 'light', 'dark'] as const).map((v) => (
            <div class="choice" key={v}>
              <input
                type="radio"
                name="pl-o-theme"
                id={`pl-o-theme-${v}`}
                checked={theme === v}
                onChange={() => setTheme(v)}
              />
              <label for={`pl-o-theme-${v}`}>{t.themes[v]}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="pl-o-panel">
        <h2 id="pl-o-panel">{t.panel}</h2>
        <fieldset>
          <legend>{t.launcherSide}</legend>
          {(['right', 'left'] as const).map((v) => (
            <div class="choice" key={v}>
              <input
                type="radio"
                name="pl-o-side"
                id={`pl-o-side-${v}`}
                checked={side === v}
                aria-describedby="pl-o-side-hint"
                onChange={() => setSide(v)}
              />
              <label for={`pl-o-side-${v}`}>{t.sides[v]}</label>
            </div>
          ))}
          <p class="hint" id="pl-o-side-hint">
            {t.launcherSideHint}
          </p>
          <button
            type="button"
            id="pl-o-forget-places"
            onClick={async () => {
              await launcherPlacesSetting.setValue({});
              say('info', t.placesForgotten);
            }}
          >
            {t.forgetPlaces}
          </button>
        </fieldset>
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id="pl-o-autoopen"
            checked={autoOpen}
            aria-checked={autoOpen}
            aria-describedby="pl-o-autoopen-hint"
            onChange={(e) => setAutoOpen(e.currentTarget.checked)}
          />
          <label for="pl-o-autoopen">{t.autoOpen}</label>
          <p class="hint" id="pl-o-autoopen-hint">
            {t.autoOpenHint}
          </p>
        </div>
        {shortcut !== undefined && (
          <p id="pl-o-shortcut">
            {shortcut ? t.shortcut(shortcut) : t.shortcutNone} <span class="hint">{t.shortcutHint}</span>
          </p>
        )}
      </section>

      <section aria-labelledby="pl-o-sites">
        <h2 id="pl-o-sites">{t.sites}</h2>
        {policies.map((p) => (
          <div class="switch" key={p.id}>
            <input
              type="checkbox"
              role="switch"
              id={`pl-o-site-${p.id}`}
              data-site={p.id}
              checked={!hidden.includes(p.id)}
              aria-checked={!hidden.includes(p.id)}
              onChange={(e) =>
                setHidden(
                  e.currentTarget.checked
                    ? hidden.filter((id) => id !== p.id)
                    : [...new Set([...hidden, p.id])],
                )
              }
            />
            <label for={`pl-o-site-${p.id}`}>{t.showOn(p.site.name)}</label>
          </div>
        ))}
      </section>

      <section aria-labelledby="pl-o-reminders">
        <h2 id="pl-o-reminders">{t.reminders}</h2>
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id="pl-o-reminders-on"
            checked={reminders.on}
            aria-checked={reminders.on}
            onChange={(e) => setReminders({ ...reminders, on: e.currentTarget.checked })}
          />
          <label for="pl-o-reminders-on">{t.remindersOn}</label>
        </div>
        <div class="field">
          <label for="pl-o-hour">{t.reminderHour}</label>
          <select
            id="pl-o-hour"
            disabled={!reminders.on}
            value={String(reminders.hour)}
            onChange={(e) => setReminders({ ...reminders, hour: Number(e.currentTarget.value) })}
          >
            {hours.map((h) => (
              <option key={h} value={String(h)}>
                {`${String(h).padStart(2, '0')}:00`}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="pl-o-data">
        <h2 id="pl-o-data">{t.data}</h2>
        <BackupActions
          lang={lang}
          ids={{ export: 'pl-o-export', import: 'pl-o-import', deleteAll: 'pl-o-delete-everything' }}
          exportBackup={() => data.exportBackup(lang)}
          download={data.download}
          importText={(text) => data.importBackup(text, lang)}
          deleteAll={data.deleteEverything}
          say={setStatus}
          statusId="pl-o-status"
        />
      </section>
      {/* One polite live region for the whole page; focusable so an action that removed the focused
          control can put the focus on what it says. */}
      <StatusLine id="pl-o-status" said={status} />
    </main>
  );
}
