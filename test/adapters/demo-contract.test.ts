import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/ports/index.js';
import { contractCases, describeAdapterContract, formatContractReport, runAdapterContract } from '../../src/testing/index.js';
import { demoContractFixture } from '../contract/adapter-contract.js';

// The contract as mocha tests: one `it` per case, a fresh demo adapter each.
describeAdapterContract('demo', demoContractFixture);

describe('runAdapterContract (no test runner)', () => {
  it('runs every case against the demo and reports each; only the sentiment port it lacks is skipped', async () => {
    const { adapter, ...options } = demoContractFixture();
    const report = await runAdapterContract(adapter, options);
    expect(report.results.map((r) => r.id)).to.deep.equal(contractCases.map((c) => c.id));
    expect(report.failed, formatContractReport(report)).to.equal(0);
    expect(report.ok).to.equal(true);
    expect(report.results.filter((r) => r.status === 'skipped').map((r) => [r.id, r.reason])).to.deep.equal([['boundary/analyze', 'the adapter has no sentiment.analyze']]);
    expect(formatContractReport(report)).to.match(/demo: \d+ passed, 0 failed, 1 skipped$/);
  });

  it('fails the cases an adapter breaks, naming what was wrong', async () => {
    const { adapter, ...options } = demoContractFixture();
    const demo = adapter.conversations!;
    // A host that pages oldest first: the boundary puts each page in order, the contract still fails it.
    const oldestFirst = createAdapter({
      name: 'oldest-first',
      conversations: {
        getConversation: (id, o) => demo.getConversation(id, o),
        loadMessages: async (id, o) => {
          const page = await demo.loadMessages(id, o);
          return { ...page, messages: [...page.messages].reverse() };
        },
      },
    });
    const report = await runAdapterContract(oldestFirst, { conversationId: options.conversationId });
    const failed = report.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.id)).to.deep.equal(['conversations/valid-pages']);
    expect(failed[0]!.error!.message).to.contain('a page was corrected: messages must be newest first, got them oldest first');
    expect(report.ok).to.equal(false);
  });
});
