import type { ReactiveController } from 'lit';
import type { Conversation, Message, Presence } from '../model/index.js';
import { AdapterError, CapabilityMissingError, isAbortError } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';
import { LeftOut, type ProblemReport } from './left-out.js';
import { Outbox } from './outbox.js';
import { PageIngester } from './page-ingest.js';
import type { ThreadHost } from './thread-host.js';
import { ThreadLive } from './thread-live.js';
import { ThreadStore, type StoreChange } from './thread-store.js';
import type { UnshownMessages } from './unshown.js';

export type ThreadLoadState = 'idle' | 'loading' | 'ready' | 'error';

/** What a loader tells its host besides re-rendering it. */
export interface ThreadLoaderListeners {
  /** After live events were applied (at most once per animation frame). */
  onLive?: (change: StoreChange) => void;
  /** After a slice of a page, and the whole page, was stored while the thread shows (older messages, above the view). */
  onPageStored?: () => void;
  /** Another agent's presence arrived. */
  onPresence?: (presence: Presence) => void;
  /** Where what the host sent and the thread could not use is reported (messages left out, an invalid event, a failed call). */
  problems?: ProblemReport;
}

/**
 * Loads one conversation for a thread: the conversation, its newest page, older pages on demand, and
 * the live watch. Every load has its own AbortSignal; loading another conversation aborts the previous
 * one's calls, watch and page still being stored, and nothing from it reaches the store afterwards.
 * Pages go into the store in slices (`ingestPage`): the thread is ready with the first one. Live events
 * are applied at most once per frame within a budget (`ThreadLive`), so a burst re-renders once.
 */
export class ThreadLoader implements ReactiveController {
  state: ThreadLoadState = 'idle';
  error?: AdapterError;
  conversation?: Conversation;
  /** Cursor of the next older page; null when the oldest message is loaded. */
  nextCursor: string | null = null;
  loadingOlder = false;
  olderError?: AdapterError;

  readonly #store = new ThreadStore();
  readonly #left: LeftOut;
  readonly #host: ThreadHost;
  readonly #listeners: ThreadLoaderListeners;
  readonly #live: ThreadLive;
  #abort?: AbortController;
  #adapter?: Adapter;
  #conversationId?: string;
  /** The older page loading, if one is. */
  #older?: Promise<number>;
  /** Stores pages in slices. */
  readonly #pages = new PageIngester(this.#store);

