/**
 * Zendesk tickets as conversations: a ticket is a conversation with its requester, its comments are
 * messages — public comments on the reply channel (seen by the requester; on a public social post,
 * by anyone), internal notes on the note channel as internal — and the ticket events of the ZAF
 * client (`ticket.updated`, `ticket.submit.done`, `ticket.status.changed`) are the live watch.
 */
import type { ChannelInput, ChannelKind, ConversationInput, ConversationStatus, MessageInput, Priority } from '../../../model/index.js';
import type { ConversationSourceInput } from '../../../ports/ports.js';
import { dropped } from '../bridge.js';
import { zafGet, zafSend, zendeskId, type ZafClient, type ZendeskComment, type ZendeskTicket, type ZendeskUser } from './api.js';

const STATUS: Record<string, ConversationStatus> = { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'resolved', closed: 'closed' };
const VIA: Record<string, ChannelKind> = { email: 'email', web: 'email', api: 'email', mobile: 'email', twitter: 'x', facebook: 'facebook', instagram_dm: 'instagram', chat: 'chat', native_messaging: 'chat', sms: 'sms', whatsapp: 'whatsapp', voice: 'voice' };
const PRIORITIES = new Set(['low', 'normal', 'high', 'urgent']);
/** Comments read on each ticket event. */
const REFRESH_SIZE = 30;

/** The ticket's reply channel: its "via" channel; public only for a public social post (an X mention, a Facebook post). */
export function replyChannel(ticket: Pick<ZendeskTicket, 'via'>): ChannelInput {
  const via = ticket.via?.channel ?? 'email';
  const kind = VIA[via] ?? 'email';
  const isPublic = (kind === 'x' && ticket.via?.source?.rel === 'mention') || (kind === 'facebook' && ticket.via?.source?.rel === 'post');
  return { id: 'reply', kind, public: isPublic, name: isPublic ? `${via} (public reply)` : 'Reply to the requester' };
}
const NOTE: ChannelInput = { id: 'note', kind: 'note', public: false, name: 'Internal note' };

export function conversationOf(ticket: ZendeskTicket): ConversationInput {
  return {
    id: ticket.id,
    customerId: ticket.requester_id,
    subject: ticket.subject,
    channels: [replyChannel(ticket), NOTE],
    status: STATUS[ticket.status] as ConversationStatus,
    priority: ticket.priority && PRIORITIES.has(ticket.priority) ? (ticket.priority as Priority) : undefined,
    assigneeId: ticket.assignee_id,
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    tags: ticket.tags,
  };
}

export function messageOf(comment: ZendeskComment, ticket: { id: string; publicChannel: boolean; requesterId?: number | null }, users: Map<number, ZendeskUser>): MessageInput {
  const user = users.get(comment.author_id);
  const role = comment.author_id === ticket.requesterId || user?.role === 'end-user' ? 'customer' : 'agent';
  return {
    id: comment.id,
    conversationId: ticket.id,
    channelId: comment.public ? 'reply' : 'note',
    visibility: comment.public ? (ticket.publicChannel ? 'public' : 'private') : 'internal',
    author: { id: comment.author_id, role, displayName: user?.name ?? `User ${comment.author_id}`, avatarUrl: user?.photo?.content_url },
    text: comment.plain_body ?? comment.body ?? '',
    createdAt: comment.created_at,
    attachments: (comment.attachments ?? []).map((a) => ({ id: a.id, type: a.content_type, url: a.content_url, name: a.file_name, sizeBytes: a.size })),
  };
}

type CommentPage = { comments: ZendeskComment[]; users?: ZendeskUser[]; meta?: { has_more?: boolean; after_cursor?: string | null } };

