import type {
  Activity,
  CaseSummary,
  CaseSummaryInput,
  CommunityActionRequest,
  CommunityHideRequest,
  CommunityThankRequest,
  ChannelKind,
  Conversation,
  ConversationEvent,
  ConversationEventInput,
  ConversationInput,
  ConversationStatus,
  Customer,
  CustomerCandidate,
  DialRequest,
  CustomerCandidateInput,
  CustomerInput,
  Identity,
  Interaction,
  KnowledgeResults,
  KnowledgeResultsInput,
  InteractionEvent,
  InteractionEventInput,
  InteractionInput,
  Maybe,
  MessageInput,
  MessagePage,
  MessagePageInput,
  Message,
  MoveToPrivateRequest,
  MoveToPrivateResult,
  MoveToPrivateResultInput,
  NewCase,
  OutgoingMessage,
  RawSentiment,
  RecordRef,
  SecureLink,
  SecureLinkInput,
  SecureLinkRequest,
} from '../model/index.js';

/*
 * Two sides of each port:
 *
 * - `…Input` ports (`ConversationSourceInput`, …) are what a host implements and passes to
 *   `createAdapter`: they return `…Input` data (defaulted fields optional), get an options object
 *   every time (with a signal), and may throw anything (HTTP-like statuses are mapped onto the
 *   typed errors).
 * - The plain ports (`ConversationSource`, …) are what components call on an `Adapter`: validated,
 *   full model types, typed errors only.
 */

/** Options every port call takes. Aborting the signal cancels the call. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of a subscription. Aborting the signal ends it, like calling the returned function. */
export interface WatchOptions extends CallOptions {
  /**
   * Called with an `AdapterError` when the host sends an event that is not valid (an
   * `InvalidDataError` naming the field; the event is dropped, the watch goes on), reports an error
   * of its own, or fails to subscribe at all.
   */
  onError?: (error: Error) => void;
}

export type Unsubscribe = () => void;

/** What the boundary passes to every call of a host's port: always an object, always a signal. */
export interface HostCallOptions {
  /** Aborts when the caller cancels or the call times out: pass it on to `fetch`. */
  signal: AbortSignal;
}

/** What the boundary passes to a host's `watch` / `subscribe`. */
export interface HostWatchOptions extends HostCallOptions {
  /** Report a failure of the subscription itself (connection lost); it reaches the caller's `onError` as a typed error. */
  onError: (error: unknown) => void;
}

/** What the boundary passes to a host's `loadMessages`. */
export interface HostLoadMessagesOptions extends HostCallOptions {
  /** A previous page's `nextCursor`; null for the newest page. */
  cursor: string | null;
  /** How many messages at most (the host may return fewer). */
  limit: number;
}

/** Announces interactions arriving at the agent: a CTI (Amazon Connect, Genesys, Flex) or the host. */
export interface InteractionSource {
  /** Calls the customer through the host's phone (click-to-dial); resolves once the call is placed. */
  dial?(request: DialRequest, options?: CallOptions): Promise<void>;
  subscribe(listener: (event: InteractionEvent) => void, options?: WatchOptions): Unsubscribe;
  /** The interaction the agent is handling now, if any. */
  current?(options?: CallOptions): Promise<Interaction | null>;
  /** Accepts an offered interaction; resolves with it, accepted. Accepting one accepted already returns it. */
  accept?(interactionId: string, options?: CallOptions): Promise<Interaction>;
}

/** A host's interaction source, as passed to `createAdapter`. */
export interface InteractionSourceInput {
  /** Click-to-dial: place the call in the host's phone. Resolves to nothing; throw to report a failure. */
  dial?(request: DialRequest, options: HostCallOptions): Promise<void>;
  /** Returns a function that ends the subscription (or nothing, and end it when the signal aborts). */
  subscribe(listener: (event: InteractionEventInput) => void, options: HostWatchOptions): Unsubscribe | void;
  current?(options: HostCallOptions): Promise<Maybe<InteractionInput>>;
  /** Accepts an offered interaction: resolve with it, accepted (its `state` "accepted"). */
  accept?(interactionId: string, options: HostCallOptions): Promise<InteractionInput>;
}

export interface LoadMessagesOptions extends CallOptions {
  /** From a previous page's `nextCursor`; omitted for the newest page. */
  cursor?: string | null;
  /** Page size; the adapter may return fewer. Default 50. */
  limit?: number;
}

