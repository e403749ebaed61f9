import type { ChannelKind } from './channel.js';

export type InteractionDirection = 'inbound' | 'outbound';
export type InteractionState = 'offered' | 'accepted' | 'ended';

/** What a CTI or host announces: a conversation arriving for the agent. */
export interface Interaction {
  id: string;
  channel: ChannelKind;
  direction: InteractionDirection;
  /** The customer's address or handle on that channel ("@dana_k", "+44…", "dana@…"). */
  customerAddress: string;
  conversationId?: string;
  customerId?: string;
  queue?: string;
  /** Host-specific attributes (contact attributes, CTI data). */
  attributes: Record<string, string>;
  /** ISO 8601. */
  receivedAt: string;
  state: InteractionState;
}

export type InteractionEvent =
  | { type: 'offered'; interaction: Interaction }
  | { type: 'accepted'; interaction: Interaction }
  | { type: 'ended'; interaction: Interaction };
