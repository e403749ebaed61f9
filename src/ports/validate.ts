import {
  CHANNEL_KINDS,
  CONVERSATION_STATUSES,
  DELIVERY_STATES,
  PARTICIPANT_ROLES,
  PRIORITIES,
  SENTIMENT_LABELS,
  VISIBILITIES,
  defaultCapabilities,
  isChannelKind,
  type Channel,
  type ChannelCapabilities,
  type Conversation,
  type ConversationEvent,
  type Customer,
  type CustomerCandidate,
  type Interaction,
  type InteractionEvent,
  type Message,
  type MessagePage,
  type SentimentScore,
} from '../model/index.js';
import {
  arrayOf,
  boolean,
  id,
  isoDate,
  number,
  object,
  oneOf,
  optional,
  range,
  record,
  string,
  withDefault,
  type Check,
} from './schema.js';

const empty = <T>(): T[] => [];

const sentimentDriver = object({
  text: string,
  weight: number,
  kind: oneOf(['word', 'phrase', 'emoji', 'emoticon', 'rule'] as const),
  modifiers: optional(arrayOf(string)),
});

export const sentimentScore: Check<SentimentScore> = object({
  score: range(-1, 1),
  label: oneOf(SENTIMENT_LABELS),
  confidence: range(0, 1),
  source: withDefault(oneOf(['built-in', 'adapter', 'agent'] as const), () => 'adapter' as const),
  drivers: withDefault(arrayOf(sentimentDriver), empty),
  originalLabel: optional(oneOf(SENTIMENT_LABELS)),
});

const participant = object({
  id: id,
  role: oneOf(PARTICIPANT_ROLES),
  displayName: string,
  handle: optional(string),
  avatarUrl: optional(string),
});

const attachment = object({
  id: id,
  type: string,
  url: string,
  name: optional(string),
  alt: optional(string),
  sizeBytes: optional(number),
});

export const message: Check<Message> = object({
  id: id,
  clientId: optional(string),
  conversationId: id,
  channelId: id,
  visibility: oneOf(VISIBILITIES),
  author: participant,
  text: withDefault(string, () => ''),
  createdAt: isoDate,
  editedAt: optional(isoDate),
  deleted: optional(boolean),
  inReplyTo: optional(string),
  attachments: withDefault(arrayOf(attachment), empty),
  delivery: withDefault(oneOf(DELIVERY_STATES), () => 'sent' as const),
  error: optional(string),
  sentiment: optional(sentimentScore),
  event: optional(
    object({
      type: oneOf(['assigned', 'moved-to-private', 'case-created', 'status-changed', 'identity-linked', 'other'] as const),
      details: optional(record),
    }),
  ),
  lang: optional(string),
  url: optional(string),
});

export const messagePage: Check<MessagePage> = object({
  messages: arrayOf(message),
  nextCursor: withDefault(string, () => null as unknown as string) as Check<string | null>,
});

/** Unknown channel kinds are kept as "other" (shown, never replied on) rather than rejected. */
const channelKind: Check<Channel['kind']> = (value, path) => {
  const kind = string(value, path);
  return isChannelKind(kind) ? kind : 'other';
};

const capabilitiesPatch = optional(
  object({
    canReply: optional(boolean),
    maxLength: optional(number),
    counting: optional(oneOf(['characters', 'utf16', 'x-weighted', 'none'] as const)),
    replyWindow: optional(object({ hours: number, reason: string })),
    privateReply: optional(object({ maxPerComment: number, withinDays: number })),
    maxConsecutiveAgentMessages: optional(number),
    attachments: optional(object({ allowed: boolean, maxCount: number, types: arrayOf(string) })),
    canTakePrivate: optional(boolean),
  }),
);

export const channel: Check<Channel> = (value, path) => {
  const parsed = object({ id: id, kind: channelKind, public: boolean, name: withDefault(string, () => ''), capabilities: capabilitiesPatch })(value, path);
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
  customerId: optional(string),
  subject: optional(string),
  channels: arrayOf(channel),
  status: oneOf(CONVERSATION_STATUSES),
  priority: withDefault(oneOf(PRIORITIES), () => 'normal' as const),
  priorityReasons: optional(arrayOf(object({ kind: oneOf(['sentiment', 'value', 'reach', 'sla', 'flood', 'manual'] as const), text: string }))),
  sla: withDefault(arrayOf(slaClock), empty),
  participants: withDefault(arrayOf(participant), empty),
  assigneeId: optional(string),
  createdAt: isoDate,
  updatedAt: isoDate,
  sentiment: optional(sentimentScore),
  lastReadMessageId: optional(string),
  tags: optional(arrayOf(string)),
});

