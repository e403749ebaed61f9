/**
 * A fake Zendesk behind a fake ZAF client, written from the ZAF Client API reference (`get` answers
 * `{ [path]: value, errors }`, `request` rejects with `{ status, statusText, responseText }`, `on`,
 * `off`, `invoke('routeTo', …)`) and the Support REST API (users, identities, requested tickets, user
 * search, tickets, ticket comments with cursor paging `page[size]`/`page[after]` and `include=users`,
 * a comment added by updating the ticket, whose answer holds the audit with the Comment event).
 */
import type { ZafClient, ZafRequest, ZendeskComment, ZendeskIdentity, ZendeskTicket, ZendeskUser } from '../../../src/adapters/hosts/zendesk/index.js';

type Fault = 'error' | 'timeout' | 'junk';

const notFound = () => ({ status: 404, statusText: 'Not Found', responseText: '{"error":"RecordNotFound","description":"Not found"}' });

export class FakeZendesk implements ZafClient {
  readonly users = new Map<number, ZendeskUser>();
  readonly identities: ZendeskIdentity[] = [];
  readonly tickets = new Map<number, ZendeskTicket>();
  /** Comments by ticket, oldest first. */
  readonly comments = new Map<number, ZendeskComment[]>();
  readonly requests: ZafRequest[] = [];
  readonly invoked: unknown[][] = [];
  readonly #handlers = new Map<string, Set<(...args: unknown[]) => void>>();
  readonly #faults: { pattern: RegExp; fault: Fault }[] = [];
  #nextId = 9000;
  openTicket: number | null = null;
  agentId = 7;

  constructor() {
    this.users.set(7, { id: 7, name: 'Priya Agent', role: 'agent' });
  }

