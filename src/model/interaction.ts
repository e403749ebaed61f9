import type { ChannelKind } from './channel.js';
import type { IdInput, IsoDateTime, Maybe } from './scalars.js';

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

/** An interaction as a host gives it: `attributes` default to {}, their values are turned into strings. */
export interface InteractionInput {
  id: IdInput;
  channel: ChannelKind;
  direction: InteractionDirection;
  customerAddress: string;
  conversationId?: Maybe<IdInput>;
  customerId?: Maybe<IdInput>;
  queue?: Maybe<string>;
  attributes?: Maybe<Record<string, string | number | boolean | null>>;
  receivedAt: IsoDateTime;
  state: InteractionState;
}

/** An interaction event as a host gives it. */
export interface InteractionEventInput {
  type: InteractionState;
  interaction: InteractionInput;
}

/** What the host's click-to-dial is asked to call: a number of the customer's, from a conversation. */
export interface DialRequest {
  /** The number as the record holds it. */
  phone: string;
  customerId?: string;
  conversationId?: string;
}
