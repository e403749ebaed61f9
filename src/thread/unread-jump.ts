import type { ReactiveController } from 'lit';
import { compareMessages } from '../model/index.js';
import { nextFrame } from './feed-geometry.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadLoader } from './thread-loader.js';
import type { ThreadScroller } from './thread-scroller.js';

/** Older pages loaded at most while looking for the last message the agent read. */
const MAX_PAGES = 20;

/**
 * "Jump to first unread": to the first message after the last one the agent read. When that one is
 * older than the loaded pages, older pages are loaded until it is (at most `MAX_PAGES`; then to the
 * oldest loaded message, which is unread too). Another jump, another conversation or disconnecting
 * stops the loading.
 */
export class UnreadJump implements ReactiveController {
  readonly #host: ThreadHost;
  readonly #loader: ThreadLoader;
  readonly #scroller: ThreadScroller;
  #abort?: AbortController;

  constructor(host: ThreadHost, loader: ThreadLoader, scroller: ThreadScroller) {
    this.#host = host;
    this.#loader = loader;
    this.#scroller = scroller;
    host.addController(this);
  }

  /** Whether there is a first unread to go to: shown, or in a page not loaded yet. */
  get available(): boolean {
    const loader = this.#loader;
    const lastRead = loader.conversation?.lastReadMessageId;
    if (!lastRead) return false;
    return loader.get(lastRead) ? this.#index() >= 0 : loader.nextCursor !== null;
  }

  /** Loads older pages as needed, then scrolls to the first unread message and focuses it. */
  jump(): Promise<void> {
    this.cancel();
    const abort = (this.#abort = new AbortController());
    return this.#scroller.holding(() => this.#jump(abort.signal));
  }

  async #jump(signal: AbortSignal): Promise<void> {
    const loader = this.#loader;
    const lastRead = loader.conversation?.lastReadMessageId;
    if (!lastRead) return;
    const found = await loader.loadOlderUntil(lastRead, { maxPages: MAX_PAGES, signal });
    if (signal.aborted) return;
    const rows = this.#host.rows();
    const target = found ? rows[this.#index()] : loader.nextCursor !== null ? rows[0] : undefined;
    // The virtualizer takes the rows of the pages just loaded after the render (more may come by then).
    await nextFrame();
    if (target && !signal.aborted) await this.#scroller.showRow(this.#host.rows().indexOf(target), true, 'start');
  }

  /** Stops a jump that is still loading pages. */
  cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Index in the rows of the first message after the last one read; -1 when none is shown. */
  #index(): number {
    const id = this.#loader.conversation?.lastReadMessageId;
    const lastRead = id ? this.#loader.get(id) : undefined;
    return lastRead ? this.#host.rows().findIndex((m) => compareMessages(m, lastRead) > 0) : -1;
  }
}
