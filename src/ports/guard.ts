/**
 * The two ways a call crosses the port boundary: a call that answers once (`guarded`) and a
 * subscription (`guardedWatch`). Whatever the host does, the caller gets valid data or a typed
 * `AdapterError`.
 */
import { describeValue, isResponseLike } from './describe.js';
import { AbortedError, InvalidDataError, RetryableError, errorForStatus, httpStatusOf, isAbortError, throwIfAborted, toAdapterError, type CallSubject } from './errors.js';
import type { CallOptions, HostWatchOptions, WatchOptions } from './ports.js';
import { notTheData, rejectedMessage } from './results.js';
import { validate, type Check } from './schema.js';
import { nothing } from './validate.js';

/** Validates a result with a check; a problem fails the call with an `InvalidDataError` naming the field. */
export const checked =
  <T>(operation: string, check: Check<T>) =>
  (value: unknown): T => {
    if (check !== nothing && isResponseLike(value)) throw notTheData(operation, value);
    const result = validate(check, value);
    if (!result.ok) throw InvalidDataError.of(operation, result.issues, value);
    return result.value;
  };

/**
 * Runs one port call so that whatever the host does, the caller gets either valid data or an
 * `AdapterError`: it enforces the signal and a timeout even when the host ignores them, maps an
 * HTTP-like status (thrown or returned) onto the typed errors, and validates what comes back.
 */
export async function guarded<T>(
  operation: string,
  subject: CallSubject | undefined,
  options: CallOptions | undefined,
  timeoutMs: number,
  call: (signal: AbortSignal) => unknown,
  accept: (value: unknown, signal: AbortSignal | undefined) => T | Promise<T>,
): Promise<T> {
  const outer = options?.signal;
  throwIfAborted(outer);
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new AbortedError(controller.signal.reason)), { once: true });
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        reject(new RetryableError(`${operation} timed out after ${timeoutMs / 1000} s.`));
        controller.abort(new DOMException('Timed out', 'TimeoutError'));
      }, timeoutMs);
    }
  });
  let value: unknown;
  try {
    value = await Promise.race([Promise.resolve().then(() => call(controller.signal)), stop]);
  } catch (error) {
    if (outer?.aborted && isAbortError(error)) throw new AbortedError(outer.reason);
    throw toAdapterError(error, operation, subject);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
  const status = httpStatusOf(value);
  const failure = status !== undefined && status >= 400 ? errorForStatus(status, value, operation, subject) : undefined;
  if (failure) throw failure;
  return accept(value, outer);
}

/** Subscribes through a host's watch, validating each event; bad events go to `onError`, not to the listener. */
export function guardedWatch<E>(
  operation: string,
  subject: CallSubject,
  subscribe: (listener: (event: unknown) => void, options: HostWatchOptions) => unknown,
  listener: (event: E) => void,
  check: Check<E>,
  options: WatchOptions | undefined,
): () => void {
  const outer = options?.signal;
  if (outer?.aborted) return () => {};
  const controller = new AbortController();
  let active = true;
  const report = (error: Error) => {
    if (active) options?.onError?.(error);
  };
  const onEvent = (raw: unknown) => {
    if (!active) return;
    const result = validate(check, raw, 'event');
    if (result.ok) {
      try {
        listener(result.value);
      } catch (error) {
        // The caller's listener failed: that is not the host's problem. It must not throw into the host's or the
        // vendor SDK's event dispatch; it is reported as an uncaught error would be, outside their stack.
        if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
        else queueMicrotask(() => { throw error; });
      }
      return;
    }
    const bad = raw as { type?: unknown; message?: unknown } | null;
    const aboutMessage = (bad?.type === 'message-added' || bad?.type === 'message-updated') && result.issues.every((i) => i.path.startsWith('event.message'));
    report(InvalidDataError.of(operation, result.issues, raw, aboutMessage ? rejectedMessage(bad!.message, result.issues) : undefined));
  };
  const hostOptions: HostWatchOptions = { signal: controller.signal, onError: (error) => report(toAdapterError(error, operation, subject)) };
  let unsubscribe: unknown;
  try {
    unsubscribe = subscribe(onEvent, hostOptions);
  } catch (error) {
    active = false;
    controller.abort();
    const failure = toAdapterError(error, operation, subject);
    queueMicrotask(() => options?.onError?.(failure));
    return () => {};
  }
  if (unsubscribe !== undefined && typeof unsubscribe !== 'function') {
    const problem = `must return a function that ends the subscription (or nothing), got ${describeValue(unsubscribe)}`;
    queueMicrotask(() => report(InvalidDataError.of(operation, [{ path: '', problem, value: unsubscribe }], unsubscribe)));
  }
  const stop = () => {
    if (!active) return;
    active = false;
    outer?.removeEventListener('abort', stop);
    controller.abort();
    if (typeof unsubscribe === 'function') {
      try {
        (unsubscribe as () => void)();
      } catch {
        // The subscription is over for the caller either way.
      }
    }
  };
  outer?.addEventListener('abort', stop, { once: true });
  return stop;
}
