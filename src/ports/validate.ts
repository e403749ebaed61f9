/**
 * The model's validators: one `Check` per model type, each turning an `…Input` from a host into the
 * full model type (defaults filled, unknown keys dropped) or recording what is wrong with it.
 */
import {
  CONVERSATION_STATUSES,
  PRIORITIES,
  SENTIMENT_SCALES,
  CHANNEL_KINDS,
  defaultCapabilities,
  isChannelKind,
  type Channel,
  type ChannelCapabilities,
  type Conversation,
  type ConversationEvent,
  type Interaction,
  type InteractionEvent,
  type RawSentiment,
  type SecureLink,
} from '../model/index.js';
import { toUnitScore } from '../sentiment/normalize.js';
import { describeValue, isResponseLike } from './describe.js';
import { arrayOf, boolean, id, isoDate, object, oneOf, optional, range, record, string, withDefault, type Check } from './schema.js';
import { count, nonNegative } from './validate-numbers.js';

export * from './validate-customers.js';
export { knowledgeArticle, pastAnswer, knowledgeResults, articleList } from './validate-knowledge.js';
export { communityPost, communityResult, isOfficialReply, type CommunityOutcome } from './validate-community.js';

const empty = <T>(): T[] => [];

import { message, participant, sentimentDriver, sentimentScore } from './validate-message.js';

export { message, participant, sentimentDriver, sentimentScore };

/** Unknown channel kinds are kept as "other" (shown, never replied on) rather than rejected. */
const channelKind: Check<Channel['kind']> = (value, scope) => {
  if (typeof value !== 'string' || value === '') return scope.fail('must be a channel kind such as "x", "email" or "chat"', value);
  return isChannelKind(value) ? value : 'other';
};

const capabilitiesPatch = optional(
  object({
    canReply: optional(boolean),
    maxLength: optional(count),
    counting: optional(oneOf(['characters', 'utf16', 'x-weighted', 'none'] as const)),
    replyWindow: optional(object({ hours: nonNegative, reason: string })),
    privateReply: optional(object({ maxPerComment: count, withinDays: nonNegative })),
    maxConsecutiveAgentMessages: optional(count),
    attachments: optional(object({ allowed: boolean, maxCount: count, types: arrayOf(string) })),
    canTakePrivate: optional(boolean),
  }),
);

const channelFields = object({ id: id, kind: channelKind, public: boolean, name: optional(string), capabilities: capabilitiesPatch });

/** A channel; `name` defaults to its id, `capabilities` to those of its kind (given fields override them). */
export const channel: Check<Channel> = (value, scope) => {
  const parsed = channelFields(value, scope);
  if (!parsed) return parsed;
  const capabilities: ChannelCapabilities = { ...defaultCapabilities(parsed.kind, parsed.public), ...(parsed.capabilities as Partial<ChannelCapabilities>) };
  return { id: parsed.id, kind: parsed.kind, public: parsed.public, name: parsed.name || parsed.id, capabilities };
};

const slaClock = object({
  kind: oneOf(['first-response', 'next-response', 'resolution'] as const),
  startedAt: isoDate,
  dueAt: isoDate,
  metAt: optional(isoDate),
  paused: optional(boolean),
});

export const conversation: Check<Conversation> = object({
  id: id,
  customerId: optional(id),
  subject: optional(string),
  channels: arrayOf(channel),
  status: oneOf(CONVERSATION_STATUSES),
  priority: withDefault(oneOf(PRIORITIES), () => 'normal' as const),
  priorityReasons: optional(arrayOf(object({ kind: oneOf(['sentiment', 'value', 'reach', 'sla', 'flood', 'manual'] as const), text: string }))),
  sla: withDefault(arrayOf(slaClock), empty),
  participants: withDefault(arrayOf(participant), empty),
  assigneeId: optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
  sentiment: optional(sentimentScore),
  lastReadMessageId: optional(id),
  tags: optional(arrayOf(string)),
});

export const interaction: Check<Interaction> = object({
  id: id,
  channel: oneOf(CHANNEL_KINDS),
  direction: oneOf(['inbound', 'outbound'] as const),
  customerAddress: string,
  conversationId: optional(id),
  customerId: optional(id),
  queue: optional(string),
  attributes: withDefault(record, () => ({})),
  receivedAt: isoDate,
  state: oneOf(['offered', 'accepted', 'ended'] as const),
});

