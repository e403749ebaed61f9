import type {
  Activity,
  CaseSummary,
  ChannelKind,
  Conversation,
  ConversationEvent,
  ConversationStatus,
  Customer,
  CustomerCandidate,
  Identity,
  Interaction,
  InteractionEvent,
  Message,
  MessagePage,
  MoveToPrivateRequest,
  MoveToPrivateResult,
  NewCase,
  OutgoingMessage,
  RawSentiment,
  RecordRef,
} from '../model/index.js';

/** Options every port call takes. Aborting the signal cancels the call. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of a subscription. Aborting the signal ends it, like calling the returned function. */
export interface WatchOptions extends CallOptions {
  /** Called when the host sends an event that is not valid; the event is dropped, the watch goes on. */
  onError?: (error: Error) => void;
}

export type Unsubscribe = () => void;

/** Announces interactions arriving at the agent: a CTI (Amazon Connect, Genesys, Flex) or the host. */
export interface InteractionSource {
  subscribe(listener: (event: InteractionEvent) => void, options?: WatchOptions): Unsubscribe;
  /** The interaction the agent is handling now, if any. */
  current?(options?: CallOptions): Promise<Interaction | null>;
}

export interface LoadMessagesOptions extends CallOptions {
  /** From a previous page's `nextCursor`; omitted for the newest page. */
  cursor?: string | null;
  /** Page size; the adapter may return fewer. */
  limit?: number;
}

export type PresenceActivity = 'viewing' | 'typing' | 'gone';

/** Holds conversations and their messages: the social or messaging platform, or a helpdesk. */
export interface ConversationSource {
  getConversation(id: string, options?: CallOptions): Promise<Conversation>;
  /** A page of messages, newest first. */
  loadMessages(conversationId: string, options?: LoadMessagesOptions): Promise<MessagePage>;
  /** New, updated and deleted messages, other agents' presence and status changes, live. */
  watch?(conversationId: string, listener: (event: ConversationEvent) => void, options?: WatchOptions): Unsubscribe;
  /** Sends a message. Sending the same `clientId` again returns the same message, never a second one. */
  send?(message: OutgoingMessage, options?: CallOptions): Promise<Message>;
  /** Takes a public conversation private; each step reported separately. Same `clientId` repeats only failed steps. */
  moveToPrivate?(request: MoveToPrivateRequest, options?: CallOptions): Promise<MoveToPrivateResult>;
  /** Tells other agents this agent is viewing or typing. */
  setPresence?(conversationId: string, activity: PresenceActivity, options?: CallOptions): Promise<void>;
  setStatus?(conversationId: string, status: ConversationStatus, options?: CallOptions): Promise<void>;
}

/** An identity to look up: a handle or address on a channel. */
export interface IdentityQuery {
  channel: ChannelKind;
  handle: string;
}

/** The record host: the CRM (Salesforce, Dynamics, Zendesk, …) that holds customers and cases. */
export interface CustomerDirectory {
  getCustomer(id: string, options?: CallOptions): Promise<Customer>;
  /** Customers who may own an identity, best first. */
  findCandidates?(query: IdentityQuery, options?: CallOptions): Promise<CustomerCandidate[]>;
  linkIdentity?(customerId: string, identity: Identity, options?: CallOptions): Promise<Customer>;
  unlinkIdentity?(customerId: string, query: IdentityQuery, options?: CallOptions): Promise<Customer>;
  /** Opens the record in the host's own UI (a tab, a console subtab). */
  openRecord?(record: RecordRef, options?: CallOptions): Promise<void>;
  createCase?(newCase: NewCase, options?: CallOptions): Promise<CaseSummary>;
  logActivity?(activity: Activity, options?: CallOptions): Promise<void>;
}

/** A host's own sentiment service; replaces the built-in analyzer when present. */
export interface SentimentService {
  /** One result per text, in the same order, on the service's own scale. */
  analyze(texts: string[], options?: CallOptions & { language?: string }): Promise<RawSentiment[]>;
}

/** The ports a host offers. Each may come from a different host; all are optional. */
export interface AdapterPorts {
  interactions?: InteractionSource;
  conversations?: ConversationSource;
  customers?: CustomerDirectory;
  sentiment?: SentimentService;
}

/** Everything a component can ask `has()` about. */
export const CAPABILITIES = [
  'interactions.subscribe',
  'interactions.current',
  'conversations.get',
  'conversations.load',
  'conversations.watch',
  'conversations.send',
  'conversations.moveToPrivate',
  'conversations.setPresence',
  'conversations.setStatus',
  'customers.get',
  'customers.findCandidates',
  'customers.linkIdentity',
  'customers.unlinkIdentity',
  'customers.openRecord',
  'customers.createCase',
  'customers.logActivity',
  'sentiment.analyze',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** What components receive: the ports, validated at the boundary, and capability detection. */
export interface Adapter extends Readonly<AdapterPorts> {
  /** For logs and error messages, e.g. "demo", "salesforce+connect". */
  readonly name: string;
  /** Whether the host can do this; components hide what it can't. */
  has(capability: Capability): boolean;
}
