// Mounts <cx-conversation-thread> over the demo adapter with a watch the test drives.
import { fixture, html } from '@open-wc/testing';
import '../../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../../src/components/conversation-thread/conversation-thread.js';
import type { CxThreadMessage } from '../../src/components/thread-message/thread-message.js';
import { createDemoAdapter, type DemoAdapter, type DemoDataset } from '../../src/adapters/demo/index.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Adapter, SentimentService } from '../../src/ports/ports.js';
import type { ConversationEvent } from '../../src/model/index.js';
import { until } from '../helpers/until.js';

// The virtualizer resizes what its ResizeObserver watches; Chromium then reports a benign "loop
// completed with undelivered notifications" as a window error, which mocha would count as a failure.
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

export interface Harness {
  el: CxConversationThread;
  demo: DemoAdapter;
  adapter: Adapter;
  /** Sends an event down every open watch (validated at the port boundary, like a host's). */
  emit(...events: ConversationEvent[]): void;
  /** Rendered message elements, in DOM order. */
  articles(): CxThreadMessage[];
  /** How many times the thread's adapter was asked to send. */
  sends(): number;
  shadow: ShadowRoot;
}

export interface MountOptions {
  pageSize?: number;
  height?: number;
  /** Space above the thread (px): puts it below the fold, off-screen. */
  above?: number;
  conversationId?: string;
  beforeMount?: (demo: DemoAdapter) => void;
  /** A host sentiment service for the adapter. */
  sentiment?: SentimentService;
}

export async function mountThread(dataset: DemoDataset, options: MountOptions = {}): Promise<Harness> {
  const demo = createDemoAdapter({ dataset, latency: 0, initialInteraction: false });
  options.beforeMount?.(demo);
  const listeners = new Set<(event: ConversationEvent) => void>();
  const ports = demo.conversations!;
  let sends = 0;
  const adapter = createAdapter({
    name: 'test',
    conversations: {
      getConversation: (id, o) => ports.getConversation(id, o),
      loadMessages: (id, o) => ports.loadMessages(id, o),
      send: (m, o) => {
        sends += 1;
        return ports.send!(m, o);
      },
      watch: (id, listener, o) => {
        listeners.add(listener);
        const stop = ports.watch!(id, listener, o);
        return () => {
          listeners.delete(listener);
          stop();
        };
      },
    },
    ...(options.sentiment ? { sentiment: options.sentiment } : {}),
  });
  const id = options.conversationId ?? dataset.conversations[0]!.id;
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: ${options.height ?? 480}px; width: 640px; display: flex; margin-top: ${options.above ?? 0}px">
    <cx-conversation-thread .adapter=${adapter} conversation-id=${id} page-size=${options.pageSize ?? 50}></cx-conversation-thread>
  </div>`);
  const el = wrapper.querySelector('cx-conversation-thread')!;
  const shadow = el.shadowRoot!;
  await until(
    () => shadow.querySelector('cx-thread-message, [part="error"]') || shadow.textContent?.includes('No messages'),
    'the thread to render',
  );
  await el.updateComplete; // and scrolled to the latest message
  return {
    el,
    demo,
    adapter,
    shadow,
    emit: (...events) => events.forEach((event) => listeners.forEach((l) => l(event))),
    sends: () => sends,
    articles: () => [...shadow.querySelectorAll<CxThreadMessage>('[part~="feed"] > cx-thread-message')],
  };
}

export const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))));

/** Text of an element and its shadow roots, whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
