// Storage failures as the user reads them: a kind (quota, blocked, version, unknown) with a bilingual
// message saying what to do.

import type { Localized } from '../../text/lang';

export type StorageErrorKind = 'quota' | 'blocked' | 'version' | 'unknown';

export const storageErrorMessages: Record<StorageErrorKind, Localized> = {
  quota: {
    ru: 'Недостаточно места на диске: изменения не сохранены. Освободите место и повторите попытку.',
    en: 'Not enough disk space: the changes were not saved. Free up some space and try again.',
  },
  blocked: {
    ru: 'Хранилище занято другой вкладкой Policy Lens. Закройте другие вкладки расширения и повторите попытку.',
    en: 'The storage is held by another Policy Lens tab. Close the extension’s other tabs and try again.',
  },
  version: {
    ru: 'Данные открыты другой версией Policy Lens. Перезагрузите страницу.',
    en: 'The data is open in another version of Policy Lens. Reload the page.',
  },
  unknown: {
    ru: 'Не удалось прочитать или сохранить данные в хранилище браузера. Повторите попытку.',
    en: 'Could not read or save data in the browser’s storage. Please try again.',
  },
};

/** A storage failure, with a message to show the user. Nothing was changed when it is thrown from a write. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  readonly userMessage: Localized;

  constructor(kind: StorageErrorKind, cause?: unknown) {
    const detail = cause instanceof Error ? `: ${cause.name}: ${cause.message}` : '';
    super(`${storageErrorMessages[kind].en}${detail}`, { cause });
    this.kind = kind;
    this.userMessage = storageErrorMessages[kind];
  }
}

// Connections we closed so another tab could upgrade or delete the database.
export const closedForVersionChange = new WeakSet<object>();

export function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

/** Maps any failure to a StorageError; `db` tells whether the connection was closed for another version. */
export function toStorageError(error: unknown, db?: object): StorageError {
  if (error instanceof StorageError) return error;
  if (db && closedForVersionChange.has(db)) return new StorageError('version', error);
  switch (errorName(error)) {
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED':
      return new StorageError('quota', error);
    case 'VersionError':
      return new StorageError('version', error);
    default:
      return new StorageError('unknown', error);
  }
}
