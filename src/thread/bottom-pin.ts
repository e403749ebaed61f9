import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { RowResize } from './row-resize.js';

export interface BottomPinOptions {
  /** The feed, its own scroller, once rendered. */
  feed: () => (HTMLElement & VirtualizerHostElement) | null | undefined;
  /** How many rows the feed has (rendered or not). */
  count: () => number;
  /** Whether the feed should stay at its bottom (the agent is at the latest). */
  pinned: () => boolean;
}

/**
 * Keeps a feed at its bottom while the agent is there: when live messages arrive, a row changes size
 * or the feed does. However many ask during a frame, the feed scrolls at most once, at the next frame,
 * and not at all when it is at its bottom already: a burst of messages and row resizes costs one read
 * of the layout per frame, not one per row.
 */
export class BottomPin implements ReactiveController {
  readonly #options: BottomPinOptions;
  readonly #resize = new RowResize(() => this.schedule());
  #frame = 0;

  constructor(host: ReactiveControllerHost, options: BottomPinOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    this.#resize.watch(this.#options.feed());
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Back to the bottom at the next frame, once laid out. */
  schedule(): void {
    if (this.#frame || !this.#options.pinned()) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.pin();
    });
  }

  /** Back to the bottom now, unless it is there already. */
  pin(): void {
    const feed = this.#options.feed();
    if (!feed || !this.#options.pinned()) return;
    // The latest row not rendered yet (it just arrived): the virtualizer lays out to it, at the end.
    const last = this.#options.count() - 1;
    if (last >= 0 && !feed.querySelector(`:scope > [data-index="${last}"]`)) {
      feed[virtualizerRef]?.element(last)?.scrollIntoView({ block: 'end' });
      return;
    }
    const bottom = feed.scrollHeight - feed.clientHeight;
    if (bottom - feed.scrollTop >= 1) feed.scrollTop = bottom;
  }
}
