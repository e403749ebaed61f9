import type { Channel, Conversation, Message } from '../model/index.js';
import { filterMessages, findMatches, type ThreadFilter } from './thread-view.js';
import { withUnshown, type ThreadRow, type UnshownMessages } from './unshown.js';

/** The messages a thread holds: oldest first, with a version that changes with them. */
export interface MessageSource {
  readonly messages: readonly Message[];
  readonly version: number;
  /** Placeholders for messages that could not be shown (see `UnshownMessages`). */
  readonly unshown?: UnshownMessages;
  get(id: string): Message | undefined;
}

const unfiltered = (filter: ThreadFilter) => !filter.channelId && !filter.visibility && !filter.customerView;

/**
 * What a thread renders, recomputed only when the store, the filter or the query changed: a new
 * array per change (so the virtualizer sees it), the same one otherwise.
 */
export class ThreadRows {
  #all?: { version: number; rows: readonly Message[] };
  #view?: { version: number; unshown: number; key: string; conversation?: Conversation; rows: readonly ThreadRow[] };
  #channels?: { conversation?: Conversation; map: ReadonlyMap<string, Channel> };
  #matches?: { rows: readonly ThreadRow[]; query: string; hits: number[] };

  /** Every loaded message, oldest first. */
  all(store: MessageSource): readonly Message[] {
    if (this.#all?.version !== store.version) this.#all = { version: store.version, rows: Object.freeze(store.messages.slice()) };
    return this.#all.rows;
  }

  /**
   * The messages that pass the filter, oldest first. Unfiltered, the placeholders of messages that
   * could not be shown are among them (nothing is known of their channel or visibility).
   */
  view(store: MessageSource, conversation: Conversation | undefined, filter: ThreadFilter): readonly ThreadRow[] {
    const key = `${filter.channelId ?? ''}|${filter.visibility ?? ''}|${filter.customerView}`;
    const unshown = store.unshown?.version ?? 0;
    const cached = this.#view;
    if (cached && cached.version === store.version && cached.unshown === unshown && cached.key === key && cached.conversation === conversation) return cached.rows;
    const messages = filterMessages(this.all(store), filter, this.channels(conversation));
    const rows = store.unshown && unfiltered(filter) ? withUnshown(messages, store.unshown.list, (id) => store.get(id) !== undefined) : messages;
    this.#view = { version: store.version, unshown, key, conversation, rows };
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
  matches(rows: readonly ThreadRow[], query: string): number[] {
    const cached = this.#matches;
    if (cached && cached.rows === rows && cached.query === query) return cached.hits;
    const hits = findMatches(rows, query);
    this.#matches = { rows, query, hits };
    return hits;
  }
}
