/**
 * The one way a thread watches its feed: `watch(feed)` after every render starts watching a new feed
 * (and stops watching the one before, when the feed was rendered anew), `disconnect()` stops. A
 * subclass says only what to observe or listen to (`attach`) and how to stop (`detach`).
 */
export abstract class FeedWatcher<E extends Element = HTMLElement> {
  #feed?: E;

  /** The feed watched now, if any. */
  protected get feed(): E | undefined {
    return this.#feed;
  }

  /** Watches this feed (nothing when undefined) instead of the one before. */
  watch(feed: E | null | undefined): void {
    if ((feed ?? undefined) === this.#feed) return;
    this.disconnect();
    if (!feed) return;
    this.#feed = feed;
    this.attach(feed);
  }

  disconnect(): void {
    const feed = this.#feed;
    this.#feed = undefined;
    if (feed) this.detach(feed);
  }

  protected abstract attach(feed: E): void;
  protected abstract detach(feed: E): void;
}
