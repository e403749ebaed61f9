import type { ChannelKind } from '../model/channel.js';

/** The agent asked to open a conversation (from a customer's history); the host shows it. */
export class CxConversationOpenEvent extends Event {
  readonly conversationId: string;
  /** The channel kind the agent opened it from. */
  readonly channel: ChannelKind | 'other';

  constructor(conversationId: string, channel: ChannelKind | 'other') {
    super('cx-conversation-open', { bubbles: true, composed: true });
    this.conversationId = conversationId;
    this.channel = channel;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-conversation-open': CxConversationOpenEvent;
  }
}
