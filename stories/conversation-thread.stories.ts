import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createDemoAdapter, type DemoAdapter, type DemoDataset } from '../src/adapters/demo/index.js';
import { createAdapter } from '../src/ports/adapter.js';
import type { Adapter } from '../src/ports/ports.js';
import type { ReplySender } from '../src/thread/outbox.js';
import { CHANNEL_KINDS, channel, type ConversationEvent, type Message } from '../src/model/index.js';
import { DANA, PRIYA, SAM, threadDataset, threadMessage } from '../test/fixtures/thread-dataset.js';

interface ThreadArgs {
  /** Messages in the generated conversation. */
  count: number;
  pageSize: number;
  customerView: boolean;
}

const frame = (adapter: Adapter, args: Partial<ThreadArgs> = {}, id = 'conv-t'): TemplateResult =>
  html`<div style="height: 640px; max-width: 860px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${id} page-size=${args.pageSize ?? 50} ?customer-view=${args.customerView ?? false}></cx-conversation-thread>
  </div>`;

const demo = (dataset: DemoDataset, options: { latency?: number } = {}): DemoAdapter =>
  createDemoAdapter({ dataset, latency: options.latency ?? 0, initialInteraction: false });

/** An adapter whose watch the story drives, over a demo adapter's data. */
function driven(dataset: DemoDataset): { adapter: Adapter; emit: (event: ConversationEvent) => void } {
  const base = demo(dataset).conversations!;
  const listeners = new Set<(event: ConversationEvent) => void>();
  const adapter = createAdapter({
    name: 'story',
    conversations: {
      getConversation: (id, o) => base.getConversation(id, o),
      loadMessages: (id, o) => base.loadMessages(id, o),
      send: (m, o) => base.send!(m, o),
      watch: (_id, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  });
  return { adapter, emit: (event) => listeners.forEach((l) => l(event)) };
}

const meta = {
  title: 'Components/Conversation thread',
  component: 'cx-conversation-thread',
  args: { count: 24, pageSize: 50, customerView: false },
  argTypes: {
    count: { control: { type: 'number', min: 0, step: 1 } },
    pageSize: { control: { type: 'number', min: 5, step: 5 } },
    customerView: { control: 'boolean' },
  },
  render: (args) => frame(demo(threadDataset({ count: args.count, lastRead: Math.max(0, args.count - 5) })), args),
} satisfies Meta<ThreadArgs>;

export default meta;
type Story = StoryObj<ThreadArgs>;

/** A short conversation across X (public and DM), email and internal notes, with day headings. */
export const Short: Story = {};

/** A conversation with no messages yet. */
export const Empty: Story = { args: { count: 0 } };

/** The host is slow: the loading state (the demo answers after 10 minutes). */
export const Loading: Story = {
  render: () => frame(demo(threadDataset({ count: 5 }), { latency: 600_000 })),
};

/** Loading failed: plain words, a Retry button (the retry succeeds), the technical detail behind a disclosure. */
export const LoadError: Story = {
  name: 'Error',
  render: () => {
    const adapter = demo(threadDataset({ count: 12 }));
    adapter.demo.failNext('conversations.loadMessages', 'junk');
    return frame(adapter);
  },
};

/** 10 000 messages, virtualized; scroll up to page older ones in, search finds any of them. */
export const TenThousandMessages: Story = {
  name: '10 000 messages',
  args: { count: 10_000, pageSize: 200 },
};

/** One message on every channel kind Screenpop knows, plus an unknown one. */
export const EachChannel: Story = {
  render: () => {
    const channels = [...CHANNEL_KINDS.map((kind) => channel(kind, kind, kind === 'x' || kind === 'forum' || kind === 'review', kind)), { ...channel('tiktok', 'chat', true, 'TikTok'), kind: 'other' as const }];
    const extra: Message[] = channels.map((c, n) =>
      threadMessage(n, { channelId: c.id, visibility: c.kind === 'note' ? 'internal' : c.public ? 'public' : 'private', text: `A message on ${c.name}` }),
    );
    return frame(demo(threadDataset({ count: 0, extra, channels })));
  },
};

/** A right-to-left page with Arabic and Hebrew messages, and a bidi override that stays contained. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: () => {
    const extra = [
      threadMessage(1, { text: 'مرحبا، الراوتر لا يعمل منذ الصباح', lang: 'ar' }),
      threadMessage(2, { author: SAM, text: 'Sorry to hear that — can you restart it?', channelId: 'x-dm', visibility: 'private' }),
      threadMessage(3, { text: 'שלום, יש לי בעיה עם החשבונית', lang: 'he' }),
      threadMessage(4, { text: '\u202Ethis text tries to flip the page' }),
    ];
    return frame(demo(threadDataset({ count: 0, extra })));
  },
};

/** The dark theme, which only sets public `--cx-*` tokens. */
export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** Messages arrive live every second (some twice, some out of order); scroll up to see "N new messages". */
export const LiveStream: Story = {
  render: () => {
    const { adapter, emit } = driven(threadDataset({ count: 20 }));
    let n = 20;
    const timer = setInterval(() => {
      const message = threadMessage(n, { author: DANA, createdAt: new Date().toISOString(), id: `live-${n}` });
      emit({ type: 'message-added', message });
      if (n % 3 === 0) emit({ type: 'message-added', message: { ...message } });
      n += 1;
      if (n > 200) clearInterval(timer);
    }, 1000);
    return frame(adapter);
  },
};

/**
 * A reply that failed to send stays in place with its text, marked "Not sent", with a Retry that sends it
 * again with the same client id (the demo host accepts it the second time).
 */
export const SendFailure: Story = {
  render: () => {
    const adapter = demo(threadDataset({ count: 8 }));
    adapter.demo.failNext('conversations.send', 'error');
    return frame(adapter);
  },
  play: async ({ canvasElement }) => {
    const thread = canvasElement.querySelector('cx-conversation-thread')!;
    for (let i = 0; i < 100 && !thread.shadowRoot?.querySelector('cx-composer'); i++) await new Promise((r) => setTimeout(r, 20));
    const sender = (thread.shadowRoot!.querySelector('cx-composer') as (HTMLElement & { sender?: ReplySender }) | null)?.sender;
    await sender?.send({ clientId: 'story-failed-1', conversationId: 'conv-t', channelId: 'x-dm', visibility: 'private', text: 'We have reset your line, please try again.' }).catch(() => undefined);
  },
};

/** Sentiment from the host's own service (one request per render, batched), not the built-in analyzer. */
export const HostSentiment: Story = {
  render: () => {
    const base = demo(threadDataset({ count: 12 })).conversations!;
    const adapter = createAdapter({
      name: 'story',
      conversations: { getConversation: (id, o) => base.getConversation(id, o), loadMessages: (id, o) => base.loadMessages(id, o) },
      // A 5-level service that finds every message about the router very negative, and the rest positive.
      sentiment: { analyze: async (texts) => texts.map((t) => ({ value: t.includes('router') ? 1 : 4, scale: '5-level' as const, confidence: 0.8 })) },
    });
    return frame(adapter);
  },
};

/** Other agents in the same conversation: one typing, one whose presence has expired. */
export const Collision: Story = {
  render: () => {
    const { adapter, emit } = driven(threadDataset({ count: 10 }));
    setTimeout(() => {
      emit({ type: 'presence', conversationId: 'conv-t', presence: { agentId: PRIYA.id, displayName: PRIYA.displayName, activity: 'typing', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
      emit({ type: 'presence', conversationId: 'conv-t', presence: { agentId: 'tomasz', displayName: 'Tomasz Nowak', activity: 'viewing', expiresAt: new Date(Date.now() - 1000).toISOString() } });
    }, 200);
    return frame(adapter);
  },
};

/**
 * The host sent 3 of 24 messages in a form that could not be shown (a time in milliseconds, no author):
 * the others show, with a quiet placeholder where those were (two neighbours as one row). Each is a
 * `cx-adapter-error` for the developer and a console warning per kind.
 */
export const MessagesNotShown: Story = {
  name: 'Messages that could not be shown',
  render: () => {
    const messages: unknown[] = Array.from({ length: 24 }, (_, i) => threadMessage(23 - i));
    const bad = (m: unknown, change: Record<string, unknown>) => ({ ...(m as object), ...change });
    messages[2] = bad(messages[2], { createdAt: Date.parse(threadMessage(21).createdAt) });
    messages[3] = bad(messages[3], { author: undefined });
    messages[15] = bad(messages[15], { createdAt: Date.parse(threadMessage(8).createdAt) });
    const conversation = threadDataset({ count: 0 }).conversations[0]!;
    const adapter = createAdapter({
      name: 'story',
      conversations: { getConversation: async () => conversation, loadMessages: async () => ({ messages: messages as Message[], nextCursor: null }) },
    });
    return frame(adapter);
  },
};
