import type { Message } from '../model/index.js';
import type { ThreadStore } from './thread-store.js';
import { afterPaint, yieldToBrowser } from './yield.js';

/** At most this long (ms) without a paint while storing a page. */
const PAINT_EVERY = 50;

export interface IngestOptions {
  /** Stops between two slices when aborted (another conversation): nothing more reaches the store. */
  signal: AbortSignal;
  /** The work a slice may take (ms). */
  budget?: number;
  /** Messages in the first slice: enough for the first screen of rows. */
  first?: number;
  /** After each slice was stored: `added` new messages, `first` for the first slice. */
  onSlice?(added: number, first: boolean): void;
}

/**
 * Puts a page into the store in slices, giving the browser a turn between two (`yieldToBrowser`), so
 * a page of any size never blocks the page for long; it paints after the first slice and at least every
 * `PAINT_EVERY` ms. The page comes newest first, so the first slice holds the newest messages, the first
 * screen of rows. Slices grow while they take under half the
 * budget and shrink when they take more. Resolves with how many messages were new, or undefined when
 * `signal` aborted it.
 */
export async function ingestPage(store: ThreadStore, messages: readonly Message[], options: IngestOptions): Promise<number | undefined> {
  const budget = options.budget ?? 8;
  const first = options.first ?? 200;
  let size = first;
  let added = 0;
  let painted = performance.now();
  for (let at = 0; at < messages.length; ) {
    // A turn between two slices; a paint after the first (its rows) and at least every few frames.
    if (at > 0 && (at === first || performance.now() - painted > PAINT_EVERY)) {
      await afterPaint();
      painted = performance.now();
    } else if (at > 0) await yieldToBrowser();
    if (options.signal.aborted) return undefined;
    const start = performance.now();
    const count = store.upsert(messages.slice(at, at + size)).added.length;
    added += count;
    options.onSlice?.(count, at === 0);
    at += size;
    const took = performance.now() - start;
    if (took < budget / 2) size *= 2;
    else if (took > budget) size = Math.max(50, Math.floor(size / 2));
  }
  return added;
}

/** What a thread does as a page goes in: after the first slice, after each later one, and once it is all stored. */
export interface PageSteps {
  first?(): void;
  slice(): void;
  done(): void;
}

/**
 * A thread's pages going into its store (`ingestPage`), with whether one is (no older page is asked for
 * meanwhile). A page aborted by another load leaves the flag to `stop`, called by that load.
 */
export class PageIngester {
  readonly #store: ThreadStore;
  #ingesting = false;

  constructor(store: ThreadStore) {
    this.#store = store;
  }

  /** Whether a page is being stored. */
  get ingesting(): boolean {
    return this.#ingesting;
  }

  /** Stores a page in slices; resolves with how many messages were new, or undefined when `signal` aborted it. */
  async ingest(messages: readonly Message[], signal: AbortSignal, steps: PageSteps): Promise<number | undefined> {
    this.#ingesting = true;
    try {
      return await ingestPage(this.#store, messages, { signal, onSlice: (_added, first) => (first ? steps.first?.() : steps.slice()) });
    } finally {
      if (!signal.aborted) {
        this.#ingesting = false;
        steps.done();
      }
    }
  }

  /** Another conversation loads: no page of this one is being stored any more. */
  stop(): void {
    this.#ingesting = false;
  }
}
