/**
 * What crosses the frame is data only: `toPlainData` copies a value keeping strings, finite numbers,
 * booleans, null, arrays and plain objects, and turns anything else (functions, class instances,
 * DOM nodes, Responses) into a short description. Errors cross as plain records and are rebuilt as
 * the same typed `AdapterError` on the other side.
 */
import type { DataIssue, RejectedMessage } from '../../model/issues.js';
import { describeValue } from '../../ports/describe.js';
import {
  AbortedError,
  AdapterError,
  CapabilityMissingError,
  InvalidDataError,
  NotFoundError,
  RejectedError,
  RetryableError,
  toAdapterError,
  type AdapterErrorCode,
} from '../../ports/errors.js';

const MAX_DEPTH = 40;

/** An object literal's prototype (of this window or another's), or none. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A class instance, a DOM node, a Response …: its class name, never its content. */
function describeObject(object: object): string {
  const name = (object as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name ? `[${name}]` : `[${describeValue(object)}]`;
}

/** A copy of `value` with nothing but data in it; what is not data becomes its description. */
export function toPlainData(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'undefined':
      return undefined;
    case 'bigint':
      return String(value);
    case 'function':
    case 'symbol':
      return `[${describeValue(value)}]`;
  }
  if (value === null) return null;
  const object = value as object;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (seen.has(object)) return '[circular]';
  if (Array.isArray(object)) {
    seen.add(object);
    const out = object.map((item) => {
      const copy = toPlainData(item, depth + 1, seen);
      return copy === undefined ? null : copy;
    });
    seen.delete(object);
    return out;
  }
  if (!isPlainObject(object)) return describeObject(object);
  seen.add(object);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) {
    const copy = toPlainData((object as Record<string, unknown>)[key], depth + 1, seen);
    if (copy !== undefined) out[key] = copy;
  }
  seen.delete(object);
  return out;
}

/** An `AdapterError` as plain data. */
export interface WireError {
  name: string;
  code: AdapterErrorCode;
  message: string;
  retryable: boolean;
  resource?: string;
  id?: string;
  retryAfterMs?: number;
  status?: number;
  capability?: string;
  operation?: string;
  path?: string;
  problem?: string;
  issues?: DataIssue[];
  value?: unknown;
  rejected?: RejectedMessage;
}

const FIELDS = ['resource', 'id', 'retryAfterMs', 'status', 'capability', 'operation', 'path', 'problem', 'issues', 'value', 'rejected'] as const;

/** Anything thrown, as the plain record of the typed error it stands for. */
export function errorToWire(error: unknown, operation: string): WireError {
  const typed = toAdapterError(error, operation);
  const wire: WireError = { name: typed.name, code: typed.code, message: typed.message, retryable: typed.retryable };
  const fields = typed as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    if (fields[field] !== undefined) (wire as unknown as Record<string, unknown>)[field] = toPlainData(fields[field]);
  }
  return wire;
}

const CODES = new Set<string>(['capability-missing', 'not-found', 'retryable', 'rejected', 'invalid-data', 'aborted']);
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value.slice(0, 10_000) : fallback);
const issuesOf = (value: unknown): DataIssue[] =>
  Array.isArray(value)
    ? value.slice(0, 10).map((issue: unknown) => {
        const i = (issue ?? {}) as Record<string, unknown>;
        return { path: str(i.path), problem: str(i.problem, 'is not valid'), value: i.value };
      })
    : [];

/**
 * The typed error a plain record stands for, with its message and fields as they were on the
 * other side. A record that is not an error becomes a retryable `AdapterError` saying so.
 */
export function errorFromWire(raw: unknown, operation: string): AdapterError {
  const w = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const message = str(w.message);
  if (typeof w.code !== 'string' || !CODES.has(w.code) || !message) {
    return new AdapterError('retryable', `${operation} failed: the host page sent an error that could not be read (${describeValue(raw)}).`, { retryable: true });
  }
  let error: AdapterError;
  switch (w.code as AdapterErrorCode) {
    case 'not-found':
      error = new NotFoundError(str(w.resource, 'item'), str(w.id));
      break;
    case 'retryable': {
      const wait = typeof w.retryAfterMs === 'number' && Number.isFinite(w.retryAfterMs) && w.retryAfterMs >= 0 ? { retryAfterMs: w.retryAfterMs } : {};
      error = w.name === 'RetryableError' ? new RetryableError(message, wait) : new AdapterError('retryable', message, { retryable: true });
      break;
    }
    case 'rejected':
      error = new RejectedError(message, typeof w.status === 'number' ? { status: w.status } : {});
      break;
    case 'invalid-data': {
      const issues = issuesOf(w.issues);
      const rejected = typeof w.rejected === 'object' && w.rejected !== null ? (w.rejected as RejectedMessage) : undefined;
      error = new InvalidDataError(str(w.operation, operation), str(w.path), str(w.problem, 'is not valid'), { issues, value: w.value, ...(rejected ? { rejected } : {}) });
      break;
    }
    case 'capability-missing':
      error = new CapabilityMissingError(str(w.capability, operation));
      break;
    case 'aborted':
      error = new AbortedError();
      break;
  }
  error.message = message;
  return error;
}
