import type { Conversation, Message } from '../../model/index.js';
import { interactionFor } from './interactions.js';
import type { DemoState } from './state.js';

/** What one step of the simulated live stream did. */
export type LiveStep =
  | { kind: 'message'; message: Message }
  | { kind: 'presence'; conversationId: string; agentId: string; activity: 'viewing' | 'typing' }
  | { kind: 'interaction'; interactionId: string; conversationId: string };

/** How long a colleague's presence lasts unless renewed. */
export const PRESENCE_TTL_MS = 30_000;

/** Whether an interaction for the conversation is offered or accepted now (someone has it). */
function inHand(state: DemoState, conversationId: string): boolean {
  for (const interaction of state.interactions.values()) if (interaction.conversationId === conversationId && interaction.state !== 'ended') return true;
  return false;
}

/** Offers an interaction for a conversation, as the CTI would route it. */
function offer(state: DemoState, conversation: Conversation): string {
  const interaction = interactionFor(state, conversation);
  state.interactions.set(interaction.id, interaction);
  state.emitInteraction({ type: 'offered', interaction });
  return interaction.id;
}

/**
 * One step of the live stream: mostly a customer writing, sometimes a colleague looking in,
 * sometimes a new interaction offered for an open conversation. A customer writing in a
 * conversation nobody has in hand is routed to the agent too, every other time (a mention the
 * desktop must pop). Conversations someone watches are favoured, so the desktop shows activity where
 * the agent is looking.
 */
export function liveStep(state: DemoState): LiveStep {
  const watched = [...state.watchers.entries()].filter(([, set]) => set.size > 0).map(([id]) => id);
  const roll = state.rng.next();
  if (roll < 0.15 && state.colleagues.length > 0) {
    const conversationId = watched.length > 0 && state.rng.next() < 0.7 ? state.rng.pick(watched) : state.rng.pick([...state.conversations.keys()]);
    const colleague = state.rng.pick(state.colleagues);
    const activity = state.rng.next() < 0.5 ? 'viewing' : 'typing';
    const expiresAt = new Date(state.clock().getTime() + PRESENCE_TTL_MS).toISOString();
    state.emit(conversationId, { type: 'presence', conversationId, presence: { agentId: colleague.id, displayName: colleague.displayName, activity, expiresAt } });
    return { kind: 'presence', conversationId, agentId: colleague.id, activity };
  }
  if (roll < 0.3 || state.liveLines.length === 0) {
    const all = [...state.conversations.values()];
    const open = all.filter((c) => c.status !== 'closed' && c.status !== 'resolved');
    const conversation = state.rng.pick(open.length > 0 ? open : all);
    return { kind: 'interaction', interactionId: offer(state, conversation), conversationId: conversation.id };
  }
  const watchedLines = state.liveLines.filter((line) => watched.includes(line.conversationId));
  const line = watchedLines.length > 0 && state.rng.next() < 0.6 ? state.rng.pick(watchedLines) : state.rng.pick(state.liveLines);
  const message = customerWrites(state, line.conversationId, line.text, line.channelId, line.lang);
  if (!inHand(state, line.conversationId) && state.rng.next() < 0.5) offer(state, state.conversation(line.conversationId));
  return { kind: 'message', message };
}

/** The conversation's customer writes `text` now (on `channelId`, else the conversation's first channel); watchers are told. */
export function customerWrites(state: DemoState, conversationId: string, text: string, channelId?: string, lang?: string): Message {
  const conversation = state.conversation(conversationId);
  const channel = conversation.channels.find((c) => c.id === channelId) ?? conversation.channels[0]!;
  const message: Message = {
    id: state.nextId('live'),
    conversationId: conversation.id,
    channelId: channel.id,
    visibility: channel.public ? 'public' : 'private',
    author: state.customerParticipant(conversation),
    text,
    createdAt: state.now(),
    attachments: [],
    delivery: 'delivered',
    ...(lang ? { lang } : {}),
  };
  state.addMessage(message);
  return message;
}
