/** Validators of the customer side of the model: customers, identities, cases, candidates. */
import { CHANNEL_KINDS, type CaseSummary, type Customer, type CustomerCandidate, type CustomerValue } from '../model/index.js';
import { arrayOf, boolean, id, isoDate, object, oneOf, optional, range, string, withDefault, type Check } from './schema.js';
import { identityEvidence } from './validate-evidence.js';
import { count, money } from './validate-numbers.js';

const empty = <T>(): T[] => [];

const identity = object({
  channel: oneOf(CHANNEL_KINDS),
  handle: string,
  verified: withDefault(boolean, () => false),
  evidence: identityEvidence,
});

export const caseSummary: Check<CaseSummary> = object({
  id: id,
  subject: string,
  status: oneOf(['new', 'open', 'pending', 'escalated', 'solved', 'closed'] as const),
  priority: withDefault(oneOf(['low', 'normal', 'high', 'urgent'] as const), () => 'normal' as const),
  openedAt: isoDate,
  url: optional(string),
});
/** @deprecated The same as `caseSummary`. */
export const caseSummaryCheck = caseSummary;

const valueFields = object({
  tier: optional(oneOf(['standard', 'silver', 'gold', 'platinum', 'vip'] as const)),
  lifetimeValue: optional(money),
  currency: optional(string),
  since: optional(isoDate),
  churnRisk: optional(oneOf(['low', 'medium', 'high'] as const)),
});

/** What a customer is worth; every field optional, but a `lifetimeValue` needs its `currency`. */
const customerValue: Check<CustomerValue> = (value, scope) => {
  if (value === undefined || value === null) return {};
  const parsed = valueFields(value, scope);
  if (parsed && parsed.lifetimeValue !== undefined && parsed.currency === undefined) {
    scope.enter('currency');
    scope.fail('must be an ISO 4217 currency code such as "GBP" when lifetimeValue is given', (value as { currency?: unknown }).currency);
    scope.leave();
  }
  return parsed;
};

const flag = withDefault(boolean, () => false);

export const customer: Check<Customer> = object({
  id: id,
  record: object({ system: string, type: string, id: id, url: optional(string) }),
  name: string,
  email: optional(string),
  phone: optional(string),
  avatarUrl: optional(string),
  identities: withDefault(arrayOf(identity), empty),
  value: customerValue,
  influence: optional(object({ followers: count, verified: boolean, reach: optional(range(0, 100)) })),
  openCases: withDefault(arrayOf(caseSummary), empty),
  orders: withDefault(
    arrayOf(
      object({
        id: id,
        product: string,
        status: oneOf(['placed', 'shipped', 'delivered', 'delayed', 'returned', 'cancelled', 'active'] as const),
        amount: money,
        currency: string,
        date: isoDate,
      }),
    ),
    empty,
  ),
  offers: withDefault(arrayOf(object({ id: id, title: string, reason: string, score: optional(range(0, 1)) })), empty),
  consent: withDefault(
    object({
      email: flag,
      sms: flag,
      phone: flag,
      marketing: flag,
      dm: optional(boolean),
      preferred: optional(oneOf(['email', 'sms', 'phone', 'dm', 'whatsapp'] as const)),
      language: optional(string),
      timeZone: optional(string),
    }),
    () => ({ email: false, sms: false, phone: false, marketing: false }),
  ),
  notes: withDefault(arrayOf(object({ id: id, text: string, author: string, createdAt: isoDate })), empty),
  locale: optional(string),
});

export const customerCandidates: Check<CustomerCandidate[]> = arrayOf(object({ customer, confidence: range(0, 1), reason: string }));
