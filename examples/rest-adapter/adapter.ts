/**
 * A complete Screenpop adapter for a REST back end (see backend.ts for its API): conversations with
 * paging, a live watch by polling, idempotent sends, status changes, and the customer record.
 *
 * What it shows:
 * - The ports return `…Input` types: only what the back end knows, in the model's names; the
 *   boundary (`createAdapter`) fills the defaults (channel rules, delivery, lists) and validates.
 * - Errors: a failed `Response` is thrown as it is; the boundary maps 404 to `NotFoundError` and
 *   429/503 to `RetryableError` with Retry-After.
 * - Paging: the back end's own tokens are the cursors; pages are newest first.
 * - Times are the back end's ISO 8601 strings with a zone, passed through.
 *
 * It compiles under `strict`, `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`
 * (examples/rest-adapter/tsconfig.json, checked in CI).
 */
import {
  createAdapter,
  type Adapter,
  type ChannelInput,
  type ConversationEventInput,
  type ConversationInput,
  type ConversationSourceInput,
  type ConversationStatus,
  type CustomerDirectoryInput,
  type CustomerInput,
  type MessageInput,
} from 'screenpop';
import type { ApiConversation, ApiCustomer, ApiEvent, ApiMessage } from './backend.js';

export interface RestAdapterOptions {
  /** Where the API lives, e.g. "https://helpdesk.example.com/api" or "/api". */
  baseUrl: string;
  /** The fetch to use (a test's, one that adds auth headers); the global one by default. */
  fetch?: typeof fetch;
  /** How often the live watch polls for events, ms. Default 2 000. */
  pollMs?: number;
  /** Passed to `createAdapter`: a call that has not answered by then fails as retryable. */
  timeoutMs?: number;
}

const PLATFORMS: Record<string, ChannelInput['kind']> = { twitter: 'x', twitter_dm: 'x', facebook: 'facebook', email: 'email', chat: 'chat' };
const STATES: Record<ApiConversation['state'], ConversationStatus> = { open: 'open', pending: 'pending', solved: 'resolved', closed: 'closed' };
const TO_STATE: Partial<Record<ConversationStatus, ApiConversation['state']>> = { new: 'open', open: 'open', pending: 'pending', 'on-hold': 'pending', resolved: 'solved', closed: 'closed' };

/** One of the back end's messages in the model's names. */
export function toMessage(row: ApiMessage): MessageInput {
  return {
    id: row.id,
    clientId: row.client_ref,
    conversationId: row.conversation_id,
    channelId: row.channel_id,
    visibility: row.visibility,
    author: { id: row.author.user_id, role: row.author.kind, displayName: row.author.name, handle: row.author.handle },
    text: row.body,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    delivery: row.delivery_status,
  };
}

export function toConversation(row: ApiConversation): ConversationInput {
  return {
    id: row.id,
    customerId: row.customer_id,
    subject: row.subject,
    status: STATES[row.state],
    // Unknown platforms become "other" at the boundary: shown, never replied on.
    channels: row.channels.map((c) => ({ id: c.channel_id, kind: PLATFORMS[c.platform] ?? c.platform, public: c.is_public, name: c.display_name })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toCustomer(row: ApiCustomer): CustomerInput {
  return {
    id: row.id,
    record: { system: 'helpdesk', type: 'User', id: row.crm_id },
    name: row.full_name,
    email: row.email,
    // The back end has no tiers: say nothing rather than invent one.
    value: row.lifetime_value_cents === null ? null : { lifetimeValue: row.lifetime_value_cents, currency: row.currency },
  };
}

/** Waits `ms`, or until the signal aborts (then resolves early: the caller checks the signal). */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

export function createRestAdapter(options: RestAdapterOptions): Adapter {
  const base = options.baseUrl.replace(/\/$/, '');
  const http = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  /** GET or send JSON; a failed response is thrown as it is, for the boundary to map its status. */
  async function call<T>(path: string, signal: AbortSignal, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
    const response = await http(`${base}${path}`, {
      method: init.method ?? 'GET',
      signal,
      headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (!response.ok) throw response;
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  const conversations: ConversationSourceInput = {
    async getConversation(id, { signal }) {
      return toConversation(await call<ApiConversation>(`/conversations/${encodeURIComponent(id)}`, signal));
    },

    async loadMessages(conversationId, { cursor, limit, signal }) {
      const query = new URLSearchParams({ page_size: String(limit), ...(cursor ? { page_token: cursor } : {}) });
      const page = await call<{ data: ApiMessage[]; next_page_token: string | null }>(`/conversations/${encodeURIComponent(conversationId)}/messages?${query}`, signal);
      return { messages: page.data.map(toMessage), nextCursor: page.next_page_token };
    },

    watch(conversationId, listener, { signal, onError }) {
      const feed = `/conversations/${encodeURIComponent(conversationId)}/events`;
      void (async () => {
        let after: number | undefined;
        while (!signal.aborted) {
          try {
            const batch = await call<{ events: ApiEvent[]; last_seq: number }>(after === undefined ? feed : `${feed}?after=${after}`, signal);
            // The first poll brings recent events too: a message the page has already is merged, not shown twice.
            for (const event of batch.events) {
              const input: ConversationEventInput = { type: event.type === 'message.created' ? 'message-added' : 'message-updated', message: toMessage(event.message) };
              listener(input);
            }
            after = batch.last_seq;
          } catch (error) {
            if (!signal.aborted) onError(error);
          }
          await pause(options.pollMs ?? 2_000, signal);
        }
      })();
      // Nothing to return: the boundary aborts `signal` when the caller unsubscribes.
    },

    async send(message, { signal }) {
      const body = { channel_id: message.channelId, body: message.text, visibility: message.visibility };
      const headers = { 'Idempotency-Key': message.clientId };
      return toMessage(await call<ApiMessage>(`/conversations/${encodeURIComponent(message.conversationId)}/messages`, signal, { method: 'POST', body, headers }));
    },

    async setStatus(conversationId, status, { signal }) {
      await call<void>(`/conversations/${encodeURIComponent(conversationId)}/status`, signal, { method: 'PUT', body: { status: TO_STATE[status] ?? 'open' } });
    },
  };

  const customers: CustomerDirectoryInput = {
    async getCustomer(id, { signal }) {
      return toCustomer(await call<ApiCustomer>(`/customers/${encodeURIComponent(id)}`, signal));
    },
  };

  return createAdapter({ name: 'rest-example', conversations, customers }, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
}
