/**
 * The legacy activity history: the latest messages of the open conversation as a plain table,
 * strictly as text, kept live through `conversations.watch`. The Screenpop thread replaces it.
 */
import type { Conversation, ConversationEvent, Message } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';
import { formatDateTime, h, loadInto, relativeTime, words } from './dom.js';
import { sentimentBadge } from './queue.js';

export const HISTORY_LIMIT = 20;

/** Visibility in words (the tag's colour only repeats it). */
const VISIBILITY: Record<Message['visibility'], string> = {
  public: 'Public',
  private: 'Private',
  internal: 'Internal note',
};

const ROLES: Record<string, string> = { customer: 'Customer', agent: 'Agent', 'community-advocate': 'Community advocate', bot: 'Bot', system: 'System' };

function messageCell(message: Message): HTMLTableCellElement {
  const cell = h('td', { class: 'msg' });
  const text = h('p', { class: 'msg-text' });
  // Customer text is data, never markup: textContent only.
  text.textContent = message.text;
  if (message.deleted) cell.append(h('p', { class: 'flag' }, '[Deleted by the author on the platform]'));
  cell.append(text);
  const notes: (string | Node)[] = [];
  if (message.editedAt) notes.push(`Edited ${relativeTime(message.editedAt)}`);
  for (const attachment of message.attachments) notes.push(`Attachment: ${attachment.name ?? attachment.type}${attachment.alt ? ` – “${attachment.alt}”` : ''}`);
  if (message.delivery === 'failed') notes.push(`Delivery failed${message.error ? `: ${message.error}` : ''}`);
  else if (message.author.role === 'agent' && message.visibility !== 'internal') notes.push(`Delivery: ${words(message.delivery)}`);
  if (message.lang) notes.push(`Language: ${message.lang}`);
  if (notes.length) cell.append(h('p', { class: 'msg-notes' }, notes.join(' · ')));
  if (message.author.role === 'customer' && message.sentiment) cell.append(h('div', { class: 'msg-sentiment' }, sentimentBadge(message.sentiment)));
  if (message.lang) text.setAttribute('lang', message.lang);
  return cell;
}

function messageRow(message: Message, channels: Map<string, string>, isNew: boolean): HTMLTableRowElement {
  const visibility = VISIBILITY[message.visibility] ?? words(message.visibility);
  const author = message.author;
  const row = h(
    'tr',
    { class: `vis-${message.visibility} role-${author.role}${isNew ? ' is-new' : ''}`, 'data-message-id': message.id },
    h('td', { class: 'nowrap', title: relativeTime(message.createdAt) }, formatDateTime(message.createdAt), isNew ? h('span', { class: 'tag tag-new' }, 'New') : null),
    h('td', {}, channels.get(message.channelId) ?? message.channelId),
    h('td', { class: 'nowrap' }, h('span', { class: `tag vis-tag vis-tag-${message.visibility}` }, visibility)),
    h('td', {}, h('span', { class: 'author' }, author.displayName), author.handle ? h('div', { class: 'muted small' }, author.handle) : null, h('div', { class: 'muted small' }, ROLES[author.role] ?? words(author.role))),
    messageCell(message),
  );
  return row;
}

export interface HistoryOptions {
  container: HTMLElement;
  adapter: Adapter;
  announce: (text: string) => void;
}

/**
 * Shows the latest messages of a conversation and keeps them live. Messages that arrive while the
 * first page is loading (or after it failed) are kept and merged in once it draws.
 */
export function showHistory(options: HistoryOptions, conversationId: string, conversation: () => Promise<Conversation>, signal: AbortSignal): void {
  const { adapter, container, announce } = options;
  const port = adapter.conversations;
  if (!port) {
    container.replaceChildren(h('p', { class: 'notice' }, 'This desktop cannot show messages (no conversation source).'));
    return;
  }
  const live = new Map<string, Message>();
  let body: HTMLTableSectionElement | null = null;
  let channels = new Map<string, string>();
  const presence = h('p', { class: 'presence', role: 'status' });
  const presenceNames = new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>();

  const drawPresence = () => {
    presence.textContent = [...presenceNames.values()].map((p) => p.text).join(' · ');
  };

  function onEvent(event: ConversationEvent): void {
    if (event.type === 'message-added' || event.type === 'message-updated') {
      if (event.message.conversationId !== conversationId) return;
      live.set(event.message.id, event.message);
      if (!body) return;
      const old = body.querySelector(`[data-message-id="${CSS.escape(event.message.id)}"]`);
      const row = messageRow(event.message, channels, event.type === 'message-added');
      if (old) old.replaceWith(row);
      else body.prepend(row);
      if (event.type === 'message-added' && event.message.author.role === 'customer') {
        announce(`New message from ${event.message.author.displayName} on ${channels.get(event.message.channelId) ?? 'a channel'}.`);
      }
    } else if (event.type === 'message-deleted') {
      const row = body?.querySelector(`[data-message-id="${CSS.escape(event.messageId)}"] .msg`);
      row?.prepend(h('p', { class: 'flag' }, '[Deleted by the author on the platform]'));
    } else if (event.type === 'presence') {
      const { agentId, displayName, activity, expiresAt } = event.presence;
      clearTimeout(presenceNames.get(agentId)?.timer);
      const ttl = Math.max(1000, Math.min(60_000, Date.parse(expiresAt) - Date.now()));
      const timer = setTimeout(() => {
        presenceNames.delete(agentId);
        drawPresence();
      }, ttl);
      presenceNames.set(agentId, { text: `${displayName} is ${activity === 'typing' ? 'typing a reply' : 'also viewing'}`, timer });
      drawPresence();
    } else if (event.type === 'status') {
      announce(`Conversation status changed to ${words(event.status)}.`);
    }
  }

  port.watch?.(conversationId, onEvent, { signal, onError: (error) => announce(`A live update could not be read: ${error.message}`) });
  signal.addEventListener('abort', () => presenceNames.forEach((p) => clearTimeout(p.timer)), { once: true });

  void loadInto(
    container,
    'the messages',
    signal,
    async () => {
      const [loaded, page] = await Promise.all([conversation(), port.loadMessages(conversationId, { limit: HISTORY_LIMIT, signal })]);
      return { loaded, page };
    },
    ({ loaded, page }) => {
      channels = new Map(loaded.channels.map((c) => [c.id, c.name]));
      const seen = new Set(page.messages.map((m) => m.id));
      const arrived = [...live.values()].filter((m) => !seen.has(m.id)).reverse();
      body = h('tbody');
      for (const message of [...arrived, ...page.messages.map((m) => live.get(m.id) ?? m)]) body.append(messageRow(message, channels, !seen.has(message.id)));
      const head = h('thead', {}, h('tr', {}, ...['Date/time', 'Channel', 'Visibility', 'From', 'Message'].map((label) => h('th', { scope: 'col' }, label))));
      const more = page.nextCursor ? h('p', { class: 'muted small more' }, `Older messages are not shown here (showing the latest ${HISTORY_LIMIT}).`) : null;
      const table = page.messages.length || arrived.length ? h('table', { class: 'grid history' }, h('caption', { class: 'sr-only' }, 'Messages, newest first'), head, body) : h('p', { class: 'empty' }, 'No messages yet.');
      return [presence, table, ...(more ? [more] : [])];
    },
  );
}
