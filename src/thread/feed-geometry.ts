import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { ScrollBox } from './feed-layout.js';
import type { Feed } from './thread-host.js';

/** The rendered row of this index (rows carry `data-index`), or null when the virtualizer has not rendered it. */
export function rowElement(feed: Feed | null | undefined, index: number): HTMLElement | null {
  return feed?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null;
}

/** Asks the virtualizer to scroll a row into view, rendered or not (it scrolls its own scroller, the feed). */
export function virtualScrollTo(feed: Feed | null | undefined, index: number, block: ScrollLogicalPosition): void {
  feed?.[virtualizerRef]?.element(index)?.scrollIntoView({ block });
}

/**
 * Resolves when the virtualizer has laid out, or soon when it had nothing to do (its promise then
 * waits for the next layout) or was disconnected (its promise then rejects).
 */
export function layoutComplete(feed: Feed | null | undefined): Promise<void> {
  const done = feed?.[virtualizerRef]?.layoutComplete.catch(() => {});
  return done ? Promise.race([done, new Promise<void>((resolve) => setTimeout(resolve, 300))]) : Promise.resolve();
}

/** The feed's own scroll box, at most a window high should the feed not be bounded. */
export function scrollBox(feed: Feed | null | undefined): ScrollBox | undefined {
  if (!feed) return undefined;
  return { width: feed.clientWidth, height: Math.min(feed.clientHeight, window.innerHeight), top: feed.scrollTop, left: feed.scrollLeft };
}

/** Where a rendered row's top is, from the top of the feed's view (px). */
export function rowOffset(feed: Feed, row: HTMLElement): number {
  return row.getBoundingClientRect().top - feed.getBoundingClientRect().top - feed.clientTop;
}

/** How far (px) to scroll the feed so a rendered row is where `block` says; 0 when it is there. */
export function revealDelta(feed: Feed, row: HTMLElement, block: ScrollLogicalPosition): number {
  const view = feed.clientHeight;
  const top = rowOffset(feed, row);
  const bottom = top + row.offsetHeight;
  switch (block) {
    case 'start':
      return top;
    case 'end':
      return bottom - view;
    case 'center':
      return (top + bottom - view) / 2;
    default:
      return top < 0 ? top : bottom > view ? Math.min(top, bottom - view) : 0;
  }
}

/** How close to an edge (px) still counts as at it: the bottom for "at the latest", the top for older pages. */
export const EDGE_SLACK = 48;

/** Resolves at the next animation frame. */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
