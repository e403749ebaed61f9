import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Message } from '../model/index.js';
import type { ScrollBox } from './feed-layout.js';
import type { ThreadLoader } from './thread-loader.js';
import { BottomPin } from './bottom-pin.js';
import { MarkerSweep } from './marker-sweep.js';
import { ScrollIntent } from './scroll-intent.js';

type Feed = HTMLElement & VirtualizerHostElement;

export interface ThreadScrollerOptions {
  /** Resolves when the host's pending render is done (its plain `updateComplete`, which must not wait for this controller). */
  rendered: () => Promise<unknown>;
  /** The virtualized feed element, once rendered. */
  feed: () => Feed | null | undefined;
  /** The rows shown, with the current filters. */
  rows: () => readonly Message[];
  loader: ThreadLoader;
}

/** How close to the bottom (px) still counts as "at the latest"; as close to the top asks for older messages. */
const EDGE_SLACK = 48;

/**
 * Where a thread's feed is: the active row (the one tab stop), whether the agent is at the latest, how
 * many messages arrived while scrolled up, and the scrolling that goes with them: to the latest after
 * the first load and on live messages at the bottom, kept at the bottom while rows change size there,
 * to a row, and older pages on scroll-up with the message that was at the top put back where it was.
 *
 * What the host renders from it (the tab stop, the jump to latest) is decided before a render; the
 * scrolling after a render changes none of it, so a load never schedules an update from `updated()`.
 * It scrolls only the feed, never the page: a thread below the fold stays there until the agent goes to it.
 */
