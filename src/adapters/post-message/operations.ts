/**
 * The operations a widget may ask the host page for across the frame: for each, the port and method
 * it runs, the capability that must be exposed, whether it answers once or is a subscription, and a
 * check of its arguments (the host checks every argument before the call reaches its adapter).
 */
import { CHANNEL_KINDS, CONVERSATION_STATUSES, VISIBILITIES } from '../../model/index.js';
import type { Capability } from '../../ports/ports.js';
import { arrayOf, boolean, id, isObject, isoDate, number, object, oneOf, optional, range, string, type Check } from '../../ports/schema.js';
import { identityEvidence } from '../../ports/validate-evidence.js';

export type OperationKind = 'call' | 'subscription';

export interface Operation {
  port: 'interactions' | 'conversations' | 'customers' | 'sentiment';
  method: string;
  capability: Capability;
  kind: OperationKind;
  /** One check per argument, in order (options objects included, without their signal). */
  args: readonly Check<unknown>[];
}

/** A non-empty string of at most `max` characters. */
const text = (max: number): Check<string> => (value, scope) =>
  typeof value === 'string' && value.length <= max ? value : scope.fail(`must be a string of at most ${max} characters`, value);

const idArg = id;
const attachment = object({ id, type: string, url: string, name: optional(string), alt: optional(string), sizeBytes: optional(number) });
const outgoing = object({
  clientId: text(200),
  conversationId: id,
  channelId: id,
  visibility: oneOf(VISIBILITIES),
  text: text(100_000),
  inReplyTo: optional(id),
  attachments: optional(arrayOf(attachment)),
});
const moveRequest = object({
  clientId: text(200),
  conversationId: id,
  route: oneOf(['dm', 'email', 'phone', 'secure-link'] as const),
  publicAcknowledgement: optional(object({ channelId: id, text: text(100_000) })),
  privateMessage: optional(text(100_000)),
});
const loadOptions: Check<unknown> = (value, scope) => {
  if (value === undefined || value === null) return {};
  return object({ cursor: optional(text(10_000)), limit: optional(range(1, 10_000)) })(value, scope);
};
const identityQuery = object({ channel: oneOf(CHANNEL_KINDS), handle: text(1_000) });
const identity = object({
  channel: oneOf(CHANNEL_KINDS),
  handle: text(1_000),
  verified: boolean,
  evidence: identityEvidence,
});
const recordRef = object({ system: string, type: string, id, url: optional(string) });
const newCase = object({
  customerId: id,
  conversationId: optional(id),
  subject: text(10_000),
  description: optional(text(100_000)),
  priority: optional(oneOf(['low', 'normal', 'high', 'urgent'] as const)),
});
const activity = object({
  customerId: id,
  conversationId: optional(id),
  type: oneOf(['reply', 'move-to-private', 'note', 'call', 'identity-linked', 'sentiment-override'] as const),
  summary: text(100_000),
  at: isoDate,
});
const texts: Check<unknown> = (value, scope) =>
  Array.isArray(value) && value.length <= 1_000 ? arrayOf(text(100_000))(value, scope) : scope.fail('must be an array of at most 1000 texts', value);
const analyzeOptions: Check<unknown> = (value, scope) => (value === undefined || value === null || (isObject(value) && value.language === undefined) ? {} : object({ language: optional(string) })(value, scope));

const op = (port: Operation['port'], method: string, capability: Capability, args: readonly Check<unknown>[], kind: OperationKind = 'call'): Operation => ({ port, method, capability, kind, args });

/** Every operation, by its name on the wire ("conversations.loadMessages"). */
export const OPERATIONS: Readonly<Record<string, Operation>> = Object.freeze({
  'interactions.subscribe': op('interactions', 'subscribe', 'interactions.subscribe', [], 'subscription'),
  'interactions.current': op('interactions', 'current', 'interactions.current', []),
  'conversations.getConversation': op('conversations', 'getConversation', 'conversations.get', [idArg]),
  'conversations.loadMessages': op('conversations', 'loadMessages', 'conversations.load', [idArg, loadOptions]),
  'conversations.watch': op('conversations', 'watch', 'conversations.watch', [idArg], 'subscription'),
  'conversations.send': op('conversations', 'send', 'conversations.send', [outgoing]),
  'conversations.moveToPrivate': op('conversations', 'moveToPrivate', 'conversations.moveToPrivate', [moveRequest]),
  'conversations.setPresence': op('conversations', 'setPresence', 'conversations.setPresence', [idArg, oneOf(['viewing', 'typing', 'gone'] as const)]),
  'conversations.setStatus': op('conversations', 'setStatus', 'conversations.setStatus', [idArg, oneOf(CONVERSATION_STATUSES)]),
  'customers.getCustomer': op('customers', 'getCustomer', 'customers.get', [idArg]),
  'customers.findCandidates': op('customers', 'findCandidates', 'customers.findCandidates', [identityQuery]),
  'customers.linkIdentity': op('customers', 'linkIdentity', 'customers.linkIdentity', [idArg, identity]),
  'customers.unlinkIdentity': op('customers', 'unlinkIdentity', 'customers.unlinkIdentity', [idArg, identityQuery]),
  'customers.openRecord': op('customers', 'openRecord', 'customers.openRecord', [recordRef]),
  'customers.createCase': op('customers', 'createCase', 'customers.createCase', [newCase]),
  'customers.logActivity': op('customers', 'logActivity', 'customers.logActivity', [activity]),
  'sentiment.analyze': op('sentiment', 'analyze', 'sentiment.analyze', [texts, analyzeOptions]),
});

export function operationNamed(name: unknown): Operation | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, name) ? OPERATIONS[name] : undefined;
}
