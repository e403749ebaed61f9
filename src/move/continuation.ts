/**
 * Where a conversation continues after a move to private, read from its "moved to private" markers:
 * plain TypeScript, no DOM.
 *
 * A host writes the marker as a system message with `event: { type: 'moved-to-private', details }`:
 * - in the public conversation: `privateConversationId` when the customer continues in another
 *   conversation, `channelId` (or `to`) / `channelName` / `channelKind` for the private channel, `route`;
 * - in the private conversation it opened: `publicConversationId`, the conversation it came from.
 */
import type { ChannelKind } from '../model/channel.js';
import type { Message } from '../model/message.js';

export interface PrivateContinuation {
  /** The marker's message id. */
  messageId: string;
  /** The conversation the customer continues in, when the move opened another one. */
  privateConversationId?: string;
  /** The private channel, by id, name and kind, when the marker says. */
  channelId?: string;
  channelName?: string;
  channelKind?: ChannelKind | 'other';
  /** On the private conversation's marker: the public conversation it continues. */
  publicConversationId?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** What a "moved to private" marker says about where the conversation went (or came from); undefined for any other message. */
export function continuationOf(message: Message): PrivateContinuation | undefined {
  if (message.event?.type !== 'moved-to-private') return undefined;
  const d = message.event.details ?? {};
  const out: PrivateContinuation = { messageId: message.id };
  const fields = ['privateConversationId', 'channelId', 'channelName', 'publicConversationId'] as const;
  for (const field of fields) {
    const value = text(d[field]);
    if (value) out[field] = value;
  }
  // Older markers name the private channel `to` (and the public one `from`).
  const to = text(d['to']);
  if (!out.channelId && to) out.channelId = to;
  const kind = text(d['channelKind']);
  if (kind) out.channelKind = kind as ChannelKind;
  return out;
}

/** Where the conversation continues privately: its latest marker of a move out of it, if any (messages oldest first). */
export function latestContinuation(messages: readonly Message[]): PrivateContinuation | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const found = continuationOf(messages[i]!);
    if (found && !found.publicConversationId) return found;
  }
  return undefined;
}
