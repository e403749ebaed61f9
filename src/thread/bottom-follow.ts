import type { ReactiveController } from 'lit';
import { BottomPin } from './bottom-pin.js';
import { EDGE_SLACK } from './feed-geometry.js';
import { MarkerSweep } from './marker-sweep.js';
import { ScrollIntent } from './scroll-intent.js';
import type { TabStop } from './tab-stop.js';
import type { ThreadHost } from './thread-host.js';

/**
 * Following the latest message: while the agent is at the bottom, live messages keep the feed there (and
 * the latest takes the tab stop); when the agent has scrolled up, they are counted instead ("N new
 * messages"). Only the agent's own scrolling leaves the bottom (see `ScrollIntent`): not the virtualizer
 * moving the scroll offset as it measures rows, nor rows growing below the view.
 */
export class BottomFollow implements ReactiveController {
  readonly #host: ThreadHost;
  readonly #tabStop: TabStop;
  readonly #intent = new ScrollIntent();
  readonly #sweep = new MarkerSweep();
  // Not while the agent is scrolling: setting the scroll offset would stop the wheel's scroll short.
  readonly #pin: BottomPin;
  #atBottom = true;
  #unseen = 0;
  /** The feed's scroll offset at the last scroll read (+∞ when not read while following): only the agent scrolling up leaves the bottom. */
  #lastTop = 0;

  constructor(host: ThreadHost, tabStop: TabStop) {
    this.#host = host;
    this.#tabStop = tabStop;
    this.#pin = new BottomPin(host, () => this.#atBottom && !this.#intent.active);
    host.addController(this);
  }

  /** Whether the agent is at the latest message: the feed then stays pinned to its bottom. */
  get atBottom(): boolean {
    return this.#atBottom;
  }

  set atBottom(atBottom: boolean) {
    if (atBottom === this.#atBottom) return;
    this.#atBottom = atBottom;
    this.#host.requestUpdate(); // the jump to latest comes or goes
  }

  /** Messages that arrived while the agent was scrolled up. */
  get unseen(): number {
    return this.#unseen;
  }

  /** The agent has seen them (back at the latest). */
  seen(): void {
    if (!this.#unseen) return;
    this.#unseen = 0;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const feed = this.#host.feed();
    this.#intent.watch(feed);
    this.#sweep.watch(feed);
  }

  hostDisconnected(): void {
    this.#intent.disconnect();
    this.#sweep.disconnect();
  }

  reset(): void {
    this.#atBottom = true;
    this.#unseen = 0;
    this.#lastTop = 0;
  }

  /** Live messages were added: follow them at the bottom, else count them. */
  added(count: number): void {
    if (count === 0) return;
    // At the bottom: the latest is the tab stop (decided before the render), the scroll follows once per frame.
    if (this.#atBottom) {
      this.#tabStop.toLatest();
      this.#pin.schedule();
    } else {
      this.#unseen += count;
      this.#host.requestUpdate();
    }
  }

  /** Rows changed above the view: at the bottom, back to it at the next frame. */
  keep(): void {
    this.#pin.schedule();
  }

  /** The feed scrolled; returns its scroll offset when it was read (not while following without the agent scrolling). */
  onScroll(): number | undefined {
    // Following and the agent not scrolling: nothing can leave the bottom, so no layout is read here
    // (under a live stream the feed scrolls every frame); the pin reads it once a frame.
    if (this.#atBottom && !this.#intent.active) {
      this.#lastTop = Infinity;
      this.#pin.schedule();
      return undefined;
    }
    const feed = this.#host.feed();
    if (!feed) return undefined;
    const { scrollTop: top, scrollHeight: height } = feed;
    const near = height - top - feed.clientHeight < EDGE_SLACK;
    // Away from the bottom only by the agent scrolling up: not when rows grew below the view, nor when
    // the virtualizer shifted the scroll offset to make up for rows it measured or laid out the latest
    // row at an estimated place (as it does all the time under a fast live stream).
    const scrolledUp = top < this.#lastTop && this.#intent.active;
    const atBottom = near || (this.#atBottom && !scrolledUp);
    this.#lastTop = top;
    this.atBottom = atBottom;
    if (atBottom && !near) this.#pin.schedule();
    if (atBottom) this.seen();
    return top;
  }
}
