import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { compareMessages, type Message } from '../model/index.js';
import type { ThreadLoader } from './thread-loader.js';
import type { ThreadScroller } from './thread-scroller.js';

export interface UnreadJumpOptions {
  loader: ThreadLoader;
  scroller: ThreadScroller;
  /** The rows shown, with the current filters. */
  rows: () => readonly Message[];
}

/** Older pages loaded at most while looking for the last message the agent read. */
const MAX_PAGES = 20;

/**
 * "Jump to first unread": to the first message after the last one the agent read. When that one is
 * older than the loaded pages, older pages are loaded until it is (at most `MAX_PAGES`; then to the
 * oldest loaded message, which is unread too). Another jump, another conversation or disconnecting
 * stops the loading.
 */
export class UnreadJump implements ReactiveController {
  readonly #options: UnreadJumpOptions;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: UnreadJumpOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether there is a first unread to go to: shown, or in a page not loaded yet. */
  get available(): boolean {
    const { loader } = this.#options;
    const lastRead = loader.conversation?.lastReadMessageId;
    if (!lastRead) return false;
    return loader.store.get(lastRead) ? this.#index() >= 0 : loader.nextCursor !== null;
  }

  /** Loads older pages as needed, then scrolls to the first unread message and focuses it. */
  jump(): Promise<void> {
    this.cancel();
    const abort = (this.#abort = new AbortController());
    return this.#options.scroller.holding(() => this.#jump(abort.signal));
  }

  async #jump(signal: AbortSignal): Promise<void> {
    const { loader, scroller } = this.#options;
    const lastRead = loader.conversation?.lastReadMessageId;
    if (!lastRead) return;
    const found = await loader.loadOlderUntil(lastRead, { maxPages: MAX_PAGES, signal });
    if (signal.aborted) return;
    const rows = this.#options.rows();
    const target = found ? rows[this.#index()] : loader.nextCursor !== null ? rows[0] : undefined;
    // The virtualizer takes the rows of the pages just loaded after the render (more may come by then).
    await nextFrame();
    if (target && !signal.aborted) await scroller.showRow(this.#options.rows().indexOf(target), true, 'start');
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
    const { loader, rows } = this.#options;
    const id = loader.conversation?.lastReadMessageId;
    const lastRead = id ? loader.store.get(id) : undefined;
    return lastRead ? rows().findIndex((m) => compareMessages(m, lastRead) > 0) : -1;
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
