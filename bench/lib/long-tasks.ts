// What the bench pages measure in the browser, the same in every page: long tasks (PerformanceObserver
// "longtask", 50 ms or more) since a moment, and waits for the next frame or a while. Bundled into each
// page by esbuild; Node's side is ./chromium.js.

/** A long task: when it started and how long it ran, in ms. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Records every long task of the page from the time it is made (earlier ones too: buffered). */
export class LongTasks {
  readonly #tasks: LongTask[] = [];
  readonly #observer = new PerformanceObserver((list) => this.#add(list.getEntries()));

  constructor() {
    this.#observer.observe({ type: 'longtask', buffered: true });
  }

  #add(entries: PerformanceEntryList): void {
    for (const entry of entries) this.#tasks.push({ start: entry.startTime, duration: entry.duration });
  }

  /** Every long task so far, those the observer has not reported yet included. */
  all(): LongTask[] {
    this.#add(this.#observer.takeRecords());
    return this.#tasks;
  }

  /** The long tasks still running at or after `t0` (a `performance.now()` time). */
  since(t0: number): LongTask[] {
    return this.all().filter((t) => t.start + t.duration >= t0);
  }

  /** The longest of `since(t0)`, in ms; 0 when there was none. */
  longestSince(t0: number): number {
    return Math.max(0, ...this.since(t0).map((t) => t.duration));
  }
}

/** Resolves at the next animation frame. */
export const frame = (): Promise<unknown> => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Resolves after `ms` (a bench page lets work settle; tests never do). */
export const sleep = (ms: number): Promise<unknown> => new Promise((r) => setTimeout(r, ms));