  constructor(host: ThreadHost, listeners: ThreadLoaderListeners = {}) {
    this.#host = host;
    this.#listeners = listeners;
    this.#left = new LeftOut(listeners.problems);
    this.#live = new ThreadLive(this.#store, this.#left, {
      conversationId: () => this.#conversationId,
      applied: (change) => {
        if (this.state === 'ready') listeners.onLive?.(change);
        host.requestUpdate();
      },
      presence: (presence) => listeners.onPresence?.(presence),
      status: (status) => {
        if (this.conversation) this.conversation = { ...this.conversation, status };
      },
      changed: () => host.requestUpdate(),
    });
    host.addController(this);
  }

  /** The loaded messages, oldest first (the store's own list: read, never change). */
  get messages(): readonly Message[] {
    return this.#store.messages;
  }

  /** Increases on every change of the messages. */
  get version(): number {
    return this.#store.version;
  }

  get(id: string): Message | undefined {
    return this.#store.get(id);
  }

  /** Placeholders for the messages the host sent that could not be shown. */
  get unshown(): UnshownMessages {
    return this.#left.unshown;
  }

  /** Whether a page is loading or being stored: no older page is asked for meanwhile. */
  get busy(): boolean {
    return this.loadingOlder || this.#pages.ingesting;
  }

  /** Whether every message of the conversation is loaded (the feed's set size is then known). */
  get complete(): boolean {
    return this.nextCursor === null && !this.#pages.ingesting;
  }

  /** An outbox that shows its sends in this thread's store. */
  outbox(adapter: () => Adapter | undefined): Outbox {
    return new Outbox(adapter, this.#store, () => this.#host.requestUpdate());
  }

  /** Whether this adapter and conversation are the ones loaded (or loading). */
  isFor(adapter: Adapter | undefined, conversationId: string | undefined): boolean {
    return adapter === this.#adapter && conversationId === this.#conversationId;
  }

  /** Loads a conversation, aborting whatever was loading before. */
  load(adapter: Adapter | undefined, conversationId: string | undefined): void {
    this.#stop();
    this.#adapter = adapter;
    this.#conversationId = conversationId;
    this.#store.clear();
    this.#left.clear();
    this.conversation = undefined;
    this.nextCursor = null;
    this.error = undefined;
    this.olderError = undefined;
    this.loadingOlder = false;
    this.state = adapter && conversationId ? 'loading' : 'idle';
    this.#host.requestUpdate();
    if (!adapter || !conversationId) return;
    const abort = (this.#abort = new AbortController());
    void this.#loadFirst(adapter, conversationId, abort.signal);
  }

  /** Loads the same conversation again (after an error). */
  retry(): void {
    this.load(this.#adapter, this.#conversationId);
  }

  /** Loads the next older page; resolves with how many messages were new (0 when one is loading already). */
  loadOlder(): Promise<number> {
    const adapter = this.#adapter;
    const id = this.#conversationId;
    const signal = this.#abort?.signal;
    if (!adapter?.conversations || !id || !signal || this.state !== 'ready' || this.busy || this.nextCursor === null) return Promise.resolve(0);
    return (this.#older = this.#loadOlder(adapter.conversations, id, signal));
  }

  /**
   * Loads older pages until the message `id` is loaded, at most `maxPages` of them, waiting for a page
   * that is loading already; stops when `signal` aborts, a page fails, the oldest is loaded or another
   * conversation loads. Resolves with whether the message is loaded.
   */
  async loadOlderUntil(id: string, { maxPages, signal }: { maxPages: number; signal?: AbortSignal }): Promise<boolean> {
    const load = this.#abort;
    for (let pages = 0; !this.#store.get(id) && pages < maxPages; pages += 1) {
      if (signal?.aborted || this.#abort !== load || this.nextCursor === null || this.olderError) break;
      await (this.loadingOlder && this.#older ? this.#older : this.loadOlder());
    }
    return this.#abort === load && this.#store.get(id) !== undefined;
  }

  hostDisconnected(): void {
    this.#stop();
    // Reconnecting loads again: the watch was ended.
    this.#adapter = undefined;
    this.#conversationId = undefined;
  }

  async #loadOlder(port: NonNullable<Adapter['conversations']>, id: string, signal: AbortSignal): Promise<number> {
    this.loadingOlder = true;
    this.olderError = undefined;
    this.#host.requestUpdate();
    try {
      const page = await port.loadMessages(id, { cursor: this.nextCursor, limit: this.#host.pageSize(), signal });
      if (signal.aborted) return 0;
      this.nextCursor = page.nextCursor;
      this.#left.page('conversations.loadMessages', page);
      return (await this.#ingest(page.messages, signal)) ?? 0;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return 0;
      this.olderError = this.#left.failed('conversations.loadMessages', error);
      return 0;
    } finally {
      if (!signal.aborted) {
        this.loadingOlder = false;
        this.#host.requestUpdate();
      }
    }
  }

  async #loadFirst(adapter: Adapter, id: string, signal: AbortSignal): Promise<void> {
    let operation = 'conversations.load';
    const as = (op: string) => (error: unknown) => {
      operation = op;
      throw error;
    };
    try {
      const port = adapter.conversations;
      if (!port) throw new CapabilityMissingError('conversations.load');
      port.watch?.(id, (event) => this.#live.receive(event, id), { signal, onError: (error) => this.#live.error(error, id) });
      const [conversation, page] = await Promise.all([
        port.getConversation(id, { signal }).catch(as('conversations.getConversation')),
        port.loadMessages(id, { limit: this.#host.pageSize(), signal }).catch(as('conversations.loadMessages')),
      ]);
      if (signal.aborted) return;
      this.conversation = conversation;
      this.nextCursor = page.nextCursor;
      this.#left.page('conversations.loadMessages', page);
      const ready = () => {
        this.state = 'ready';
        this.#host.requestUpdate();
      };
      if (!page.messages.length) ready();
      else if (this.#left.unshown.size) this.#host.requestUpdate();
      await this.#ingest(page.messages, signal, ready);
    } catch (error) {
      if (signal.aborted) return;
      this.error = this.#left.failed(operation, error);
      this.state = 'error';
      // The watch of a failed load ends too; Retry starts a fresh one.
      this.#abort?.abort();
      this.#host.requestUpdate();
    }
  }

  /**
   * Stores a page in slices. The rows follow at the first slice (`first`: the newest messages, the first
   * screen) and at the end, not in between: what comes in between is older, above the view.
   */
  #ingest(messages: readonly Message[], signal: AbortSignal, first?: () => void): Promise<number | undefined> {
    // A render meanwhile shows the slices stored so far, above the view: the feed stays at the bottom.
    const stored = () => void (this.state === 'ready' && this.#listeners.onPageStored?.());
    const done = () => {
      this.#host.requestUpdate();
      stored();
    };
    return this.#pages.ingest(messages, signal, { ...(first ? { first } : {}), slice: stored, done });
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#live.clear();
    this.#pages.stop();
  }
}
