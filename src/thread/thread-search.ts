import type { Channel, Message, Visibility } from '../model/index.js';
import type { ThreadLoader } from './thread-loader.js';
import { ThreadRows } from './thread-rows.js';
import type { ThreadScroller } from './thread-scroller.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadRow } from './unshown.js';

/** The filters the toolbar sets (the customer view is the element's own property). */
export interface ToolbarFilters {
  channelFilter: string;
  visibilityFilter: Visibility | '';
}

/**
 * The thread's search and filters: which rows show, which match the query, which match is current,
 * and the scrolling that follows a change (to the current match, else to the latest). Searches data,
 * not the DOM.
 */
export class ThreadSearch {
  readonly #host: ThreadHost;
  readonly #loader: ThreadLoader;
  readonly #scroller: ThreadScroller;
  readonly #rows = new ThreadRows();
  #query = '';
  #match = -1;
  #filters: ToolbarFilters = { channelFilter: '', visibilityFilter: '' };

  constructor(host: ThreadHost, loader: ThreadLoader, scroller: ThreadScroller) {
    this.#host = host;
    this.#loader = loader;
    this.#scroller = scroller;
  }

  get query(): string {
    return this.#query;
  }

  /** Index of the current match among the hits; -1 when none. */
  get match(): number {
    return this.#match;
  }

  get filters(): ToolbarFilters {
    return this.#filters;
  }

  /** Every loaded message, oldest first, whatever the filters. */
  all(): readonly Message[] {
    return this.#rows.all(this.#loader);
  }

  /** The rows shown with the filters (and the customer view when on), oldest first. */
  rows(customerView: boolean): readonly ThreadRow[] {
    const { channelFilter, visibilityFilter } = this.#filters;
    return this.#rows.view(this.#loader, this.#loader.conversation, { channelId: channelFilter || null, visibility: visibilityFilter || null, customerView });
  }

  /** The conversation's channels by id. */
  channels(): ReadonlyMap<string, Channel> {
    return this.#rows.channels(this.#loader.conversation);
  }

  /** Indexes of the shown rows that match the query. */
  hits(): number[] {
    return this.#rows.matches(this.#host.rows(), this.#query);
  }

  /** A new query: the last match is current, and scrolled to. */
  search(query: string): void {
    this.#query = query;
    const hits = this.hits();
    this.#match = hits.length ? hits.length - 1 : -1;
    this.#host.requestUpdate();
    if (hits.length) void this.#scroller.showRow(hits[this.#match]!, false, 'center');
  }

  /** The next (1) or previous (-1) match. */
  step(delta: number): void {
    const hits = this.hits();
    if (!hits.length) return;
    this.#match = (this.#match + delta + hits.length) % hits.length;
    this.#host.requestUpdate();
    void this.#scroller.showRow(hits[this.#match]!, false, 'center');
  }

  /** The filters changed (`change`, or the customer view): the match and the tab stop now, the scroll after the render. */
  filter(change: Partial<ToolbarFilters> = {}): void {
    this.#filters = { ...this.#filters, ...change };
    this.#match = -1;
    this.#host.requestUpdate();
    if (this.#query) this.search(this.#query);
    else void this.#scroller.toLatest(false);
  }

  /** Another conversation: no current match. */
  reset(): void {
    this.#match = -1;
  }
}
