/**
 * The live ports: interactions arriving at the agent (`InteractionSource`) and the conversations they
 * open (`ConversationSource`), each as components call it and as a host implements it (`…Input`).
 */
import type {
  Conversation,
  ConversationEvent,
  ConversationEventInput,
  ConversationInput,
  ConversationStatus,
  DialRequest,
  Interaction,
  InteractionEvent,
  InteractionEventInput,
  InteractionInput,
  Maybe,
  Message,
  MessageInput,
  MessagePage,
  MessagePageInput,
  MoveToPrivateRequest,
  MoveToPrivateResult,
  MoveToPrivateResultInput,
  OutgoingMessage,
  SecureLink,
  SecureLinkInput,
  SecureLinkRequest,
} from '../model/index.js';
import type { CallOptions, WatchOptions, Unsubscribe, HostCallOptions, HostWatchOptions, HostLoadMessagesOptions } from './call-options.js';

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
