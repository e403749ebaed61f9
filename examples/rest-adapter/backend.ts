/**
 * A pretend REST back end for the example adapter: the kind of API a helpdesk or a social inbox
 * has, with its own conventions (snake_case, numeric ids, its own paging tokens, an event feed to
 * poll, idempotency keys). It answers `Request`s with `Response`s, so it runs in a browser behind
 * msw, in Node as a `fetch`, or anywhere else. Nothing here knows about Screenpop.
 *
 *   GET  /api/conversations/:id                      → ApiConversation
 *   GET  /api/conversations/:id/messages?page_size=&page_token=  → { data: ApiMessage[] (newest first), next_page_token }
 *   POST /api/conversations/:id/messages             (Idempotency-Key) → ApiMessage
 *   PUT  /api/conversations/:id/status               { status } → 204
 *   GET  /api/conversations/:id/events?after=        → { events: ApiEvent[] (the latest 20 without after), last_seq }
 *   GET  /api/customers/:id                          → ApiCustomer
 *
 * Errors: 404 `{ "error": "not_found" }`, 503 with `Retry-After` when told to fail.
 */

export interface ApiAuthor {
  user_id: number;
  kind: 'customer' | 'agent' | 'bot';
  name: string;
  handle: string | null;
}

export interface ApiMessage {
  id: number;
  conversation_id: string;
  channel_id: string;
  visibility: 'public' | 'private' | 'internal';
  author: ApiAuthor;
  body: string | null;
  created_at: string;
  edited_at: string | null;
  client_ref: string | null;
  delivery_status: 'sent' | 'delivered' | 'read' | 'failed' | null;
}

export interface ApiConversation {
  id: string;
  customer_id: number | null;
  subject: string | null;
  state: 'open' | 'pending' | 'solved' | 'closed';
  channels: { channel_id: string; platform: string; is_public: boolean; display_name: string | null }[];
  created_at: string;
  updated_at: string;
}

export interface ApiCustomer {
  id: number;
  crm_id: string;
  full_name: string;
  email: string | null;
  lifetime_value_cents: number | null;
  currency: string | null;
}

export interface ApiEvent {
  seq: number;
  type: 'message.created' | 'message.updated';
  message: ApiMessage;
}

/** What the back end can be told to do wrong on the next request to a path. */
export type BackendFault = 'error' | 'timeout' | 'junk' | 'lost-response';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const notFound = () => json({ error: 'not_found' }, 404);

export interface RestBackend {
  /** Answers one request, as the server would. */
  handle(request: Request): Promise<Response>;
  /** The same as a `fetch` function (for Node, or a test without a service worker). */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** A customer writes in a conversation: a new message and an event to poll. */
  customerWrites(conversationId: string, body: string): ApiMessage;
  /** Makes the next request whose path ends with `suffix` (e.g. "/messages") fail. */
  failNext(suffix: string, fault: BackendFault): void;
}

