/**
 * What the reference server accepts in request bodies and queries, checked with the same small
 * checks Screenpop's port boundary uses (`src/ports/schema.ts`). A request that fails gets a 400
 * problem naming every field that is wrong.
 */
import { CHANNEL_KINDS, CONVERSATION_STATUSES, PRIORITIES, VISIBILITIES } from '../../src/model/index.js';
import { arrayOf, boolean, id, isoDate, number, object, oneOf, optional, range, string, validate, type Check } from '../../src/ports/schema.js';
import { HttpError } from './http.js';

const text: Check<string> = (value, scope) => (typeof value === 'string' && value.trim() !== '' ? value : scope.fail('must be a non-empty string', value));

export const outgoingMessage = object({
  clientId: text,
  channelId: id,
  visibility: oneOf(VISIBILITIES),
  text: string,
  inReplyTo: optional(id),
  attachments: optional(arrayOf(object({ id, type: string, url: string, name: optional(string), alt: optional(string), sizeBytes: optional(number) }))),
});

export const moveRequest = object({
  clientId: text,
  route: oneOf(['dm', 'email', 'phone', 'secure-link'] as const),
  publicAcknowledgement: optional(object({ channelId: id, text: string })),
  privateMessage: optional(string),
});

export const presence = object({ activity: oneOf(['viewing', 'typing', 'gone'] as const) });
export const status = object({ status: oneOf(CONVERSATION_STATUSES) });

const channelKind = oneOf(CHANNEL_KINDS);
export const identityQuery = object({ channel: channelKind, handle: text });

export const identity = object({
  channel: channelKind,
  handle: text,
  verified: optional(boolean),
  evidence: object({
    method: oneOf(['verified-login', 'matched-email', 'matched-phone', 'agent-linked', 'customer-stated', 'inferred'] as const),
    source: string,
    linkedAt: isoDate,
    confidence: range(0, 1),
    note: optional(string),
  }),
});

export const newCase = object({ clientId: text, conversationId: optional(id), subject: text, description: optional(string), priority: optional(oneOf(PRIORITIES)) });

export const activity = object({
  conversationId: optional(id),
  type: oneOf(['reply', 'move-to-private', 'note', 'call', 'identity-linked', 'sentiment-override'] as const),
  summary: string,
  at: isoDate,
});

export const analyze = object({ texts: arrayOf(string), language: optional(string) });

/** A page size: 1..1000, 50 when left out. */
export function limit(raw: string | null): number {
  if (raw === null) return 50;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000) throw new HttpError(400, `limit must be a whole number from 1 to 1000, got "${raw}".`, [{ path: 'limit', problem: 'must be from 1 to 1000', value: raw }]);
  return value;
}

/** The checked value, or a 400 that names every problem. */
export function accept<T>(check: Check<T>, value: unknown, what: string): T {
  const result = validate(check, value);
  if (result.ok) return result.value;
  const list = result.issues.map((issue) => `${issue.path || what} ${issue.problem}`).join('; ');
  throw new HttpError(400, `Invalid ${what}: ${list}.`, result.issues);
}
