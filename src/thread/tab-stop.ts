import { lowerBound } from '../internal/lower-bound.js';
import { compareMessages } from '../model/index.js';
import type { ThreadHost } from './thread-host.js';
import { messageOf, type ThreadRow } from './unshown.js';

/**
 * The feed's one tab stop (the row with tabindex 0), kept on a message rather than on a position: rows
 * added above it (an older page, a slice of a large one) or below it leave it on the same message. While
 * focus is outside the feed it follows the rows in view, so Tab lands on something the agent sees.
 */
export class TabStop {
  readonly #host: ThreadHost;
  #message?: ThreadRow;
  #focusInFeed = false;
  /** The index found for the tab stop in these rows (rendering asks for it once a row). */
  #found?: { rows: readonly ThreadRow[]; message?: ThreadRow; index: number };

  constructor(host: ThreadHost) {
    this.#host = host;
  }

  /** Index of the tab stop in the rows shown; -1 when there is none or its message is filtered out. */
  get index(): number {
    const rows = this.#host.rows();
    const message = this.#message;
    const found = this.#found;
    if (found && found.rows === rows && found.message === message) return found.index;
    const index = message ? indexOf(rows, message) : -1;
    this.#found = { rows, message, index };
    return index;
  }

  /** Puts the tab stop on the row of this index (none for -1). */
  set index(index: number) {
    const message = this.#host.rows()[index];
    if (message?.id === this.#message?.id) return;
    this.#message = message;
    this.#host.requestUpdate();
  }

  /** The latest row takes the tab stop. */
  toLatest(): void {
    this.index = this.#host.rows().length - 1;
  }

  /**
   * The virtualizer reports rows `first`–`last` in view: with focus elsewhere, the tab stop stays among
   * them, and on the latest while the feed follows it (`following`), however rows settle on the way.
   */
  inView(first: number, last: number, following: boolean): void {
    if (this.#focusInFeed) return;
    const latest = this.#host.rows().length - 1;
    if (following && last >= latest) return this.toLatest();
    const index = this.index;
    if (index < first || index > last) this.index = Math.min(last, latest);
  }

  onFocusIn = (): void => {
    this.#focusInFeed = true;
  };

  onFocusOut = (): void => {
    this.#focusInFeed = false;
  };

  reset(): void {
    this.#message = undefined;
    this.#found = undefined;
  }
}

/** Where a message is in rows sorted by time then id (rows hold the store's objects; an edit keeps its place). */
function indexOf(rows: readonly ThreadRow[], message: ThreadRow): number {
  for (let i = lowerBound(rows, (m) => compareMessages(m, message) < 0); i < rows.length && compareMessages(rows[i]!, message) === 0; i += 1) {
    if (rows[i]!.id === message.id) return i;
  }
  // An edit can carry another time, and a confirmed reply another id: look it up by id, then client id.
  const clientId = messageOf(message)?.clientId;
  return rows.findIndex((m) => m.id === message.id || (clientId !== undefined && messageOf(m)?.clientId === clientId));
}
