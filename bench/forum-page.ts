// The page `npm run bench:forum` drives: the library's sources bundled for production (Lit included),
// a host adapter made with the public `createAdapter` over an in-memory conversation, and a
// <cx-conversation-thread> opened on it. The same 5 000 posts open as a forum thread (a question and
// nested replies on a `forum` channel) or as a chat (the same messages on a `chat` channel).
import '../src/define/index.js';
import { createAdapter, type ChannelInput, type CxConversationThread, type MessageInput } from '../src/index.js';

declare global {
  interface Window {
    forumBench: { open(kind: 'forum' | 'chat', count: number): Promise<{ firstRows: number; allIn: number; rows: number }> };
  }
}

const ROLES = ['customer', 'community-advocate', 'customer', 'agent', 'customer', 'moderator'] as const;

function conversation(kind: 'forum' | 'chat', count: number) {
  const id = `bench-${kind}`;
  const channel: ChannelInput = { id: kind, kind, public: kind === 'forum', name: kind };
  const start = Date.parse('2026-11-01T00:00:00Z');
  const messages: MessageInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const role = i === 0 ? 'customer' : ROLES[i % ROLES.length]!;
    const message: MessageInput = {
      id: `p${i}`,
      conversationId: id,
      channelId: kind,
      visibility: kind === 'forum' ? 'public' : 'private',
      author: { id: `u${i % 97}`, role, displayName: `Member ${i % 97}`, ...(role === 'community-advocate' ? { rank: 'Expert', badge: 'Top solution author' } : {}) },
      text: `Post ${i}: a reply of ordinary length about the router, the line and what was tried so far.`,
      createdAt: new Date(start + i * 60_000).toISOString(),
      delivery: 'sent',
    };
    // Replies: to the question, to a recent post, sometimes deep chains; kudos on some.
    if (i > 0) message.inReplyTo = `p${i % 7 === 0 ? 0 : Math.max(0, i - 1 - (i % 5))}`;
    if (i % 11 === 0) message.community = { kudos: i % 23, accepted: i === 440 };
    messages.push(message);
  }
  return { id, channel, messages: messages.reverse() };
}

window.forumBench = {
  async open(kind, count) {
    const data = conversation(kind, count);
    const adapter = createAdapter({
      name: 'bench',
      conversations: {
        getConversation: async () => ({ id: data.id, channels: [data.channel], status: 'open', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-05T00:00:00Z' }),
        loadMessages: async (_id, { cursor, limit }) => {
          const from = cursor ? Number(cursor) : 0;
          const page = data.messages.slice(from, from + limit);
          return { messages: page, nextCursor: from + limit < data.messages.length ? String(from + limit) : null };
        },
      },
      community: { accept: async () => data.messages[0]! },
    });
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const t0 = performance.now();
    const el = document.createElement('cx-conversation-thread') as CxConversationThread;
    el.pageSize = count;
    el.adapter = adapter;
    el.conversationId = data.id;
    stage.append(el);
    let firstRows = 0;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const rows = el.shadowRoot?.querySelectorAll('cx-thread-message').length ?? 0;
      if (!firstRows && rows > 0) firstRows = performance.now() - t0;
      if (firstRows && el.messages.length === count) break;
      if (performance.now() - t0 > 60_000) throw new Error(`${kind}: not open after 60 s (${el.messages.length} of ${count})`);
    }
    const allIn = performance.now() - t0;
    return { firstRows, allIn, rows: el.shadowRoot!.querySelectorAll('cx-thread-message').length };
  },
};
