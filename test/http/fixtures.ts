/** What the HTTP tests share: reference servers from the test runner's plugin, and contract fixtures. */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import type { Adapter } from '../../src/ports/ports.js';
import { createHttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/index.js';
import type { Conversation, Customer, Message } from '../../src/model/index.js';
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

/** Starts a reference server once the runner has compiled it (which may take longer than one command may). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  // Each ask answers within 5 s, ready or not; it throws when the compile failed.
  for (let asked = 0; !(await executeServerCommand<{ ready: boolean }, undefined>('http-server:ready'))?.ready; asked += 1) {
    if (asked >= 24) throw new Error('The reference server did not compile within two minutes.');
  }
  return executeServerCommand<RunningServer, ServerOptions>('http-server:start', options);
}

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

/** `<cx-conversation-thread>` on an adapter, in a box big enough to render messages. */
export async function mountThread(adapter: Adapter, conversationId: string): Promise<CxConversationThread> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 520px; width: 720px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${conversationId}></cx-conversation-thread>
  </div>`);
  return wrapper.querySelector('cx-conversation-thread')!;
}

/** The thread's error block and its Retry button, when it shows one. */
export const threadError = (thread: CxConversationThread) => thread.shadowRoot?.querySelector<HTMLElement>('[part~="error"]') ?? null;
export const threadRetry = (thread: CxConversationThread) => threadError(thread)?.querySelector<HTMLButtonElement>('button') ?? null;

/** Every message of a conversation as the server holds it, oldest first (through the contract, 1000 a page). */
export async function serverMessages(server: RunningServer, conversationId: string, headers: Record<string, string> = {}): Promise<Message[]> {
  const out: Message[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL(`${server.baseUrl}/conversations/${encodeURIComponent(conversationId)}/messages`);
    url.searchParams.set('limit', '1000');
    if (cursor) url.searchParams.set('cursor', cursor);
    const page = (await (await fetch(url, { headers })).json()) as { messages: Message[]; nextCursor: string | null };
    out.push(...page.messages);
    cursor = page.nextCursor;
  } while (cursor);
  return out.reverse();
}