export function zendeskTickets(client: ZafClient): ConversationSourceInput {
  const tickets = new Map<string, ZendeskTicket>();
  /** The client id of each comment this agent sent, by comment id: Zendesk does not keep it. */
  const clientIds = new Map<string, string>();
  const ticket = async (id: string) => {
    const { ticket: t } = await zafGet<{ ticket: ZendeskTicket }>(client, `/api/v2/tickets/${zendeskId(id, 'ticket')}.json`);
    tickets.set(id, t);
    return t;
  };
  const page = async (id: string, limit: number, cursor: string | null) => {
    const t = tickets.get(id) ?? (await ticket(id));
    const after = cursor ? `&page[after]=${encodeURIComponent(cursor)}` : '';
    const answer = await zafGet<CommentPage>(client, `/api/v2/tickets/${zendeskId(id, 'ticket')}/comments.json?sort_order=desc&include=users&page[size]=${limit}${after}`);
    const users = new Map((answer.users ?? []).map((u) => [u.id, u]));
    const context = { id, publicChannel: replyChannel(t).public, requesterId: t.requester_id };
    const withClientId = (m: MessageInput) => (clientIds.has(String(m.id)) ? { ...m, clientId: clientIds.get(String(m.id)) } : m);
    return { messages: (answer.comments ?? []).map((c) => withClientId(messageOf(c, context, users))), nextCursor: answer.meta?.has_more ? (answer.meta.after_cursor ?? null) : null };
  };
  const sent = new Map<string, Promise<MessageInput>>();
  /** Each watched ticket's refresh: a send through the REST API raises no ZAF event, so it refreshes them itself. */
  const refreshes = new Map<string, Set<() => void>>();

  return {
    getConversation: async (id) => conversationOf(await ticket(id)),
    loadMessages: (id, { limit, cursor }) => page(id, Math.min(limit, 100), cursor),

    watch(id, listener, { signal, onError }) {
      // On each ticket event, the newest comments this watch has not told yet (the thread drops what it
      // already shows, so telling a loaded comment again is harmless; missing one arriving now is not).
      const told = new Set<string>();
      let chain = Promise.resolve();
      const refresh = () => {
        chain = chain
          .then(() => (signal.aborted ? undefined : page(id, REFRESH_SIZE, null)))
          .then((p) => {
            for (const message of [...(p?.messages ?? [])].reverse()) {
              if (signal.aborted || told.has(String(message.id))) continue;
              told.add(String(message.id));
              listener({ type: 'message-added', message });
            }
          })
          .catch(onError);
      };
      const status = (value: unknown) => {
        const mapped = typeof value === 'string' ? STATUS[value.toLowerCase()] : undefined;
        if (!mapped) return onError(dropped('conversations.watch', 'event.status', 'must be a Zendesk ticket status (new, open, pending, hold, solved, closed)', value));
        listener({ type: 'status', conversationId: id, status: mapped });
      };
      const mine = refreshes.get(id) ?? refreshes.set(id, new Set()).get(id)!;
      mine.add(refresh);
      client.on('ticket.updated', refresh);
      client.on('ticket.submit.done', refresh);
      client.on('ticket.status.changed', status);
      signal.addEventListener('abort', () => {
        mine.delete(refresh);
        client.off('ticket.updated', refresh);
        client.off('ticket.submit.done', refresh);
        client.off('ticket.status.changed', status);
      }, { once: true });
    },

    send(message) {
      let sending = sent.get(message.clientId);
      if (!sending) {
        sending = (async () => {
          const id = zendeskId(message.conversationId, 'ticket');
          const answer = await zafSend<{ audit?: { author_id?: number; created_at?: string; events?: { id: number; type: string; public?: boolean }[] } }>(client, 'PUT', `/api/v2/tickets/${id}.json`, {
            ticket: { comment: { body: message.text, public: message.visibility !== 'internal' } },
          });
          const comment = answer.audit?.events?.find((e) => e.type === 'Comment');
          if (comment) clientIds.set(String(comment.id), message.clientId);
          const t = tickets.get(message.conversationId) ?? (await ticket(message.conversationId));
          return {
            id: comment?.id as number,
            clientId: message.clientId,
            conversationId: message.conversationId,
            channelId: message.visibility === 'internal' ? 'note' : 'reply',
            visibility: message.visibility === 'internal' ? 'internal' : replyChannel(t).public ? 'public' : 'private',
            author: { id: answer.audit?.author_id ?? 'agent', role: 'agent', displayName: 'Agent' },
            text: message.text,
            createdAt: answer.audit?.created_at ?? new Date().toISOString(),
          } satisfies MessageInput;
        })();
        sent.set(message.clientId, sending);
        sending.then(() => refreshes.get(message.conversationId)?.forEach((refresh) => refresh()), () => sent.delete(message.clientId));
      }
      return sending;
    },
  };
}