export type PresenceActivity = 'viewing' | 'typing' | 'gone';

/** Holds conversations and their messages: the social or messaging platform, or a helpdesk. */
export interface ConversationSource {
  getConversation(id: string, options?: CallOptions): Promise<Conversation>;
  /** A page of messages, newest first; invalid messages are in `rejected`, not failing the page (see `MessagePage`). */
  loadMessages(conversationId: string, options?: LoadMessagesOptions): Promise<MessagePage>;
  /** New, updated and deleted messages, other agents' presence and status changes, live. */
  watch?(conversationId: string, listener: (event: ConversationEvent) => void, options?: WatchOptions): Unsubscribe;
  /** Sends a message. Sending the same `clientId` again returns the same message, never a second one. */
  send?(message: OutgoingMessage, options?: CallOptions): Promise<Message>;
  /** Takes a public conversation private; each step reported separately. Same `clientId` repeats only failed steps. */
  moveToPrivate?(request: MoveToPrivateRequest, options?: CallOptions): Promise<MoveToPrivateResult>;
  /** A secure one-time link for the customer to continue privately. The same `clientId` returns the same link. */
  createSecureLink?(request: SecureLinkRequest, options?: CallOptions): Promise<SecureLink>;
  /** Tells other agents this agent is viewing or typing. */
  setPresence?(conversationId: string, activity: PresenceActivity, options?: CallOptions): Promise<void>;
  setStatus?(conversationId: string, status: ConversationStatus, options?: CallOptions): Promise<void>;
}

