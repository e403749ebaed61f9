/**
 * The ports over HTTP, one method per operation of the contract (openapi.yaml). They return what
 * the server sent as it is: `createAdapter` validates it at the boundary.
 */
import type { ConversationEventInput, InteractionEventInput } from '../../model/index.js';
import { describeValue } from '../../ports/describe.js';
import { AbortedError, InvalidDataError } from '../../ports/errors.js';
import type { Capability, ConversationSourceInput, CustomerDirectoryInput, InteractionSourceInput, SentimentServiceInput } from '../../ports/ports.js';
import type { HttpClient } from './client.js';
import type { StreamHub } from './sse.js';
import type { components } from './wire.js';

/** Request bodies as the contract (openapi.yaml, through wire.ts) has them: the type check fails when the two part. */
type Body = components['schemas'];

const enc = encodeURIComponent;
/** How long the first page of a conversation waits for its live stream to connect, so no event falls between the two. */
const STREAM_WAIT_MS = 2_000;

let sequence = 0;
/** A client id for a call that has none of its own; the same for all of that call's retries. */
const newClientId = () => `http-${Date.now().toString(36)}-${(sequence += 1).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

export interface PortContext {
  client: HttpClient;
  streams: StreamHub;
  has: (capability: Capability) => boolean;
  /** Opens a record's URL; a new tab by default. */
  openUrl: (url: string) => void;
}

export function conversationsOverHttp({ client, streams, has }: PortContext): ConversationSourceInput {
  const eventsPath = (id: string) => `/conversations/${enc(id)}/events`;
  const subject = (id: string) => ({ resource: 'conversation', id });
  /**
   * A watch on the conversation that is still connecting: wait for it (at most STREAM_WAIT_MS), so what this
   * page reads or writes after starting a watch is seen by that watch — the stream's first `ready` id is
   * where it stands when it connects, and a change made before would be behind it.
   */
  const watching = (id: string) => streams.opened(eventsPath(id), STREAM_WAIT_MS);
  const port: ConversationSourceInput = {
    getConversation: (id, { signal }) => client.call({ operation: 'conversations.getConversation', method: 'GET', path: `/conversations/${enc(id)}`, subject: subject(id), signal }) as never,
    async loadMessages(id, { cursor, limit, signal }) {
      if (cursor === null) await watching(id);
      if (signal.aborted) throw new AbortedError(signal.reason);
      return client.call({ operation: 'conversations.loadMessages', method: 'GET', path: `/conversations/${enc(id)}/messages`, query: { cursor, limit }, subject: subject(id), signal }) as never;
    },
  };
  if (has('conversations.watch')) {
    port.watch = (id, listener, { signal, onError }) => {
      const onReset = async (emit: (data: unknown) => void) => {
        // The server lost our place: the newest page again, as events (the thread takes each message once, by id).
        const page = (await port.loadMessages(id, { cursor: null, limit: 50, signal })) as { messages?: unknown };
        for (const message of Array.isArray(page.messages) ? [...page.messages].reverse() : []) emit({ type: 'message-updated', message });
      };
      return streams.listen({ path: eventsPath(id), operation: 'conversations.watch', subject: subject(id), onReset }, { onEvent: (data) => listener(data as ConversationEventInput), onError }, signal);
    };
  }
  if (has('conversations.send')) {
    port.send = async (message, { signal }) => {
      const { conversationId, ...rest } = message;
      const body: Body['OutgoingMessage'] = rest;
      await watching(conversationId);
      return client.call({ operation: 'conversations.send', method: 'POST', path: `/conversations/${enc(conversationId)}/messages`, body, idempotent: true, subject: subject(conversationId), signal }) as never;
    };
  }
  if (has('conversations.moveToPrivate')) {
    port.moveToPrivate = async (request, { signal }) => {
      const { conversationId, ...rest } = request;
      const body: Body['MoveToPrivateRequest'] = rest;
      await watching(conversationId);
      return client.call({ operation: 'conversations.moveToPrivate', method: 'POST', path: `/conversations/${enc(conversationId)}/move-to-private`, body, idempotent: true, subject: subject(conversationId), signal }) as never;
    };
  }
  if (has('conversations.setPresence')) {
    port.setPresence = async (id, activity, { signal }) => {
      await client.call({ operation: 'conversations.setPresence', method: 'PUT', path: `/conversations/${enc(id)}/presence`, body: { activity }, subject: subject(id), signal });
    };
  }
  if (has('conversations.setStatus')) {
    port.setStatus = async (id, status, { signal }) => {
      await watching(id);
      await client.call({ operation: 'conversations.setStatus', method: 'PUT', path: `/conversations/${enc(id)}/status`, body: { status }, subject: subject(id), signal });
    };
  }
  return port;
}

export function customersOverHttp({ client, has, openUrl }: PortContext): CustomerDirectoryInput {
  const subject = (id: string) => ({ resource: 'customer', id });
  const port: CustomerDirectoryInput = {
    getCustomer: (id, { signal }) => client.call({ operation: 'customers.getCustomer', method: 'GET', path: `/customers/${enc(id)}`, subject: subject(id), signal }) as never,
  };
  if (has('customers.findCandidates')) {
    port.findCandidates = async (query, { signal }) => {
      const answer = (await client.call({ operation: 'customers.findCandidates', method: 'GET', path: '/customer-candidates', query: { ...query }, signal })) as { candidates?: unknown } | null;
      // Not an object with candidates: passed on as it came, for the boundary to say what is wrong.
      return (answer && typeof answer === 'object' && 'candidates' in answer ? answer.candidates : answer) as never;
    };
  }
  if (has('customers.linkIdentity')) {
    port.linkIdentity = (id, identity, { signal }) => {
      const body: Body['Identity'] = identity;
      return client.call({ operation: 'customers.linkIdentity', method: 'POST', path: `/customers/${enc(id)}/identities`, body, idempotent: true, subject: subject(id), signal }) as never;
    };
  }
  if (has('customers.unlinkIdentity')) {
    port.unlinkIdentity = (id, query, { signal }) => client.call({ operation: 'customers.unlinkIdentity', method: 'DELETE', path: `/customers/${enc(id)}/identities`, query: { ...query }, subject: subject(id), signal }) as never;
  }
  if (has('customers.createCase')) {
    port.createCase = (newCase, { signal }) => {
      const { customerId, ...rest } = newCase;
      const clientId = 'clientId' in rest && typeof rest.clientId === 'string' ? rest.clientId : newClientId();
      const body: Body['NewCase'] = { ...rest, clientId };
      return client.call({ operation: 'customers.createCase', method: 'POST', path: `/customers/${enc(customerId)}/cases`, body, idempotent: true, subject: subject(customerId), signal }) as never;
    };
  }
  if (has('customers.logActivity')) {
    port.logActivity = async (activity, { signal }) => {
      const { customerId, ...rest } = activity;
      const body: Body['Activity'] = rest;
      await client.call({ operation: 'customers.logActivity', method: 'POST', path: `/customers/${enc(customerId)}/activities`, body, idempotent: false, subject: subject(customerId), signal });
    };
  }
  if (has('customers.openRecord')) {
    port.openRecord = async (record, { signal }) => {
      const path = `/records/${enc(record.system)}/${enc(record.type)}/${enc(record.id)}/link`;
      const answer = (await client.call({ operation: 'customers.openRecord', method: 'GET', path, subject: { resource: `${record.system} ${record.type}`, id: record.id }, signal })) as { url?: unknown } | null;
      if (!isHttpUrl(answer?.url)) throw InvalidDataError.of('customers.openRecord', [{ path: 'url', problem: `must be an http(s) URL, got ${describeValue(answer?.url)}`, value: answer?.url }], answer);
      openUrl(answer.url);
    };
  }
  return port;
}

export function interactionsOverHttp({ client, streams, has }: PortContext): InteractionSourceInput {
  const subject = { resource: 'interaction', id: 'current' };
  const port: InteractionSourceInput = {
    subscribe: (listener, { signal, onError }) =>
      streams.listen({ path: '/interactions/events', operation: 'interactions.subscribe', subject }, { onEvent: (data) => listener(data as InteractionEventInput), onError }, signal),
  };
  if (has('interactions.current')) {
    port.current = async ({ signal }) => ((await client.call({ operation: 'interactions.current', method: 'GET', path: '/interactions/current', subject, signal })) ?? null) as never;
  }
  if (has('interactions.accept')) {
    port.accept = (id, { signal }) => client.call({ operation: 'interactions.accept', method: 'POST', path: `/interactions/${enc(id)}/accept`, idempotent: true, subject: { resource: 'interaction', id }, signal }) as never;
  }
  return port;
}

export function sentimentOverHttp({ client }: PortContext): SentimentServiceInput {
  return {
    async analyze(texts, { signal, language }) {
      const answer = (await client.call({ operation: 'sentiment.analyze', method: 'POST', path: '/sentiment/analyze', body: { texts, ...(language ? { language } : {}) }, idempotent: true, signal })) as { results?: unknown } | null;
      return (answer && typeof answer === 'object' && 'results' in answer ? answer.results : answer) as never;
    },
  };
}
