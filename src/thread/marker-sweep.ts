import { FeedWatcher } from './feed-watcher.js';

/**
 * Removes the empty comment markers that lit-html 3.3.1–3.3.3 leaves behind in a virtualized feed.
 *
 * `repeat` (which the virtualizer renders its rows with) gives every row a start and an end marker
 * comment, and its `removePart` removes only the start one (lit/lit#5298). A feed following a busy live
 * stream removes rows at its top every frame, so the orphans pile up by the thousand, and every later
 * insertion and removal of a row gets slower with them.
 *
 * A row's template is one element, so a live marker always has that element as a neighbour (the start
 * marker before it, the end marker after it); an empty comment with no element on either side belongs
 * to no row and is removed. The rows must be rendered from a child expression in a template (as the
 * feed's are): that expression's own marker has text and is left alone, where a root `render()`
 * would have used an empty one. Remove this when lit-html ships the fix.
 */
export class MarkerSweep extends FeedWatcher<Element> {
  readonly #observer = new MutationObserver((records) => {
    const feed = this.feed;
    if (feed && records.some((record) => record.removedNodes.length > 0)) sweepOrphanMarkers(feed);
  });

  protected attach(feed: Element): void {
    this.#observer.observe(feed, { childList: true });
  }

  protected detach(): void {
    this.#observer.disconnect();
  }
}

/** Removes the feed's direct children that are empty comments with no element next to them; returns how many. */
export function sweepOrphanMarkers(feed: Node): number {
  let removed = 0;
  let node = feed.firstChild;
  while (node) {
    const next = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '' && !isElement(node.previousSibling) && !isElement(next)) {
      node.remove();
      removed += 1;
    }
    node = next;
  }
  return removed;
}

const isElement = (node: Node | null): boolean => node?.nodeType === Node.ELEMENT_NODE;
