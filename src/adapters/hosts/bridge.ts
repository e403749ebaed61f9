/**
 * What every host bridge shares: the shape it returns (a `PortSource` that says which capabilities it
 * provides and can be detached from the vendor SDK), and small helpers for vendor data that may be
 * missing, late or out of order.
 */
import type { PortSource } from '../../ports/adapter.js';
import { InvalidDataError, RetryableError } from '../../ports/errors.js';
import type { Capability } from '../../ports/ports.js';

/** A host bridge: ports to pass to `createAdapter` or `composeAdapter`, and what it provides. */
export type HostBridge<P extends PortSource = PortSource> = P & {
  readonly name: string;
  /** The capabilities its ports provide: what `createAdapter(bridge).has(…)` answers true for. */
  readonly provides: readonly Capability[];
  /** Detaches from the vendor SDK: the bridge's listeners stop acting. */
  dispose(): void;
};

/** The report for a vendor event or record that was dropped: an `InvalidDataError` naming the field. */
export function dropped(operation: string, path: string, problem: string, value: unknown): InvalidDataError {
  return new InvalidDataError(operation, path, problem, { value });
}

/** A vendor date (a Date, an ISO string, epoch ms) as ISO 8601, or undefined when it is none of them. */
export function isoDate(value: unknown): string | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/**
 * A vendor SDK call that may never settle: resolves or rejects as it does, or fails as retryable
 * after `ms`, or as the signal's abort. Used where a bridge waits on the SDK outside a port call
 * (a port call has the boundary's own timeout).
 */
export function deadline<T>(promise: PromiseLike<T>, ms: number, what: string, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RetryableError(`${what} did not answer within ${ms / 1000} s.`)), ms);
    const abort = () => reject(signal!.reason);
    signal?.addEventListener('abort', abort, { once: true });
    Promise.resolve(promise).then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
  });
}

/** Calls `run`, reporting what it throws instead of letting it reach the vendor SDK (and the host page). */
export function guardedHandler<A extends unknown[]>(run: (...args: A) => void, report: (error: unknown) => void): (...args: A) => void {
  return (...args) => {
    try {
      run(...args);
    } catch (error) {
      report(error);
    }
  };
}
