import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Message } from '../model/index.js';
import type { ThreadLoader } from './thread-loader.js';

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
 * the first load and on live messages at the bottom, to a row, and older pages on scroll-up with the
 * message that was at the top put back where it was.
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
  #focusInFeed = false;
  #visible = { first: 0, last: -1 };
  #afterRender?: () => void | Promise<void>;
  #settling: Promise<void> = Promise.resolve();
  #lastState: ThreadLoader['state'];

  constructor(host: ReactiveControllerHost, options: ThreadScrollerOptions) {
    this.#host = host;
    this.#options = options;
    this.#lastState = options.loader.state;
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

  get atBottom(): boolean {
    return this.#atBottom;
  }

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
  }

  /** Runs `task` once the next render is done; `replace: false` keeps a task already waiting. */
  afterRender(task: () => void | Promise<void>, replace = true): void {
    if (replace || !this.#afterRender) this.#afterRender = task;
  }

  hostUpdated(): void {
    const state = this.#options.loader.state;
    if (state === 'ready' && this.#lastState !== 'ready') {
      this.#afterRender = () =>
        (this.#settling = this.toLatest(false).then(() => {
          this.#settled = true;
        }));
    }
    this.#lastState = state;
    const next = this.#afterRender;
    this.#afterRender = undefined;
    if (next) void next();
  }

  /** Live messages were added: follow them at the bottom, else count them. */
  added(count: number): void {
    if (count === 0) return;
    if (this.#atBottom) this.afterRender(() => this.toLatest(false), false);
    else {
      this.#unseen += count;
      this.#host.requestUpdate();
    }
  }

  onScroll = (): void => {
    const feed = this.#options.feed();
    if (!feed) return;
    this.#atBottom = feed.scrollHeight - feed.scrollTop - feed.clientHeight < EDGE_SLACK;
    if (this.#atBottom && this.#unseen) {
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
    if (this.#settled && !this.#restoring && loader.nextCursor !== null && !loader.loadingOlder && !loader.olderError) void this.loadOlder(firstInView);
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
    this.#afterRender = async () => {
      const now = this.#options.rows();
      const index = now.indexOf(anchor);
      if (activeId) this.active = now.findIndex((m) => m.id === activeId);
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

  /** Scrolls a row into view and, when asked, moves focus to it. */
  async showRow(index: number, focus: boolean, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    if (index < 0) return;
    this.active = index;
    await this.#options.rendered();
    this.#virtualizer()?.element(index)?.scrollIntoView({ block });
    let el = this.#articleFor(index);
    if (!el || block !== 'nearest') {
      await this.#layoutComplete();
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
    this.#atBottom = true;
    await this.showRow(this.#options.rows().length - 1, focus, 'end');
    // Sizes were estimates until measured: settle on the real bottom.
    const feed = this.#options.feed();
    if (feed) feed.scrollTop = feed.scrollHeight;
    this.#atBottom = true;
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
