/**
 * Validation of the port results that need more than one model check: a page of messages (in
 * slices, keeping the valid messages and describing the invalid ones), and a move to private
 * (checked against its request).
 */
import { compareMessages, type Message, type MessagePage, type MoveToPrivateRequest, type MoveToPrivateResult } from '../model/index.js';
import type { DataIssue, RejectedMessage } from '../model/issues.js';
import { describeValue, isResponseLike } from './describe.js';
import { InvalidDataError, throwIfAborted } from './errors.js';
import { Scope, arrayOf, id, isIsoDateTime, object, oneOf, optional, string, type Check } from './schema.js';
import { Slicer } from './slices.js';
import { channel, message } from './validate.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A host's cursor: a non-empty string (a number is turned into one), or null on the oldest page. */
const cursor: Check<string | null> = (value, scope) => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '') return value;
  return scope.fail('must be a non-empty string (the cursor of the next older page), or null on the oldest page', value);
};

/** A `fetch` Response returned where its data was due. */
export function notTheData(operation: string, value: unknown): InvalidDataError {
  return InvalidDataError.of(operation, [{ path: '', problem: `must be the data itself, got ${describeValue(value)}`, value }], value);
}

/** What can be read of an invalid message: its id and time, for a placeholder in the right place. */
export function rejectedMessage(raw: unknown, issues: DataIssue[], index?: number): RejectedMessage {
  const first = issues[0]!;
  const rejected: RejectedMessage = { path: first.path, problem: first.problem, issues, value: raw };
  if (index !== undefined) rejected.index = index;
  if (isObject(raw)) {
    const rawId = raw.id;
    if ((typeof rawId === 'string' && rawId.trim() !== '') || (typeof rawId === 'number' && Number.isFinite(rawId))) rejected.id = String(rawId);
    if (isIsoDateTime(raw.createdAt)) rejected.createdAt = raw.createdAt;
  }
  return rejected;
}

/** Which of two ISO date-times is later (> 0: `a`); compares the text when both are UTC in the same form. */
function later(a: string, b: string): number {
  if (a.length === b.length && a.charCodeAt(a.length - 1) === 90 && b.charCodeAt(b.length - 1) === 90 && a.charCodeAt(10) === 84 && b.charCodeAt(10) === 84) {
    return a > b ? 1 : a < b ? -1 : 0;
  }
  return Date.parse(a) - Date.parse(b);
}

/**
 * Validates a `loadMessages` answer. The messages are checked in slices that yield to the browser
 * (so 100 000 of them never block the page), and the call's `signal` cancels between slices. Each
 * invalid message is left out of `messages` and described in `rejected`; a page that is not newest
 * first is put in order and says so in `warnings`. Only a page whose own shape is wrong fails, with
 * an `InvalidDataError`.
 */
export async function validatePage(value: unknown, operation: string, signal?: AbortSignal): Promise<MessagePage> {
  if (isResponseLike(value)) throw notTheData(operation, value);
  if (!isObject(value)) {
    throw InvalidDataError.of(operation, [{ path: '', problem: `must be a page: an object with messages (newest first) and nextCursor, got ${describeValue(value)}`, value }], value);
  }
  const scope = new Scope();
  scope.enter('nextCursor');
  const nextCursor = cursor(value.nextCursor, scope);
  scope.leave();
  const raw = value.messages;
  if (!Array.isArray(raw)) {
    scope.enter('messages');
    scope.fail('must be an array of messages, newest first', raw);
    scope.leave();
  }
  if (scope.count > 0 || !Array.isArray(raw)) throw InvalidDataError.of(operation, scope.issues, value);

  const messages: Message[] = [];
  const rejected: RejectedMessage[] = [];
  const slicer = new Slicer(signal);
  let newerAfterOlder = 0;
  let olderAfterNewer = 0;
  scope.enter('messages');
  for (let index = 0; index < raw.length; index += 1) {
    if ((index & 63) === 63 && slicer.due()) await slicer.next();
    const result = scope.item(message, raw[index], index);
    if (!result.ok) {
      rejected.push(rejectedMessage(raw[index], result.issues, index));
      continue;
    }
    const previous = messages[messages.length - 1];
    if (previous) {
      const order = later(result.value.createdAt, previous.createdAt);
      if (order > 0) newerAfterOlder += 1;
      else if (order < 0) olderAfterNewer += 1;
    }
    messages.push(result.value);
  }
  throwIfAborted(signal);

  const warnings: DataIssue[] = [];
  if (newerAfterOlder > 0) {
    const oldestFirst = olderAfterNewer === 0;
    if (oldestFirst) messages.reverse();
    else messages.sort((a, b) => compareMessages(b, a));
    warnings.push({
      path: 'messages',
      problem: oldestFirst
        ? 'must be newest first, got them oldest first (reversed here; check that the cursor pages towards older messages)'
        : `must be newest first, got them out of order (${newerAfterOlder} newer after older; sorted here)`,
      value: undefined,
    });
  }
  // A page relayed from another boundary (the iframe bridge) keeps what was rejected and corrected there.
  return { messages, nextCursor, rejected: [...relayed<RejectedMessage>(value.rejected), ...rejected], warnings: [...relayed<DataIssue>(value.warnings), ...warnings] };
}

/** The entries of an upstream boundary's `rejected` or `warnings` that are readable: objects with a string path and problem. */
function relayed<T extends { path: string; problem: string }>(value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is T => isObject(entry) && typeof entry.path === 'string' && typeof entry.problem === 'string');
}

const MOVE_STEPS = ['public-acknowledgement', 'private-channel', 'link', 'audit'] as const;

const moveFields = object({
  clientId: string,
  steps: arrayOf(object({ step: oneOf(MOVE_STEPS), status: oneOf(['done', 'skipped', 'failed'] as const), error: optional(string), messageId: optional(id) })),
  channelId: optional(id),
  channel: optional(channel),
  privateConversationId: optional(id),
});

/** A move to private's result, checked against its request: same client id, each step once, channel and id agreeing. */
export const moveResult =
  (request: Pick<MoveToPrivateRequest, 'clientId'>): Check<MoveToPrivateResult> =>
  (value, scope) => {
    const before = scope.count;
    const parsed = moveFields(value, scope);
    if (scope.count > before) return parsed;
    const at = (segments: (string | number)[], problem: string, raw: unknown) => {
      for (const segment of segments) scope.enter(segment);
      scope.problem(problem, raw);
      for (let i = 0; i < segments.length; i += 1) scope.leave();
    };
    if (parsed.clientId !== request.clientId) at(['clientId'], `must be the request's client id ${JSON.stringify(request.clientId)}, got ${describeValue(parsed.clientId)}`, parsed.clientId);
    const seen = new Set<string>();
    parsed.steps.forEach((step, index) => {
      if (seen.has(step.step)) at(['steps', index, 'step'], `must name each step once, got "${step.step}" again`, step.step);
      seen.add(step.step);
    });
    if (parsed.channel && parsed.channelId !== undefined && parsed.channelId !== parsed.channel.id) {
      at(['channelId'], `must be channel.id ${JSON.stringify(parsed.channel.id)} when channel is given, got ${describeValue(parsed.channelId)}`, parsed.channelId);
    }
    const result: MoveToPrivateResult = { ...parsed };
    if (parsed.channel && parsed.channelId === undefined) result.channelId = parsed.channel.id;
    return result;
  };