const identity = object({
  channel: oneOf(CHANNEL_KINDS),
  handle: string,
  verified: withDefault(boolean, () => false),
  evidence: object({
    method: oneOf(['verified-login', 'matched-email', 'matched-phone', 'agent-linked', 'customer-stated', 'inferred'] as const),
    source: string,
    linkedAt: isoDate,
    confidence: range(0, 1),
    note: optional(string),
  }),
});

const caseSummary = object({
  id: id,
  subject: string,
  status: oneOf(['new', 'open', 'pending', 'escalated', 'solved', 'closed'] as const),
  priority: withDefault(oneOf(['low', 'normal', 'high', 'urgent'] as const), () => 'normal' as const),
  openedAt: isoDate,
  url: optional(string),
});
export const caseSummaryCheck = caseSummary;

export const customer: Check<Customer> = object({
  id: id,
  record: object({ system: string, type: string, id: id, url: optional(string) }),
  name: string,
  email: optional(string),
  phone: optional(string),
  avatarUrl: optional(string),
  identities: withDefault(arrayOf(identity), empty),
  value: object({
    tier: oneOf(['standard', 'silver', 'gold', 'platinum', 'vip'] as const),
    lifetimeValue: number,
    currency: string,
    since: optional(isoDate),
    churnRisk: optional(oneOf(['low', 'medium', 'high'] as const)),
  }),
  influence: optional(object({ followers: number, verified: boolean, reach: optional(range(0, 100)) })),
  openCases: withDefault(arrayOf(caseSummary), empty),
  orders: withDefault(
    arrayOf(
      object({
        id: id,
        product: string,
        status: oneOf(['placed', 'shipped', 'delivered', 'delayed', 'returned', 'cancelled', 'active'] as const),
        amount: number,
        currency: string,
        date: isoDate,
      }),
    ),
    empty,
  ),
  offers: withDefault(arrayOf(object({ id: id, title: string, reason: string, score: optional(range(0, 1)) })), empty),
  consent: withDefault(
    object({
      email: boolean,
      sms: boolean,
      phone: boolean,
      marketing: boolean,
      preferred: optional(oneOf(['email', 'sms', 'phone', 'dm', 'whatsapp'] as const)),
      language: optional(string),
      timeZone: optional(string),
    }),
    () => ({ email: false, sms: false, phone: false, marketing: false }),
  ),
  notes: withDefault(arrayOf(object({ id: id, text: string, author: string, createdAt: isoDate })), empty),
  locale: optional(string),
});

export const customerCandidates: Check<CustomerCandidate[]> = arrayOf(object({ customer, confidence: range(0, 1), reason: string }));

export const interaction: Check<Interaction> = object({
  id: id,
  channel: oneOf(CHANNEL_KINDS),
  direction: oneOf(['inbound', 'outbound'] as const),
  customerAddress: string,
  conversationId: optional(string),
  customerId: optional(string),
  queue: optional(string),
  attributes: withDefault(record, () => ({})),
  receivedAt: isoDate,
  state: oneOf(['offered', 'accepted', 'ended'] as const),
});

export const interactionEvent: Check<InteractionEvent> = (value, path) => {
  const parsed = object({ type: oneOf(['offered', 'accepted', 'ended'] as const), interaction })(value, path);
  return parsed as InteractionEvent;
};

const presence = object({
  agentId: id,
  displayName: string,
  activity: oneOf(['viewing', 'typing'] as const),
  expiresAt: isoDate,
});

export const conversationEvent: Check<ConversationEvent> = (value, path) => {
  const { type } = object({ type: oneOf(['message-added', 'message-updated', 'message-deleted', 'presence', 'status'] as const) })(value, path);
  switch (type) {
    case 'message-added':
    case 'message-updated':
      return { type, message: object({ message })(value, path).message };
    case 'message-deleted':
      return { type, ...object({ messageId: id, conversationId: id })(value, path) };
    case 'presence':
      return { type, ...object({ conversationId: id, presence })(value, path) };
    case 'status':
      return { type, ...object({ conversationId: id, status: oneOf(CONVERSATION_STATUSES) })(value, path) };
  }
};
