import type { Conversation, ConversationEvent, Message, Presence } from '../model/index.js';
import type { StoreChange, ThreadStore } from './thread-store.js';

/** What live events do besides changing the messages. */
export interface LiveEffects {
  presence(presence: Presence): void;
  status(status: Conversation['status']): void;
}

/**
 * Applies live events to a conversation's store in the order they came, adding what changed to
 * `change`: runs of added and updated messages are stored together (one merge, not one insert each),
 * a deletion after what came before it. Messages of another conversation are ignored.
 */
export function applyEvents(store: ThreadStore, events: readonly ConversationEvent[], conversationId: string | undefined, change: StoreChange, effects: LiveEffects): void {
  const messages: Message[] = [];
  const flush = () => {
    if (messages.length === 0) return;
    const result = store.upsert(messages.splice(0));
    change.added.push(...result.added);
    change.replaced.push(...result.replaced);
  };
  for (const event of events) {
    switch (event.type) {
      case 'message-added':
      case 'message-updated':
        if (event.message.conversationId === conversationId) messages.push(event.message);
        break;
      case 'message-deleted': {
        flush();
        const deleted = store.markDeleted(event.messageId) ? store.get(event.messageId) : undefined;
        if (deleted) change.replaced.push(deleted);
        break;
      }
      case 'presence':
        effects.presence(event.presence);
        break;
      case 'status':
        effects.status(event.status);
        break;
    }
  }
  flush();
}
