/**
 * Who reads what the agent writes, and when a change makes a text more visible. Plain TypeScript, no DOM.
 *
 * - `internal`: agents only (a note; channel kind `note`);
 * - `private`: the customer and the brand;
 * - `public`: anyone.
 */
import type { Channel } from '../model/channel.js';
import type { Visibility } from '../model/message.js';

export type Audience = Visibility;

const RANK: Record<Audience, number> = { internal: 0, private: 1, public: 2 };

/** The audience of a channel. */
export function audienceOf(channel: Pick<Channel, 'kind' | 'public'>): Audience {
  return channel.kind === 'note' ? 'internal' : channel.public ? 'public' : 'private';
}

/** Whether going from `from` to `to` lets more people read the text (internal → private → public). */
export function widens(from: Audience, to: Audience): boolean {
  return RANK[to] > RANK[from];
}

/** A channel for internal notes. */
export const isNoteChannel = (channel: Pick<Channel, 'kind'>): boolean => channel.kind === 'note';
