// The reader of any Russian privacy policy (issue #13): pure code, no browser, no DOM.
// Load it only where a reading is asked for (it is not part of the expert.plus content script).

export { READ_LIMIT, readPolicy } from './read';
export type {
  Attention,
  AttentionKind,
  Channel,
  Checksum,
  Citation,
  Contacts,
  DataCategory,
  Evidence,
  LegalForm,
  Operator,
  PolicyReading,
  Purpose,
  ReadOptions,
  ThirdParties,
  Withdrawal,
} from './types';
export { CHANNELS, DATA_CATEGORIES, PURPOSES } from './types';
