/**
 * Contract fixtures: what `screenpop/testing` needs to know about an adapter to check it. One for
 * the REST example (over its pretend back end) and one for the built-in demo adapter. Used by
 * run-contract.ts (Node, in CI against the packed package) and by the repository's browser tests.
 */
import { createDemoAdapter } from 'screenpop/adapters/demo';
import type { ContractFixture } from 'screenpop/testing';
import { createRestAdapter } from './adapter.js';
import { createRestBackend, type RestBackend } from './backend.js';

/** Where each operation's fault lands in the back end's API (the end of the request path). */
const PATHS: Record<string, string> = {
  'conversations.getConversation': '/T-1001',
  'conversations.loadMessages': '/messages',
  'conversations.send': '/messages',
};

/**
 * The REST example over a back end: by default one in memory reached through its own `fetch`;
 * pass a backend and a base URL to go through the real `fetch` (a service worker answering).
 */
export function restContractFixture(options: { backend?: RestBackend; baseUrl?: string } = {}): ContractFixture {
  const backend = options.backend ?? createRestBackend();
  const adapter = createRestAdapter({
    baseUrl: options.baseUrl ?? 'http://rest.example/api',
    ...(options.baseUrl ? {} : { fetch: backend.fetch }),
    pollMs: 20,
    timeoutMs: 1_000,
  });
  return {
    adapter,
    conversationId: 'T-1001',
    replyChannelId: 'tw-dm',
    customerId: '501',
    injectFault: (operation, fault) => backend.failNext(PATHS[operation] ?? operation, fault),
    triggerLiveMessage: () => void backend.customerWrites('T-1001', 'Still dropping, every evening.'),
  };
}

/** The built-in demo adapter, with fast answers, a short timeout and its fault injection. */
export function demoContractFixture(): ContractFixture {
  const adapter = createDemoAdapter({ seed: 7, latency: 5, timeoutMs: 300 });
  const customers = adapter.demo.listCustomers();
  const conversation = adapter.demo
    .listConversations()
    .find((c) => customers.some((x) => x.id === c.customerId) && c.channels.some((ch) => !ch.public && ch.capabilities.canReply));
  const customer = customers.find((c) => c.id === conversation?.customerId);
  const identity = customer?.identities[0];
  const reply = conversation?.channels.find((ch) => !ch.public && ch.capabilities.canReply);
  if (!conversation || !customer || !identity || !reply) throw new Error('The demo data has no conversation to run the contract on.');
  return {
    adapter,
    conversationId: conversation.id,
    replyChannelId: reply.id,
    customerId: customer.id,
    identity: { channel: identity.channel, handle: identity.handle },
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
