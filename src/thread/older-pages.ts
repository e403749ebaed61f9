import type { ReactiveController } from 'lit';
import { layoutComplete, nextFrame, rowElement, rowOffset, virtualScrollTo } from './feed-geometry.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadLoader } from './thread-loader.js';
import type { ThreadRow } from './unshown.js';

/**
 * Older pages on scroll-up: when the first rows come into view, the next older page loads, and the
 * message that was at the top is put back where it was, so the agent reads on without a jump. Not
 * before the first scroll to the latest is done, not while another page loads or the view is being put
 * back, and not while a task loads pages itself (see `holding`).
 */
export class OlderPages implements ReactiveController {
  readonly #host: ThreadHost;
  readonly #loader: ThreadLoader;
  /** Whether the first scroll to the latest message is done (older pages load only after it). */
  #settled = false;
  /** An older page is loading or the view is being put back: no further page until it is done. */
  #restoring = false;
  /** Tasks that load pages themselves: no older page on scroll-up meanwhile. */
  #holds = 0;
  /** Index of the first row in view, as the virtualizer last reported it. */
  #first = 0;
  #restore?: () => Promise<void>;

  constructor(host: ThreadHost, loader: ThreadLoader) {
    this.#host = host;
    this.#loader = loader;
    host.addController(this);
  }

  hostUpdated(): void {
    const restore = this.#restore;
    this.#restore = undefined;
    if (restore) void restore();
  }

  /** The first scroll to the latest is done (or a new conversation starts: `false`). */
  set settled(settled: boolean) {
    this.#settled = settled;
    if (!settled) this.#restoring = false;
  }

  /** The rows from `first` are in view: at the top, the next older page loads. */
  inView(first: number): void {
    this.#first = first;
    if (first <= 1) this.loadIfDue(first);
  }

  /** Loads the next older page when one is due (see the class). */
  loadIfDue(firstInView: number): void {
    const loader = this.#loader;
    if (this.#settled && !this.#restoring && !this.#holds && loader.nextCursor !== null && !loader.busy && !loader.olderError) void this.load(firstInView);
  }

  /** Loads the next older page, then puts the message that was at the top (`firstInView`) back where it was. */
  async load(firstInView = this.#first): Promise<void> {
    const feed = this.#host.feed();
    const anchor: ThreadRow | undefined = this.#host.rows()[firstInView];
    const anchorRow = anchor && rowElement(feed, firstInView);
    const offset = anchorRow && feed ? rowOffset(feed, anchorRow) : 0;
    this.#restoring = true;
    const added = await this.#loader.loadOlder();
    if (!added || !anchor) {
      this.#restoring = false;
      return;
    }
    this.#restore = async () => {
      const index = this.#host.rows().findIndex((row) => row === anchor || row.id === anchor.id);
      if (index >= 0) {
        await nextFrame(); // the virtualizer takes the new items asynchronously
        virtualScrollTo(this.#host.feed(), index, 'start');
        await layoutComplete(this.#host.feed());
        const feedNow = this.#host.feed();
        const row = rowElement(feedNow, index);
        if (row && feedNow) feedNow.scrollTop += rowOffset(feedNow, row) - offset;
      }
      this.#restoring = false;
    };
    this.#host.requestUpdate();
  }

  /** Runs a task that loads older pages itself and then goes to a row: none loads on scroll-up meanwhile. */
  async holding<T>(task: () => Promise<T>): Promise<T> {
    this.#holds += 1;
    try {
      return await task();
    } finally {
      this.#holds -= 1;
    }
  }
}
