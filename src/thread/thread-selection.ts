/**
 * The agent's way through a thread's feed: its keys and clicks (`FeedInput`), where they lead, and the
 * selected message. Split out of `<cx-conversation-thread>`, which renders the feed with them.
 */
import { CxMessageSelectEvent } from '../events/message-select.js';
import { FeedInput } from './feed-input.js';
import type { ThreadHost } from './thread-host.js';
import type { ThreadScroller } from './thread-scroller.js';
import { isUnshown } from './unshown.js';

/** The thread element: where `cx-message-select` fires, and whose shadow root holds the search box and composer. */
export type SelectionThread = EventTarget & { readonly renderRoot: ParentNode };

/**
 * Keys on a message move between the rows (and to the latest), Enter, Space or a click select it (the tab
 * stop moves there and `cx-message-select` fires), `r` focuses the composer, and Ctrl+Home / Ctrl+End leave
 * the feed for the search box before it or the composer (else the jump buttons) after it.
 */
export class ThreadSelection {
  readonly input: FeedInput;
  readonly #thread: SelectionThread;
  readonly #host: ThreadHost;
  readonly #scroller: ThreadScroller;
  #selectedId?: string;

  constructor(thread: SelectionThread, host: ThreadHost, scroller: ThreadScroller) {
    const find = (selector: string) => thread.renderRoot.querySelector<HTMLElement>(selector);
    this.input = new FeedInput({
      count: () => host.rows().length,
      focusRow: (index) => void scroller.showRow(index, true),
      latest: () => void scroller.toLatest(true),
      select: (index) => this.select(index),
      reply: () => find('cx-composer')?.focus(),
      beforeFeed: () => find('input[type="search"]')?.focus(),
      afterFeed: () => (find('cx-composer') ?? find('[part~="jump"] button'))?.focus(),
    });
    this.#thread = thread;
    this.#host = host;
    this.#scroller = scroller;
  }

  /** Id of the selected message, if any. */
  get selectedId(): string | undefined {
    return this.#selectedId;
  }

  /** Selects the row of this index (not a placeholder): it takes the tab stop, and `cx-message-select` fires. */
  select(index: number): void {
    const message = this.#host.rows()[index];
    if (!message || isUnshown(message)) return;
    this.#scroller.active = index;
    this.#selectedId = message.id;
    this.#host.requestUpdate();
    this.#thread.dispatchEvent(new CxMessageSelectEvent(message));
  }

  /** Another conversation: nothing selected (called while the thread updates). */
  clear(): void {
    this.#selectedId = undefined;
  }
}
