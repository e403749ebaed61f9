/**
 * Long work in slices that yield to the browser, so that no answer of any size blocks the page:
 * input, rendering and the host's own scripts run between slices.
 */
import { AbortedError } from './errors.js';

/** How long one slice may run before it yields, in ms. Well under the 50 ms of a "long task". */
export const SLICE_MS = 8;

/**
 * Lets the browser run what is waiting (input, rendering, the host page's timers), then resumes: a
 * macrotask through a MessageChannel (not clamped like nested `setTimeout`s), else `setTimeout`.
 *
 * Not `scheduler.yield()`, although it was the plan: its continuation runs ahead of the tasks that
 * waited, so while a 100 000-message page was validated the host page's timers did not run at all
 * (0 of about 10) and only 1–2 frames were drawn in 90–130 ms; through a MessageChannel the timers
 * ran (3–4), 5–6 frames were drawn, and validation took no longer (67–93 ms). A widget inside an
 * agent desktop must not hold up the desktop's own scripts (softphone, CRM form).
 */
export function yieldToHost(): Promise<void> {
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
