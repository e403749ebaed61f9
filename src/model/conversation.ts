import type { Channel } from './channel.js';
import type { Message, Participant } from './message.js';
import type { SentimentScore } from './sentiment.js';

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

/** A page of messages, newest first. */
export interface MessagePage {
  messages: Message[];
  /** Pass back to load the next (older) page; null when there is none. */
  nextCursor: string | null;
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
}

export type MoveStepName = 'public-acknowledgement' | 'private-channel' | 'link' | 'audit';

/** Each step of a move is reported separately so a partial failure retries only what failed. */
export interface MoveStepResult {
  step: MoveStepName;
  status: 'done' | 'skipped' | 'failed';
  error?: string;
  messageId?: string;
}

export interface MoveToPrivateResult {
  clientId: string;
  steps: MoveStepResult[];
  /** The private channel the conversation continues on. */
  channelId?: string;
}
