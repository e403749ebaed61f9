/**
 * Fakes of Amazon Connect, written from the vendor's typings (amazon-connect-streams' `connect.Contact`,
 * `connect.Agent`; amazon-connect-chatjs' chat session; @amazon-connect/contact's `ContactClient`)
 * and the Participant Service's transcript paging: newest first with `SortOrder: DESCENDING`, a
 * `NextToken` for the next older page.
 */
import type { ChatItem, ChatSession, StreamsAgent, StreamsApi, StreamsContact, WorkspaceContactClient, WorkspaceContactEvent } from '../../../src/adapters/hosts/amazon-connect/index.js';

type Callback = (contact: StreamsContact) => void;
const EVENTS = ['incoming', 'connecting', 'accepted', 'connected', 'missed', 'ended', 'destroy'] as const;
type ContactEvent = (typeof EVENTS)[number];

export interface FakeContactData {
  id: string;
  type: string;
  subtype?: string;
  attributes?: Record<string, string>;
  queue?: string;
  queuedAt?: Date;
  phoneNumber?: string;
  inbound?: boolean;
  chat?: FakeChatSession;
}

export class FakeContact implements StreamsContact {
  readonly #handlers = new Map<ContactEvent, Set<Callback>>();
  constructor(readonly data: FakeContactData) {}
  getContactId() {
    return this.data.id;
  }
  getType() {
    return this.data.type;
  }
  getAttributes() {
    return Object.fromEntries(Object.entries(this.data.attributes ?? {}).map(([name, value]) => [name, { name, value }]));
  }
  getSegmentAttributes() {
    return this.data.subtype ? { 'connect:Subtype': { valueString: this.data.subtype } } : {};
  }
  getQueue() {
    return this.data.queue ? { name: this.data.queue, queueARN: `arn:queue/${this.data.queue}`, queueId: this.data.queue } : null;
  }
  getQueueTimestamp() {
    return this.data.queuedAt ?? null;
  }
  isInbound() {
    return this.data.inbound ?? true;
  }
  getInitialConnection() {
    return { getEndpoint: () => (this.data.phoneNumber ? { phoneNumber: this.data.phoneNumber, name: '' } : { name: '' }) };
  }
  getAgentConnection() {
    const chat = this.data.chat;
    return { getEndpoint: () => null, ...(chat ? { getMediaController: async () => chat } : {}) };
  }
  getStatus() {
    return { type: 'connecting' };
  }
  #on(event: ContactEvent, callback: Callback) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, new Set());
    this.#handlers.get(event)!.add(callback);
    return { unsubscribe: () => this.#handlers.get(event)!.delete(callback) };
  }
  onIncoming = (c: Callback) => this.#on('incoming', c);
  onConnecting = (c: Callback) => this.#on('connecting', c);
  onAccepted = (c: Callback) => this.#on('accepted', c);
  onConnected = (c: Callback) => this.#on('connected', c);
  onMissed = (c: Callback) => this.#on('missed', c);
  onEnded = (c: Callback) => this.#on('ended', c);
  onDestroy = (c: Callback) => this.#on('destroy', c);
  /** Streams firing an event; each handler is called as Streams calls it. */
  fire(event: ContactEvent): void {
    for (const handler of this.#handlers.get(event) ?? []) handler(this);
  }
}

/** The global `connect`. */
export class FakeStreams implements StreamsApi {
  readonly contacts: FakeContact[] = [];
  readonly #contactCallbacks: Callback[] = [];
  readonly dialled: string[] = [];
  readonly Endpoint = { byPhoneNumber: (phoneNumber: string) => ({ type: 'phone_number', phoneNumber }) };
  readonly agentApi: StreamsAgent = {
    getContacts: () => this.contacts,
    connect: (endpoint, options) => {
      this.dialled.push((endpoint as { phoneNumber: string }).phoneNumber);
      options?.success?.();
    },
  };
  contact(callback: Callback) {
    this.#contactCallbacks.push(callback);
    for (const contact of this.contacts) callback(contact); // Streams reports contacts that already exist
    return { unsubscribe: () => undefined };
  }
  agent(callback: (agent: StreamsAgent) => void) {
    callback(this.agentApi);
    return { unsubscribe: () => undefined };
  }
  /** A new contact reaches the agent. */
  add(data: FakeContactData): FakeContact {
    const contact = new FakeContact(data);
    this.contacts.push(contact);
    for (const callback of this.#contactCallbacks) callback(contact);
    return contact;
  }
}

/** The agent's chat session: a transcript kept oldest first, paged newest first. */
export class FakeChatSession implements ChatSession {
  readonly items: ChatItem[] = [];
  readonly sent: { contentType: string; message: string }[] = [];
  readonly #handlers: ((event: { data: ChatItem }) => void)[] = [];
  #next = 1;
  failNext?: 'error' | 'junk';
  constructor(readonly start = Date.parse('2025-11-30T09:00:00Z')) {}

