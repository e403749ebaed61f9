/**
 * More boundary cases: the record host's and the sentiment service's results, and failures the way
 * hosts really fail — HTTP statuses thrown or returned, and values that are not errors.
 */
import type { ContractCase, ContractFixture } from './contract.js';
import { expectAdapterError, expectEqual, expectThat, rejection } from './tools.js';
import { expectInvalid, lacks, resolved, twin } from './twin.js';

const customer = async (f: ContractFixture) => f.adapter.customers!.getCustomer(f.customerId!);
const needsCustomer = (f: ContractFixture, capability: Parameters<typeof lacks>[1]) => lacks(f, capability) ?? (f.customerId ? undefined : 'no customerId given');

const thrown = (value: unknown) => async () => {
  throw value;
};

export const hostCases: ContractCase[] = [
  {
    id: 'boundary/getCustomer',
    group: 'boundary',
    name: 'rejects a customer whose lifetime value has no currency',
    needs: (f) => needsCustomer(f, 'customers.get'),
    async run(f) {
      const real = await customer(f);
      const adapter = twin(f.adapter, { customers: { getCustomer: resolved({ ...real, value: { lifetimeValue: 12_000 } }) } });
      expectInvalid(await rejection(adapter.customers!.getCustomer(real.id), 'a value without currency'), 'value.currency', 'a value without currency');
      const bare = twin(f.adapter, { customers: { getCustomer: resolved({ id: real.id, record: real.record, name: real.name }) } });
      const defaulted = await bare.customers!.getCustomer(real.id);
      expectEqual([defaulted.value, defaulted.identities, defaulted.consent.marketing], [{}, [], false], 'a customer given only id, record and name');
    },
  },
  {
    id: 'boundary/findCandidates',
    group: 'boundary',
    name: 'rejects a candidate whose confidence is out of range',
    needs: (f) => needsCustomer(f, 'customers.findCandidates'),
    async run(f) {
      const adapter = twin(f.adapter, { customers: { findCandidates: resolved([{ customer: await customer(f), confidence: 2, reason: 'same name' }]) } });
      expectInvalid(await rejection(adapter.customers!.findCandidates!({ channel: 'x', handle: '@x' }), 'a candidate 200% sure'), '[0].confidence', 'a candidate 200% sure');
    },
  },
  {
    id: 'boundary/identities',
    group: 'boundary',
    name: 'rejects a malformed customer from linkIdentity and unlinkIdentity',
    needs: (f) => needsCustomer(f, 'customers.linkIdentity') ?? needsCustomer(f, 'customers.unlinkIdentity'),
    async run(f) {
      const junk = resolved({ ...(await customer(f)), identities: 'none' });
      const adapter = twin(f.adapter, { customers: { linkIdentity: junk, unlinkIdentity: junk } });
      const identity = { channel: 'x' as const, handle: '@x', verified: false, evidence: { method: 'inferred' as const, source: 'contract', linkedAt: new Date().toISOString(), confidence: 0.5 } };
      expectInvalid(await rejection(adapter.customers!.linkIdentity!(f.customerId!, identity), 'linkIdentity'), 'identities', 'linkIdentity');
      expectInvalid(await rejection(adapter.customers!.unlinkIdentity!(f.customerId!, identity), 'unlinkIdentity'), 'identities', 'unlinkIdentity');
    },
  },
  {
    id: 'boundary/createCase',
    group: 'boundary',
    name: 'rejects a malformed case, every bad field named',
    needs: (f) => needsCustomer(f, 'customers.createCase'),
    async run(f) {
      const adapter = twin(f.adapter, { customers: { createCase: resolved({ id: 'c-1', subject: 'Refund', status: 'lost', openedAt: 'now' }) } });
      const error = await rejection(adapter.customers!.createCase!({ customerId: f.customerId!, subject: 'Refund' }), 'a malformed case');
      expectInvalid(error, 'status', 'a malformed case');
      expectInvalid(error, 'openedAt', 'a malformed case', { first: false });
    },
  },
  {
    id: 'boundary/analyze',
    group: 'boundary',
    name: 'rejects a sentiment result that cannot be read on its scale, and a wrong number of results',
    needs: (f) => lacks(f, 'sentiment.analyze'),
    async run(f) {
      const unreadable = twin(f.adapter, { sentiment: { analyze: resolved([{ value: 'furious', scale: '5-level' }]) } });
      expectInvalid(await rejection(unreadable.sentiment!.analyze(['I am furious']), 'a label not on the scale'), '[0].value', 'a label not on the scale');
      const short = twin(f.adapter, { sentiment: { analyze: resolved([]) } });
      expectInvalid(await rejection(short.sentiment!.analyze(['a', 'b']), 'no results for two texts'), 'the result', 'no results for two texts');
    },
  },
  {
    id: 'boundary/http',
    group: 'boundary',
    name: 'maps HTTP statuses, thrown or returned, onto the typed errors, with Retry-After',
    needs: (f) => lacks(f, 'conversations.get'),
    async run(f) {
      const get = (call: () => Promise<never>) => twin(f.adapter, { conversations: { getConversation: call } }).conversations!.getConversation(f.conversationId);
      const missing = await rejection(get(thrown({ status: 404 })), 'a thrown { status: 404 }');
      expectAdapterError(missing, 'not-found', 'a thrown { status: 404 }');
      expectThat(missing.message.includes('threw {"status":404}'), `the message does not say what was thrown: ${missing.message}`);
      const busy = await rejection(get(thrown({ status: 429, headers: { 'Retry-After': '3' } })), 'a thrown 429');
      expectAdapterError(busy, 'retryable', 'a thrown 429');
      expectEqual((busy as { retryAfterMs?: number }).retryAfterMs, 3000, 'retryAfterMs of a 429 with Retry-After: 3');
      const down = await rejection(get(resolved(new Response(null, { status: 503, headers: { 'Retry-After': '1' } }))), 'a returned 503 Response');
      expectAdapterError(down, 'retryable', 'a returned 503 Response');
      expectEqual((down as { retryAfterMs?: number }).retryAfterMs, 1000, 'retryAfterMs of a returned 503');
      const refused = await rejection(get(thrown({ statusCode: 403 })), 'a thrown 403');
      expectAdapterError(refused, 'rejected', 'a thrown 403');
      expectEqual(refused.retryable, false, 'a 403 is retryable');
      const unread = await rejection(get(resolved(new Response('{}', { status: 200 }))), 'a Response returned instead of its data');
      expectInvalid(unread, 'the result', 'a Response returned instead of its data', { includes: 'response.json()' });
      const odd = await rejection(get(thrown('boom')), 'a thrown string');
      expectAdapterError(odd, 'retryable', 'a thrown string');
      expectThat(odd.message.includes('threw "boom"'), `the message does not say what was thrown: ${odd.message}`);
    },
  },
];
