/**
 * Amazon Connect chat as a `ConversationSource`: a chat contact is a conversation (its id is the
 * contact id), its transcript the messages, newest first through the chat session's
 * `getTranscript` paging, its live messages the watch, and `sendMessage` the agent's replies.
 */
import type { ConversationEventInput, ConversationInput, MessageInput, OutgoingMessage, ParticipantRole } from '../../../model/index.js';
import { NotFoundError, RejectedError } from '../../../ports/errors.js';
import type { ConversationSourceInput } from '../../../ports/ports.js';
import { dropped, isoDate } from '../bridge.js';
import { channelOf } from './channels.js';
import type { ContactTracker } from './streams.js';
import type { ChatItem, ChatSession } from './streams-api.js';

const ROLES: Record<string, ParticipantRole> = { CUSTOMER: 'customer', AGENT: 'agent', SUPERVISOR: 'agent', SYSTEM: 'system', CUSTOM_BOT: 'bot' };
const CHANNEL_ID = 'chat';
/** Transcript page size Connect allows at most. */
const MAX_RESULTS = 100;

/** A transcript item as a message; undefined for what is not one (typing, receipts, acks). */
export function chatMessage(item: ChatItem, conversationId: string): MessageInput | undefined {
  const role = ROLES[item.ParticipantRole ?? ''] ?? 'system';
  if (item.Type === 'MESSAGE') {
    return {
      id: item.Id as string,
      conversationId,
      channelId: CHANNEL_ID,
      visibility: 'private',
      author: { id: item.ParticipantId || item.ParticipantRole || 'unknown', role, displayName: item.DisplayName || item.ParticipantRole || 'Unknown' },
      text: item.Content ?? '',
      createdAt: item.AbsoluteTime as string,
    };
  }
  if (item.Type === 'EVENT' && item.ContentType?.startsWith('application/vnd.amazonaws.connect.event.')) {
    const what = item.ContentType.slice('application/vnd.amazonaws.connect.event.'.length);
    return {
      id: item.Id as string,
      conversationId,
      channelId: CHANNEL_ID,
      visibility: 'internal',
      author: { id: 'system', role: 'system', displayName: 'Amazon Connect' },
      text: `${item.DisplayName ? `${item.DisplayName}: ` : ''}${what}`,
      createdAt: item.AbsoluteTime as string,
      event: { type: 'other', details: { event: what } },
    };
  }
  return undefined;
}

export function connectChat(tracker: ContactTracker): ConversationSourceInput {
  const chat = (id: string) => {
    const entry = tracker.contacts.get(id);
    if (!entry || entry.contact.getType() !== 'chat') throw new NotFoundError('conversation', id, { detail: 'no chat contact with that id in this agent’s Amazon Connect session' });
    return entry;
  };
  const session = async (id: string): Promise<ChatSession> => {
    const connection = chat(id).contact.getAgentConnection();
    if (!connection?.getMediaController) throw new RejectedError(`Chat ${id} has no agent chat connection (the agent has not joined it).`);
    return (await connection.getMediaController()) as ChatSession;
  };
  const sent = new Map<string, Promise<MessageInput>>();
  /** The client id of each message this agent sent, by message id: the transcript does not carry it. */
  const clientIds = new Map<string, string>();
  const read = (item: ChatItem, id: string) => {
    const message = chatMessage(item, id);
    const clientId = message && clientIds.get(String(message.id));
    return message && clientId ? { ...message, clientId } : message;
  };

  type Watcher = { listener: (event: ConversationEventInput) => void; onError: (error: unknown) => void };
  const attached = new Map<string, { watchers: Set<Watcher> }>();
  /** One listener on a chat's session, from the moment it is accepted (nothing arriving meanwhile is missed), shared by its watchers. */
  const attach = (id: string) => {
    let entry = attached.get(id);
    if (entry) return entry;
    const current = (entry = { watchers: new Set<Watcher>() });
    attached.set(id, current);
    const each = (run: (w: Watcher) => void) => current.watchers.forEach(run);
    session(id).then(
      (chatSession) =>
        chatSession.onMessage((event) => {
          const item = event?.data;
          if (!item || typeof item !== 'object') return each((w) => w.onError(dropped('conversations.watch', 'event.data', 'must be a chat item', item)));
          if (item.Type === 'EVENT' && item.ContentType === 'application/vnd.amazonaws.connect.event.chat.ended') {
            each((w) => w.listener({ type: 'status', conversationId: id, status: 'closed' }));
          }
          const message = read(item, id);
          if (message) each((w) => w.listener({ type: 'message-added', message }));
        }),
      (error: unknown) => {
        attached.delete(id);
        each((w) => w.onError(error));
      },
    );
    return current;
  };
  tracker.onConversationAccepted = (id) => void attach(id);

  return {
    async getConversation(id): Promise<ConversationInput> {
      const { contact, state, interaction } = chat(id);
      const subtype = contact.getSegmentAttributes?.()['connect:Subtype']?.valueString;
      const created = isoDate(contact.getQueueTimestamp()) ?? new Date().toISOString();
      return {
        id,
        customerId: interaction?.customerId ?? undefined,
        channels: [{ id: CHANNEL_ID, kind: channelOf('chat', subtype) ?? 'chat', public: false, name: 'Chat' }],
        status: state === 'ended' ? 'closed' : 'open',
        createdAt: created,
        updatedAt: new Date().toISOString(),
      };
    },

    async loadMessages(id, { cursor, limit }) {
      const chatSession = await session(id);
      const messages: MessageInput[] = [];
      let token = cursor ?? undefined;
      // Typing and receipt items are no messages: read on until the page has some, or the transcript ends.
      for (let round = 0; round < 20; round += 1) {
        const answer = await chatSession.getTranscript({ maxResults: Math.min(limit, MAX_RESULTS), scanDirection: 'BACKWARD', sortOrder: 'DESCENDING', ...(token ? { nextToken: token } : {}) });
        for (const item of answer?.data?.Transcript ?? []) {
          const message = read(item, id);
          if (message) messages.push(message);
        }
        token = answer?.data?.NextToken || undefined;
        if (messages.length > 0 || !token) break;
      }
      return { messages, nextCursor: token ?? null };
    },

    watch(id, listener, { signal, onError }) {
      const watcher = { listener, onError };
      attach(id).watchers.add(watcher);
      signal.addEventListener('abort', () => attached.get(id)?.watchers.delete(watcher), { once: true });
    },

    send(message: OutgoingMessage) {
      // Once per client id: a second call with the same id gets the first call's message.
      let sending = sent.get(message.clientId);
      if (!sending) {
        sending = session(message.conversationId)
          .then((chatSession) => chatSession.sendMessage({ contentType: 'text/plain', message: message.text }))
          .then((answer) => {
            if (answer?.data?.Id) clientIds.set(answer.data.Id, message.clientId);
            return answer;
          })
          .then((answer) => ({
            id: answer?.data?.Id as string,
            clientId: message.clientId,
            conversationId: message.conversationId,
            channelId: CHANNEL_ID,
            visibility: 'private' as const,
            author: { id: 'agent', role: 'agent' as const, displayName: 'Agent' },
            text: message.text,
            createdAt: answer?.data?.AbsoluteTime ?? new Date().toISOString(),
          }));
        sent.set(message.clientId, sending);
        sending.catch(() => sent.delete(message.clientId));
      }
      return sending;
    },
  };
}