export class ThreadScroller implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ThreadScrollerOptions;
  #active = -1;
  #unseen = 0;
  #atBottom = true;
  /** Whether the first scroll to the latest message is done (older pages load only after it). */
  #settled = false;
  /** An older page is loading or the view is being put back: no further page until it is done. */
  #restoring = false;
  /** Tasks that load pages themselves (see `holding`): no older page on scroll-up meanwhile. */
  #holds = 0;
  #focusInFeed = false;
  #visible = { first: 0, last: -1 };
  /** The feed's scroll offset at the last scroll: only the agent scrolling up leaves the bottom (see `onScroll`). */
  #lastTop = 0;
  readonly #pin: BottomPin;
  readonly #intent = new ScrollIntent();
  readonly #sweep = new MarkerSweep();
  #afterRender?: () => void | Promise<void>;
  #settling: Promise<void> = Promise.resolve();
  #lastState: ThreadLoader['state'];

  constructor(host: ReactiveControllerHost, options: ThreadScrollerOptions) {
    this.#host = host;
    this.#options = options;
    this.#lastState = options.loader.state;
    // Not while the agent is scrolling: setting the scroll offset would stop the wheel's scroll short.
    this.#pin = new BottomPin(host, { feed: options.feed, count: () => options.rows().length, pinned: () => this.#atBottom && !this.#intent.active });
    host.addController(this);
  }

  /** Index of the row that takes focus (tabindex 0); -1 before there is one. */
  get active(): number {
    return this.#active;
  }

  set active(index: number) {
    if (index === this.#active) return;
    this.#active = index;
    this.#host.requestUpdate();
  }

  /** Messages that arrived while the agent was scrolled up. */
  get unseen(): number {
    return this.#unseen;
  }

  /** Whether the agent is at the latest message: the feed then stays pinned to its bottom. */
  get atBottom(): boolean {
    return this.#atBottom;
  }

  #setAtBottom(atBottom: boolean): void {
    if (atBottom === this.#atBottom) return;
    this.#atBottom = atBottom;
    this.#host.requestUpdate(); // the jump to latest comes or goes
  }

  /**
   * The feed's own scroll box, for its layout: the virtualizer lays out only what is inside the window,
   * nothing while the feed is off-screen. At most a window high, should the feed not be bounded.
   */
  scrollBox = (): ScrollBox | undefined => {
    const feed = this.#options.feed();
    if (!feed) return undefined;
    return { width: feed.clientWidth, height: Math.min(feed.clientHeight, window.innerHeight), top: feed.scrollTop, left: feed.scrollLeft };
  };

  /** Resolves once the first scroll to the latest message after a load is done. */
  get settling(): Promise<void> {
    return this.#settling;
  }

  /** Another conversation: back to the start. */
  reset(): void {
    this.#active = -1;
    this.#unseen = 0;
    this.#atBottom = true;
    this.#settled = false;
    this.#restoring = false;
    this.#lastTop = 0;
  }

  /** Before a render: after the first load, the latest message is the tab stop (the scroll to it follows). */
  hostUpdate(): void {
    const state = this.#options.loader.state;
    if (state === 'ready' && this.#lastState !== 'ready') {
      this.#active = this.#options.rows().length - 1;
      this.#afterRender = () =>
        (this.#settling = this.toLatest(false).then(() => {
          this.#settled = true;
        }));
    }
    this.#lastState = state;
  }

  hostUpdated(): void {
    const feed = this.#options.feed();
    this.#intent.watch(feed);
    this.#sweep.watch(feed);
    const next = this.#afterRender;
    this.#afterRender = undefined;
    if (next) void next();
  }

  hostDisconnected(): void {
    this.#intent.disconnect();
    this.#sweep.disconnect();
  }

  /** Live messages were added: follow them at the bottom, else count them. */
  added(count: number): void {
    if (count === 0) return;
    // At the bottom: the latest is the tab stop (decided before the render), the scroll follows once per frame.
    if (this.#atBottom) {
      this.active = this.#options.rows().length - 1;
      this.#pin.schedule();
    } else {
      this.#unseen += count;
      this.#host.requestUpdate();
    }
  }

  onScroll = (): void => {
    const feed = this.#options.feed();
    if (!feed) return;
    const { scrollTop: top, scrollHeight: height } = feed;
    const near = height - top - feed.clientHeight < EDGE_SLACK;
    // Away from the bottom only by the agent scrolling up: not when rows grew below the view, nor when
    // the virtualizer shifted the scroll offset to make up for rows it measured or laid out the latest
    // row at an estimated place (as it does all the time under a fast live stream).
    const scrolledUp = top < this.#lastTop && this.#intent.active;
    const atBottom = near || (this.#atBottom && !scrolledUp);
    this.#lastTop = top;
    this.#setAtBottom(atBottom);
    if (atBottom && !near) this.#pin.schedule();
    if (atBottom && this.#unseen) {
      this.#unseen = 0;
      this.#host.requestUpdate();
    }
    // At the top, the first row is in view, whatever range the virtualizer last reported: after a long
    // jump it can report rows it laid out with estimated sizes, then correct without reporting again.
    if (feed.scrollTop < EDGE_SLACK) this.#loadOlderIfDue(0);
  };

  onVisibility = (event: VisibilityChangedEvent): void => {
    this.#visible = { first: event.first, last: event.last };
    const rows = this.#options.rows();
    if (!this.#focusInFeed && (this.#active < event.first || this.#active > event.last)) this.active = Math.min(event.last, rows.length - 1);
    if (event.first <= 1) this.#loadOlderIfDue(event.first);
  };

  onFocusIn = (): void => {
    this.#focusInFeed = true;
  };

  onFocusOut = (): void => {
    this.#focusInFeed = false;
  };

  #loadOlderIfDue(firstInView: number): void {
    const loader = this.#options.loader;
    if (this.#settled && !this.#restoring && !this.#holds && loader.nextCursor !== null && !loader.loadingOlder && !loader.olderError) void this.loadOlder(firstInView);
  }

  /** Loads the next older page, then puts the message that was at the top (`firstInView`) back where it was. */
  async loadOlder(firstInView = this.#visible.first): Promise<void> {
    const rows = this.#options.rows();
    const anchor = rows[firstInView];
    const feed = this.#options.feed();
    const anchorEl = anchor && this.#articleFor(firstInView);
    const offset = anchorEl && feed ? anchorEl.getBoundingClientRect().top - feed.getBoundingClientRect().top : 0;
    const activeId = rows[this.#active]?.id;
    this.#restoring = true;
    const added = await this.#options.loader.loadOlder();
    if (!added || !anchor) {
      this.#restoring = false;
      return;
    }
    // The same message keeps the tab stop; decided now, before the render of the new rows.
    if (activeId) this.active = this.#options.rows().findIndex((m) => m.id === activeId);
    this.#afterRender = async () => {
      const index = this.#options.rows().indexOf(anchor);
      if (index >= 0) {
        await nextFrame(); // the virtualizer takes the new items asynchronously
        this.#virtualizer()?.element(index)?.scrollIntoView({ block: 'start' });
        await this.#layoutComplete();
        const el = this.#articleFor(index);
        const feedNow = this.#options.feed();
        if (el && feedNow) feedNow.scrollTop += el.getBoundingClientRect().top - feedNow.getBoundingClientRect().top - offset;
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

  /** Scrolls a row into view in the feed and, when asked, moves focus to it. */
  async showRow(index: number, focus: boolean, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    if (index < 0) return;
    this.active = index;
    await this.#options.rendered();
    this.#reveal(index, block);
    let el = this.#articleFor(index);
    if (!el || block !== 'nearest') {
      await this.#layoutComplete();
      this.#reveal(index, block); // now at its measured size
      el = this.#articleFor(index);
    }
    if (focus) el?.focus({ preventScroll: block !== 'nearest' });
  }

  /** Scrolls to the latest message and, when asked, focuses it. */
  async toLatest(focus: boolean): Promise<void> {
    if (this.#unseen) {
      this.#unseen = 0;
      this.#host.requestUpdate();
    }
    this.#setAtBottom(true);
    await this.showRow(this.#options.rows().length - 1, focus, 'end');
    // Sizes were estimates until measured: settle on the real bottom.
    const feed = this.#options.feed();
    if (feed) feed.scrollTop = feed.scrollHeight;
    this.#setAtBottom(true);
  }

  /**
   * Scrolls the feed, and only the feed, so the row is where `block` says: a rendered row by its
   * position, another through the virtualizer (which scrolls its own scroller). Going up leaves the
   * bottom at once, so rows measured on the way do not pull the feed back down.
   */
  #reveal(index: number, block: ScrollLogicalPosition): void {
    const feed = this.#options.feed();
    if (!feed?.isConnected || !feed.clientHeight) return; // hidden or gone: rows would measure 0 high
    const el = this.#articleFor(index);
    if (!el) {
      if (index < this.#options.rows().length - 1) this.#setAtBottom(false);
      this.#virtualizer()?.element(index)?.scrollIntoView({ block });
      return;
    }
    const view = feed.clientHeight;
    const top = el.getBoundingClientRect().top - feed.getBoundingClientRect().top - feed.clientTop;
    const bottom = top + el.offsetHeight;
    const by = { start: top, end: bottom - view, center: (top + bottom - view) / 2, nearest: top < 0 ? top : bottom > view ? Math.min(top, bottom - view) : 0 }[block];
    if (by < 0) this.#setAtBottom(false);
    if (by) feed.scrollTop += by;
  }

  #virtualizer() {
    return this.#options.feed()?.[virtualizerRef];
  }

  /**
   * Resolves when the virtualizer has laid out, or soon when it had nothing to do (its promise then
   * waits for the next layout) or was disconnected (its promise then rejects).
   */
  #layoutComplete(): Promise<void> {
    const done = this.#virtualizer()?.layoutComplete.catch(() => {});
    return done ? Promise.race([done, new Promise<void>((r) => setTimeout(r, 300))]) : Promise.resolve();
  }

  #articleFor(index: number): HTMLElement | null {
    return this.#options.feed()?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null;
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
