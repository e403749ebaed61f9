/** A frame at 60 Hz (ms): what a frame takes when nothing overruns it. */
const FRAME = 1000 / 60;

/** The longest wait for an idle moment (ms) before the next application goes ahead anyway. */
const REST = 250;

/** Calls back when the page is idle (or after `REST` ms); after a macrotask where there is no idle callback. */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout: REST });
  else setTimeout(callback, 0);
}

export interface LiveQueueOptions<T> {
  /** Applies some of the queued items, in the order they came (a chunk at a time). */
  apply(items: T[]): void;
  /** After a frame's (or a flush's) chunks were applied. */
  applied(): void;
  /** The thread's own work a frame may take (ms): what does not fit waits for the next frame. */
  budget?: number;
  /** Items applied between two looks at the clock. */
  chunk?: number;
}

/**
 * Coalesces a live stream into at most one application per animation frame, within a budget of the
 * thread's own work per frame (about 8 ms):
 *
 * - Items wait for the next frame and are applied together, in the order they came, a chunk at a time
 *   until the budget is spent; the rest wait for the next frame.
 * - What an application costs shows in the frame it ran in: the time to the next frame beyond a plain
 *   frame is the work it caused (rendering, layout). When that overran the budget, the next application
 *   waits until the page has had the same time for itself, so a flood on a slow machine costs fewer,
 *   larger updates instead of every frame, and the agent's typing and the host's page keep their turns.
 *
 * - The next application also waits until the page was idle once (what the last one set off, the
 *   virtualizer's layout passes and scroll corrections, is done), or `REST` ms at most.
 *
 * A timeout stands in for frames in a hidden tab, where frames do not run.
 */
export class LiveQueue<T> {
  readonly #options: Required<LiveQueueOptions<T>>;
  #pending: T[] = [];
  #frame = 0;
  #fallback: ReturnType<typeof setTimeout> | undefined;
  /** When the last application ran (its frame's time), until the next frame measured it. */
  #appliedAt?: number;
  /** No application before this time (performance.now()). */
  #resumeAt = 0;
  /** Whether the page was idle since the last application (its follow-up work, layout and scrolling, done). */
  #idle = true;

  constructor(options: LiveQueueOptions<T>) {
    this.#options = { budget: 8, chunk: 64, ...options };
  }

  /** Items waiting for a frame. */
  get size(): number {
    return this.#pending.length;
  }

  push(item: T): void {
    this.#pending.push(item);
    this.#schedule();
  }

  /** Drops what waits (another conversation). */
  clear(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#fallback);
    this.#frame = 0;
    this.#fallback = undefined;
    this.#pending = [];
    this.#appliedAt = undefined;
    this.#resumeAt = 0;
    this.#idle = true;
  }

  /** Applies everything waiting now, whatever the budget (tests, and before a teardown that must not lose it). */
  flush(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#fallback);
    this.#frame = 0;
    this.#fallback = undefined;
    const items = this.#pending;
    this.#pending = [];
    if (!items.length) return;
    this.#options.apply(items);
    this.#options.applied();
  }

  #schedule(): void {
    if (this.#frame || this.#fallback !== undefined) return;
    this.#frame = requestAnimationFrame((time) => this.#onFrame(time));
    this.#fallback = setTimeout(() => this.#onFrame(performance.now(), true), 250);
  }

  #onFrame(time: number, late = false): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#fallback);
    this.#frame = 0;
    this.#fallback = undefined;
    if (this.#appliedAt !== undefined) {
      // The frame after an application: what it cost beyond a plain frame, and beyond the budget, the page gets back.
      const overrun = time - this.#appliedAt - FRAME - this.#options.budget;
      this.#resumeAt = overrun > 0 ? time + overrun : 0;
      this.#appliedAt = undefined;
    }
    if (!this.#pending.length) return;
    if (!late && !this.#idle) return; // the idle callback asks for the next frame
    if (!late && time < this.#resumeAt) return this.#schedule();
    const { apply, applied, budget, chunk } = this.#options;
    const start = performance.now();
    let done = 0;
    while (done < this.#pending.length && (done === 0 || performance.now() - start < budget)) {
      apply(this.#pending.slice(done, done + chunk));
      done += chunk;
    }
    this.#pending = this.#pending.slice(done);
    applied();
    this.#appliedAt = time;
    this.#idle = false;
    whenIdle(() => {
      this.#idle = true;
      if (this.#pending.length) this.#schedule();
    });
    // The next frame measures this one, and takes what did not fit.
    this.#frame = requestAnimationFrame((next) => this.#onFrame(next));
    if (this.#pending.length) this.#fallback = setTimeout(() => this.#onFrame(performance.now(), true), 250);
  }
}
