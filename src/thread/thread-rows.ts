import type { Channel, Conversation, Message } from '../model/index.js';
import { filterMessages, findMatches, type ThreadFilter } from './thread-view.js';

/** The messages a thread holds: oldest first, with a version that changes with them. */
export interface MessageSource {
  readonly messages: readonly Message[];
  readonly version: number;
}

/**
 * What a thread renders, recomputed only when the store, the filter or the query changed: a new
 * array per change (so the virtualizer sees it), the same one otherwise.
 */
export class ThreadRows {
  #all?: { version: number; rows: readonly Message[] };
  #view?: { version: number; key: string; conversation?: Conversation; rows: readonly Message[] };
  #channels?: { conversation?: Conversation; map: ReadonlyMap<string, Channel> };
  #matches?: { rows: readonly Message[]; query: string; hits: number[] };

  /** Every loaded message, oldest first. */
  all(store: MessageSource): readonly Message[] {
    if (this.#all?.version !== store.version) this.#all = { version: store.version, rows: Object.freeze(store.messages.slice()) };
    return this.#all.rows;
  }

  /** The messages that pass the filter, oldest first. */
  view(store: MessageSource, conversation: Conversation | undefined, filter: ThreadFilter): readonly Message[] {
    const key = `${filter.channelId ?? ''}|${filter.visibility ?? ''}|${filter.customerView}`;
    const cached = this.#view;
    if (cached && cached.version === store.version && cached.key === key && cached.conversation === conversation) return cached.rows;
    const rows = filterMessages(this.all(store), filter, this.channels(conversation));
    this.#view = { version: store.version, key, conversation, rows };
    return rows;
  }

  /** The conversation's channels by id. */
  channels(conversation: Conversation | undefined): ReadonlyMap<string, Channel> {
    if (!this.#channels || this.#channels.conversation !== conversation) {
      const list = Array.isArray(conversation?.channels) ? conversation.channels : [];
      this.#channels = { conversation, map: new Map(list.map((c) => [c.id, c])) };
    }
    return this.#channels.map;
  }

  /** Indexes of the rows matching the query. */
  matches(rows: readonly Message[], query: string): number[] {
    const cached = this.#matches;
    if (cached && cached.rows === rows && cached.query === query) return cached.hits;
    const hits = findMatches(rows, query);
    this.#matches = { rows, query, hits };
    return hits;
  }
}