  item(role: string, content: string, extra: Partial<ChatItem> = {}): ChatItem {
    const n = this.#next++;
    return { Id: `item-${n}`, Type: 'MESSAGE', ParticipantRole: role, ParticipantId: `p-${role.toLowerCase()}`, DisplayName: role === 'CUSTOMER' ? 'Dana K' : 'Agent Ravi', Content: content, ContentType: 'text/plain', AbsoluteTime: new Date(this.start + n * 60_000).toISOString(), ...extra };
  }
  /** Adds to the transcript and delivers it live, as the chat service does. */
  push(item: ChatItem): ChatItem {
    this.items.push(item);
    for (const handler of this.#handlers) handler({ data: item });
    return item;
  }
  async getTranscript(args: { maxResults?: number; nextToken?: string; scanDirection?: string; sortOrder?: string }) {
    if (this.failNext === 'error') {
      this.failNext = undefined;
      throw Object.assign(new Error('ChatJS: getTranscript failed'), { type: 'ThrottlingException' });
    }
    const newestFirst = [...this.items].reverse();
    const from = args.nextToken ? Number(args.nextToken) : 0;
    const size = Math.min(args.maxResults ?? 15, 100);
    const page = newestFirst.slice(from, from + size);
    const next = from + size < newestFirst.length ? String(from + size) : undefined;
    return { data: { InitialContactId: 'c', Transcript: args.sortOrder === 'DESCENDING' ? page : [...page].reverse(), ...(next ? { NextToken: next } : {}) } };
  }
  /** Whether anyone listens for live items yet. */
  get listening(): boolean {
    return this.#handlers.length > 0;
  }
  onMessage(handler: (event: { data: ChatItem }) => void) {
    this.#handlers.push(handler);
  }
  async sendMessage(args: { contentType: string; message: string }) {
    this.sent.push(args);
    const item = this.push(this.item('AGENT', args.message, { ContentType: args.contentType }));
    return { data: { Id: item.Id!, AbsoluteTime: item.AbsoluteTime! } };
  }
}

type Handler = (event: WorkspaceContactEvent) => Promise<void>;

/** `ContactClient` of the agent-workspace SDK, with look-ups the test controls. */
export class FakeContactClient implements WorkspaceContactClient {
  readonly #handlers = new Map<string, Set<Handler>>();
  attributes = new Map<string, Record<string, string>>();
  getAttributesCall: (contactId: string) => Promise<Record<string, string>> = async (id) => this.attributes.get(id) ?? {};
  getQueueCall: (contactId: string) => Promise<{ name: string }> = async () => ({ name: 'Support' });
  getQueueTimestamp = async () => new Date('2025-11-30T09:00:00Z');
  getAttributes(contactId: string, filter: string[] | '*') {
    if (filter !== '*') throw new Error('the bridge asks for every attribute');
    return this.getAttributesCall(contactId);
  }
  getQueue(contactId: string) {
    return this.getQueueCall(contactId);
  }
  #on = (name: string) => (handler: Handler) => void (this.#handlers.get(name) ?? this.#handlers.set(name, new Set()).get(name)!).add(handler);
  #off = (name: string) => (handler: Handler) => void this.#handlers.get(name)?.delete(handler);
  onIncoming = this.#on('incoming');
  offIncoming = this.#off('incoming');
  onConnecting = this.#on('connecting');
  offConnecting = this.#off('connecting');
  onConnected = this.#on('connected');
  offConnected = this.#off('connected');
  onMissed = this.#on('missed');
  offMissed = this.#off('missed');
  onCleared = this.#on('cleared');
  offCleared = this.#off('cleared');
  onDestroyed = this.#on('destroyed');
  offDestroyed = this.#off('destroyed');
  handlerCount(): number {
    return [...this.#handlers.values()].reduce((n, set) => n + set.size, 0);
  }
  /** The SDK delivering a lifecycle event; resolves when every handler has. */
  fire(name: string, event: WorkspaceContactEvent): Promise<unknown> {
    return Promise.all([...(this.#handlers.get(name) ?? [])].map((handler) => handler(event)));
  }
}