/** `interactions.current`: an interaction, or null when the agent is handling none. */
export const currentInteraction: Check<Interaction | null> = (value, scope) => (value === undefined || value === null ? null : interaction(value, scope));

export const interactionEvent: Check<InteractionEvent> = object({ type: oneOf(['offered', 'accepted', 'ended'] as const), interaction });

const presence = object({
  agentId: id,
  displayName: string,
  activity: oneOf(['viewing', 'typing'] as const),
  expiresAt: isoDate,
});

const eventType = object({ type: oneOf(['message-added', 'message-updated', 'message-deleted', 'presence', 'status'] as const) });
const messageEvent = object({ message });
const deletedEvent = object({ messageId: id, conversationId: id });
const presenceEvent = object({ conversationId: id, presence });
const statusEvent = object({ conversationId: id, status: oneOf(CONVERSATION_STATUSES) });

export const conversationEvent: Check<ConversationEvent> = (value, scope) => {
  const before = scope.count;
  const head = eventType(value, scope);
  if (scope.count > before) return undefined as never;
  const type = head.type;
  switch (type) {
    case 'message-added':
    case 'message-updated':
      return { type: type as 'message-added', message: messageEvent(value, scope).message };
    case 'message-deleted':
      return { type, ...deletedEvent(value, scope) };
    case 'presence':
      return { type, ...presenceEvent(value, scope) };
    case 'status':
      return { type, ...statusEvent(value, scope) };
  }
};

/**
 * The result of a call that has nothing to return (`setPresence`, `setStatus`, `openRecord`,
 * `logActivity`): nothing, or a successful `fetch` Response. A failure must be thrown, not returned.
 */
export const nothing: Check<undefined> = (value, scope) => {
  if (value === undefined || value === null || (isResponseLike(value) && value.ok)) return undefined;
  return scope.problem(`must resolve to nothing (return undefined; throw to report a failure), got ${describeValue(value)}`, value);
};

const rawSentimentFields = object({
  value: (value, scope) => (typeof value === 'number' || typeof value === 'string' ? value : scope.fail('must be a number or a label', value)),
  scale: oneOf(SENTIMENT_SCALES),
  confidence: optional(range(0, 1)),
  drivers: optional(arrayOf(sentimentDriver)),
});

/** One score from a host's sentiment service: a value that can be read on its scale. */
export const rawSentiment: Check<RawSentiment> = (value, scope) => {
  const before = scope.count;
  const parsed = rawSentimentFields(value, scope) as RawSentiment;
  if (scope.count > before) return parsed;
  try {
    toUnitScore(parsed.value, parsed.scale);
  } catch (error) {
    scope.enter('value');
    scope.problem(`must be a value on the ${parsed.scale} scale: ${(error as Error).message.replace(/\.$/, '')}`, parsed.value);
    scope.leave();
  }
  return parsed;
};

/** `sentiment.analyze`: one raw score per text, in the texts' order. */
export const rawSentiments =
  (count: number): Check<RawSentiment[]> =>
  (value, scope) => {
    if (!Array.isArray(value) || value.length !== count) return scope.fail(`must be an array of ${count} result${count === 1 ? '' : 's'}, one per text`, value);
    return arrayOf(rawSentiment)(value, scope);
  };

const secureLinkFields = object({ id: id, url: string, expiresAt: optional(isoDate) });

/** `conversations.createSecureLink`: a link with an id, on https (it goes to the customer in the open). */
export const secureLink: Check<SecureLink> = (value, scope) => {
  const before = scope.count;
  const parsed = secureLinkFields(value, scope);
  if (scope.count > before) return parsed;
  let https = false;
  try {
    https = new URL(parsed.url).protocol === 'https:';
  } catch {
    // not a URL: reported below
  }
  if (!https) {
    scope.enter('url');
    scope.problem(`must be an https URL, got ${describeValue(parsed.url)}`, parsed.url);
    scope.leave();
  }
  return parsed;
};
