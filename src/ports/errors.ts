import type { DataIssue, RejectedMessage } from '../model/issues.js';
import { describeThrown } from './describe.js';

/** What went wrong at a port, so components can decide what to show and whether to offer a retry. */
export type AdapterErrorCode = 'capability-missing' | 'not-found' | 'retryable' | 'rejected' | 'invalid-data' | 'aborted';

/** Base class of every error an adapter or the port boundary raises. */
export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  /** Whether doing the same call again may succeed. */
  readonly retryable: boolean;

  constructor(code: AdapterErrorCode, message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AdapterError';
    this.code = code;
    this.retryable = options?.retryable ?? code === 'retryable';
  }
}

/** The host does not offer this capability (components hide what the host can't do). */
export class CapabilityMissingError extends AdapterError {
  readonly capability: string;
  constructor(capability: string) {
    super('capability-missing', `This desktop's adapter does not support "${capability}".`);
    this.name = 'CapabilityMissingError';
    this.capability = capability;
  }
}

/** The thing asked for does not exist in the host. Throw it for an unknown id (HTTP 404 or 410). */
export class NotFoundError extends AdapterError {
  readonly resource: string;
  readonly id: string;
  constructor(resource: string, id: string, options?: { cause?: unknown; detail?: string }) {
    super('not-found', `No ${resource} with id "${id}" was found${options?.detail ? ` (${options.detail})` : ''}.`, { cause: options?.cause });
    this.name = 'NotFoundError';
    this.resource = resource;
    this.id = id;
  }
}

/**
 * A passing failure (network, rate limit, host busy or down: HTTP 408, 429, 5xx): the same call may
 * succeed later. Give `retryAfterMs` when the host said how long to wait (Retry-After).
 */
export class RetryableError extends AdapterError {
  /** Milliseconds to wait before retrying, when the host said (Retry-After). */
  readonly retryAfterMs?: number;
  constructor(message: string, options?: { retryAfterMs?: number; cause?: unknown }) {
    super('retryable', message, { cause: options?.cause, retryable: true });
    this.name = 'RetryableError';
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * The host refused the call as it was made (HTTP 400, 401, 403, 409, 422 …): doing the same call
 * again will fail the same way. `status` is the HTTP status when there was one.
 */
export class RejectedError extends AdapterError {
  readonly status?: number;
  constructor(message: string, options?: { status?: number; cause?: unknown }) {
    super('rejected', message, { cause: options?.cause, retryable: false });
    this.name = 'RejectedError';
    if (options?.status !== undefined) this.status = options.status;
  }
}

/**
 * The host returned data that does not match the model. `path` and `problem` are the first problem
 * (`messages[3].createdAt`, `must be an ISO 8601 date-time with a time zone, got the number …`);
 * `issues` holds every problem found, the first 10 at most, each with the raw value.
 */
export class InvalidDataError extends AdapterError {
  /** Where in the returned value the first problem is, e.g. "messages[3].createdAt"; "the result" for the value itself. */
  readonly path: string;
  /** The first problem: what was expected and what came. */
  readonly problem: string;
  /** The port operation, e.g. "conversations.loadMessages". */
  readonly operation: string;
  /** Every problem found (up to 10); `issues[0]` is `path` and `problem`. */
  readonly issues: readonly DataIssue[];
  /** The whole value the host returned or sent (the page, the event). */
  readonly value: unknown;
  /** For a live message event whose message was invalid: the message, as a page would report it (no `index`). */
  readonly rejected?: RejectedMessage;

  constructor(operation: string, path: string, problem: string, options?: { issues?: readonly DataIssue[]; value?: unknown; rejected?: RejectedMessage }) {
    const issues = options?.issues?.length ? options.issues : [{ path, problem, value: options?.value }];
    const more = issues.slice(1).map((issue) => `\n- ${issue.path || 'the result'} ${issue.problem}`);
    super('invalid-data', `${operation} returned invalid data: ${path || 'the result'} ${problem}.${more.length ? `\nAlso:${more.join('')}` : ''}`);
    this.name = 'InvalidDataError';
    this.path = path || 'the result';
    this.problem = problem;
    this.operation = operation;
    this.issues = issues;
    this.value = options?.value;
    if (options?.rejected) this.rejected = options.rejected;
  }

  /** An error for a list of problems found in `value` (at least one). */
  static of(operation: string, issues: readonly DataIssue[], value: unknown, rejected?: RejectedMessage): InvalidDataError {
    const first = issues[0] ?? { path: '', problem: 'is not valid' };
    return new InvalidDataError(operation, first.path, first.problem, { issues, value, ...(rejected ? { rejected } : {}) });
  }
}

/** The call was cancelled through its AbortSignal. */
export class AbortedError extends AdapterError {
  constructor(reason?: unknown) {
    super('aborted', 'The request was cancelled.', { cause: reason });
    this.name = 'AbortError';
  }
}

/** True for errors that mean "cancelled", from us or from fetch. */
export function isAbortError(error: unknown): boolean {
  return error instanceof AbortedError || (error instanceof Error && error.name === 'AbortError');
}

/** What a call was about, for `NotFoundError`: "conversation" and its id. */
export interface CallSubject {
  resource: string;
  id: string;
}

/** The HTTP status carried by a thrown or returned value: `status`, `statusCode`, or `response.status` (axios). */
export function httpStatusOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } | null };
  const status = typeof v.status === 'number' ? v.status : typeof v.statusCode === 'number' ? v.statusCode : typeof v.response?.status === 'number' ? v.response.status : undefined;
  return status !== undefined && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    const value: unknown = get.call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name.toLowerCase()) return Array.isArray(value) ? String(value[0]) : String(value);
  }
  return undefined;
}

