import type { Conversation, Interaction } from '../../model/index.js';
import { NotFoundError, RejectedError } from '../../ports/errors.js';
import type { InteractionSourceInput } from '../../ports/ports.js';
import { JUNK, type DemoState } from './state.js';

/** What the customer wrote last in a conversation, as a CTI passes it along with the interaction. */
function latestCustomerText(state: DemoState, conversation: Conversation): string {
  const messages = state.messages.get(conversation.id)?.all() ?? [];
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (message.author.role === 'customer' && !message.deleted && message.text) return message.text.slice(0, 500);
  }
  return '';
}

/**
 * An interaction for a conversation, addressed by the customer's handle on its first channel, with
 * the conversation's priority and subject and what the customer wrote last (`text`) as attributes.
 */
export function interactionFor(state: DemoState, conversation: Conversation): Interaction {
  const channel = conversation.channels[0]!;
  const kind = channel.kind === 'other' ? 'chat' : channel.kind;
  const customer = conversation.customerId ? state.customers.get(conversation.customerId) : undefined;
  const who = state.customerParticipant(conversation);
  const address = customer?.identities.find((identity) => identity.channel === kind)?.handle ?? customer?.email ?? who.handle ?? who.displayName;
  return {
    id: state.nextId('interaction'),
    channel: kind,
    direction: 'inbound',
    customerAddress: address,
    conversationId: conversation.id,
    ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
    queue: channel.public ? 'Social – public' : 'Social – private',
    attributes: { priority: conversation.priority, subject: conversation.subject ?? '', text: latestCustomerText(state, conversation) },
    receivedAt: state.now(),
    state: 'offered',
  };
}

/** The demo's CTI: interactions offered, accepted and ended, and click-to-dial (an outbound call the agent is then on). */
export function demoInteractions(state: DemoState): InteractionSourceInput {
  return {
    async dial(request, options) {
      await state.begin('interactions.dial', options?.signal, 'dial');
      const call: Interaction = {
        id: state.nextId('interaction'),
        channel: 'voice',
        direction: 'outbound',
        customerAddress: request.phone,
        ...(request.conversationId ? { conversationId: request.conversationId } : {}),
        ...(request.customerId ? { customerId: request.customerId } : {}),
        queue: 'Callbacks',
        attributes: { subject: 'Callback' },
        receivedAt: state.now(),
        state: 'accepted',
      };
      state.dialled.push(request);
      state.interactions.set(call.id, call);
      state.current = call;
      state.emitInteraction({ type: 'accepted', interaction: call });
    },
    subscribe(listener, options) {
      state.interactionListeners.add(listener);
      const stop = () => state.interactionListeners.delete(listener);
      options?.signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
    async current(options) {
      const fault = await state.begin('interactions.current', options?.signal, 'current');
      if (fault === 'junk') return JUNK.interaction as never;
      return state.current;
    },
    async accept(id, options) {
      await state.begin('interactions.accept', options?.signal, 'accept');
      const interaction = state.interactions.get(id);
      if (!interaction) throw new NotFoundError('interaction', id);
      if (interaction.state === 'ended') throw new RejectedError(`Interaction "${id}" has ended.`, { status: 409 });
      return interaction.state === 'accepted' ? interaction : transition(state, id, 'accepted');
    },
  };
}

/** Moves an interaction to a new state and tells subscribers. */
export function transition(state: DemoState, id: string, to: 'accepted' | 'ended'): Interaction {
  const interaction = state.interactions.get(id);
  if (!interaction) throw new RangeError(`No demo interaction "${id}".`);
  const next: Interaction = { ...interaction, state: to };
  state.interactions.set(id, next);
  if (to === 'accepted') state.current = next;
  if (to === 'ended' && state.current?.id === id) state.current = null;
  state.emitInteraction({ type: to, interaction: next });
  return next;
}
