/** The contract's cases about what an adapter does: paging, sending, live events, failures, customers. */
import type { ConversationEvent, InteractionEvent, OutgoingMessage } from '../model/index.js';
import { CAPABILITIES, type Capability } from '../ports/ports.js';
import type { ContractCase, ContractFixture } from './contract.js';
import { allMessages, collect, expectAdapterError, expectEqual, expectThat, newClientId, rejection, until } from './tools.js';

const wait = (f: ContractFixture) => f.waitMs ?? 5_000;
const lacks = (f: ContractFixture, ...capabilities: Capability[]) => {
  const missing = capabilities.filter((c) => !f.adapter.has(c));
  return missing.length ? `the adapter has no ${missing.join(', ')}` : undefined;
};
const canSend = (f: ContractFixture) =>
  lacks(f, 'conversations.send') ?? (f.replyChannelId ? undefined : 'no replyChannelId given') ?? (f.write === false ? 'write: false' : undefined);
const reply = (f: ContractFixture, text: string): OutgoingMessage => ({ clientId: newClientId(), conversationId: f.conversationId, channelId: f.replyChannelId!, visibility: 'private', text });

export const coreCases: ContractCase[] = [
  {
    id: 'capabilities/has',
    group: 'capabilities',
    name: 'answers has() for every capability with a boolean that matches the ports',
    async run(f) {
      for (const capability of CAPABILITIES) expectEqual(typeof f.adapter.has(capability), 'boolean', `has('${capability}')`);
      expectEqual(f.adapter.has('conversations.load'), !!f.adapter.conversations, "has('conversations.load')");
      expectEqual(f.adapter.has('conversations.send'), !!f.adapter.conversations?.send, "has('conversations.send')");
      expectEqual(f.adapter.has('customers.get'), !!f.adapter.customers, "has('customers.get')");
    },
  },
  {
    id: 'conversations/get',
    group: 'conversations',
    name: 'gets a conversation with its channels',
    needs: (f) => lacks(f, 'conversations.get'),
    async run(f) {
      const conversation = await f.adapter.conversations!.getConversation(f.conversationId);
      expectEqual(conversation.id, f.conversationId, 'the conversation id');
      if (f.replyChannelId) expectThat(conversation.channels.some((c) => c.id === f.replyChannelId), `the conversation has no channel "${f.replyChannelId}".`);
    },
  },
  {
    id: 'conversations/not-found',
    group: 'conversations',
    name: 'fails with a not-found error for an unknown conversation',
    needs: (f) => lacks(f, 'conversations.get'),
    async run(f) {
      const error = await rejection(f.adapter.conversations!.getConversation('no-such-conversation-7f3a'), 'getConversation of an unknown id');
      expectAdapterError(error, 'not-found', 'getConversation of an unknown id (throw NotFoundError, or answer HTTP 404)');
    },
  },
  {
    id: 'conversations/pages',
    group: 'conversations',
    name: 'pages messages newest first, without gaps or overlaps, to the end',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      const first = await f.adapter.conversations!.loadMessages(f.conversationId, { limit: 1000 });
      const paged = await allMessages(f.adapter, f.conversationId, 2);
      expectThat(paged.length > 4, `the conversation has ${paged.length} messages; the contract needs at least five.`);
      const ids = paged.map((m) => m.id);
      expectEqual(new Set(ids).size, ids.length, 'distinct ids across pages (a page overlaps the one before)');
      expectEqual(ids.slice(0, first.messages.length), first.messages.map((m) => m.id), 'pages of 2 against one page of 1000');
      for (let i = 1; i < paged.length; i += 1) {
        const [newer, older] = [paged[i - 1]!, paged[i]!];
        expectThat(Date.parse(newer.createdAt) >= Date.parse(older.createdAt), `messages are not newest first across pages: ${newer.id} (${newer.createdAt}) before ${older.id} (${older.createdAt}).`);
      }
    },
  },
  {
    id: 'conversations/valid-pages',
    group: 'conversations',
    name: 'returns pages the boundary takes as they are: every message valid, newest first',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      let cursor: string | null = null;
      for (let pages = 0; pages < 1000; pages += 1) {
        const page = await f.adapter.conversations!.loadMessages(f.conversationId, { cursor, limit: 3 });
        const bad = page.rejected[0];
        expectThat(!bad, bad ? `message ${bad.index} of a page was rejected: ${bad.path} ${bad.problem}.` : '');
        const warning = page.warnings[0];
        expectThat(!warning, warning ? `a page was corrected: ${warning.path} ${warning.problem}.` : '');
        if (page.nextCursor === null) return;
        cursor = page.nextCursor;
      }
    },
  },
  {
    id: 'conversations/aborted-before',
    group: 'conversations',
    name: 'rejects a call whose signal is already aborted',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(f.adapter.conversations!.loadMessages(f.conversationId, { signal: controller.signal }), 'an aborted loadMessages');
      expectAdapterError(error, 'aborted', 'an aborted loadMessages');
    },
  },
  {
    id: 'conversations/aborted-during',
    group: 'conversations',
    name: 'rejects promptly when the signal aborts while the call is under way',
    needs: (f) => lacks(f, 'conversations.get'),
    async run(f) {
      const controller = new AbortController();
      const call = f.adapter.conversations!.getConversation(f.conversationId, { signal: controller.signal });
      controller.abort();
      expectAdapterError(await rejection(call, 'getConversation aborted under way'), 'aborted', 'getConversation aborted under way');
    },
  },
  {
    id: 'sending/once',
    group: 'sending',
    name: 'sends once per client id, however often it is called',
    needs: (f) => canSend(f) ?? lacks(f, 'conversations.load'),
    async run(f) {
      const out = reply(f, 'Contract: exactly once');
      const send = f.adapter.conversations!.send!;
      const [a, b] = await Promise.all([send(out), send(out)]);
      const c = await send(out);
      expectEqual([b.id, c.id], [a.id, a.id], 'ids of three sends with one client id');
      expectEqual(a.clientId, out.clientId, 'the sent message keeps its client id');
      const all = await allMessages(f.adapter, f.conversationId, 50);
      expectEqual(all.filter((m) => m.clientId === out.clientId).length, 1, 'messages with the client id in the conversation');
    },
  },
  {
    id: 'sending/watch',
    group: 'sending',
    name: 'tells watchers about a sent message, and stops when unsubscribed or aborted',
    needs: (f) => canSend(f) ?? lacks(f, 'conversations.watch'),
    async run(f) {
      const port = f.adapter.conversations!;
      const controller = new AbortController();
      const a = collect<ConversationEvent>((l) => port.watch!(f.conversationId, l));
      const b = collect<ConversationEvent>((l) => port.watch!(f.conversationId, l, { signal: controller.signal }));
      try {
        const sent = await port.send!(reply(f, 'Contract: watched'));
        const added = () => a.events.some((e) => e.type === 'message-added' && e.message.id === sent.id) && b.events.some((e) => e.type === 'message-added');
        await until(added, 'both watchers to get the sent message', wait(f));
        a.stop();
        controller.abort();
        const before = [a.events.length, b.events.length];
        // A watcher still subscribed getting the next message is the definite signal that it went out.
        const c = collect<ConversationEvent>((l) => port.watch!(f.conversationId, l));
        try {
          const again = await port.send!(reply(f, 'Contract: not watched'));
          await until(() => c.events.some((e) => e.type === 'message-added' && e.message.id === again.id), 'a third watcher to get the next message', wait(f));
        } finally {
          c.stop();
        }
        expectEqual([a.events.length, b.events.length], before, 'events after unsubscribing and aborting');
      } finally {
        a.stop();
        b.stop();
      }
    },
  },
  {
    id: 'live/message',
    group: 'live',
    name: 'delivers messages arriving live to a watcher, valid and in the right conversation',
    needs: (f) => lacks(f, 'conversations.watch') ?? (f.triggerLiveMessage ? undefined : 'no triggerLiveMessage given'),
    async run(f) {
      const watch = collect<ConversationEvent>((l) => f.adapter.conversations!.watch!(f.conversationId, l));
      try {
        await f.triggerLiveMessage!();
        await until(() => watch.events.some((e) => e.type === 'message-added'), 'a live message-added event', wait(f));
        const event = watch.events.find((e) => e.type === 'message-added')!;
        expectEqual(event.type === 'message-added' && event.message.conversationId, f.conversationId, 'the live message’s conversation');
      } finally {
        watch.stop();
      }
    },
  },
  {
    id: 'live/interaction',
    group: 'live',
    name: 'announces offered interactions to subscribers',
    needs: (f) => lacks(f, 'interactions.subscribe') ?? (f.offerInteraction ? undefined : 'no offerInteraction given'),
    async run(f) {
      const sub = collect<InteractionEvent>((l) => f.adapter.interactions!.subscribe(l));
      try {
        const id = await f.offerInteraction!();
        await until(() => sub.events.length > 0, 'an offered interaction', wait(f));
        expectEqual([sub.events[0]!.type, sub.events[0]!.interaction.id], ['offered', id], 'the first event');
      } finally {
        sub.stop();
      }
    },
  },
  {
    id: 'failures/retryable',
    group: 'failures',
    name: 'turns a host failure into a retryable error, and the next call works',
    needs: (f) => (f.injectFault ? lacks(f, 'conversations.load') : 'no injectFault given'),
    async run(f) {
      f.injectFault!('conversations.loadMessages', 'error');
      const error = await rejection(f.adapter.conversations!.loadMessages(f.conversationId), 'a failing loadMessages');
      expectAdapterError(error, 'retryable', 'a failing loadMessages');
      expectEqual(error.retryable, true, 'retryable');
      const retried = await f.adapter.conversations!.loadMessages(f.conversationId);
      expectThat(retried.messages.length > 0, 'the retried loadMessages returned no messages.');
    },
  },
  {
    id: 'failures/timeout',
    group: 'failures',
    name: 'turns a call that never answers into a retryable timeout',
    needs: (f) => (f.injectFault ? lacks(f, 'conversations.get') : 'no injectFault given'),
    async run(f) {
      f.injectFault!('conversations.getConversation', 'timeout');
      const error = await rejection(f.adapter.conversations!.getConversation(f.conversationId), 'a getConversation that never answers');
      expectAdapterError(error, 'retryable', 'a getConversation that never answers');
      expectThat(/timed out/.test(error.message), `expected a timeout, got: ${error.message}`);
    },
  },
  {
    id: 'failures/junk',
    group: 'failures',
    name: 'rejects a malformed answer with an error that names the field',
    needs: (f) => (f.injectFault ? lacks(f, 'conversations.get') : 'no injectFault given'),
    async run(f) {
      f.injectFault!('conversations.getConversation', 'junk');
      const error = await rejection(f.adapter.conversations!.getConversation(f.conversationId), 'a malformed getConversation');
      expectAdapterError(error, 'invalid-data', 'a malformed getConversation');
      const path = (error as { path?: unknown }).path;
      expectThat(typeof path === 'string' && path !== '' && error.message.includes(path), `the error names no field: ${error.message}`);
    },
  },
  {
    id: 'failures/lost-response',
    group: 'failures',
    name: 'delivers exactly once when the answer to a send is lost and the send is retried',
    needs: (f) => (f.injectFault ? canSend(f) : 'no injectFault given'),
    async run(f) {
      const out = reply(f, 'Contract: lost answer');
      f.injectFault!('conversations.send', 'lost-response');
      expectAdapterError(await rejection(f.adapter.conversations!.send!(out), 'a send whose answer is lost'), 'retryable', 'a send whose answer is lost');
      const retried = await f.adapter.conversations!.send!(out);
      const all = await allMessages(f.adapter, f.conversationId, 50);
      expectEqual(all.filter((m) => m.clientId === out.clientId).map((m) => m.id), [retried.id], 'messages with the client id');
    },
  },
];
