/**
 * The contract's cases about the port boundary: every port method and subscription the adapter has
 * is fed malformed data (its own data, with one field broken, where it has data) through a second
 * boundary, and must fail with the typed error naming the field — or, for a page, keep the valid
 * messages and describe the broken one. Also: subscriptions that throw, and HTTP-like failures.
 */
import type { Message } from '../model/index.js';
import type { Adapter } from '../ports/ports.js';
import type { ContractCase, ContractFixture } from './contract.js';
import { expectAdapterError, expectEqual, expectThat, newClientId, rejection } from './tools.js';
import { expectInvalid, lacks, resolved, twin, watchReport } from './twin.js';

const someMessages = async (f: ContractFixture): Promise<Message[]> => (await f.adapter.conversations!.loadMessages(f.conversationId, { limit: 5 })).messages;

const VOID_CASES = [
  ['conversations.setPresence', 'conversations', 'setPresence', { ok: false }, (a: Adapter, f: ContractFixture) => a.conversations!.setPresence!(f.conversationId, 'viewing')],
  ['conversations.setStatus', 'conversations', 'setStatus', 'done', (a: Adapter, f: ContractFixture) => a.conversations!.setStatus!(f.conversationId, 'open')],
  ['customers.openRecord', 'customers', 'openRecord', 42, (a: Adapter) => a.customers!.openRecord!({ system: 'crm', type: 'Contact', id: 'c-1' })],
  ['customers.logActivity', 'customers', 'logActivity', { logged: true }, (a: Adapter, f: ContractFixture) => a.customers!.logActivity!({ customerId: f.customerId ?? 'c-1', type: 'note', summary: 'Contract', at: new Date().toISOString() })],
] as const;

