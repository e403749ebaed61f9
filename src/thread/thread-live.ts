/**
 * A thread's live stream: the watch's events applied to the store once per frame, and its errors
 * reported. Split out of `thread-loader.ts`, which starts the watch and owns the store.
 */
import type { Conversation, ConversationEvent, Presence } from '../model/index.js';
import type { LeftOut } from './left-out.js';
import { applyEvents } from './live-events.js';
import { LiveQueue } from './live-queue.js';
import type { StoreChange, ThreadStore } from './thread-store.js';

/** What the live side of a load reads from and tells its loader. */
export interface ThreadLiveOutlet {
  /** The conversation loaded now: events and errors of a watch on another one are ignored. */
  conversationId(): string | undefined;
  /** After live events were applied (at most once per animation frame), with what they changed. */
  applied(change: StoreChange): void;
  /** Another agent's presence arrived. */
  presence(presence: Presence): void;
  /** The conversation's status changed. */
  status(status: Conversation['status']): void;
  /** Something the thread shows changed outside the store (a placeholder for an unreadable live message). */
  changed(): void;
}

/**
 * The live side of a thread's load: the watch's events are queued and applied to the store at most once
 * per frame within a budget (`LiveQueue`), so a burst re-renders once; what the watch could not deliver
 * (an invalid event, a failed subscription) is reported through `LeftOut`, never silent. Events and errors
 * of a watch for a conversation no longer loaded are ignored.
 */
export class ThreadLive {
  readonly #store: ThreadStore;
  readonly #left: LeftOut;
  readonly #out: ThreadLiveOutlet;
  readonly #queue = new LiveQueue<ConversationEvent>({ apply: (events) => this.#apply(events), applied: () => this.#applied() });
  #change: StoreChange = { added: [], replaced: [] };

  constructor(store: ThreadStore, left: LeftOut, out: ThreadLiveOutlet) {
    this.#store = store;
    this.#left = left;
    this.#out = out;
  }

  /** The watch's listener: an event of the conversation `id`. */
  receive(event: ConversationEvent, id: string): void {
    if (this.#out.conversationId() === id) this.#queue.push(event);
  }

  /** The watch's `onError`: an invalid live event (dropped, with a placeholder for a new message) or a failed watch. */
  error(error: Error, id: string): void {
    if (this.#out.conversationId() !== id) return;
    const before = this.#left.unshown.version;
    this.#left.watch('conversations.watch', error);
    if (this.#left.unshown.version !== before) this.#out.changed();
  }

  /** Drops what was queued (another conversation loads, or the thread left the page). */
  clear(): void {
    this.#queue.clear();
    this.#change = { added: [], replaced: [] };
  }

  /** Applies a chunk of live events to the store (see `LiveQueue`); `#applied` tells the loader once per frame. */
  #apply(events: ConversationEvent[]): void {
    applyEvents(this.#store, events, this.#out.conversationId(), this.#change, {
      presence: (presence) => this.#out.presence(presence),
      status: (status) => this.#out.status(status),
    });
  }

  #applied(): void {
    const change = this.#change;
    this.#change = { added: [], replaced: [] };
    this.#out.applied(change);
  }
}
