import { expect } from '@open-wc/testing';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const adapter = () => createDemoAdapter({ latency: 0, now: () => NOW, initialInteraction: false });

describe('demo adapter: customers for the customer 360', () => {
  it('has candidates with evidence for handles nobody has linked, best first', async () => {
    const demo = adapter();
    const bex = await demo.customers!.findCandidates!({ channel: 'x', handle: '@bexh_88' });
    expect(bex.map((c) => [c.customer.id, c.confidence])).to.deep.equal([['cust-13', 0.62], ['cust-14', 0.31]]);
    expect(bex[0]!.reason).to.include('Engineer did not attend');
    const studio = await demo.customers!.findCandidates!({ channel: 'instagram', handle: '@brennanstudio' });
    expect(studio[0]!.customer.name).to.equal('Olivia Brennan');
    expect(studio[0]!.reason).to.include('brennan-studio.example.com');
    expect(demo.demo.listConversations().filter((c) => !c.customerId).map((c) => c.id)).to.include.members(['conv-011', 'conv-034']);
  });

  it('has customers with hundreds of orders, thousands of cases, high reach and no consent to contact', () => {
    const customers = adapter().demo.listCustomers();
    expect(customers.filter((c) => c.orders.length >= 200).length).to.be.at.least(2);
    expect(customers.some((c) => c.openCases.length >= 3_000)).to.equal(true);
    expect(customers.some((c) => (c.influence?.followers ?? 0) >= 100_000 && c.influence?.verified)).to.equal(true);
    expect(customers.some((c) => !c.consent.email && !c.consent.sms && !c.consent.phone)).to.equal(true);
  });

  it('creates a case once per client id, even when the answer was lost', async () => {
    const demo = adapter();
    demo.demo.failNext('customers.createCase', 'lost-response');
    const newCase = { clientId: 'c-1', customerId: 'cust-01', conversationId: 'conv-001', subject: 'Once only' };
    const error = await demo.customers!.createCase!(newCase).catch((e: Error) => e);
    expect(String(error)).to.include('answer was lost');
    const again = await demo.customers!.createCase!(newCase);
    const third = await demo.customers!.createCase!(newCase);
    expect(third.id).to.equal(again.id);
    const customer = await demo.customers!.getCustomer('cust-01');
    expect(customer.openCases.filter((c) => c.subject === 'Once only')).to.have.length(1);
    const other = await demo.customers!.createCase!({ ...newCase, clientId: 'c-2' });
    expect(other.id).to.not.equal(again.id);
  });

  it('linking a handle gives its unowned conversations to the customer', async () => {
    const demo = adapter();
    await demo.customers!.linkIdentity!('cust-13', { channel: 'x', handle: '@bexh_88', verified: false, evidence: { method: 'agent-linked', source: 'agent-sam', linkedAt: NOW.toISOString(), confidence: 0.9 } });
    expect((await demo.conversations!.getConversation('conv-011')).customerId).to.equal('cust-13');
    expect((await demo.conversations!.getConversation('conv-034')).customerId).to.equal(undefined);
  });

  it('addresses an interaction for an unknown sender by their handle', async () => {
    const demo = adapter();
    const offered = new Promise<string>((resolve) => demo.interactions!.subscribe((event) => resolve(event.interaction.customerAddress)));
    demo.demo.offer('conv-011');
    expect(await offered).to.equal('@bexh_88');
  });
});
