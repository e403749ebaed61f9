/**
 * The adapter contract: what every adapter must do, run against any of them (the demo adapter now,
 * the HTTP adapter later). Call `runAdapterContract` from a test file with a fixture factory.
 */
import { expect } from '@open-wc/testing';
import type { ConversationEvent, Message } from '../../src/model/index.js';
import { AbortedError, AdapterError, CAPABILITIES, InvalidDataError, NotFoundError, RetryableError } from '../../src/ports/index.js';
import type { Adapter, IdentityQuery } from '../../src/ports/index.js';

export type ContractFault = 'error' | 'timeout' | 'junk' | 'lost-response';

export interface ContractFixture {
  adapter: Adapter;
  /** A conversation with at least five messages and a channel the agent can reply on. */
  conversationId: string;
  replyChannelId: string;
  customerId: string;
  /** An identity linked to `customerId`. */
  identity: IdentityQuery;
  /** Makes the next call of an operation ("conversations.send") fail; omit when the host can't. */
  injectFault?(operation: string, fault: ContractFault): void;
  /** Makes a customer message arrive live in `conversationId`. */
  triggerLiveMessage?(): void | Promise<void>;
  /** Offers an interaction, as a CTI would; returns its id. */
  offerInteraction?(): string | Promise<string>;
  dispose?(): void;
}

let clientSeq = 0;
const clientId = () => `contract-${Date.now().toString(36)}-${(clientSeq += 1)}`;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

async function allMessages(adapter: Adapter, conversationId: string, limit = 2): Promise<Message[]> {
  const out: Message[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard += 1) {
    const page = await adapter.conversations!.loadMessages(conversationId, { cursor, limit });
    out.push(...page.messages);
    cursor = page.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('Paging never ended.');
}

function collect<E>(subscribe: (listener: (event: E) => void) => () => void) {
  const events: E[] = [];
  const stop = subscribe((event) => events.push(event));
  return { events, stop };
}

const until = async (condition: () => boolean, ms = 3000) => {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('Timed out waiting for a condition.');
    await new Promise((r) => setTimeout(r, 5));
  }
};

