/**
 * The validator of a message: the one check that runs 100 000 times for a big page, so it is
 * written out field by field (named property reads and an object literal of a fixed shape, which
 * engines optimise; a loop over a shape's keys reads and writes by computed key, about five times
 * slower). Its fields match `Message` and `MessageInput` one to one.
 */
import {
  DELIVERY_STATES,
  PARTICIPANT_ROLES,
  SENTIMENT_LABELS,
  VISIBILITIES,
  labelForScore,
  type Attachment,
  type CommunityPost,
  type Message,
  type Participant,
  type SentimentScore,
  type SystemEvent,
} from '../model/index.js';
import { count } from './validate-numbers.js';
import { communityPost } from './validate-community.js';
import { arrayOf, boolean, id, isObject, isoDate, number, object, oneOf, optional, range, record, string, withDefault, type Check, type Scope } from './schema.js';

const empty = <T>(): T[] => [];

export const sentimentDriver = object({
  text: string,
  weight: number,
  kind: oneOf(['word', 'phrase', 'emoji', 'emoticon', 'rule'] as const),
  modifiers: optional(arrayOf(string)),
});

const sentimentFields = object({
  score: range(-1, 1),
  label: optional(oneOf(SENTIMENT_LABELS)),
  confidence: range(0, 1),
  source: withDefault(oneOf(['built-in', 'adapter', 'agent'] as const), () => 'adapter' as const),
  drivers: withDefault(arrayOf(sentimentDriver), empty),
  originalLabel: optional(oneOf(SENTIMENT_LABELS)),
});

/** A sentiment score; `label` defaults to the one of its score. */
export const sentimentScore: Check<SentimentScore> = (value, scope) => {
  const parsed = sentimentFields(value, scope);
  return parsed && { ...parsed, label: parsed.label ?? labelForScore(parsed.score) };
};

const role = oneOf(PARTICIPANT_ROLES);
const text = optional(string);

export const participant: Check<Participant> = (value, scope) => {
  if (!isObject(value)) return scope.fail('must be an object', value);
  const out: Participant = {
    id: scope.at('id', id, value.id),
    role: scope.at('role', role, value.role),
    displayName: scope.at('displayName', string, value.displayName),
  };
  const handle = scope.at('handle', text, value.handle);
  if (handle !== undefined) out.handle = handle;
  const avatarUrl = scope.at('avatarUrl', text, value.avatarUrl);
  if (avatarUrl !== undefined) out.avatarUrl = avatarUrl;
  if (value.rank !== undefined && value.rank !== null) out.rank = scope.at('rank', string, value.rank);
  if (value.badge !== undefined && value.badge !== null) out.badge = scope.at('badge', string, value.badge);
  return out;
};

const attachment: Check<Attachment> = object({
  id: id,
  type: string,
  url: string,
  name: optional(string),
  alt: optional(string),
  sizeBytes: optional(count),
});

const attachments = withDefault(arrayOf(attachment), empty);
const visibility = oneOf(VISIBILITIES);
const delivery = withDefault(oneOf(DELIVERY_STATES), () => 'sent' as const);
const messageText = withDefault(string, () => '');
const optionalId = optional(id);
const optionalDate = optional(isoDate);
const optionalBoolean = optional(boolean);
const optionalSentiment = optional(sentimentScore);
const systemEvent: Check<SystemEvent | undefined> = optional(
  object({
    type: oneOf(['assigned', 'moved-to-private', 'case-created', 'status-changed', 'identity-linked', 'other'] as const),
    details: optional(record),
  }),
);

/** Reads an optional field; absent, undefined and null are all "not given". */
const maybe = <T>(scope: Scope, key: string, check: Check<T | undefined>, value: unknown): T | undefined =>
  value === undefined || value === null ? undefined : scope.at(key, check, value);

/**
 * A message. Required: `id`, `conversationId`, `channelId`, `visibility`, `author`, `createdAt`;
 * defaulted: `text` (""), `attachments` ([]), `delivery` ("sent"); unknown fields are dropped.
 */
export const message: Check<Message> = (value, scope) => {
  if (!isObject(value)) return scope.fail('must be an object', value);
  const out: Message = {
    id: scope.at('id', id, value.id),
    conversationId: scope.at('conversationId', id, value.conversationId),
    channelId: scope.at('channelId', id, value.channelId),
    visibility: scope.at('visibility', visibility, value.visibility),
    author: scope.at('author', participant, value.author),
    text: scope.at('text', messageText, value.text),
    createdAt: scope.at('createdAt', isoDate, value.createdAt),
    attachments: scope.at('attachments', attachments, value.attachments),
    delivery: scope.at('delivery', delivery, value.delivery),
  };
  let v: unknown;
  if ((v = maybe(scope, 'clientId', text, value.clientId)) !== undefined) out.clientId = v as string;
  if ((v = maybe(scope, 'editedAt', optionalDate, value.editedAt)) !== undefined) out.editedAt = v as string;
  if ((v = maybe(scope, 'deleted', optionalBoolean, value.deleted)) !== undefined) out.deleted = v as boolean;
  if ((v = maybe(scope, 'inReplyTo', optionalId, value.inReplyTo)) !== undefined) out.inReplyTo = v as string;
  if ((v = maybe(scope, 'error', text, value.error)) !== undefined) out.error = v as string;
  if ((v = maybe(scope, 'sentiment', optionalSentiment, value.sentiment)) !== undefined) out.sentiment = v as SentimentScore;
  if ((v = maybe(scope, 'event', systemEvent, value.event)) !== undefined) out.event = v as SystemEvent;
  if ((v = maybe(scope, 'lang', text, value.lang)) !== undefined) out.lang = v as string;
  if ((v = maybe(scope, 'url', text, value.url)) !== undefined) out.url = v as string;
  // Read at call time: validate-community imports this module too.
  if ((v = maybe(scope, 'community', communityPost, value.community)) !== undefined) out.community = v as CommunityPost;
  return out;
};
