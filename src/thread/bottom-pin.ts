import type { ReactiveController } from 'lit';
import { rowElement, virtualScrollTo } from './feed-geometry.js';
import { RowResize } from './row-resize.js';
import type { ThreadHost } from './thread-host.js';

/**
 * Keeps a feed at its bottom while the agent is there: when live messages arrive, a row changes size
 * or the feed does. However many ask during a frame, the feed scrolls at most once, at the next frame,
 * and not at all when it is at its bottom already: a burst of messages and row resizes costs one read
 * of the layout per frame, not one per row.
 */
export class BottomPin implements ReactiveController {
  readonly #host: ThreadHost;
  /** Whether the feed should stay at its bottom (the agent is at the latest). */
  readonly #pinned: () => boolean;
  readonly #resize = new RowResize(() => this.schedule());
  #frame = 0;

  constructor(host: ThreadHost, pinned: () => boolean) {
    this.#host = host;
    this.#pinned = pinned;
    host.addController(this);
  }

  hostUpdated(): void {
    this.#resize.watch(this.#host.feed());
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Back to the bottom at the next frame, once laid out. */
  schedule(): void {
    if (this.#frame || !this.#pinned()) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.pin();
    });
  }

  /** Back to the bottom now, unless it is there already. */
  pin(): void {
    const feed = this.#host.feed();
    if (!feed || !this.#pinned()) return;
    // The latest row not rendered yet (it just arrived): the virtualizer lays out to it, at the end.
    const last = this.#host.rows().length - 1;
    if (last >= 0 && !rowElement(feed, last)) return virtualScrollTo(feed, last, 'end');
    const bottom = feed.scrollHeight - feed.clientHeight;
    if (bottom - feed.scrollTop >= 1) feed.scrollTop = bottom;
  }
}
