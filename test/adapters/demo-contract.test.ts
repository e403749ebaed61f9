import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { runAdapterContract } from '../contract/adapter-contract.js';

runAdapterContract('demo', () => {
  const adapter = createDemoAdapter({ seed: 7, latency: 5, timeoutMs: 300, now: () => new Date() });
  const conversation = adapter.demo.listConversations().find((c) => adapter.demo.listCustomers().some((x) => x.id === c.customerId) && c.channels.some((ch) => !ch.public && ch.capabilities.canReply))!;
  const customer = adapter.demo.listCustomers().find((c) => c.id === conversation.customerId)!;
  return {
    adapter,
    conversationId: conversation.id,
    replyChannelId: conversation.channels.find((ch) => !ch.public && ch.capabilities.canReply)!.id,
    customerId: customer.id,
    identity: { channel: customer.identities[0]!.channel, handle: customer.identities[0]!.handle },
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
});