/** Retry-After as milliseconds: seconds ("3") or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now = Date.now()): number | undefined {
  const v = value as { headers?: unknown; response?: { headers?: unknown } | null } | null;
  const raw = header(v?.headers, 'retry-after') ?? header(v?.response?.headers, 'retry-after');
  if (raw === undefined || raw.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(raw)) return Math.round(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * An HTTP status as the typed error it stands for: 404 and 410 → `NotFoundError`; 408, 425, 429 and
 * 5xx → `RetryableError` with Retry-After; other 4xx → `RejectedError`. Undefined for other statuses.
 * `detail` is what the host said about it (an RFC 9457 problem's `detail` or `title`).
 */
export function errorForStatus(status: number, source: unknown, operation: string, subject?: CallSubject, detail?: string): AdapterError | undefined {
  const what = isResponseObject(source)
    ? `answered HTTP ${status}${detail ? `: ${detail}` : ''}`
    : source instanceof Error
      ? `threw ${source.name}: ${source.message} (HTTP ${status})`
      : `threw ${describeThrown(pick(source))}`;
  if (status === 404 || status === 410) {
    return new NotFoundError(subject?.resource ?? 'item', subject?.id ?? '', { cause: source, detail: `${operation} ${what}` });
  }
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const wait = retryAfterMs(source);
    return new RetryableError(`${operation} failed: the host ${what}.`, { cause: source, ...(wait !== undefined ? { retryAfterMs: wait } : {}) });
  }
  if (status >= 400) return new RejectedError(`${operation} was refused: the host ${what}.`, { status, cause: source });
  return undefined;
}

const isResponseObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean' && typeof (value as { status?: unknown }).status === 'number';

/** The parts of a thrown object worth showing (an axios error holds a whole request). */
function pick(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Error) return value;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).filter((key) => typeof v[key] !== 'object' || v[key] === null);
  return Object.fromEntries(keys.slice(0, 6).map((key) => [key, v[key]]));
}

/**
 * Wraps anything thrown by an adapter into an AdapterError: typed ones are kept as they are, an
 * HTTP-like status is mapped (`errorForStatus`), anything else becomes retryable with a description
 * of what was thrown (`threw {"code":"ECONNRESET"}`).
 */
export function toAdapterError(error: unknown, operation: string, subject?: CallSubject): AdapterError {
  if (error instanceof AdapterError) return error;
  if (isAbortError(error)) return new AbortedError(error);
  const status = httpStatusOf(error);
  const mapped = status === undefined ? undefined : errorForStatus(status, error, operation, subject);
  if (mapped) return mapped;
  const text = error instanceof Error ? error.message : `threw ${describeThrown(error)}`;
  return new AdapterError('retryable', `${operation} failed: ${text}`, { cause: error, retryable: true });
}

/** Throws AbortedError if the signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError(signal.reason);
}
