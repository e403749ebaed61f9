import { FeedWatcher } from './feed-watcher.js';

/** How long (ms) after a wheel turn, a touch or a key the feed's scrolling still counts as the agent's. */
const LINGER = 600;

/** Keys that scroll a focused scroller up. */
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

/**
 * Tells the agent's own scrolling of a feed (wheel, touch, keys, dragging its scrollbar) from the
 * scrolling code does: the virtualizer correcting its size estimates, the pin to the bottom, a jump to a
 * row. Only the agent takes the feed away from the latest message; a stream of live messages that makes
 * the virtualizer shift the scroll offset must not.
 */
export class ScrollIntent extends FeedWatcher<HTMLElement> {
  readonly #now: () => number;
  #until = -Infinity;
  #held = false;
  readonly #options = { passive: true } as const;

  constructor(now: () => number = () => performance.now()) {
    super();
    this.#now = now;
  }

  /** Whether the agent is scrolling the feed now (or was a moment ago: scrolling eases out). */
  get active(): boolean {
    return this.#held || this.#now() < this.#until;
  }

  protected attach(feed: HTMLElement): void {
    feed.addEventListener('wheel', this.#onWheel, this.#options);
    feed.addEventListener('touchmove', this.#note, this.#options);
    feed.addEventListener('keydown', this.#onKey, this.#options);
    feed.addEventListener('pointerdown', this.#onPress, this.#options);
  }

  protected detach(feed: HTMLElement): void {
    this.#release();
    feed.removeEventListener('wheel', this.#onWheel);
    feed.removeEventListener('touchmove', this.#note);
    feed.removeEventListener('keydown', this.#onKey);
    feed.removeEventListener('pointerdown', this.#onPress);
  }

  #note = (): void => {
    this.#until = this.#now() + LINGER;
  };

  #onWheel = (event: WheelEvent): void => {
    if (event.deltaY < 0) this.#note();
  };

  #onKey = (event: KeyboardEvent): void => {
    if (UP_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey)) this.#note();
  };

  /**
   * A pointer held on the feed itself, its scrollbar (a press on a message targets the message): the
   * agent's until it is let go, and a moment after. A click on a message during a stream is not a scroll.
   */
  #onPress = (event: PointerEvent): void => {
    if (event.target !== this.feed) return;
    this.#held = true;
    window.addEventListener('pointerup', this.#onRelease, this.#options);
    window.addEventListener('pointercancel', this.#onRelease, this.#options);
  };

  #onRelease = (): void => {
    this.#release();
    this.#note();
  };

  #release(): void {
    this.#held = false;
    window.removeEventListener('pointerup', this.#onRelease);
    window.removeEventListener('pointercancel', this.#onRelease);
  }
}
