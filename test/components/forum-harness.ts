// Mounts <cx-conversation-thread> on a forum thread of the demo adapter, counting community calls.
import { fixture, html } from '@open-wc/testing';
import '../../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import type { CxThreadMessage } from '../../src/components/thread-message/thread-message.js';
import { createDemoAdapter, type DemoAdapter, type DemoDataset } from '../../src/adapters/demo/index.js';
import { createAdapter, type PortSource } from '../../src/ports/adapter.js';
import type { CommunitySourceInput } from '../../src/ports/ports.js';
import type { CommunityActionRequest, ConversationEventInput } from '../../src/model/index.js';
import { until } from '../helpers/until.js';
import './thread-harness.js'; // the ResizeObserver noise filter

export interface ForumHarness {
  el: CxConversationThread;
  demo: DemoAdapter;
  shadow: ShadowRoot;
  /** Community calls that reached the host, by operation. */
  calls: Record<'accept' | 'endorse' | 'thank' | 'hide', CommunityActionRequest[]>;
  /** The rendered post of this message id. */
  post(id: string): CxThreadMessage | null;
  /** Rendered posts, in DOM order. */
  posts(): CxThreadMessage[];
  /** Ids of the rendered posts in reading order (by their index in the feed). */
  order(): string[];
  /** Scrolls to a post and gives it back once rendered. */
  show(id: string): Promise<CxThreadMessage>;
  /** A post's place in the feed (scrolled to), and its nesting. */
  place(id: string): Promise<{ index: number; depth: number }>;
}

export interface ForumMountOptions {
  conversationId?: string;
  dataset?: DemoDataset;
  /** Which community methods the host offers (all by default); [] for none (no community port). */
  community?: ('accept' | 'endorse' | 'thank' | 'hide')[];
  staleAfter?: number;
  now?: () => Date;
  height?: number;
  /** Gets a function that sends an event to the thread through the host's watch (a change made elsewhere). */
  onWatch?: (emit: (event: ConversationEventInput) => void) => void;
}

export async function mountForum(options: ForumMountOptions = {}): Promise<ForumHarness> {
  const demo = createDemoAdapter({ latency: 0, initialInteraction: false, ...(options.dataset ? { dataset: options.dataset } : {}), ...(options.now ? { now: options.now } : {}) });
  const calls: ForumHarness['calls'] = { accept: [], endorse: [], thank: [], hide: [] };
  const offered = options.community ?? ['accept', 'endorse', 'thank', 'hide'];
  const community: CommunitySourceInput = {};
  for (const op of offered) {
    (community as Record<string, unknown>)[op] = (request: CommunityActionRequest, o: { signal: AbortSignal }) => {
      calls[op].push(request);
      return (demo.community![op] as (r: CommunityActionRequest, o: { signal: AbortSignal }) => Promise<unknown>)(request, o);
    };
  }
  const conversations = { ...demo.conversations! };
  const { onWatch } = options;
  if (onWatch) {
    conversations.watch = (conversationId, listener, watchOptions) => {
      onWatch(listener as (event: ConversationEventInput) => void);
      return demo.conversations!.watch!(conversationId, listener, watchOptions);
    };
  }
  const ports: PortSource = { name: 'forum-test', conversations, customers: demo.customers! };
  if (offered.length) ports.community = community;
  const adapter = createAdapter(ports);
  const id = options.conversationId ?? 'conv-036';
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: ${options.height ?? 700}px; width: 720px; display: flex">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${id} forum-stale-after=${options.staleAfter ?? 24 * 3600_000}></cx-conversation-thread>
  </div>`);
  const el = wrapper.querySelector('cx-conversation-thread')!;
  const shadow = el.shadowRoot!;
  await until(() => shadow.querySelector('cx-thread-message[data-forum]'), 'the forum thread to render');
  await el.updateComplete;
  const harness: ForumHarness = {
    el,
    demo,
    shadow,
    calls,
    post: (messageId) => [...shadow.querySelectorAll<CxThreadMessage>('[part~="feed"] > cx-thread-message')].find((m) => m.message?.id === messageId) ?? null,
    posts: () => [...shadow.querySelectorAll<CxThreadMessage>('[part~="feed"] > cx-thread-message')],
    order: () =>
      [...shadow.querySelectorAll<CxThreadMessage>('[part~="feed"] > cx-thread-message')]
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
        .map((m) => m.message!.id),
    async show(messageId) {
      await el.scrollToMessage(messageId);
      return until(() => harness.post(messageId), `post ${messageId} to render`);
    },
    async place(messageId) {
      const post = await harness.show(messageId);
      return { index: Number(post.dataset.index), depth: Number(post.dataset.depth) };
    },
  };
  return harness;
}

/** The visible text of a post: its own shadow text and what the thread slotted into it. */
export function postText(post: Element | null): string {
  if (!post) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(post);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The action button of a post. */
export function actionButton(post: Element | null, action: string): HTMLButtonElement | null {
  return post?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`) ?? null;
}
