/* How the built-in customer records are written: compact specs, built relative to the clock. */
import type { CaseSummary, ChannelKind, Consent, Customer, CustomerValue, Identity, IdentityEvidence, OrderSummary } from '../../../model/index.js';
import { PEOPLE, type Person, type PersonKey } from './people.js';
import type { Clock } from './time.js';

export const CRM = 'https://northwind.example.com/crm';

export type Evidence = [method: IdentityEvidence['method'], source: string, daysAgo: number, confidence: number, note?: string];
export type IdentitySpec = [channel: ChannelKind, handle: string, verified: boolean, evidence: Evidence];
export type CaseSpec = [id: string, subject: string, status: CaseSummary['status'], priority: CaseSummary['priority'], daysAgo: number];
export type OrderSpec = [id: string, product: string, status: OrderSummary['status'], amountPence: number, daysAgo: number];
export type OfferSpec = [id: string, title: string, reason: string, score: number];
export type NoteSpec = [text: string, author: string, daysAgo: number];

export interface CustomerSpec {
  sfId: string;
  locale: string;
  value: [tier: CustomerValue['tier'], lifetimePence: number, sinceDays: number, churnRisk: NonNullable<CustomerValue['churnRisk']>];
  followers?: [followers: number, verified: boolean, reach: number];
  /** Social handles and other identities beyond the email and phone on file. */
  identities: IdentitySpec[];
  cases?: CaseSpec[];
  orders?: OrderSpec[];
  offers?: OfferSpec[];
  consent: Omit<Consent, 'language'>;
  notes?: NoteSpec[];
}

/** Builds a customer record; email and phone identities come from the CRM import. */
export function build(t: Clock, key: PersonKey, spec: CustomerSpec): Customer {
  const person: Person = PEOPLE[key];
  const [tier, lifetimeValue, sinceDays, churnRisk] = spec.value;
  const since = t.daysAgo(sinceDays);
  const identity = ([channel, handle, verified, [method, source, days, confidence, note]]: IdentitySpec): Identity => ({
    channel,
    handle,
    verified,
    evidence: { method, source, linkedAt: t.daysAgo(days), confidence, ...(note ? { note } : {}) },
  });
  return {
    id: person.id,
    record: { system: 'salesforce', type: 'Contact', id: spec.sfId, url: `${CRM}/Contact/${spec.sfId}` },
    name: person.name,
    email: person.email,
    phone: person.phone,
    avatarUrl: `https://picsum.photos/seed/${person.id}/96/96`,
    identities: [
      identity(['email', person.email, true, ['matched-email', 'crm-import', sinceDays, 1]]),
      identity(['voice', person.phone, true, ['matched-phone', 'crm-import', sinceDays, 0.95]]),
      ...spec.identities.map(identity),
    ],
    value: { tier, lifetimeValue, currency: 'GBP', since, churnRisk },
    ...(spec.followers ? { influence: { followers: spec.followers[0], verified: spec.followers[1], reach: spec.followers[2] } } : {}),
    openCases: (spec.cases ?? []).map(([id, subject, status, priority, days]) => ({ id, subject, status, priority, openedAt: t.daysAgo(days), url: `${CRM}/Case/${id}` })),
    orders: (spec.orders ?? []).map(([id, product, status, amount, days]) => ({ id, product, status, amount, currency: 'GBP', date: t.daysAgo(days) })),
    offers: (spec.offers ?? []).map(([id, title, reason, score]) => ({ id, title, reason, score })),
    consent: { ...spec.consent, language: spec.locale },
    notes: (spec.notes ?? []).map(([text, author, days], i) => ({ id: `note-${person.id}-${i + 1}`, text, author, createdAt: t.daysAgo(days) })),
    locale: spec.locale,
  };
}
