// The ONE table of request kinds: which kinds the drafter writes, in the order the UI offers them, and
// what the UI calls each. Everything else derives from it: the `RequestKind` type (policies/types.ts
// re-exports it), the valibot picklists of policies/schema.ts and the backup, the message protocol's
// check, the request record's check, and the per-kind legal facts of request-kinds.ts (a Record over
// `RequestKind`, so the compiler rejects a missing or an extra kind there).

import type { Localized } from '../text/lang';

const table = {
  deletion: { ru: 'Удалить мои данные', en: 'Delete my data' },
  'withdraw-consent': { ru: 'Отозвать согласие', en: 'Withdraw consent' },
  access: { ru: 'Узнать, что обо мне хранят', en: 'Find out what they hold about me' },
  correction: { ru: 'Исправить мои данные', en: 'Correct my data' },
  'stop-processing': { ru: 'Прекратить обработку', en: 'Stop processing' },
  'stop-marketing': { ru: 'Прекратить рассылки', en: 'Stop marketing messages' },
} as const satisfies Record<string, Localized>;

/** The kinds of request the drafter writes. */
export type RequestKind = keyof typeof table;

/** Every kind, in the order the UI offers them. */
export const requestKinds = Object.keys(table) as readonly RequestKind[];

/** How the UI names each kind. */
export const requestKindNames: Readonly<Record<RequestKind, Localized>> = table;

export function isRequestKind(value: unknown): value is RequestKind {
  return typeof value === 'string' && Object.hasOwn(table, value);
}
