import { FeedWatcher } from './feed-watcher.js';

/**
 * Tells when a feed or any row in it changes size: a sentiment badge appears, an image fails and shows
 * its alt text, a message is edited, the feed itself is resized. Rows come and go as the virtualizer
 * renders them, so each one is watched from when it is added until it is removed.
 */
export class RowResize extends FeedWatcher<Element> {
  readonly #resize: ResizeObserver;
  readonly #rows: MutationObserver;

  constructor(onResize: () => void) {
    super();
    this.#resize = new ResizeObserver(() => onResize());
    this.#rows = new MutationObserver((records) => {
      for (const record of records) {
        record.removedNodes.forEach((node) => node instanceof Element && this.#resize.unobserve(node));
        record.addedNodes.forEach((node) => node instanceof Element && node.parentNode === this.feed && this.#resize.observe(node));
      }
    });
  }

  protected attach(feed: Element): void {
    this.#resize.observe(feed);
    for (const row of feed.children) this.#resize.observe(row);
    this.#rows.observe(feed, { childList: true });
  }

  protected detach(): void {
    this.#resize.disconnect();
    this.#rows.disconnect();
  }
}
