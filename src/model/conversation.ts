import type { Channel, ChannelInput } from './channel.js';
import type { RejectedMessage, DataIssue } from './issues.js';
import type { Message, MessageInput, Participant, ParticipantInput } from './message.js';
import type { IdInput, IsoDateTime, Maybe } from './scalars.js';
import type { SentimentScore, SentimentScoreInput } from './sentiment.js';

export const CONVERSATION_STATUSES = ['new', 'open', 'pending', 'on-hold', 'resolved', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type SlaKind = 'first-response' | 'next-response' | 'resolution';

/** One service-level clock with its due time. */
export interface SlaClock {
  kind: SlaKind;
  /** ISO 8601: when the clock started. */
  startedAt: string;
  /** ISO 8601: when it is due. */
  dueAt: string;
  /** ISO 8601: when it was met; absent while it runs. */
  metAt?: string;
  paused?: boolean;
}

/** Why a conversation is prioritised as it is. */
export interface PriorityReason {
  kind: 'sentiment' | 'value' | 'reach' | 'sla' | 'flood' | 'manual';
  text: string;
}

/** A conversation with one customer across any number of channels. */
export interface Conversation {
  id: string;
  customerId?: string;
  subject?: string;
  channels: Channel[];
  status: ConversationStatus;
  priority: Priority;
  priorityReasons?: PriorityReason[];
  sla: SlaClock[];
  participants: Participant[];
  /** Agent id of the assignee. */
  assigneeId?: string;
  createdAt: string;
  updatedAt: string;
  /** Conversation-level sentiment, when known. */
  sentiment?: SentimentScore;
  /** Id of the last message the current agent has read. */
  lastReadMessageId?: string;
  tags?: string[];
}

/** An SLA clock as a host gives it. */
export interface SlaClockInput {
  kind: SlaKind;
  startedAt: IsoDateTime;
  dueAt: IsoDateTime;
  metAt?: Maybe<IsoDateTime>;
  paused?: Maybe<boolean>;
}

/**
 * A conversation as a host gives it. Required: `id`, `channels` (at least the ones its messages
 * use), `status`, `createdAt`, `updatedAt`. Defaulted: `priority` ("normal"), `sla` ([]),
 * `participants` ([]).
 */
export interface ConversationInput {
  id: IdInput;
  customerId?: Maybe<IdInput>;
  subject?: Maybe<string>;
  channels: readonly ChannelInput[];
  status: ConversationStatus;
  priority?: Maybe<Priority>;
  priorityReasons?: Maybe<readonly PriorityReason[]>;
  sla?: Maybe<readonly SlaClockInput[]>;
  participants?: Maybe<readonly ParticipantInput[]>;
  assigneeId?: Maybe<IdInput>;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  sentiment?: Maybe<SentimentScoreInput>;
  lastReadMessageId?: Maybe<IdInput>;
  tags?: Maybe<readonly string[]>;
}

/**
 * A page of messages, newest first, as components receive it from the port boundary.
 *
 * A page with invalid messages is not failed whole: `messages` holds the valid ones and `rejected`
 * one entry for each invalid one (its index in the host's page, its id and time when readable, the
 * problems and the raw value). A component showing the page puts a placeholder where each rejected
 * message was, and reports each entry to the developer (`AdapterProblems.rejected` dispatches
 * `cx-adapter-error` and warns once per kind in the console). Only a page whose own shape is wrong
 * (not an object, `messages` not an array, a bad `nextCursor`) fails with an `InvalidDataError`.
 */
export interface MessagePage {
  /** The valid messages, newest first. */
  messages: Message[];
  /** Pass back to load the next (older) page; null when there is none. */
  nextCursor: string | null;
  /** The messages that could not be accepted, in the host's order; empty when all were valid. */
  rejected: RejectedMessage[];
  /**
   * What the boundary corrected, for the developer: a page that was not newest first was put in
   * order (`path` "messages"). Empty when nothing was corrected.
   */
  warnings: DataIssue[];
}

/**
 * A page of messages as a host gives it: newest first, at most the `limit` asked for. `nextCursor`
 * is the host's own cursor for the next older page (any string: an offset, an id, a token);
 * left out or null on the oldest page.
 */
export interface MessagePageInput {
  messages: readonly MessageInput[];
  nextCursor?: Maybe<string>;
  /** What another boundary upstream already rejected (a page relayed by the iframe bridge); kept as given. */
  rejected?: Maybe<readonly RejectedMessage[]>;
  /** What another boundary upstream already corrected; kept as given. */
  warnings?: Maybe<readonly DataIssue[]>;
}

/** Another agent looking at or typing in the same conversation. */
export interface Presence {
  agentId: string;
  displayName: string;
  activity: 'viewing' | 'typing';
  /** ISO 8601: after this the presence is stale unless renewed. */
  expiresAt: string;
}

/** What a conversation watch reports. */
export type ConversationEvent =
  | { type: 'message-added'; message: Message }
  | { type: 'message-updated'; message: Message }
  | { type: 'message-deleted'; messageId: string; conversationId: string }
  | { type: 'presence'; conversationId: string; presence: Presence }
  | { type: 'status'; conversationId: string; status: ConversationStatus };

/** A live event as a host gives it. */
export type ConversationEventInput =
  | { type: 'message-added'; message: MessageInput }
  | { type: 'message-updated'; message: MessageInput }
  | { type: 'message-deleted'; messageId: IdInput; conversationId: IdInput }
  | { type: 'presence'; conversationId: IdInput; presence: Presence }
  | { type: 'status'; conversationId: IdInput; status: ConversationStatus };

/** How to move a public conversation to a private route. */
export interface MoveToPrivateRequest {
  clientId: string;
  conversationId: string;
  /** Channel id or contact route to continue on, e.g. "x-dm", "email", "phone", "secure-link". */
  route: 'dm' | 'email' | 'phone' | 'secure-link';
  /** Public acknowledgement to post on the public channel; omitted to post none. */
  publicAcknowledgement?: { channelId: string; text: string };
  /** First private message. */
  privateMessage?: string;
  /** For the `secure-link` route: the link `createSecureLink` made for this move (its `id`). */
  secureLinkId?: string;
}

export type MoveStepName = 'public-acknowledgement' | 'private-channel' | 'link' | 'audit';

/** Each step of a move is reported separately so a partial failure retries only what failed. */
export interface MoveStepResult {
  step: MoveStepName;
  status: 'done' | 'skipped' | 'failed';
  error?: string;
  messageId?: string;
}

/**
 * What a move to private did. The boundary checks that `clientId` is the request's, that each step
 * is named once, and that `channelId` and `channel` agree.
 */
export interface MoveToPrivateResult {
  /** The request's client id. */
  clientId: string;
  /** Each step that ran (or was skipped), at most once each. */
  steps: MoveStepResult[];
  /** Id of the private channel the conversation continues on (`channel.id` when `channel` is given). */
  channelId?: string;
  /** The private channel itself, when the host made a new one: the thread can show it at once. */
  channel?: Channel;
  /**
   * The conversation the customer continues in, when the host opened a new one for the private
   * route (a new ticket for the DM); absent when the same conversation goes on.
   */
  privateConversationId?: string;
}

/** A move's result as a host gives it. */
export interface MoveToPrivateResultInput {
  clientId: string;
  steps: readonly { step: MoveStepName; status: MoveStepResult['status']; error?: Maybe<string>; messageId?: Maybe<IdInput> }[];
  channelId?: Maybe<IdInput>;
  channel?: Maybe<ChannelInput>;
  privateConversationId?: Maybe<IdInput>;
}

/** What `createSecureLink` is asked for: a one-time link to a private page for the customer of a conversation. */
export interface SecureLinkRequest {
  /** Makes the call idempotent: the same client id returns the same link. */
  clientId: string;
  conversationId: string;
  customerId?: string;
}

/** A secure one-time link the host made: the customer opens it to continue privately. */
export interface SecureLink {
  id: string;
  /** An https URL. */
  url: string;
  /** ISO 8601: when it stops working, when it does. */
  expiresAt?: string;
}

/** A secure link as a host gives it. */
export interface SecureLinkInput {
  id: IdInput;
  url: string;
  expiresAt?: Maybe<IsoDateTime>;
}
