/** The contract's cases about the record host: customers, candidates, identities, cases. */
import type { Capability } from '../ports/ports.js';
import type { ContractCase, ContractFixture } from './contract.js';
import { expectAdapterError, expectEqual, expectThat, newClientId, rejection } from './tools.js';

const needs = (f: ContractFixture, capability: Capability, write = false) =>
  !f.adapter.has(capability) ? `the adapter has no ${capability}` : !f.customerId ? 'no customerId given' : write && f.write === false ? 'write: false' : undefined;

export const customerCases: ContractCase[] = [
  {
    id: 'customers/get',
    group: 'customers',
    name: 'gets a customer, and fails with not-found for an unknown one',
    needs: (f) => needs(f, 'customers.get'),
    async run(f) {
      const customer = await f.adapter.customers!.getCustomer(f.customerId!);
      expectEqual(customer.id, f.customerId, 'the customer id');
      const error = await rejection(f.adapter.customers!.getCustomer('no-such-customer-7f3a'), 'getCustomer of an unknown id');
      expectAdapterError(error, 'not-found', 'getCustomer of an unknown id (throw NotFoundError, or answer HTTP 404)');
    },
  },
  {
    id: 'customers/candidates',
    group: 'customers',
    name: 'finds the owner of a linked identity as the best candidate',
    needs: (f) => needs(f, 'customers.findCandidates') ?? (f.identity ? undefined : 'no identity given'),
    async run(f) {
      const candidates = await f.adapter.customers!.findCandidates!(f.identity!);
      expectEqual(candidates[0]?.customer.id, f.customerId, 'the best candidate');
      for (let i = 1; i < candidates.length; i += 1) {
        expectThat(candidates[i - 1]!.confidence >= candidates[i]!.confidence, `candidates are not best first: ${candidates[i - 1]!.confidence} before ${candidates[i]!.confidence}.`);
      }
    },
  },
  {
    id: 'customers/link',
    group: 'customers',
    name: 'links and unlinks an identity',
    needs: (f) => needs(f, 'customers.linkIdentity', true) ?? needs(f, 'customers.unlinkIdentity', true),
    async run(f) {
      const identity = {
        channel: 'instagram' as const,
        handle: `@${newClientId().replace(/-/g, '_')}`,
        verified: false,
        evidence: { method: 'agent-linked' as const, source: 'contract', linkedAt: new Date().toISOString(), confidence: 0.9 },
      };
      const linked = await f.adapter.customers!.linkIdentity!(f.customerId!, identity);
      expectThat(linked.identities.some((i) => i.handle === identity.handle), 'the linked identity is not among the customer’s identities.');
      const unlinked = await f.adapter.customers!.unlinkIdentity!(f.customerId!, identity);
      expectThat(!unlinked.identities.some((i) => i.handle === identity.handle), 'the unlinked identity is still among the customer’s identities.');
    },
  },
  {
    id: 'customers/case',
    group: 'customers',
    name: 'creates a case that then shows among the open cases',
    needs: (f) => needs(f, 'customers.createCase', true),
    async run(f) {
      const created = await f.adapter.customers!.createCase!({ customerId: f.customerId!, conversationId: f.conversationId, subject: 'Contract case' });
      const customer = await f.adapter.customers!.getCustomer(f.customerId!);
      expectThat(customer.openCases.some((c) => c.id === created.id), `case ${created.id} is not among the customer’s open cases.`);
    },
  },
];
