import type { Channel, Message, Visibility } from '../model/index.js';
import { searchPattern } from '../internal/linkify.js';
import { isUnshown, type ThreadRow } from './unshown.js';

/** What the agent chose to see. */
export interface ThreadFilter {
  /** Only this channel; null for all. */
  channelId: string | null;
  /** Only this visibility; null for all. */
  visibility: Visibility | null;
  /** "What the customer sees" (see `visibleToCustomer`). */
  customerView: boolean;
}

/** A system event (assigned, moved to private, case created …) rather than something someone wrote. */
export function isSystemMessage(message: Message): boolean {
  return message.author?.role === 'system' || message.event !== undefined;
}

/**
 * Whether the customer sees a message: public messages and private messages on a channel of the
 * conversation that reaches the customer (any kind but "note"), that were delivered (not pending or
 * failed) and not deleted. Internal notes and system events are never seen by the customer.
 */
export function visibleToCustomer(message: Message, channels: ReadonlyMap<string, Channel>): boolean {
  if (message.visibility === 'internal' || isSystemMessage(message) || message.deleted) return false;
  if (message.delivery === 'pending' || message.delivery === 'failed') return false;
  const channel = channels.get(message.channelId);
  if (!channel || channel.kind === 'note') return false;
  return message.visibility === 'public' || message.visibility === 'private';
}

/** The messages that pass the filter, in store order; the same array when nothing is filtered. */
export function filterMessages(messages: readonly Message[], filter: ThreadFilter, channels: ReadonlyMap<string, Channel>): readonly Message[] {
  if (!filter.channelId && !filter.visibility && !filter.customerView) return messages;
  return messages.filter(
    (m) =>
      (!filter.channelId || m.channelId === filter.channelId) &&
      (!filter.visibility || m.visibility === filter.visibility) &&
      (!filter.customerView || visibleToCustomer(m, channels)),
  );
}

/** Indexes of the rows whose text matches the query, searching data, not the DOM (placeholders have none). */
export function findMatches(rows: readonly ThreadRow[], query: string): number[] {
  const pattern = searchPattern(query);
  if (!pattern) return [];
  const hits: number[] = [];
  rows.forEach((m, index) => {
    if (isUnshown(m)) return;
    pattern.lastIndex = 0;
    if (pattern.test(typeof m.text === 'string' ? m.text : '')) hits.push(index);
  });
  return hits;
}
