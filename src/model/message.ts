import type { CommunityPost, CommunityPostInput } from './community.js';
import type { IdInput, IsoDateTime, Maybe } from './scalars.js';
import type { SentimentScore, SentimentScoreInput } from './sentiment.js';

/** `agent` is staff; `community-advocate` a volunteer of the community (not staff); `moderator` moderates a community. */
export const PARTICIPANT_ROLES = ['customer', 'agent', 'community-advocate', 'bot', 'system', 'moderator'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Someone (or something) that writes in a conversation. */
export interface Participant {
  id: string;
  role: ParticipantRole;
  displayName: string;
  /** Handle on the channel, e.g. "@dana_k". */
  handle?: string;
  /** http(s) URL of an avatar image. */
  avatarUrl?: string;
  /** A community's rank for the author, e.g. "Expert" or "Level 4" (advocates, mostly). */
  rank?: string;
  /** A community badge of the author, e.g. "Top solution author". */
  badge?: string;
}

/** A participant as a host gives it. */
export interface ParticipantInput {
  id: IdInput;
  role: ParticipantRole;
  displayName: string;
  handle?: Maybe<string>;
  avatarUrl?: Maybe<string>;
  rank?: Maybe<string>;
  badge?: Maybe<string>;
}

export const VISIBILITIES = ['public', 'private', 'internal'] as const;
/** public: anyone can see it; private: the customer and the brand; internal: agents only (a note). */
export type Visibility = (typeof VISIBILITIES)[number];

export interface Attachment {
  id: string;
  /** MIME type, e.g. "image/jpeg". */
  type: string;
  /** http(s) URL; anything else is not shown as a link or image. */
  url: string;
  name?: string;
  /** Alternative text for images. */
  alt?: string;
  sizeBytes?: number;
}

/** An attachment as a host gives it. */
export interface AttachmentInput {
  id: IdInput;
  type: string;
  url: string;
  name?: Maybe<string>;
  alt?: Maybe<string>;
  sizeBytes?: Maybe<number>;
}

export const DELIVERY_STATES = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** A system event shown in the thread, such as "assigned" or "moved to private". */
export interface SystemEvent {
  type: 'assigned' | 'moved-to-private' | 'case-created' | 'status-changed' | 'identity-linked' | 'other';
  /** Extra facts, e.g. { to: "Priya", caseId: "00012345" }. */
  details?: Record<string, string>;
}

/** A system event as a host gives it: detail values are turned into strings. */
export interface SystemEventInput {
  type: SystemEvent['type'];
  details?: Maybe<Record<string, string | number | boolean | null>>;
}

/** One message of a conversation, on any channel. */
export interface Message {
  id: string;
  /** Id the sender chose for idempotent sends; the same client id never makes two messages. */
  clientId?: string;
  conversationId: string;
  /** Id of a channel of the conversation. */
  channelId: string;
  visibility: Visibility;
  author: Participant;
  text: string;
  /** ISO 8601 with a time zone. */
  createdAt: IsoDateTime;
  editedAt?: IsoDateTime;
  /** The author deleted it on the platform; the agent still sees it, marked deleted. */
  deleted?: boolean;
  inReplyTo?: string;
  attachments: Attachment[];
  delivery: DeliveryState;
  /** Why delivery failed, when it did. */
  error?: string;
  sentiment?: SentimentScore;
  /** Present on system messages (author role "system"). */
  event?: SystemEvent;
  /** Language tag of the text when known, e.g. "ar". */
  lang?: string;
  /** Permalink on the platform (http(s)). */
  url?: string;
  /** On a community (forum) post: accepted solution, kudos, endorsements, thanks, moderation. */
  community?: CommunityPost;
}

/**
 * A message as a host gives it. Required: `id`, `conversationId`, `channelId`, `visibility`, `author`,
 * `createdAt` (ISO 8601 with a time zone). Defaulted: `text` (""), `attachments` ([]), `delivery` ("sent").
 */
export interface MessageInput {
  id: IdInput;
  clientId?: Maybe<string>;
  conversationId: IdInput;
  channelId: IdInput;
  visibility: Visibility;
  author: ParticipantInput;
  text?: Maybe<string>;
  createdAt: IsoDateTime;
  editedAt?: Maybe<IsoDateTime>;
  deleted?: Maybe<boolean>;
  inReplyTo?: Maybe<IdInput>;
  attachments?: Maybe<readonly AttachmentInput[]>;
  delivery?: Maybe<DeliveryState>;
  error?: Maybe<string>;
  sentiment?: Maybe<SentimentScoreInput>;
  event?: Maybe<SystemEventInput>;
  lang?: Maybe<string>;
  url?: Maybe<string>;
  community?: Maybe<CommunityPostInput>;
}

/** What an agent sends: the adapter fills in ids, author and times. */
export interface OutgoingMessage {
  clientId: string;
  conversationId: string;
  channelId: string;
  visibility: Visibility;
  text: string;
  inReplyTo?: string;
  attachments?: Attachment[];
}

/** Orders messages by time, then id: deterministic whatever order they arrive in. */
export function compareMessages(a: Pick<Message, 'createdAt' | 'id'>, b: Pick<Message, 'createdAt' | 'id'>): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
