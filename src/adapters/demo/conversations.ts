import {
  channel as makeChannel,
  type Channel,
  type ChannelKind,
  type Message,
  type MoveStepName,
  type MoveStepResult,
  type MoveToPrivateRequest,
  type MoveToPrivateResult,
  type OutgoingMessage,
} from '../../model/index.js';
import { AdapterError, RetryableError } from '../../ports/errors.js';
import type { ConversationSourceInput } from '../../ports/ports.js';
import { JUNK, type DemoState } from './state.js';

const PRIVATE_KIND: Partial<Record<ChannelKind, ChannelKind>> = { x: 'x', facebook: 'facebook', instagram: 'instagram' };

/** The demo's conversations, messages, sends and moves to private, in memory. */
export function demoConversations(state: DemoState): ConversationSourceInput {
  const moves = new Map<string, MoveToPrivateResult>();

  function send(message: OutgoingMessage): Message {
    const earlier = state.sentByClientId.get(message.clientId);
    if (earlier) return earlier;
    const conversation = state.conversation(message.conversationId);
    const channel = conversation.channels.find((c) => c.id === message.channelId);
    if (!channel) throw new AdapterError('invalid-data', `Conversation ${conversation.id} has no channel "${message.channelId}".`);
    if (!channel.capabilities.canReply && message.visibility !== 'internal') {
      throw new AdapterError('capability-missing', `Replies are not possible on ${channel.name}.`);
    }
    const sent: Message = {
      id: state.nextId('sent'),
      clientId: message.clientId,
      conversationId: conversation.id,
      channelId: channel.id,
      visibility: message.visibility,
      author: state.agent,
      text: message.text,
      createdAt: state.now(),
      attachments: message.attachments ?? [],
      delivery: 'sent',
      ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    };
    state.sentByClientId.set(message.clientId, sent);
    state.addMessage(sent);
    return sent;
  }

  function privateChannel(request: MoveToPrivateRequest): Channel {
    const conversation = state.conversation(request.conversationId);
    const publicChannel = conversation.channels.find((c) => c.public);
    const kind: ChannelKind =
      request.route === 'dm' ? (PRIVATE_KIND[publicChannel?.kind as ChannelKind] ?? 'chat') : request.route === 'email' ? 'email' : request.route === 'phone' ? 'voice' : 'chat';
    const existing = conversation.channels.find((c) => !c.public && c.kind === kind);
    if (existing) return existing;
    const added = makeChannel(`${kind}-private`, kind, false, request.route === 'secure-link' ? 'Secure chat' : `${kind} (private)`);
    state.conversations.set(conversation.id, { ...conversation, channels: [...conversation.channels, added] });
    return added;
  }

  const steps: Record<MoveStepName, (request: MoveToPrivateRequest, result: MoveToPrivateResult) => Omit<MoveStepResult, 'step'>> = {
    'public-acknowledgement': (request) => {
      const ack = request.publicAcknowledgement;
      if (!ack) return { status: 'skipped' };
      const message = send({ clientId: `${request.clientId}:ack`, conversationId: request.conversationId, channelId: ack.channelId, visibility: 'public', text: ack.text });
      return { status: 'done', messageId: message.id };
    },
    'private-channel': (request, result) => {
      const channel = privateChannel(request);
      result.channelId = channel.id;
      if (!request.privateMessage) return { status: 'done' };
      const visibility = 'private';
      const message = send({ clientId: `${request.clientId}:private`, conversationId: request.conversationId, channelId: channel.id, visibility, text: request.privateMessage });
      return { status: 'done', messageId: message.id };
    },
    link: (request) => (request.route === 'secure-link' ? { status: 'done', messageId: `https://northwind.example.com/secure/${encodeURIComponent(request.clientId)}` } : { status: 'skipped' }),
    audit: (request, result) => {
      state.addMessage({
        id: state.nextId('event'),
        conversationId: request.conversationId,
        channelId: result.channelId ?? state.conversation(request.conversationId).channels[0]!.id,
        visibility: 'internal',
        author: { id: 'system', role: 'system', displayName: 'System' },
        text: `Moved to private (${request.route}) by ${state.agent.displayName}`,
        createdAt: state.now(),
        attachments: [],
        delivery: 'sent',
        event: { type: 'moved-to-private', details: { route: request.route, by: state.agent.displayName } },
      });
      return { status: 'done' };
    },
  };

  return {
    async getConversation(id, options) {
      const fault = await state.enter('conversations.getConversation', options?.signal);
      await state.failBefore('getConversation', fault, options?.signal);
      if (fault === 'junk') return JUNK.conversation as never;
      return state.conversation(id);
    },

    async loadMessages(conversationId, options) {
      const fault = await state.enter('conversations.loadMessages', options?.signal);
      await state.failBefore('loadMessages', fault, options?.signal);
      if (fault === 'junk') return JUNK.page as never;
      try {
        return state.store(conversationId).page(options?.cursor, options?.limit ?? 50);
      } catch (error) {
        if (error instanceof RangeError) throw new AdapterError('invalid-data', error.message);
        throw error;
      }
    },

    watch(conversationId, listener, options) {
      const set = state.watchers.get(conversationId) ?? new Set();
      set.add(listener);
      state.watchers.set(conversationId, set);
      const stop = () => set.delete(listener);
      options?.signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },

    async send(message, options) {
      const fault = await state.enter('conversations.send', options?.signal);
      await state.failBefore('send', fault, options?.signal);
      if (fault === 'junk') return JUNK.message as never;
      const sent = send(message);
      if (fault === 'lost-response') throw new RetryableError('The demo host sent the message but the answer was lost (injected fault).');
      return sent;
    },

    async moveToPrivate(request, options) {
      const fault = await state.enter('conversations.moveToPrivate', options?.signal);
      await state.failBefore('moveToPrivate', fault, options?.signal);
      const result: MoveToPrivateResult = moves.get(request.clientId) ?? { clientId: request.clientId, steps: [] };
      for (const step of ['public-acknowledgement', 'private-channel', 'link', 'audit'] as const) {
        const before = result.steps.find((s) => s.step === step);
        if (before && before.status !== 'failed') continue;
        let outcome: MoveStepResult;
        const stepFault = await state.enter(`conversations.moveToPrivate.${step}`, undefined);
        try {
          if (stepFault) throw new RetryableError(`${step} failed (injected fault).`);
          outcome = { step, ...steps[step](request, result) };
        } catch (error) {
          outcome = { step, status: 'failed', error: error instanceof Error ? error.message : String(error) };
        }
        result.steps = [...result.steps.filter((s) => s.step !== step), outcome];
      }
      moves.set(request.clientId, result);
      return structuredClone(result);
    },

    async setPresence(conversationId, _activity, options) {
      await state.enter('conversations.setPresence', options?.signal);
      state.conversation(conversationId);
    },

    async setStatus(conversationId, status, options) {
      const fault = await state.enter('conversations.setStatus', options?.signal);
      await state.failBefore('setStatus', fault, options?.signal);
      const conversation = state.conversation(conversationId);
      state.conversations.set(conversationId, { ...conversation, status, updatedAt: state.now() });
      state.emit(conversationId, { type: 'status', conversationId, status });
    },
  };
}