  addUser(user: ZendeskUser): ZendeskUser {
    this.users.set(user.id, user);
    return user;
  }
  addTicket(ticket: ZendeskTicket, comments: Omit<ZendeskComment, 'id'>[] = []): ZendeskTicket {
    this.tickets.set(ticket.id, ticket);
    this.comments.set(ticket.id, comments.map((c) => ({ ...c, id: this.#nextId++ })));
    return ticket;
  }
  /** Another agent (or the requester by email) adds a comment: Zendesk raises `ticket.updated` in the open ticket's app. */
  comment(ticketId: number, comment: Omit<ZendeskComment, 'id' | 'created_at'>): ZendeskComment {
    const added = { ...comment, id: this.#nextId++, created_at: new Date().toISOString() };
    this.comments.get(ticketId)!.push(added);
    this.trigger('ticket.updated', this.users.get(comment.author_id));
    return added;
  }
  failNext(pattern: RegExp, fault: Fault): void {
    this.#faults.push({ pattern, fault });
  }
  trigger(name: string, ...args: unknown[]): void {
    for (const handler of [...(this.#handlers.get(name) ?? [])]) handler(...args);
  }
  handlerCount(name: string): number {
    return this.#handlers.get(name)?.size ?? 0;
  }

  async get(paths: string | string[]) {
    const answer: Record<string, unknown> = { errors: {} };
    const ticket = this.openTicket === null ? undefined : this.tickets.get(this.openTicket);
    const known: Record<string, unknown> = { 'currentAccount.subdomain': 'acme', 'ticket.id': ticket?.id, 'ticket.requester.id': ticket?.requester_id };
    for (const path of Array.isArray(paths) ? paths : [paths]) {
      if (known[path] !== undefined) answer[path] = known[path];
      else (answer.errors as Record<string, unknown>)[path] = { name: 'InvalidPathError', message: `"${path}" Could not find handler` };
    }
    return answer;
  }
  on(name: string, handler: (...args: unknown[]) => void) {
    (this.#handlers.get(name) ?? this.#handlers.set(name, new Set()).get(name)!).add(handler);
  }
  off(name: string, handler: (...args: unknown[]) => void) {
    this.#handlers.get(name)?.delete(handler);
  }
  async invoke(name: string, ...args: unknown[]) {
    this.invoked.push([name, ...args]);
    return {};
  }

  async request(options: ZafRequest): Promise<unknown> {
    this.requests.push(options);
    const fault = this.#faults.findIndex((f) => f.pattern.test(options.url));
    if (fault >= 0) {
      const [{ fault: kind }] = this.#faults.splice(fault, 1);
      if (kind === 'error') throw { status: 503, statusText: 'Service Unavailable', responseText: '' };
      if (kind === 'timeout') return new Promise(() => undefined);
      return { ticket: { id: 'x', status: 'lost', created_at: 'yesterday', updated_at: 'today' } };
    }
    const url = new URL(options.url, 'https://acme.zendesk.com');
    const path = url.pathname;
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)\.json$/))) return { user: this.#user(Number(m[1])) };
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)\/identities\.json$/))) return { identities: (this.#user(Number(m[1])), this.identities.filter((i) => i.user_id === Number(m![1]))) };
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)\/tickets\/requested\.json$/))) return { tickets: [...this.tickets.values()].filter((t) => t.requester_id === Number(m![1])) };
    if (path === '/api/v2/users/search.json') {
      const q = (url.searchParams.get('query') ?? '').toLowerCase();
      return { users: [...this.users.values()].filter((u) => [u.name, u.email, u.phone].some((v) => v?.toLowerCase().includes(q))) };
    }
    if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)\.json$/))) {
      const ticket = this.tickets.get(Number(m[1]));
      if (!ticket) throw notFound();
      if (options.type === 'PUT') return this.#update(ticket, JSON.parse(options.data ?? '{}'));
      return { ticket };
    }
    if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)\/comments\.json$/))) {
      const all = this.comments.get(Number(m[1]));
      if (!all) throw notFound();
      const desc = url.searchParams.get('sort_order') === 'desc';
      const ordered = desc ? [...all].reverse() : all;
      const size = Number(url.searchParams.get('page[size]') ?? 100);
      const from = url.searchParams.get('page[after]') ? Number(atob(url.searchParams.get('page[after]')!)) : 0;
      const comments = ordered.slice(from, from + size);
      const hasMore = from + size < ordered.length;
      const users = url.searchParams.get('include') === 'users' ? [...new Set(comments.map((c) => c.author_id))].map((id) => this.users.get(id)).filter(Boolean) : undefined;
      return { comments, ...(users ? { users } : {}), meta: { has_more: hasMore, after_cursor: hasMore ? btoa(String(from + size)) : null, before_cursor: null } };
    }
    if (path === '/api/v2/tickets.json' && options.type === 'POST') {
      const body = JSON.parse(options.data ?? '{}').ticket;
      const now = new Date().toISOString();
      return { ticket: this.addTicket({ id: this.#nextId++, subject: body.subject, status: 'new', priority: body.priority ?? null, requester_id: body.requester_id, created_at: now, updated_at: now }) };
    }
    throw notFound();
  }

  #user(id: number): ZendeskUser {
    const user = this.users.get(id);
    if (!user) throw notFound();
    return user;
  }

  #update(ticket: ZendeskTicket, body: { ticket?: { comment?: { body?: string; public?: boolean } } }) {
    const comment = body.ticket?.comment;
    const now = new Date().toISOString();
    const events: { id: number; type: string; public?: boolean; body?: string }[] = [];
    if (comment) {
      const added = { id: this.#nextId++, author_id: this.agentId, body: comment.body ?? '', plain_body: comment.body ?? '', public: comment.public !== false, created_at: now };
      this.comments.get(ticket.id)!.push(added);
      events.push({ id: added.id, type: 'Comment', public: added.public, body: added.body });
    }
    ticket.updated_at = now;
    return { ticket, audit: { id: this.#nextId++, ticket_id: ticket.id, author_id: this.agentId, created_at: now, events } };
  }
}

/** A Zendesk with Dana (requester), her identities, and a ticket from an X mention with public comments and an internal note. */
export function seededZendesk(): FakeZendesk {
  const zd = new FakeZendesk();
  zd.addUser({ id: 501, name: 'Dana Kowalski', email: 'dana@example.com', phone: '+442079460018', role: 'end-user', locale: 'en-GB', photo: { content_url: 'https://acme.zendesk.com/photos/501.png' }, created_at: '2021-03-01T10:00:00Z' });
  zd.identities.push(
    { id: 1, user_id: 501, type: 'email', value: 'dana@example.com', verified: true, primary: true, created_at: '2021-03-01T10:00:00Z' },
    { id: 2, user_id: 501, type: 'twitter', value: 'dana_k', verified: false, created_at: '2024-06-02T08:00:00Z' },
    { id: 3, user_id: 501, type: 'phone_number', value: '+442079460018', verified: false, created_at: '2022-01-05T12:00:00Z' },
    { id: 4, user_id: 501, type: 'google', value: 'dana@gmail.example', verified: true, created_at: '2022-01-05T12:00:00Z' },
  );
  const t = (minutes: number) => new Date(Date.parse('2025-11-30T09:00:00Z') + minutes * 60_000).toISOString();
  zd.addTicket(
    { id: 1001, subject: 'Router drops every evening', status: 'open', priority: 'high', requester_id: 501, assignee_id: 7, created_at: t(0), updated_at: t(30), tags: ['router'], via: { channel: 'twitter', source: { rel: 'mention' } } },
    [
      { author_id: 501, body: '@acme my router drops every evening', plain_body: '@acme my router drops every evening', public: true, created_at: t(0) },
      { author_id: 7, body: 'Sorry Dana — we are on it', plain_body: 'Sorry Dana — we are on it', public: true, created_at: t(5) },
      { author_id: 7, body: 'Line test shows noise at the cabinet', plain_body: 'Line test shows noise at the cabinet', public: false, created_at: t(10) },
      { author_id: 501, body: 'Still dropping', plain_body: 'Still dropping', public: true, created_at: t(20), attachments: [{ id: 77, file_name: 'lights.jpg', content_url: 'https://acme.zendesk.com/attachments/77/lights.jpg', content_type: 'image/jpeg', size: 2048 }] },
      { author_id: 7, body: 'Engineer booked', plain_body: 'Engineer booked', public: false, created_at: t(30) },
    ],
  );
  zd.addTicket({ id: 1002, subject: 'Old bill question', status: 'solved', requester_id: 501, created_at: t(-9000), updated_at: t(-8000), via: { channel: 'email' } });
  zd.addTicket({ id: 1003, subject: 'Move my contract', status: 'hold', priority: null, requester_id: 501, created_at: t(-100), updated_at: t(-50), via: { channel: 'email' } });
  zd.openTicket = 1001;
  return zd;
}
