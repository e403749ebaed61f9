/** What went wrong at a port, so components can decide what to show and whether to offer a retry. */
export type AdapterErrorCode = 'capability-missing' | 'not-found' | 'retryable' | 'invalid-data' | 'aborted';

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

/** The thing asked for does not exist in the host. */
export class NotFoundError extends AdapterError {
  readonly resource: string;
  readonly id: string;
  constructor(resource: string, id: string) {
    super('not-found', `No ${resource} with id "${id}" was found.`);
    this.name = 'NotFoundError';
    this.resource = resource;
    this.id = id;
  }
}

/** A passing failure (network, rate limit, host busy): the same call may succeed later. */
export class RetryableError extends AdapterError {
  /** Milliseconds to wait before retrying, when the host said (Retry-After). */
  readonly retryAfterMs?: number;
  constructor(message: string, options?: { retryAfterMs?: number; cause?: unknown }) {
    super('retryable', message, { cause: options?.cause, retryable: true });
    this.name = 'RetryableError';
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/** The host returned data that does not match the model; `path` names the offending field. */
export class InvalidDataError extends AdapterError {
  /** Where in the returned value the problem is, e.g. "messages[3].createdAt". */
  readonly path: string;
  readonly operation: string;
  constructor(operation: string, path: string, problem: string) {
    super('invalid-data', `${operation} returned invalid data: ${path} ${problem}.`);
    this.name = 'InvalidDataError';
    this.path = path;
    this.operation = operation;
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

/** Wraps anything thrown by an adapter into an AdapterError, keeping typed ones as they are. */
export function toAdapterError(error: unknown, operation: string): AdapterError {
  if (error instanceof AdapterError) return error;
  if (isAbortError(error)) return new AbortedError(error);
  const text = error instanceof Error ? error.message : String(error);
  return new AdapterError('retryable', `${operation} failed: ${text}`, { cause: error, retryable: true });
}

/** Throws AbortedError if the signal is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError(signal.reason);
}