/** A back end holding one customer and one conversation of `count` messages, 17 minutes apart, ending now. */
export function createRestBackend(options: { origin?: string; count?: number; now?: () => Date } = {}): RestBackend {
  const origin = options.origin ?? 'http://rest.example';
  const now = options.now ?? (() => new Date());
  const dana: ApiAuthor = { user_id: 501, kind: 'customer', name: 'Dana Kim', handle: '@dana_k' };
  const sam: ApiAuthor = { user_id: 7, kind: 'agent', name: 'Sam Ortiz', handle: null };
  const start = now().getTime() - (options.count ?? 12) * 17 * 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const conversation: ApiConversation = {
    id: 'T-1001',
    customer_id: 501,
    subject: 'Router keeps dropping',
    state: 'open',
    channels: [
      { channel_id: 'tw-public', platform: 'twitter', is_public: true, display_name: 'X (public reply)' },
      { channel_id: 'tw-dm', platform: 'twitter_dm', is_public: false, display_name: null },
    ],
    created_at: iso(start),
    updated_at: iso(start),
  };
  const customer: ApiCustomer = { id: 501, crm_id: '003-DK', full_name: 'Dana Kim', email: 'dana@example.com', lifetime_value_cents: 184_000, currency: 'GBP' };
  let nextId = 9000;
  let seq = 0;
  const messages: ApiMessage[] = []; // oldest first
  const events: ApiEvent[] = [];
  const byKey = new Map<string, ApiMessage>();
  const faults = new Map<string, BackendFault>();

  const add = (author: ApiAuthor, channel: string, body: string, clientRef: string | null = null): ApiMessage => {
    const message: ApiMessage = {
      id: (nextId += 1),
      conversation_id: conversation.id,
      channel_id: channel,
      visibility: channel === 'tw-public' ? 'public' : 'private',
      author,
      body,
      created_at: iso(Math.max(now().getTime(), Date.parse(messages.at(-1)?.created_at ?? iso(0)) + 1)),
      edited_at: null,
      client_ref: clientRef,
      delivery_status: author.kind === 'agent' ? 'sent' : null,
    };
    messages.push(message);
    conversation.updated_at = message.created_at;
    events.push({ seq: (seq += 1), type: 'message.created', message });
    return message;
  };
  for (let i = 0; i < (options.count ?? 12); i += 1) {
    const author = i % 3 === 2 ? sam : dana;
    const message = add(author, i < 4 ? 'tw-public' : 'tw-dm', `Message ${i + 1}: ${author === sam ? 'Thanks, looking into it.' : 'The router dropped again.'}`);
    message.created_at = iso(start + i * 17 * 60_000);
  }
  events.length = 0;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url, origin);
    const path = url.pathname.replace(/^.*\/api\//, '/');
    const fault = [...faults.keys()].find((suffix) => path.endsWith(suffix));
    const kind = fault === undefined ? undefined : faults.get(fault);
    if (fault !== undefined) faults.delete(fault);
    if (kind === 'error') return new Response(null, { status: 503, headers: { 'Retry-After': '1' } });
    if (kind === 'timeout') return new Promise<Response>(() => {});
    let match: RegExpMatchArray | null;
    if ((match = path.match(/^\/conversations\/([^/]+)$/))) {
      if (match[1] !== conversation.id) return notFound();
      return json(kind === 'junk' ? { ...conversation, state: 'on_fire' } : conversation);
    }
    if ((match = path.match(/^\/conversations\/([^/]+)\/messages$/))) {
      if (match[1] !== conversation.id) return notFound();
      if (request.method === 'POST') {
        const key = request.headers.get('Idempotency-Key') ?? '';
        const body = (await request.json()) as { channel_id: string; body: string; visibility: ApiMessage['visibility'] };
        const sent = byKey.get(key) ?? add(sam, body.channel_id, body.body, key || null);
        byKey.set(key, sent);
        return kind === 'lost-response' ? new Response(null, { status: 504 }) : json(sent, 201);
      }
      const size = Number(url.searchParams.get('page_size') ?? 25);
      const token = url.searchParams.get('page_token');
      const end = token ? Number(atob(token)) : messages.length;
      const begin = Math.max(0, end - size);
      const data = messages.slice(begin, end).reverse();
      return json({ data, next_page_token: begin > 0 ? btoa(String(begin)) : null });
    }
    if ((match = path.match(/^\/conversations\/([^/]+)\/status$/)) && request.method === 'PUT') {
      const { status } = (await request.json()) as { status: ApiConversation['state'] };
      conversation.state = status;
      return new Response(null, { status: 204 });
    }
    if ((match = path.match(/^\/conversations\/([^/]+)\/events$/))) {
      // Without `after`: the latest 20 events, so nothing written while a client subscribes is missed.
      const after = url.searchParams.has('after') ? Number(url.searchParams.get('after')) : seq - 20;
      return json({ events: events.filter((e) => e.seq > after && e.message.conversation_id === match![1]), last_seq: seq });
    }
    if ((match = path.match(/^\/customers\/([^/]+)$/))) return match[1] === String(customer.id) ? json(customer) : notFound();
    return notFound();
  }

  return {
    handle,
    fetch: (input, init) => handle(new Request(typeof input === 'string' && input.startsWith('/') ? new URL(input, origin) : input, init)),
    customerWrites: (conversationId, body) => {
      if (conversationId !== conversation.id) throw new RangeError(`No conversation ${conversationId}.`);
      return add(dana, 'tw-dm', body);
    },
    failNext: (suffix, fault) => void faults.set(suffix, fault),
  };
}