export const boundaryCases: ContractCase[] = [
  {
    id: 'boundary/getConversation',
    group: 'boundary',
    name: 'rejects a malformed conversation, naming every bad field with what was expected',
    needs: (f) => lacks(f, 'conversations.get'),
    async run(f) {
      const real = await f.adapter.conversations!.getConversation(f.conversationId);
      const adapter = twin(f.adapter, { conversations: { getConversation: resolved({ ...real, status: 'on-fire', createdAt: '2025-11-30 09:00:00' }) } });
      const error = await rejection(adapter.conversations!.getConversation(f.conversationId), 'a malformed conversation');
      expectInvalid(error, 'status', 'a malformed conversation', { includes: 'got the string "on-fire"' });
      expectInvalid(error, 'createdAt', 'a conversation time without a zone', { first: false, includes: 'with a time zone' });
    },
  },
  {
    id: 'boundary/loadMessages',
    group: 'boundary',
    name: 'keeps the valid messages of a page and describes the invalid one',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      const real = await someMessages(f);
      expectThat(real.length >= 3, 'the conversation needs at least three messages.');
      const broken = real.map((m, i) => (i === 1 ? { ...m, createdAt: 1732963200000 } : m));
      const adapter = twin(f.adapter, { conversations: { loadMessages: resolved({ messages: broken, nextCursor: null }) } });
      const page = await adapter.conversations!.loadMessages(f.conversationId);
      expectEqual(page.messages.map((m) => m.id), real.filter((_, i) => i !== 1).map((m) => m.id), 'the valid messages');
      const rejected = page.rejected[0];
      expectThat(page.rejected.length === 1 && rejected, `expected one rejected message, got ${page.rejected.length}.`);
      expectEqual([rejected.index, rejected.id, rejected.path], [1, real[1]!.id, 'messages[1].createdAt'], 'the rejected message');
      expectEqual(rejected.problem, 'must be an ISO 8601 date-time with a time zone, got the number 1732963200000 (a number of milliseconds? send new Date(1732963200000).toISOString())', 'the problem');
    },
  },
  {
    id: 'boundary/loadMessages-shape',
    group: 'boundary',
    name: 'rejects a page whose own shape is wrong, naming the field',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      const adapter = twin(f.adapter, { conversations: { loadMessages: resolved({ items: [], next: null }) } });
      expectInvalid(await rejection(adapter.conversations!.loadMessages(f.conversationId), 'a page without messages'), 'messages', 'a page without messages');
    },
  },
  {
    id: 'boundary/loadMessages-order',
    group: 'boundary',
    name: 'puts a page that came oldest first in order, and says so',
    needs: (f) => lacks(f, 'conversations.load'),
    async run(f) {
      const real = (await someMessages(f)).filter((m, i, all) => i === 0 || m.createdAt !== all[i - 1]!.createdAt);
      expectThat(real.length >= 2, 'the conversation needs two messages at different times.');
      const adapter = twin(f.adapter, { conversations: { loadMessages: resolved({ messages: [...real].reverse(), nextCursor: null }) } });
      const page = await adapter.conversations!.loadMessages(f.conversationId);
      expectEqual(page.messages.map((m) => m.id), real.map((m) => m.id), 'the messages, newest first');
      expectEqual(page.warnings.map((w) => w.path), ['messages'], 'the warnings');
    },
  },
  {
    id: 'boundary/watch',
    group: 'boundary',
    name: 'reports a malformed live event through onError, naming the field, and drops it',
    needs: (f) => lacks(f, 'conversations.watch'),
    async run(f) {
      const [latest] = await someMessages(f);
      const bad = { type: 'message-added', message: { ...latest, id: 'contract-bad-live', createdAt: 'yesterday' } };
      const adapter = twin(f.adapter, { conversations: { watch: (_id, listener) => void queueMicrotask(() => listener(bad as never)) } });
      const { error, events } = await watchReport(f, (l, onError) => adapter.conversations!.watch!(f.conversationId, l, { onError }));
      expectInvalid(error, 'event.message.createdAt', 'a malformed live message');
      expectEqual((error as { rejected?: { id?: string } }).rejected?.id, 'contract-bad-live', 'the rejected live message’s id');
      expectEqual(events, 0, 'events delivered to the listener');
    },
  },
  {
    id: 'boundary/watch-throws',
    group: 'boundary',
    name: 'keeps a watch that throws on subscribing out of the caller: a typed error through onError, an inert unsubscribe',
    needs: (f) => lacks(f, 'conversations.watch'),
    async run(f) {
      const adapter = twin(f.adapter, {
        conversations: {
          watch: () => {
            throw { status: 503 };
          },
        },
      });
      const { error } = await watchReport(f, (l, onError) => adapter.conversations!.watch!(f.conversationId, l, { onError }));
      expectAdapterError(error, 'retryable', 'a watch that threw { status: 503 }');
    },
  },
  {
    id: 'boundary/subscribe',
    group: 'boundary',
    name: 'reports a malformed interaction event through onError, and a subscribe that throws',
    needs: (f) => lacks(f, 'interactions.subscribe'),
    async run(f) {
      const interaction = { id: 'i-1', channel: 'x', direction: 'inbound', customerAddress: '@dana', receivedAt: 1732963200000, state: 'offered' };
      const bad = twin(f.adapter, { interactions: { subscribe: (listener) => void queueMicrotask(() => listener({ type: 'offered', interaction } as never)) } });
      const first = await watchReport(f, (l, onError) => bad.interactions!.subscribe(l, { onError }));
      expectInvalid(first.error, 'event.interaction.receivedAt', 'a malformed interaction event');
      expectEqual(first.events, 0, 'events delivered to the listener');
      const throwing = twin(f.adapter, {
        interactions: {
          subscribe: () => {
            throw new Error('CTI not ready');
          },
        },
      });
      const second = await watchReport(f, (l, onError) => throwing.interactions!.subscribe(l, { onError }));
      expectAdapterError(second.error, 'retryable', 'a subscribe that threw');
    },
  },
  {
    id: 'boundary/current',
    group: 'boundary',
    name: 'rejects a malformed current interaction',
    needs: (f) => lacks(f, 'interactions.current'),
    async run(f) {
      const bad = { id: 'i-1', channel: 'x', direction: 'inbound', customerAddress: '@dana', receivedAt: '2025-11-30T09:00:00Z', state: 'ringing' };
      const adapter = twin(f.adapter, { interactions: { current: resolved(bad) } });
      expectInvalid(await rejection(adapter.interactions!.current!(), 'a malformed current interaction'), 'state', 'a malformed current interaction');
    },
  },
  {
    id: 'boundary/send',
    group: 'boundary',
    name: 'rejects a malformed sent message',
    needs: (f) => lacks(f, 'conversations.send'),
    async run(f) {
      const [latest] = await someMessages(f);
      const adapter = twin(f.adapter, { conversations: { send: resolved({ ...latest, id: '' }) } });
      const out = { clientId: newClientId(), conversationId: f.conversationId, channelId: latest!.channelId, visibility: 'private' as const, text: 'x' };
      expectInvalid(await rejection(adapter.conversations!.send!(out), 'a malformed sent message'), 'id', 'a malformed sent message');
    },
  },
  {
    id: 'boundary/moveToPrivate',
    group: 'boundary',
    name: 'rejects a malformed move result, and one for another request',
    needs: (f) => lacks(f, 'conversations.moveToPrivate'),
    async run(f) {
      const request = { clientId: newClientId(), conversationId: f.conversationId, route: 'dm' as const };
      const steps = twin(f.adapter, { conversations: { moveToPrivate: resolved({ clientId: request.clientId, steps: [{ step: 'teleport', status: 'done' }] }) } });
      expectInvalid(await rejection(steps.conversations!.moveToPrivate!(request), 'a move with an unknown step'), 'steps[0].step', 'a move with an unknown step');
      const other = twin(f.adapter, { conversations: { moveToPrivate: resolved({ clientId: 'someone-else', steps: [] }) } });
      expectInvalid(await rejection(other.conversations!.moveToPrivate!(request), 'a move for another request'), 'clientId', 'a move for another request');
    },
  },
  ...VOID_CASES.map(
    ([capability, port, method, junk, call]): ContractCase => ({
      id: `boundary/${method}`,
      group: 'boundary',
      name: `rejects ${method} resolving to something instead of nothing`,
      needs: (f) => lacks(f, capability),
      async run(f) {
        const adapter = twin(f.adapter, { [port]: { [method]: resolved(junk) } });
        expectInvalid(await rejection(call(adapter, f), `${method} resolving to ${JSON.stringify(junk)}`), 'the result', `${method} resolving to ${JSON.stringify(junk)}`);
      },
    }),
  ),
];