export function runAdapterContract(name: string, makeFixture: () => ContractFixture | Promise<ContractFixture>): void {
  describe(`adapter contract: ${name}`, () => {
    let f: ContractFixture;
    beforeEach(async () => {
      f = await makeFixture();
    });
    afterEach(() => f.dispose?.());

    describe('capabilities', () => {
      it('answers has() for every capability with a boolean that matches the ports', () => {
        for (const capability of CAPABILITIES) expect(typeof f.adapter.has(capability)).to.equal('boolean');
        expect(f.adapter.has('conversations.load')).to.equal(!!f.adapter.conversations);
        expect(f.adapter.has('conversations.send')).to.equal(!!f.adapter.conversations?.send);
        expect(f.adapter.has('customers.get')).to.equal(!!f.adapter.customers);
      });
    });

    describe('conversations', () => {
      it('gets a conversation with its channels', async () => {
        const conversation = await f.adapter.conversations!.getConversation(f.conversationId);
        expect(conversation.id).to.equal(f.conversationId);
        expect(conversation.channels.map((c) => c.id)).to.include(f.replyChannelId);
      });

      it('fails with a not-found error for an unknown conversation', async () => {
        const error = await rejection(f.adapter.conversations!.getConversation('no-such-conversation'));
        expect(error).to.be.instanceOf(AdapterError);
        expect((error as AdapterError).code).to.equal('not-found');
        expect(error).to.be.instanceOf(NotFoundError);
      });

      it('pages messages newest first, without gaps or overlaps, to the end', async () => {
        const first = await f.adapter.conversations!.loadMessages(f.conversationId, { limit: 1000 });
        const paged = await allMessages(f.adapter, f.conversationId, 2);
        expect(paged.length).to.be.greaterThan(4);
        expect(paged.map((m) => m.id)).to.deep.equal(first.messages.map((m) => m.id));
        expect(new Set(paged.map((m) => m.id)).size).to.equal(paged.length);
        for (let i = 1; i < paged.length; i += 1) {
          expect(Date.parse(paged[i - 1]!.createdAt)).to.be.at.least(Date.parse(paged[i]!.createdAt));
        }
      });

      it('rejects a call whose signal is already aborted, without calling through', async () => {
        const controller = new AbortController();
        controller.abort();
        const error = await rejection(f.adapter.conversations!.loadMessages(f.conversationId, { signal: controller.signal }));
        expect(error).to.be.instanceOf(AbortedError);
      });

      it('rejects promptly when the signal aborts while the call is under way', async () => {
        const controller = new AbortController();
        const call = f.adapter.conversations!.getConversation(f.conversationId, { signal: controller.signal });
        controller.abort();
        const error = await rejection(call);
        expect(error).to.be.instanceOf(AbortedError);
        expect((error as AdapterError).code).to.equal('aborted');
      });
    });

    describe('sending', () => {
      it('sends once per client id, however often it is called', async () => {
        const id = clientId();
        const out = { clientId: id, conversationId: f.conversationId, channelId: f.replyChannelId, visibility: 'private' as const, text: 'Contract: exactly once' };
        const [a, b] = await Promise.all([f.adapter.conversations!.send!(out), f.adapter.conversations!.send!(out)]);
        const c = await f.adapter.conversations!.send!(out);
        expect(a.id).to.equal(b.id);
        expect(c.id).to.equal(a.id);
        expect(a.clientId).to.equal(id);
        const all = await allMessages(f.adapter, f.conversationId, 50);
        expect(all.filter((m) => m.clientId === id)).to.have.length(1);
      });

      it('tells watchers about a sent message, and stops when unsubscribed or aborted', async () => {
        const controller = new AbortController();
        const a = collect<ConversationEvent>((l) => f.adapter.conversations!.watch!(f.conversationId, l));
        const b = collect<ConversationEvent>((l) => f.adapter.conversations!.watch!(f.conversationId, l, { signal: controller.signal }));
        const sent = await f.adapter.conversations!.send!({ clientId: clientId(), conversationId: f.conversationId, channelId: f.replyChannelId, visibility: 'private', text: 'one' });
        await until(() => a.events.length > 0 && b.events.length > 0);
        const added = a.events.find((e) => e.type === 'message-added');
        expect(added && added.type === 'message-added' && added.message.id).to.equal(sent.id);
        a.stop();
        controller.abort();
        const before = [a.events.length, b.events.length];
        await f.adapter.conversations!.send!({ clientId: clientId(), conversationId: f.conversationId, channelId: f.replyChannelId, visibility: 'private', text: 'two' });
        await new Promise((r) => setTimeout(r, 30));
        expect([a.events.length, b.events.length]).to.deep.equal(before);
      });
    });

    describe('live stream', () => {
      it('delivers messages arriving live to a watcher, valid and in the right conversation', async function () {
        if (!f.triggerLiveMessage) this.skip();
        const watch = collect<ConversationEvent>((l) => f.adapter.conversations!.watch!(f.conversationId, l));
        await f.triggerLiveMessage!();
        await until(() => watch.events.some((e) => e.type === 'message-added'));
        const event = watch.events.find((e) => e.type === 'message-added')!;
        expect(event.type === 'message-added' && event.message.conversationId).to.equal(f.conversationId);
        watch.stop();
      });

      it('announces offered interactions to subscribers', async function () {
        if (!f.offerInteraction) this.skip();
        const sub = collect((l) => f.adapter.interactions!.subscribe(l));
        const id = await f.offerInteraction!();
        await until(() => sub.events.length > 0);
        expect(sub.events[0]).to.include({ type: 'offered' });
        expect((sub.events[0] as { interaction: { id: string } }).interaction.id).to.equal(id);
        sub.stop();
      });
    });

    describe('failures', () => {
      it('turns a host failure into a retryable error', async function () {
        if (!f.injectFault) this.skip();
        f.injectFault!('conversations.loadMessages', 'error');
        const error = await rejection(f.adapter.conversations!.loadMessages(f.conversationId));
        expect(error).to.be.instanceOf(RetryableError);
        expect((error as AdapterError).retryable).to.equal(true);
        const retried = await f.adapter.conversations!.loadMessages(f.conversationId);
        expect(retried.messages.length).to.be.greaterThan(0);
      });

      it('turns a call that never answers into a retryable timeout', async function () {
        if (!f.injectFault) this.skip();
        f.injectFault!('conversations.getConversation', 'timeout');
        const error = await rejection(f.adapter.conversations!.getConversation(f.conversationId));
        expect(error).to.be.instanceOf(RetryableError);
        expect((error as Error).message).to.match(/timed out/);
      });

      it('rejects malformed data with an error that names the field', async function () {
        if (!f.injectFault) this.skip();
        f.injectFault!('conversations.loadMessages', 'junk');
        const error = await rejection(f.adapter.conversations!.loadMessages(f.conversationId));
        expect(error).to.be.instanceOf(InvalidDataError);
        expect((error as InvalidDataError).path).to.match(/^messages/);
        expect((error as Error).message).to.contain((error as InvalidDataError).path);
      });

      it('delivers exactly once when the answer to a send is lost and the send is retried', async function () {
        if (!f.injectFault) this.skip();
        const out = { clientId: clientId(), conversationId: f.conversationId, channelId: f.replyChannelId, visibility: 'private' as const, text: 'lost answer' };
        f.injectFault!('conversations.send', 'lost-response');
        expect(await rejection(f.adapter.conversations!.send!(out))).to.be.instanceOf(RetryableError);
        const retried = await f.adapter.conversations!.send!(out);
        const all = await allMessages(f.adapter, f.conversationId, 50);
        expect(all.filter((m) => m.clientId === out.clientId).map((m) => m.id)).to.deep.equal([retried.id]);
      });
    });

    describe('customers', () => {
      it('gets a customer, and fails with not-found for an unknown one', async () => {
        const customer = await f.adapter.customers!.getCustomer(f.customerId);
        expect(customer.id).to.equal(f.customerId);
        const error = await rejection(f.adapter.customers!.getCustomer('no-such-customer'));
        expect((error as AdapterError).code).to.equal('not-found');
      });

      it('finds the owner of a linked identity as the best candidate', async function () {
        if (!f.adapter.has('customers.findCandidates')) this.skip();
        const candidates = await f.adapter.customers!.findCandidates!(f.identity);
        expect(candidates[0]?.customer.id).to.equal(f.customerId);
        for (let i = 1; i < candidates.length; i += 1) expect(candidates[i - 1]!.confidence).to.be.at.least(candidates[i]!.confidence);
      });

      it('links and unlinks an identity', async function () {
        if (!f.adapter.has('customers.linkIdentity') || !f.adapter.has('customers.unlinkIdentity')) this.skip();
        const identity = {
          channel: 'instagram' as const,
          handle: `@contract_${clientSeq}`,
          verified: false,
          evidence: { method: 'agent-linked' as const, source: 'contract', linkedAt: new Date().toISOString(), confidence: 0.9 },
        };
        const linked = await f.adapter.customers!.linkIdentity!(f.customerId, identity);
        expect(linked.identities.some((i) => i.handle === identity.handle)).to.equal(true);
        const unlinked = await f.adapter.customers!.unlinkIdentity!(f.customerId, identity);
        expect(unlinked.identities.some((i) => i.handle === identity.handle)).to.equal(false);
      });

      it('creates a case that then shows among the open cases', async function () {
        if (!f.adapter.has('customers.createCase')) this.skip();
        const created = await f.adapter.customers!.createCase!({ customerId: f.customerId, conversationId: f.conversationId, subject: 'Contract case' });
        const customer = await f.adapter.customers!.getCustomer(f.customerId);
        expect(customer.openCases.map((c) => c.id)).to.include(created.id);
      });
    });
  });
}
