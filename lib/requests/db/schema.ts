// The shape of the requests database: its object stores (names in lib/platform/storage-keys.ts), their
// keys and indexes, and the record of version 1 that migrations.ts upgrades from.

import type { DBSchema, IDBPDatabase } from 'idb';
import type { RequestKind } from '../../law/kinds';
import type { KeptReading } from '../../site-reading/messages';
import type { Person } from '../person';
import type { ListedRequest, RequestStatus, SentLetter } from '../request-record';

/** The current schema (v6: v4 with the day of receipt on sent requests (v5) and the 'readings' store (v6)). */
export interface RequestsDbSchema extends DBSchema {
  requests: {
    key: string;
    value: ListedRequest;
    /** [status, updatedAt]: each status's requests, most recently changed last. */
    indexes: { 'by-status-updated': [RequestStatus, string] };
  };
  /** The letter of each sent request, under the request's id. */
  letters: { key: string; value: SentLetter };
  meta: { key: string; value: unknown };
  /** v6: the automatic reading a request was made from (issue #18), under the request's id. */
  readings: { key: string; value: KeptReading };
}

export type RequestsDb = IDBPDatabase<RequestsDbSchema>;

/** Values kept in the 'meta' store, by key. */
export interface MetaEntries {
  /** ISO datetime of the last export, to remind the user to keep a backup. */
  lastExport: string;
  /** The user's own details from their last sent request, offered for the next one (never leaves the
   *  device; the drafter has a button that forgets them). */
  myDetails: MyDetails;
}

/** What the drafter offers to fill in again: who the user is on the site, nothing about a document. */
export interface MyDetails {
  fullName: string;
  email: string;
  phone?: string;
  login?: string;
  replyEmail?: string;
}

/**
 * A request as schema v1 stored it: one `deadline` (the answer's, YYYY-MM-DD) instead of the list
 * of deadlines, and whether it was approximate in a separate flag. Kept for the v1 → v2 migration.
 */
export interface RequestRecordV1 {
  id: string;
  policyId: string;
  kind: RequestKind;
  person: Person;
  status: RequestStatus;
  reference: string;
  createdAt: string;
  updatedAt: string;
  sentOn?: string;
  answeredOn?: string;
  doneOn?: string;
  deadline?: string;
  deadlineApproximate?: boolean;
  notes?: string;
  letter?: SentLetter;
}
