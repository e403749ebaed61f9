import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation, ConversationEvent, Message, Presence } from '../model/index.js';
import { AdapterError, CapabilityMissingError, isAbortError, toAdapterError } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';
import { ThreadStore, type StoreChange } from './thread-store.js';

export type ThreadLoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface ThreadLoaderOptions {
  /** Messages per page. */
  pageSize: () => number;
  /** After live events were applied (at most once per animation frame). */
  onLive?: (change: StoreChange) => void;
  /** Another agent's presence arrived. */
  onPresence?: (presence: Presence) => void;
}

/**
 * Loads one conversation for a thread: the conversation, its newest page, older pages on demand,
 * and the live watch. Every load has its own AbortSignal; loading another conversation aborts the
 * previous one's calls and watch, and nothing from it reaches the store afterwards. Live events are
 * applied in one batch per animation frame, so a burst re-renders once, not once per message.
 */
export class ThreadLoader implements ReactiveController {
  readonly store = new ThreadStore();
  state: ThreadLoadState = 'idle';
  error?: AdapterError;
  conversation?: Conversation;
  /** Cursor of the next older page; null when the oldest message is loaded. */
  nextCursor: string | null = null;
  loadingOlder = false;
  olderError?: AdapterError;

  readonly #host: ReactiveControllerHost;
  readonly #options: ThreadLoaderOptions;
  #abort?: AbortController;
  #adapter?: Adapter;
  #conversationId?: string;
  /** The older page loading, if one is. */
  #older?: Promise<number>;
  #pending: ConversationEvent[] = [];
  #frame = 0;
  #fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: ThreadLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
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
    this.store.clear();
    this.conversation = undefined;
    this.nextCursor = null;
    this.error = undefined;
    this.olderError = undefined;
    this.loadingOlder = false;
    if (!adapter || !conversationId) {
      this.state = 'idle';
      this.#host.requestUpdate();
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.state = 'loading';
    this.#host.requestUpdate();
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
    if (!adapter?.conversations || !id || !signal || this.state !== 'ready' || this.loadingOlder || this.nextCursor === null) return Promise.resolve(0);
    return (this.#older = this.#loadOlder(adapter.conversations, id, signal));
  }

  /**
   * Loads older pages until the message `id` is loaded, at most `maxPages` of them, waiting for a page
   * that is loading already; stops when `signal` aborts, a page fails, the oldest is loaded or another
   * conversation loads. Resolves with whether the message is loaded.
   */
  async loadOlderUntil(id: string, { maxPages, signal }: { maxPages: number; signal?: AbortSignal }): Promise<boolean> {
    const load = this.#abort;
    for (let pages = 0; !this.store.get(id) && pages < maxPages; pages += 1) {
      if (signal?.aborted || this.#abort !== load || this.nextCursor === null || this.olderError) break;
      await (this.loadingOlder && this.#older ? this.#older : this.loadOlder());
    }
    return this.#abort === load && this.store.get(id) !== undefined;
  }

  async #loadOlder(port: NonNullable<Adapter['conversations']>, id: string, signal: AbortSignal): Promise<number> {
    this.loadingOlder = true;
    this.olderError = undefined;
    this.#host.requestUpdate();
    try {
      const page = await port.loadMessages(id, { cursor: this.nextCursor, limit: this.#options.pageSize(), signal });
      if (signal.aborted) return 0;
      this.nextCursor = page.nextCursor;
      return this.store.upsert(page.messages).added.length;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return 0;
      this.olderError = toAdapterError(error, 'Loading earlier messages');
      return 0;
    } finally {
      if (!signal.aborted) {
        this.loadingOlder = false;
        this.#host.requestUpdate();
      }
    }
  }

  /** Tells the host the store changed outside a load (a send through the outbox). */
  changed(): void {
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
    // Reconnecting loads again: the watch was ended.
    this.#adapter = undefined;
    this.#conversationId = undefined;
  }

  async #loadFirst(adapter: Adapter, id: string, signal: AbortSignal): Promise<void> {
    try {
      const port = adapter.conversations;
      if (!port) throw new CapabilityMissingError('conversations.load');
      port.watch?.(id, (event) => this.#receive(event, id), { signal, onError: () => {} });
      const [conversation, page] = await Promise.all([
        port.getConversation(id, { signal }),
        port.loadMessages(id, { limit: this.#options.pageSize(), signal }),
      ]);
      if (signal.aborted) return;
      this.conversation = conversation;
      this.nextCursor = page.nextCursor;
      this.store.upsert(page.messages);
      this.state = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.error = toAdapterError(error, 'Loading the conversation');
      this.state = 'error';
      // The watch of a failed load ends too; Retry starts a fresh one.
      this.#abort?.abort();
    }
    this.#host.requestUpdate();
  }

  #receive(event: ConversationEvent, id: string): void {
    if (this.#conversationId !== id) return;
    this.#pending.push(event);
    if (this.#frame || this.#fallback !== undefined) return;
    // One batch per frame; the timeout covers hidden tabs, where frames do not run.
    this.#frame = requestAnimationFrame(() => this.#flush());
    this.#fallback = setTimeout(() => this.#flush(), 250);
  }

  #flush(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#fallback);
    this.#frame = 0;
    this.#fallback = undefined;
    const events = this.#pending;
    this.#pending = [];
    const messages: Message[] = [];
    const change: StoreChange = { added: [], replaced: [] };
    const apply = () => {
      if (messages.length === 0) return;
      const result = this.store.upsert(messages.splice(0));
      change.added.push(...result.added);
      change.replaced.push(...result.replaced);
    };
    for (const event of events) {
      switch (event.type) {
        case 'message-added':
        case 'message-updated':
          if (event.message.conversationId === this.#conversationId) messages.push(event.message);
          break;
        case 'message-deleted':
          apply();
          if (this.store.markDeleted(event.messageId)) {
            const deleted = this.store.get(event.messageId);
            if (deleted) change.replaced.push(deleted);
          }
          break;
        case 'presence':
          this.#options.onPresence?.(event.presence);
          break;
        case 'status':
          if (this.conversation) this.conversation = { ...this.conversation, status: event.status };
          break;
      }
    }
    apply();
    if (this.state === 'ready') this.#options.onLive?.(change);
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#fallback);
    this.#frame = 0;
    this.#fallback = undefined;
    this.#pending = [];
  }
}
