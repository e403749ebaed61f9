/** What the HTTP tests share: reference servers from the test runner's plugin, and contract fixtures. */
import { executeServerCommand } from '@web/test-runner-commands';
import { createHttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/index.js';
import type { Conversation, Customer } from '../../src/model/index.js';
import type { ContractFault, ContractFixture } from '../../src/testing/index.js';
import type { HttpFault } from '../../examples/http-server/faults.js';
import type { ReferenceApiOptions } from '../../examples/http-server/engine.js';

export interface RunningServer {
  id: string;
  /** Where the contract is served: "http://127.0.0.1:PORT/api". */
  baseUrl: string;
  /** The server's origin; the demo controls are under /demo/. */
  origin: string;
}

type ServerOptions = Omit<ReferenceApiOptions, 'now' | 'inspect'>;

export const startServer = (options: ServerOptions = {}) => executeServerCommand<RunningServer, ServerOptions>('http-server:start', options);

/** Stops a server; resolves with what broke the contract on it (empty when nothing did). */
export async function stopServer(server: RunningServer | undefined): Promise<string[]> {
  if (!server) return [];
  return (await executeServerCommand<{ violations: string[] }, { id: string }>('http-server:stop', { id: server.id })).violations;
}

/** Calls a demo control of the server (not part of the contract). */
export async function control<T = unknown>(server: Pick<RunningServer, 'origin'>, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/demo${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
  if (!response.ok) throw new Error(`${method} /demo${path}: HTTP ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const injectHttpFault = (server: Pick<RunningServer, 'origin'>, operation: string, fault: HttpFault, times = 1) => control(server, 'POST', '/faults', { operation, fault, times });

/** A conversation with a customer the directory knows and a private channel to reply on. */
export async function pickConversation(server: Pick<RunningServer, 'origin'>) {
  const [conversations, customers] = await Promise.all([control<Conversation[]>(server, 'GET', '/conversations'), control<Customer[]>(server, 'GET', '/customers')]);
  const conversation = conversations.find((c) => customers.some((x) => x.id === c.customerId) && c.channels.some((ch) => !ch.public && ch.capabilities.canReply))!;
  const customer = customers.find((c) => c.id === conversation.customerId)!;
  return { conversation, customer, replyChannelId: conversation.channels.find((ch) => !ch.public && ch.capabilities.canReply)!.id };
}

const ATTEMPTS = 2;
const FAULTS: Record<ContractFault, [HttpFault, number]> = {
  error: [{ kind: 'status', status: 503 }, ATTEMPTS],
  timeout: [{ kind: 'timeout' }, ATTEMPTS],
  junk: [{ kind: 'wrong-shape' }, 1],
  'lost-response': [{ kind: 'lost-response' }, ATTEMPTS],
};

/**
 * The HTTP adapter against a server, as a contract fixture. A fault the contract injects is queued
 * on the server before the adapter's next request goes out (the adapter's fetch waits for it), as
 * many times as the adapter tries, so the call fails as the contract expects.
 */
export async function httpContractFixture(server: RunningServer, options: Partial<HttpAdapterOptions> = {}): Promise<ContractFixture> {
  let queued: Promise<unknown> = Promise.resolve();
  const adapter = await createHttpAdapter({
    baseUrl: server.baseUrl,
    timeoutMs: 1_000,
    retry: { attempts: ATTEMPTS, baseDelayMs: 20, maxDelayMs: 50 },
    fetch: async (input, init) => {
      await queued;
      return fetch(input, init);
    },
    ...options,
  });
  const { conversation, customer, replyChannelId } = await pickConversation(server);
  return {
    adapter,
    conversationId: conversation.id,
    replyChannelId,
    customerId: customer.id,
    identity: { channel: customer.identities[0]!.channel, handle: customer.identities[0]!.handle },
    waitMs: 10_000,
    injectFault: (operation, fault) => {
      const [httpFault, times] = FAULTS[fault];
      queued = queued.then(() => injectHttpFault(server, operation, httpFault, times));
    },
    // A stream sends what happens after it connects: the contract's watcher has just subscribed.
    triggerLiveMessage: async () => {
      await adapter.streamOpen(`/conversations/${encodeURIComponent(conversation.id)}/events`);
      await control(server, 'POST', '/write', { conversationId: conversation.id, text: 'Contract: a live message' });
    },
    offerInteraction: async () => {
      await adapter.streamOpen('/interactions/events');
      return (await control<{ id: string }>(server, 'POST', '/interactions', { conversationId: conversation.id })).id;
    },
  };
}
