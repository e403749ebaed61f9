import type { Message, OutgoingMessage } from '../../model/index.js';
import { AdapterError } from '../../ports/errors.js';
import type { ConversationSourceInput } from '../../ports/ports.js';
import { demoMoves } from './moves.js';
import { JUNK, loseResponse, type DemoState } from './state.js';

/** The demo's conversations, messages, sends and moves to private, in memory. */
export function demoConversations(state: DemoState): ConversationSourceInput {
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

  const moves = demoMoves(state, send);

  /** A write: its fault first, junk in place of the answer, else the work, then perhaps the answer lost (`done` says what was done). */
  const write = async <T>(name: string, signal: AbortSignal | undefined, junk: unknown, work: () => T, done: string): Promise<T> => {
    const fault = await state.begin(`conversations.${name}`, signal, name);
    if (fault === 'junk') return junk as T;
    const result = work();
    loseResponse(fault, done);
    return result;
  };

  return {
    async getConversation(id, options) {
      const fault = await state.begin('conversations.getConversation', options?.signal, 'getConversation');
      if (fault === 'junk') return JUNK.conversation as never;
      return state.conversation(id);
    },

    async loadMessages(conversationId, options) {
      const fault = await state.begin('conversations.loadMessages', options?.signal, 'loadMessages');
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

    send: (message, options) => write('send', options?.signal, JUNK.message, () => send(message), 'sent the message'),

    moveToPrivate: (request, options) => write('moveToPrivate', options?.signal, JUNK.move, () => moves.moveToPrivate(request), 'moved the conversation'),

    createSecureLink: (request, options) => write('createSecureLink', options?.signal, JUNK.secureLink, () => moves.createSecureLink(request), 'created the link'),

    async setPresence(conversationId, _activity, options) {
      await state.enter('conversations.setPresence', options?.signal);
      state.conversation(conversationId);
    },

    async setStatus(conversationId, status, options) {
      await state.begin('conversations.setStatus', options?.signal, 'setStatus');
      const conversation = state.conversation(conversationId);
      state.conversations.set(conversationId, { ...conversation, status, updatedAt: state.now() });
      state.emit(conversationId, { type: 'status', conversationId, status });
    },
  };
}
