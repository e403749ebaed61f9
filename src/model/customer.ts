import type { ChannelKind } from './channel.js';
import type { IdInput, IsoDateTime, Maybe } from './scalars.js';

/** A reference to the record in the host (Salesforce Contact, Zendesk User, …). */
export interface RecordRef {
  system: string;
  type: string;
  id: string;
  /** http(s) link to open the record in the host. */
  url?: string;
}

/** The ways an identity can be linked to a customer. */
export const EVIDENCE_METHODS = ['verified-login', 'matched-email', 'matched-phone', 'agent-linked', 'customer-stated', 'inferred'] as const;

/** How an identity was linked to the customer, and by whom. */
export interface IdentityEvidence {
  method: (typeof EVIDENCE_METHODS)[number];
  /** Who or what linked it: an agent id, "crm-import", "matcher". */
  source: string;
  /** ISO 8601. */
  linkedAt: string;
  /** 0..1. */
  confidence: number;
  note?: string;
}

/** A handle or address of the customer on one channel. */
export interface Identity {
  channel: ChannelKind;
  /** "@dana_k", "dana@example.com", "+44 20 7946 0018". */
  handle: string;
  /** The platform verified the account (blue tick, verified email). */
  verified: boolean;
  evidence: IdentityEvidence;
}

export type Tier = 'standard' | 'silver' | 'gold' | 'platinum' | 'vip';

/**
 * What the customer is worth to the business, as far as the host knows: every field may be absent
 * (a host without tiers leaves `tier` out rather than invent one). `currency` comes with
 * `lifetimeValue`.
 */
export interface CustomerValue {
  tier?: Tier;
  /** Lifetime value in minor units of `currency`. */
  lifetimeValue?: number;
  /** ISO 4217 code, e.g. "GBP"; present whenever `lifetimeValue` is. */
  currency?: string;
  /** Customer since, ISO 8601. */
  since?: string;
  churnRisk?: 'low' | 'medium' | 'high';
}

export interface Influence {
  followers: number;
  verified: boolean;
  /** 0..100 score of reach, when the host has one. */
  reach?: number;
}

export interface CaseSummary {
  id: string;
  subject: string;
  status: 'new' | 'open' | 'pending' | 'escalated' | 'solved' | 'closed';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  openedAt: string;
  url?: string;
}

export interface OrderSummary {
  id: string;
  product: string;
  status: 'placed' | 'shipped' | 'delivered' | 'delayed' | 'returned' | 'cancelled' | 'active';
  /** Minor units. */
  amount: number;
  currency: string;
  date: string;
}

/** A next-best offer with the reason it is suggested. */
export interface Offer {
  id: string;
  title: string;
  reason: string;
  /** 0..1 */
  score?: number;
}

export interface Consent {
  email: boolean;
  sms: boolean;
  phone: boolean;
  marketing: boolean;
  /**
   * Whether the customer takes direct messages from the brand on social platforms (their open DMs, or what
   * they told the brand); absent when nobody knows, and then a DM is offered and the platform decides.
   */
  dm?: boolean;
  /** Preferred contact route. */
  preferred?: 'email' | 'sms' | 'phone' | 'dm' | 'whatsapp';
  language?: string;
  timeZone?: string;
}

export interface CustomerNote {
  id: string;
  text: string;
  author: string;
  createdAt: string;
}

/** A record reference as a host gives it. */
export interface RecordRefInput {
  system: string;
  type: string;
  id: IdInput;
  url?: Maybe<string>;
}

/** An identity as a host gives it: `verified` defaults to false. */
export interface IdentityInput {
  channel: ChannelKind;
  handle: string;
  verified?: Maybe<boolean>;
  evidence: {
    method: IdentityEvidence['method'];
    source: string;
    linkedAt: IsoDateTime;
    confidence: number;
    note?: Maybe<string>;
  };
}

/** A customer's value as a host gives it: all optional, but `currency` is required with `lifetimeValue`. */
export interface CustomerValueInput {
  tier?: Maybe<Tier>;
  lifetimeValue?: Maybe<number>;
  currency?: Maybe<string>;
  since?: Maybe<IsoDateTime>;
  churnRisk?: Maybe<CustomerValue['churnRisk'] & string>;
}

/** A case as a host gives it: `priority` defaults to "normal". */
export interface CaseSummaryInput {
  id: IdInput;
  subject: string;
  status: CaseSummary['status'];
  priority?: Maybe<CaseSummary['priority']>;
  openedAt: IsoDateTime;
  url?: Maybe<string>;
}

/** Consent as a host gives it: a flag left out counts as no consent (false). */
export interface ConsentInput {
  email?: Maybe<boolean>;
  sms?: Maybe<boolean>;
  phone?: Maybe<boolean>;
  marketing?: Maybe<boolean>;
  /** Left out: unknown (not false). */
  dm?: Maybe<boolean>;
  preferred?: Maybe<Consent['preferred'] & string>;
  language?: Maybe<string>;
  timeZone?: Maybe<string>;
}

/**
 * A customer as a host gives it. Required: `id`, `record`, `name`. Defaulted: `identities`,
 * `openCases`, `orders`, `offers`, `notes` ([]), `value` ({}: no tier, no lifetime value), `consent`
 * (every flag false).
 */
export interface CustomerInput {
  id: IdInput;
  record: RecordRefInput;
  name: string;
  email?: Maybe<string>;
  phone?: Maybe<string>;
  avatarUrl?: Maybe<string>;
  identities?: Maybe<readonly IdentityInput[]>;
  value?: Maybe<CustomerValueInput>;
  influence?: Maybe<{ followers: number; verified: boolean; reach?: Maybe<number> }>;
  openCases?: Maybe<readonly CaseSummaryInput[]>;
  orders?: Maybe<readonly (Omit<OrderSummary, 'id'> & { id: IdInput })[]>;
  offers?: Maybe<readonly { id: IdInput; title: string; reason: string; score?: Maybe<number> }[]>;
  consent?: Maybe<ConsentInput>;
  notes?: Maybe<readonly { id: IdInput; text: string; author: string; createdAt: IsoDateTime }[]>;
  locale?: Maybe<string>;
}

/** A candidate as a host gives it. */
export interface CustomerCandidateInput {
  customer: CustomerInput;
  confidence: number;
  reason: string;
}

/** The customer as the record host knows them. */
export interface Customer {
  id: string;
  record: RecordRef;
  name: string;
  email?: string;
  phone?: string;
  /** http(s) URL. */
  avatarUrl?: string;
  identities: Identity[];
  value: CustomerValue;
  influence?: Influence;
  openCases: CaseSummary[];
  orders: OrderSummary[];
  offers: Offer[];
  consent: Consent;
  notes: CustomerNote[];
  /** Language tag, e.g. "en-GB". */
  locale?: string;
}

/** A customer who might own an identity, with how sure the directory is. */
export interface CustomerCandidate {
  customer: Customer;
  /** 0..1 */
  confidence: number;
  reason: string;
}

export interface NewCase {
  /** Makes the call idempotent: creating a case with the same `clientId` again returns the first one. */
  clientId?: string;
  customerId: string;
  conversationId?: string;
  subject: string;
  description?: string;
  priority?: CaseSummary['priority'];
}

export interface Activity {
  customerId: string;
  conversationId?: string;
  type: 'reply' | 'move-to-private' | 'note' | 'call' | 'identity-linked' | 'sentiment-override';
  summary: string;
  at: string;
}
