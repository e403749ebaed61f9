/**
 * Messages the host sent that the port boundary could not accept, as the thread shows them: a quiet
 * placeholder in the timeline where each one was ("1 message could not be shown"), consecutive ones
 * in one row with their count. Plain TypeScript, no DOM.
 */
import { lowerBound } from '../internal/lower-bound.js';
import { compareMessages, type Message } from '../model/index.js';
import type { RejectedMessage } from '../model/issues.js';

/** Where one message that could not be shown sits in the timeline. */
export interface UnshownMessage {
  /** Its time, or that of its neighbour in the page: the timeline's sort key with `id`. */
  readonly createdAt: string;
  /** Sort key after `createdAt`; not a message id. */
  readonly id: string;
  /** The message's own id when it could be read: a valid copy arriving later takes the placeholder's place. */
  readonly messageId?: string;
  /** What the boundary said about it. */
  readonly rejected: RejectedMessage;
}

/** A row of the thread in place of one or more consecutive messages that could not be shown. */
export interface UnshownRow {
  readonly kind: 'unshown';
  /** Time and sort key of its oldest message: where the row sits. */
  readonly createdAt: string;
  readonly id: string;
  /** A stable key for the row (its oldest message's). */
  readonly key: string;
  readonly count: number;
  readonly messages: readonly UnshownMessage[];
}

/** What a thread renders: a message, or a placeholder for messages that could not be shown. */
export type ThreadRow = Message | UnshownRow;

export const isUnshown = (row: ThreadRow | undefined): row is UnshownRow => (row as UnshownRow | undefined)?.kind === 'unshown';

/** The message of a row, or undefined for a placeholder. */
export const messageOf = (row: ThreadRow | undefined): Message | undefined => (row && !isUnshown(row) ? row : undefined);

/** Sorts after every id that starts with the same id (UTF-16 order). */
const AFTER = '\uffff';

/**
 * Where the rejected messages of a page go. A message whose time could be read goes at its time;
 * another goes beside its older neighbour in the page (just after it), else before its newer one.
 * `messages` are the page's valid messages, newest first; `rejected` carry their index in the page.
 */
export function placeRejected(messages: readonly Message[], rejected: readonly RejectedMessage[], now = () => new Date().toISOString()): UnshownMessage[] {
  const indexes = rejected.map((r) => r.index).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
  return rejected.map((r) => {
    const own = r.id !== undefined ? { messageId: r.id } : {};
    if (r.createdAt !== undefined) return { createdAt: r.createdAt, id: r.id ?? `${AFTER}${r.index ?? ''}`, rejected: r, ...own };
    if (r.index === undefined) return { createdAt: now(), id: AFTER, rejected: r, ...own };
    // Valid messages before it in the page: its index less the rejected ones before it.
    const newer = r.index - lowerBound(indexes, (i) => i < r.index!);
    const older = messages[newer];
    if (older) return { createdAt: older.createdAt, id: `${older.id}${AFTER}`, rejected: r, ...own };
    const newest = messages[newer - 1];
    if (newest) return { createdAt: newest.createdAt, id: '', rejected: r, ...own };
    return { createdAt: '1970-01-01T00:00:00Z', id: '', rejected: r, ...own };
  });
}

/**
 * The placeholders of one conversation, in timeline order, with a version that changes with them. A
 * message whose id could be read has one placeholder however often it comes.
 */
export class UnshownMessages {
  readonly #sorted: UnshownMessage[] = [];
  readonly #ids = new Set<string>();
  #version = 0;

  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#sorted.length;
  }

  get list(): readonly UnshownMessage[] {
    return this.#sorted;
  }

  add(placed: Iterable<UnshownMessage>): void {
    for (const entry of placed) {
      if (entry.messageId !== undefined) {
        if (this.#ids.has(entry.messageId)) continue;
        this.#ids.add(entry.messageId);
      }
      this.#sorted.splice(lowerBound(this.#sorted, (e) => compareMessages(e, entry) <= 0), 0, entry);
      this.#version += 1;
    }
  }

  clear(): void {
    this.#sorted.length = 0;
    this.#ids.clear();
    this.#version += 1;
  }
}

/**
 * The rows of a thread: the messages (oldest first) with the placeholders between them, consecutive
 * placeholders in one row. A placeholder whose message is shown after all (`shown`) is left out. The
 * same array when there are none.
 */
export function withUnshown(messages: readonly Message[], unshown: readonly UnshownMessage[], shown: (id: string) => boolean): readonly ThreadRow[] {
  if (unshown.length === 0) return messages;
  const rows: ThreadRow[] = [];
  let group: UnshownMessage[] = [];
  let at = 0;
  const close = () => {
    const first = group[0];
    if (first) rows.push({ kind: 'unshown', createdAt: first.createdAt, id: first.id, key: `unshown:${first.messageId ?? first.id}:${first.createdAt}`, count: group.length, messages: group });
    group = [];
  };
  for (const entry of unshown) {
    if (entry.messageId !== undefined && shown(entry.messageId)) continue;
    const until = lowerBound(messages, (m) => compareMessages(m, entry) <= 0, at);
    if (until > at) {
      close();
      for (; at < until; at += 1) rows.push(messages[at]!);
    }
    group.push(entry);
  }
  close();
  for (; at < messages.length; at += 1) rows.push(messages[at]!);
  return rows;
}
