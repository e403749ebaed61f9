/**
 * The adapter contract itself lives in `src/testing/` and ships as `screenpop/testing`. This module
 * holds what the repository's own runs of it share: the demo adapter as a contract fixture.
 */
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { ContractFixture } from '../../src/testing/index.js';

/** A fresh demo adapter (fast latency, short timeout) and a conversation it can reply in. */
export function demoContractFixture(): ContractFixture {
  const adapter = createDemoAdapter({ seed: 7, latency: 5, timeoutMs: 300, now: () => new Date() });
  const customers = adapter.demo.listCustomers();
  const conversation = adapter.demo
    .listConversations()
    .find((c) => customers.some((x) => x.id === c.customerId) && c.channels.some((ch) => !ch.public && ch.capabilities.canReply))!;
  const customer = customers.find((c) => c.id === conversation.customerId)!;
  return {
    adapter,
    conversationId: conversation.id,
    replyChannelId: conversation.channels.find((ch) => !ch.public && ch.capabilities.canReply)!.id,
    customerId: customer.id,
    identity: { channel: customer.identities[0]!.channel, handle: customer.identities[0]!.handle },
    waitMs: 20_000,
    injectFault: (operation, fault) => adapter.demo.failNext(operation, fault),
    triggerLiveMessage: () => {
      for (let i = 0; i < 200; i += 1) {
        const step = adapter.demo.tick();
        if (step.kind === 'message' && step.message.conversationId === conversation.id) return;
      }
      throw new Error('The live stream never wrote in the watched conversation.');
    },
    offerInteraction: () => adapter.demo.offer(conversation.id),
    dispose: () => adapter.demo.stopLive(),
  };
}
