// The data controls that My requests and the options page share: export a backup, import one, and
// delete everything Policy Lens keeps (after asking). One component, so both places say the same thing
// in the same words and move the focus the same way; each place wires it to its own storage.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { backupSizeError } from '../../lib/requests/backup';
import type { Lang } from '../../lib/text/lang';
import { type DrafterStrings, drafterStrings } from './strings';

/** A message for the view's one status line. */
export interface Said {
  kind: 'info' | 'error';
  text: string;
}

const ru = {
  exportJson: 'Экспорт в JSON',
  importJson: 'Импорт из JSON',
  exported: (name: string) => `Резервная копия сохранена в файл ${name} (папка загрузок).`,
  deleteAll: 'Удалить всё, что Policy Lens хранит в этом браузере',
  deleteAllWarn:
    'Будут удалены все запросы, черновики, сроки, ваши сохранённые данные и настройки Policy Lens в этом браузере. Это нельзя отменить. Сначала можно сделать экспорт.',
  deleteAllYes: 'Да, удалить всё',
  deletedAll: 'Всё, что Policy Lens хранил в этом браузере, удалено.',
  deleteFailed: 'Удалить не удалось: хранилище браузера сообщило об ошибке. Попробуйте ещё раз.',
};

const en: typeof ru = {
  exportJson: 'Export as JSON',
  importJson: 'Import JSON',
  exported: (name) => `The backup was saved as ${name} (in your downloads).`,
  deleteAll: 'Delete everything Policy Lens keeps in this browser',
  deleteAllWarn:
    'All requests, drafts, deadlines, your saved details and Policy Lens settings in this browser will be deleted. This cannot be undone. You may export first.',
  deleteAllYes: 'Yes, delete everything',
  deletedAll: 'Everything Policy Lens kept in this browser was deleted.',
  deleteFailed: 'Could not delete: the browser’s storage reported an error. Please try again.',
};

export const backupStrings: Record<Lang, typeof ru & Pick<DrafterStrings, 'importUnchanged' | 'cancel'>> = {
  ru: { ...ru, importUnchanged: drafterStrings.ru.importUnchanged, cancel: drafterStrings.ru.cancel },
  en: { ...en, importUnchanged: drafterStrings.en.importUnchanged, cancel: drafterStrings.en.cancel },
};

export interface BackupActionsProps {
  lang: Lang;
  /** Element ids: `export`, `import` (the file input), `deleteAll` (its "yes" is `${deleteAll}-yes`). */
  ids: { export: string; import: string; deleteAll: string };
  /** The backup file's name and text; an error to show; or undefined when storage failed and says so. */
  exportBackup(): Promise<{ name: string; text: string } | { error: string } | undefined>;
  download(name: string, text: string): void;
  /** Imports a backup file's text (a refused file changes nothing); returns what to tell the user. */
  importText(text: string): Promise<Said>;
  /** Deletes every request, letter, saved detail and setting; false when storage failed. */
  deleteAll(): Promise<boolean>;
  /** Puts a message in the view's one polite status line. */
  say(message: Said): void;
  /** That status line's id: the focus goes there when the control that had it is gone. */
  statusId: string;
  /** More buttons in the same row (My requests: the calendar file). */
  children?: ComponentChildren;
}

export function BackupActions(props: BackupActionsProps) {
  const { lang, ids, say } = props;
  const t = backupStrings[lang];
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The question takes the focus when it appears; "cancel" gives it back to the button that asked;
  // "yes" removes both, so the focus goes to the status line that says what happened.
  const asked = useRef(false);
  const answered = useRef(false);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (answered.current) document.getElementById(props.statusId)?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
    answered.current = false;
  }, [confirming, props.statusId]);

  const onExport = async () => {
    const out = await props.exportBackup();
    if (!out) return;
    if ('error' in out) return say({ kind: 'error', text: out.error });
    props.download(out.name, out.text);
    say({ kind: 'info', text: t.exported(out.name) });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refuse an oversized file before reading it into memory.
    const tooBig = backupSizeError(file.size);
    if (tooBig) return say({ kind: 'error', text: `${tooBig[lang]} ${t.importUnchanged}` });
    // The focus stays on the import control (it is still there); the status line says what was done.
    // Rows may have appeared above it and pushed it out of sight: once they are laid out (rows below
    // the fold settle their size a frame later), it is scrolled back into view.
    say(await props.importText(await file.text()));
    const keepInSight = () => {
      if (document.activeElement === input) input.closest('label')?.scrollIntoView({ block: 'center' });
    };
    setTimeout(() => {
      keepInSight();
      requestAnimationFrame(() => requestAnimationFrame(keepInSight));
    }, 0);
  };

  const onDeleteAll = async () => {
    const ok = await props.deleteAll();
    say(ok ? { kind: 'info', text: t.deletedAll } : { kind: 'error', text: t.deleteFailed });
    answered.current = true;
    setConfirming(false);
  };

  return (
    <>
      <div class="buttons">
        {props.children}
        <button type="button" id={ids.export} onClick={() => void onExport()}>
          {t.exportJson}
        </button>
        <label class="button">
          {t.importJson}
          <input
            type="file"
            class="visually-hidden"
            id={ids.import}
            accept="application/json,.json"
            onChange={(e) => void onImport(e.currentTarget)}
          />
        </label>
      </div>
      {!confirming ? (
        <button
          type="button"
          class="danger"
          id={ids.deleteAll}
          ref={deleteButton}
          onClick={() => setConfirming(true)}
        >
          {t.deleteAll}
        </button>
      ) : (
        <fieldset class="confirm" aria-labelledby={`${ids.deleteAll}-warn`}>
          <p id={`${ids.deleteAll}-warn`}>{t.deleteAllWarn}</p>
          <div class="buttons">
            <button
              type="button"
              class="danger"
              id={`${ids.deleteAll}-yes`}
              onClick={() => void onDeleteAll()}
            >
              {t.deleteAllYes}
            </button>
            <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </div>
        </fieldset>
      )}
    </>
  );
}

/**
 * A view's one polite live region: always in the page (a region that appears with its text is often
 * not read), always `role="status"` (an error is styled, not made an alert), focusable so an action
 * that removed the focused control can put the focus on what it says.
 */
export function StatusLine({ id, said }: { id: string; said: Said | null }) {
  return (
    <p id={id} class={['notice', said?.kind].filter(Boolean).join(' ')} role="status" tabIndex={-1}>
      {said?.text ?? ''}
    </p>
  );
}
