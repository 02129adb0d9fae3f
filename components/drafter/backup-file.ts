// A backup's way in and out of the requests database, with what to tell the user: the one version that
// My requests (drafter) and the options page both use.
import { backupFileName, exportBackup, parseBackup } from '../../lib/requests/backup';
import { toStorageError } from '../../lib/requests/db/errors';
import type { RequestRecord } from '../../lib/requests/request-record';
import type { Lang } from '../../lib/text/lang';
import type { Said } from './BackupActions';
import { drafterStrings } from './strings';

/** The backup file of `records`: its name and text. */
export function backupFile(records: readonly RequestRecord[], now: Date): { name: string; text: string } {
  return { name: backupFileName(now), text: exportBackup(records, now) };
}

/**
 * Checks a backup file's text and hands its requests to `write` (the database's merge, in one
 * transaction: a refused file or a failed write changes nothing). Returns what to tell the user.
 */
export async function importBackupText(
  text: string,
  lang: Lang,
  write: (requests: RequestRecord[]) => Promise<{ added: number; updated: number; kept: number }>,
): Promise<Said> {
  const t = drafterStrings[lang];
  const parsed = parseBackup(text);
  if (!parsed.ok) return { kind: 'error', text: `${parsed.error[lang]} ${t.importUnchanged}` };
  try {
    const result = await write(parsed.requests);
    return { kind: 'info', text: t.imported(result.added, result.updated, result.kept) };
  } catch (error) {
    return { kind: 'error', text: `${toStorageError(error).userMessage[lang]} ${t.importUnchanged}` };
  }
}