/** A host's conversation source, as passed to `createAdapter`. */
export interface ConversationSourceInput {
  /** Throw `NotFoundError` (or an HTTP 404) for an unknown id. */
  getConversation(id: string, options: HostCallOptions): Promise<ConversationInput>;
  /** At most `limit` messages, newest first, starting after `cursor` (null: the newest page). */
  loadMessages(conversationId: string, options: HostLoadMessagesOptions): Promise<MessagePageInput>;
  watch?(conversationId: string, listener: (event: ConversationEventInput) => void, options: HostWatchOptions): Unsubscribe | void;
  /** Must be idempotent by `message.clientId`: the same client id returns the same message. */
  send?(message: OutgoingMessage, options: HostCallOptions): Promise<MessageInput>;
  moveToPrivate?(request: MoveToPrivateRequest, options: HostCallOptions): Promise<MoveToPrivateResultInput>;
  /** Must be idempotent by `request.clientId`; the link must be https. */
  createSecureLink?(request: SecureLinkRequest, options: HostCallOptions): Promise<SecureLinkInput>;
  /** Resolves to nothing; throw to report a failure. */
  setPresence?(conversationId: string, activity: PresenceActivity, options: HostCallOptions): Promise<void>;
  /** Resolves to nothing; throw to report a failure. */
  setStatus?(conversationId: string, status: ConversationStatus, options: HostCallOptions): Promise<void>;
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

/** A host's record directory, as passed to `createAdapter`. */
export interface CustomerDirectoryInput {
  getCustomer(id: string, options: HostCallOptions): Promise<CustomerInput>;
  findCandidates?(query: IdentityQuery, options: HostCallOptions): Promise<readonly CustomerCandidateInput[]>;
  linkIdentity?(customerId: string, identity: Identity, options: HostCallOptions): Promise<CustomerInput>;
  unlinkIdentity?(customerId: string, query: IdentityQuery, options: HostCallOptions): Promise<CustomerInput>;
  /** Resolves to nothing; throw to report a failure. */
  openRecord?(record: RecordRef, options: HostCallOptions): Promise<void>;
  createCase?(newCase: NewCase, options: HostCallOptions): Promise<CaseSummaryInput>;
  /** Resolves to nothing; throw to report a failure. */
  logActivity?(activity: Activity, options: HostCallOptions): Promise<void>;
}

/** A host's own sentiment service; replaces the built-in analyzer when present. */
export interface SentimentService {
  /** One result per text, in the same order, on the service's own scale. */
  analyze(texts: string[], options?: CallOptions & { language?: string }): Promise<RawSentiment[]>;
}

/** A host's sentiment service, as passed to `createAdapter`. */
export interface SentimentServiceInput {
  /** One result per text, in the same order, each a value on its `scale` (see `normalizeScore`). */
  analyze(texts: string[], options: HostCallOptions & { language?: string }): Promise<readonly RawSentiment[]>;
}

/** Options of a knowledge search. */
export interface KnowledgeSearchOptions extends CallOptions {
  /** The language the agent replies in (BCP 47), to rank articles in it first. */
  lang?: string;
  /** The kind of channel the reply goes out on ("x", "email"…), for hosts that keep channel-specific articles. */
  channel?: ChannelKind;
}

/** The host's knowledge base: articles (and resolved past answers) the agent can read, link and quote. */
export interface KnowledgeSource {
  /** Articles matching what the agent typed, best first. */
  search(query: string, options?: KnowledgeSearchOptions): Promise<KnowledgeResults>;
  /** Articles (and past answers) the host suggests for a conversation, best first. */
  suggest?(conversationId: string, options?: CallOptions): Promise<KnowledgeResults>;
}

/** A host's knowledge base, as passed to `createAdapter`. */
export interface KnowledgeSourceInput {
  /** Articles matching `query`, best first: an array, or `{ articles, answers }`. URLs must be http(s). */
  search(query: string, options: HostCallOptions & { lang?: string; channel?: ChannelKind }): Promise<KnowledgeResultsInput>;
  /** Suggestions for a conversation, best first, in the same shape as `search`'s. */
  suggest?(conversationId: string, options: HostCallOptions): Promise<KnowledgeResultsInput>;
}

/**
 * Acts on a community's posts (a forum with volunteer advocates): accept an answer as the solution,
 * endorse it, thank its author, hide it pending moderation. Every method is optional (a capability,
 * `community.accept` …), idempotent by the request's `clientId`, and answers with the post as it is
 * now; the boundary checks that it is the post asked about, in the state asked for.
 */
export interface CommunitySource {
  /** Marks the post as its thread's accepted solution (another accepted one stops being so). */
  accept?(request: CommunityActionRequest, options?: CallOptions): Promise<Message>;
  /** Adds a visible staff endorsement; never changes the post's words. */
  endorse?(request: CommunityActionRequest, options?: CallOptions): Promise<Message>;
  /** Thanks the post's author (an advocate). */
  thank?(request: CommunityThankRequest, options?: CallOptions): Promise<Message>;
  /** Hides the post from the community pending moderation, with a reason. */
  hide?(request: CommunityHideRequest, options?: CallOptions): Promise<Message>;
}

/** A host's community source, as passed to `createAdapter`. Each method must be idempotent by `request.clientId`. */
export interface CommunitySourceInput {
  /** Resolve with the post, its `community.accepted` true. */
  accept?(request: CommunityActionRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, the endorsement in `community.endorsements`. */
  endorse?(request: CommunityActionRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, `community.thanks` counting it. */
  thank?(request: CommunityThankRequest, options: HostCallOptions): Promise<MessageInput>;
  /** Resolve with the post, `community.hidden` giving the reason. */
  hide?(request: CommunityHideRequest, options: HostCallOptions): Promise<MessageInput>;
}

/** The ports, validated: what an `Adapter` offers components. */
export interface AdapterPorts {
  interactions?: InteractionSource;
  conversations?: ConversationSource;
  customers?: CustomerDirectory;
  sentiment?: SentimentService;
  knowledge?: KnowledgeSource;
  community?: CommunitySource;
}

/** The ports a host offers, to pass to `createAdapter`. Each may come from a different host; all are optional. */
export interface AdapterPortsInput {
  interactions?: InteractionSourceInput;
  conversations?: ConversationSourceInput;
  customers?: CustomerDirectoryInput;
  sentiment?: SentimentServiceInput;
  knowledge?: KnowledgeSourceInput;
  community?: CommunitySourceInput;
}

/** Everything a component can ask `has()` about. */
export const CAPABILITIES = [
  'interactions.subscribe',
  'interactions.current',
  'interactions.accept',
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
  'conversations.createSecureLink',
  'interactions.dial',
  'knowledge.search',
  'knowledge.suggest',
  'community.accept',
  'community.endorse',
  'community.thank',
  'community.hide',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** What components receive: the ports, validated at the boundary, and capability detection. */
export interface Adapter extends Readonly<AdapterPorts> {
  /** For logs and error messages, e.g. "demo", "salesforce+connect". */
  readonly name: string;
  /** Whether the host can do this; components hide what it can't. */
  has(capability: Capability): boolean;
}
