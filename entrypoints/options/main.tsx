import { render } from 'preact';
import { browser } from 'wxt/browser';
import { backupFile, importBackupText } from '../../components/drafter/backup-file';
import { downloadText } from '../../components/drafter/files';
import { Options, type OptionsData } from '../../components/options/Options';
import '../../components/theme.css';
import '../../components/drafter/drafter.css';
import '../../components/options/options.css';
import { localKeys, panelCommand } from '../../lib/platform/storage-keys';
import { toStorageError } from '../../lib/requests/db/errors';
import type { RequestsDb } from '../../lib/requests/db/schema';
import {
  closeRequestsDb,
  deleteAllData,
  importBackup,
  listRequestsWithLetters,
  openRequestsDb,
} from '../../lib/requests/db/store';

async function withDb<T>(use: (db: RequestsDb) => Promise<T>): Promise<T> {
  const db = await openRequestsDb(indexedDB);
  try {
    return await use(db);
  } finally {
    closeRequestsDb(db);
  }
}

/** Tells the background the requests changed, so it reschedules the reminders and recounts the badge. */
const requestsChanged = () => browser.storage.local.set({ [localKeys.requestsChangedAt]: Date.now() });

const data: OptionsData = {
  async exportBackup(lang) {
    try {
      return backupFile(await withDb(listRequestsWithLetters), new Date());
    } catch (error) {
      return { error: toStorageError(error).userMessage[lang] };
    }
  },
  importBackup: (text, lang) =>
    importBackupText(text, lang, async (records) => {
      const result = await withDb((db) => importBackup(db, records, 'merge'));
      await requestsChanged();
      return result;
    }),
  async deleteEverything() {
    try {
      // Requests, letters and saved details (IndexedDB), then every setting and note in extension storage.
      await withDb(deleteAllData);
      await browser.storage.local.clear();
      await browser.storage.session?.clear().catch(() => undefined);
      await requestsChanged();
      return true;
    } catch {
      return false;
    }
  },
  async shortcut() {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === panelCommand)?.shortcut ?? '';
  },
  download: (name, text) => downloadText(name, text, 'application/json;charset=utf-8'),
};

render(<Options data={data} />, document.getElementById('app')!);
