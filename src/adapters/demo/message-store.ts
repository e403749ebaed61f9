import { lowerBound } from '../../internal/lower-bound.js';
import { compareMessages, type Message, type MessagePageInput } from '../../model/index.js';

const encodeCursor = (message: Message) => `${message.createdAt}|${message.id}`;

function decodeCursor(cursor: string): Pick<Message, 'createdAt' | 'id'> | null {
  const bar = cursor.indexOf('|');
  if (bar < 0) return null;
  const createdAt = cursor.slice(0, bar);
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, id: cursor.slice(bar + 1) };
}

/**
 * The messages of one conversation, kept sorted oldest first. Pages are cut by a key cursor
 * (time and id of the oldest message returned), so messages arriving meanwhile never shift a page.
 */
export class MessageStore {
  readonly #messages: Message[] = [];
  readonly #byId = new Map<string, Message>();

  constructor(messages: Iterable<Message> = []) {
    for (const message of messages) this.#byId.set(message.id, message);
    this.#messages.push(...this.#byId.values());
    this.#messages.sort(compareMessages);
  }

  get size(): number {
    return this.#messages.length;
  }

  get(id: string): Message | undefined {
    return this.#byId.get(id);
  }

  /** The newest message, if any. */
  last(): Message | undefined {
    return this.#messages[this.#messages.length - 1];
  }

  all(): readonly Message[] {
    return this.#messages;
  }

  /** Adds or replaces a message, keeping the order. */
  put(message: Message): void {
    const existing = this.#byId.get(message.id);
    if (existing) this.#messages.splice(this.#indexOf(existing), 1);
    this.#byId.set(message.id, message);
    this.#messages.splice(this.#insertionPoint(message), 0, message);
  }

  /** A page of at most `limit` messages older than the cursor, newest first. */
  page(cursor: string | null | undefined, limit: number): MessagePageInput {
    let end = this.#messages.length;
    if (cursor) {
      const key = decodeCursor(cursor);
      if (!key) throw new RangeError(`Unknown cursor "${cursor}".`);
      end = this.#insertionPoint(key);
    }
    const start = Math.max(0, end - Math.max(1, limit));
    const messages = this.#messages.slice(start, end).reverse();
    return { messages, nextCursor: start > 0 ? encodeCursor(this.#messages[start]!) : null };
  }

  #indexOf(message: Message): number {
    const at = this.#insertionPoint(message);
    return this.#messages[at] === message ? at : this.#messages.indexOf(message);
  }

  /** First index whose message sorts at or after `key` (binary search). */
  #insertionPoint(key: Pick<Message, 'createdAt' | 'id'>): number {
    return lowerBound(this.#messages, (m) => compareMessages(m, key) < 0);
  }
}
