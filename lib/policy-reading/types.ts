// The public shape of a reading of one privacy policy (issue #13). Field names, shapes and vocabularies are
// those of ../shared/corpus/LABELS.md; everything else (checksums, evidence, attention, limits) is extra.
// Stable API: the UI builds on it. Add fields; do not rename or remove them.

export type LegalForm = 'ООО' | 'ИП' | 'АО' | 'ПАО' | 'НКО' | 'ГУ' | 'самозанятый' | 'other';

export const DATA_CATEGORIES = [
  'name',
  'phone',
  'email',
  'postal_address',
  'birth_date',
  'passport',
  'inn_snils',
  'payment',
  'bank_details',
  'ip',
  'cookies',
  'browser',
  'device',
  'location',
  'photo_video',
  'social_accounts',
  'employment',
  'education',
  'health',
  'biometric',
  'children',
  'order_history',
  'messages',
  'login_credentials',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const PURPOSES = [
  'account',
  'contract_service',
  'contact',
  'marketing',
  'analytics_improvement',
  'legal_obligation',
  'security_fraud',
  'hiring',
  'research_statistics',
  'personalisation',
  'payment_processing',
  'delivery',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const CHANNELS = ['email', 'post', 'form', 'account', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Whether an ИНН / ОГРН / ОГРНИП passes its check digit(s). A failing number is never reported as valid. */
export type Checksum = 'valid' | 'invalid';

/**
 * Where a value was read: the clause number of the paragraph it sits in (e.g. "4.2", "2.1.3"; null when the
 * text is not numbered) and the character range [start, end) of ONE sentence of the input string given to
 * readPolicy (UTF-16 offsets, as `text.slice(start, end)`). A value read from several sentences has several
 * citations, in text order.
 */
export interface Citation {
  clause: string | null;
  start: number;
  end: number;
}

export interface Operator {
  /** As written in the policy (any grammatical case), e.g. «ООО «Ромашка»», «Индивидуальным предпринимателем Шиловым …». */
  name: string | null;
  form: LegalForm | null;
  /** Digits only. Check `checksums.inn` before trusting it. */
  inn: string | null;
  /** ОГРН (13 digits) or ОГРНИП (15 digits). Check `checksums.ogrn`. */
  ogrn: string | null;
  address: string | null;
}

export interface Contacts {
  /** Addresses the policy gives for personal-data requests or for contacting the operator (lower-cased). */
  emails: string[];
  /** As written. */
  phones: string[];
  /** Postal address for requests when different from operator.address, else null. */
  postal: string | null;
}

export interface ThirdParties {
  /** true: the policy describes actual transfers; false: only "as the law requires / with consent"; null: silent. */
  shares: boolean | null;
  /** Named recipients, in the policy's own wording. */
  named: string[];
  /** Whether it says processing is entrusted to others (processors); null when silent. */
  processors: boolean | null;
}

export interface Withdrawal {
  channel: Channel[];
  /** The deadline (days) the policy promises for acting on a withdrawal / deletion request, or null. */
  deadline_days: number | null;
}

export interface Evidence {
  operator: { name: Citation[]; form: Citation[]; inn: Citation[]; ogrn: Citation[]; address: Citation[] };
  contacts: { emails: Record<string, Citation[]>; phones: Record<string, Citation[]>; postal: Citation[] };
  site: Citation[];
  data: Partial<Record<DataCategory, Citation[]>>;
  purposes: Partial<Record<Purpose, Citation[]>>;
  third_parties: { shares: Citation[]; named: Record<string, Citation[]>; processors: Citation[] };
  cross_border: Citation[];
  retention: Citation[];
  withdrawal: { channel: Partial<Record<Channel, Citation[]>>; deadline_days: Citation[] };
  cookies: Citation[];
  analytics: Record<string, Citation[]>;
}

export type AttentionKind =
  /** No retention period is stated (citations: none, or the retention/term sentences that give no period). */
  | 'no_retention'
  /** Consent is taken from mere use of the site. */
  | 'consent_by_use'
  /** The policy says data is transferred abroad. */
  | 'cross_border'
  /** No e-mail, postal address, form or phone is given for requests. */
  | 'no_request_address'
  /** No operator is named. */
  | 'no_operator'
  /** An ИНН / ОГРН / ОГРНИП of the operator fails its checksum (detail: which number). */
  | 'invalid_operator_number';

export interface Attention {
  kind: AttentionKind;
  /** Where the policy says it; empty for points about what the policy does NOT say. */
  citations: Citation[];
  /** e.g. the failing number for invalid_operator_number. */
  detail?: string;
}

export interface PolicyReading {
  /** false when the text does not read as a privacy policy; the other fields are then empty. */
  isPolicy: boolean;
  /** Why it is not a policy (present only when isPolicy is false). */
  notPolicyReason?: string;
  /** Main language of the text as read. */
  language: 'ru' | 'en' | 'other';
  /** How much of the input was read: the reader reads at most `limit` characters and says so. */
  read: { chars: number; limit: number; truncated: boolean };

  operator: Operator;
  contacts: Contacts;
  /** The site's domain(s) the policy names, comma-separated as in LABELS.md, or null. */
  site: string | null;
  data: DataCategory[];
  purposes: Purpose[];
  third_parties: ThirdParties;
  /** true/false only when said outright; null for conditional wording or silence. */
  cross_border: boolean | null;
  /** The retention period as written (short quote), or null when none is stated. */
  retention: string | null;
  withdrawal: Withdrawal;
  cookies: boolean | null;
  /** Standard service names: Яндекс.Метрика, Google Analytics, … */
  analytics: string[];

  checksums: { inn: Checksum | null; ogrn: Checksum | null };
  /** Present only if the reader failed part-way (a bug); the fields hold what was read before. */
  error?: string;
  evidence: Evidence;
  attention: Attention[];
}

export interface ReadOptions {
  /** The page the text came from; its host helps name the site and the operator's own e-mails. */
  url?: string;
}
