import type { Conversation, Customer, Message, Participant } from '../../model/index.js';

/** A line a customer may write while the demo's live stream runs. */
export interface LiveLine {
  /** Which conversation it belongs to. */
  conversationId: string;
  /** Channel id within that conversation. */
  channelId: string;
  text: string;
  lang?: string;
}

/**
 * Everything the demo adapter serves, in the model's shape. Pass your own to
 * `createDemoAdapter({ dataset })` for prototypes, stories and tests.
 */
export interface DemoDataset {
  /** The agent using the desktop (author of sent messages). */
  agent: Participant;
  /** Other agents, who show up viewing or typing in the live stream. */
  colleagues: Participant[];
  customers: Customer[];
  conversations: Conversation[];
  /** All messages of all conversations, any order. */
  messages: Message[];
  /** Follow-ups the live stream picks from; may be empty. */
  liveLines: LiveLine[];
}
