import type { ChannelKind } from './channel.js';

/** A reference to the record in the host (Salesforce Contact, Zendesk User, …). */
export interface RecordRef {
  system: string;
  type: string;
  id: string;
  /** http(s) link to open the record in the host. */
  url?: string;
}

/** How an identity was linked to the customer, and by whom. */
export interface IdentityEvidence {
  method: 'verified-login' | 'matched-email' | 'matched-phone' | 'agent-linked' | 'customer-stated' | 'inferred';
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

export interface CustomerValue {
  tier: Tier;
  /** Lifetime value in minor units of `currency`. */
  lifetimeValue: number;
  currency: string;
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
