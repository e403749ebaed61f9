/**
 * Long work in slices that yield to the browser, so that no answer of any size blocks the page:
 * input, rendering and the host's own scripts run between slices.
 */
import { AbortedError } from './errors.js';

/** How long one slice may run before it yields, in ms. Well under the 50 ms of a "long task". */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser run what is waiting (input, rendering, other tasks), then resumes:
 * `scheduler.yield()` where it exists (the continuation keeps its priority), else a macrotask
 * through a MessageChannel (not clamped like nested `setTimeout`s), else `setTimeout`.
 */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Keeps time for a loop: `due()` says when the current slice has run its budget; `next()` yields and
 * starts a new slice, and throws `AbortedError` once `signal` has aborted.
 */
export class Slicer {
  #start = performance.now();
  /** How many times it yielded. */
  yields = 0;

  constructor(
    private readonly signal?: AbortSignal,
    private readonly budgetMs = SLICE_MS,
  ) {}

  due(): boolean {
    return performance.now() - this.#start >= this.budgetMs;
  }

  async next(): Promise<void> {
    if (this.signal?.aborted) throw new AbortedError(this.signal.reason);
    await yieldToHost();
    this.yields += 1;
    if (this.signal?.aborted) throw new AbortedError(this.signal.reason);
    this.#start = performance.now();
  }
}
