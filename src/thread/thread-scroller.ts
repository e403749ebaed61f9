import type { ReactiveController } from 'lit';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { BottomFollow } from './bottom-follow.js';
import { EDGE_SLACK, layoutComplete, revealDelta, rowElement, scrollBox, virtualScrollTo } from './feed-geometry.js';
import type { ScrollBox } from './feed-layout.js';
import { OlderPages } from './older-pages.js';
import { TabStop } from './tab-stop.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadLoader } from './thread-loader.js';
import { isUnshown } from './unshown.js';

/**
 * Where a thread's feed is, and the scrolling that goes with it: the tab stop (`TabStop`), following the
 * latest (`BottomFollow`), older pages on scroll-up (`OlderPages`), the scroll to the latest after the
 * first load, and going to a row. The feed's geometry and the virtualizer's are in `feed-geometry`.
 *
 * What the host renders from it (the tab stop, the jump to latest) is decided before a render; the
 * scrolling after a render changes none of it, so a load never schedules an update from `updated()`.
 * It scrolls only the feed, never the page: a thread below the fold stays there until the agent goes to it.
 */
export class ThreadScroller implements ReactiveController {
  readonly #host: ThreadHost;
  readonly #loader: ThreadLoader;
  readonly #tabStop: TabStop;
  readonly #follow: BottomFollow;
  readonly #older: OlderPages;
  #toLatestAfterRender = false;
  #settling: Promise<void> = Promise.resolve();
  #lastState: ThreadLoader['state'];

  constructor(host: ThreadHost, loader: ThreadLoader) {
    this.#host = host;
    this.#loader = loader;
    this.#lastState = loader.state;
    this.#tabStop = new TabStop(host);
    this.#follow = new BottomFollow(host, this.#tabStop);
    this.#older = new OlderPages(host, loader);
    host.addController(this);
  }

  /** Index of the row that takes focus (tabindex 0); -1 before there is one. */
  get active(): number {
    return this.#tabStop.index;
  }

  set active(index: number) {
    this.#tabStop.index = index;
  }

  /** Messages that arrived while the agent was scrolled up. */
  get unseen(): number {
    return this.#follow.unseen;
  }

  /** Whether the agent is at the latest message: the feed then stays pinned to its bottom. */
  get atBottom(): boolean {
    return this.#follow.atBottom;
  }

  /** Resolves once the first scroll to the latest message after a load is done. */
  get settling(): Promise<void> {
    return this.#settling;
  }

  /** The feed's own scroll box, for its layout (see `FeedLayout`). */
  scrollBox = (): ScrollBox | undefined => scrollBox(this.#host.feed());

  /** Another conversation: back to the start. */
  reset(): void {
    this.#tabStop.reset();
    this.#follow.reset();
    this.#older.settled = false;
  }

  /** Before a render: after the first load, the latest message is the tab stop (the scroll to it follows). */
  hostUpdate(): void {
    const state = this.#loader.state;
    if (state === 'ready' && this.#lastState !== 'ready') {
      this.#tabStop.toLatest();
      this.#toLatestAfterRender = true;
    }
    this.#lastState = state;
  }

  hostUpdated(): void {
    if (!this.#toLatestAfterRender) return;
    this.#toLatestAfterRender = false;
    this.#settling = this.toLatest(false).then(() => {
      this.#older.settled = true;
    });
  }

  /** Live messages were added: follow them at the bottom, else count them. */
  added(count: number): void {
    this.#follow.added(count);
  }

  /** Older messages were stored above the view: at the bottom, the feed stays there. */
  stored(): void {
    this.#follow.keep();
  }

  onScroll = (): void => {
    const top = this.#follow.onScroll();
    // At the top, the first row is in view, whatever range the virtualizer last reported: after a long
    // jump it can report rows it laid out with estimated sizes, then correct without reporting again.
    if (top !== undefined && top < EDGE_SLACK) this.#older.loadIfDue(0);
  };

  onVisibility = (event: VisibilityChangedEvent): void => {
    this.#tabStop.inView(event.first, event.last, this.#follow.atBottom);
    this.#older.inView(event.first);
  };

  onFocusIn = (): void => this.#tabStop.onFocusIn();

  onFocusOut = (): void => this.#tabStop.onFocusOut();

  /** Loads the next older page, keeping the message at the top where it was. */
  loadOlder(): Promise<void> {
    return this.#older.load();
  }

  /** Runs a task that loads older pages itself and then goes to a row: none loads on scroll-up meanwhile. */
  holding<T>(task: () => Promise<T>): Promise<T> {
    return this.#older.holding(task);
  }

  /** Scrolls a row into view in the feed and, when asked, moves focus to it. */
  async showRow(index: number, focus: boolean, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    if (index < 0) return;
    this.active = index;
    await this.#host.rendered();
    this.#reveal(index, block);
    let row = rowElement(this.#host.feed(), index);
    if (!row || block !== 'nearest') {
      await layoutComplete(this.#host.feed());
      this.#reveal(index, block); // now at its measured size
      row = rowElement(this.#host.feed(), index);
    }
    if (focus) row?.focus({ preventScroll: block !== 'nearest' });
  }

  /**
   * Scrolls to a loaded message (shown with the current filters) and focuses it; false when it isn't shown.
   * The first scroll to the latest settles first, so it cannot take the feed away from the message afterwards.
   */
  async showMessage(id: string): Promise<boolean> {
    await this.#host.rendered();
    await this.#settling;
    const index = this.#host.rows().findIndex((m) => !isUnshown(m) && m.id === id);
    if (index >= 0) await this.showRow(index, true, 'center');
    return index >= 0;
  }

  /** Scrolls to the latest message and, when asked, focuses it. */
  async toLatest(focus: boolean): Promise<void> {
    this.#follow.seen();
    this.#follow.atBottom = true;
    await this.showRow(this.#host.rows().length - 1, focus, 'end');
    // Sizes were estimates until measured: settle on the real bottom.
    const feed = this.#host.feed();
    if (feed) feed.scrollTop = feed.scrollHeight;
    this.#follow.atBottom = true;
  }

  /**
   * Scrolls the feed, and only the feed, so the row is where `block` says: a rendered row by its
   * position, another through the virtualizer (which scrolls its own scroller). Going up leaves the
   * bottom at once, so rows measured on the way do not pull the feed back down.
   */
  #reveal(index: number, block: ScrollLogicalPosition): void {
    const feed = this.#host.feed();
    if (!feed?.isConnected || !feed.clientHeight) return; // hidden or gone: rows would measure 0 high
    const row = rowElement(feed, index);
    if (!row) {
      if (index < this.#host.rows().length - 1) this.#follow.atBottom = false;
      virtualScrollTo(feed, index, block);
      return;
    }
    const by = revealDelta(feed, row, block);
    if (by < 0) this.#follow.atBottom = false;
    if (by) feed.scrollTop += by;
  }
}
