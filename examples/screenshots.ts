/**
 * The page `npm run screenshots` photographs (scripts/screenshots.js): every element on the demo
 * adapter, in the locale of `?locale=` (en: left to right, ar: right to left). `document.body.dataset.ready`
 * is set once every element shows its words in that locale.
 */
import '../src/define/index.js';
import { createDemoAdapter } from '../src/adapters/demo/index.js';
import type { CxDesk } from '../src/components/desk/desk.js';
import type { CxSlaClock } from '../src/components/sla-clock/sla-clock.js';
import type { CxThreadMessage } from '../src/components/thread-message/thread-message.js';
import type { CxScreenPop } from '../src/components/screen-pop/screen-pop.js';
import { catalogueFor, loadLocale } from '../src/i18n/registry.js';

const locale = new URLSearchParams(location.search).get('locale') ?? 'en';
const NOW = new Date('2026-11-20T15:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const now = () => NOW;

const adapter = createDemoAdapter({ latency: 0, now, initialInteraction: false });
const desk = document.querySelector<CxDesk>('cx-desk')!;
desk.adapter = adapter;
desk.locale = locale;
for (const el of document.querySelectorAll<HTMLElement & { now?: unknown }>('cx-composer, cx-customer-360, cx-move-to-private, cx-sla-clock, cx-screen-pop'))
  el.now = now;

const clock = document.querySelector<CxSlaClock>('cx-sla-clock')!;
clock.clocks = [
  { kind: 'first-response', startedAt: at(-60), dueAt: at(-20) },
  { kind: 'next-response', startedAt: at(-5), dueAt: at(10) },
  { kind: 'resolution', startedAt: at(-60), dueAt: at(125) },
];

const message = document.querySelector<CxThreadMessage>('cx-thread-message')!;
message.now = NOW.getTime();
message.channel = { id: 'x-public', kind: 'x', name: 'X', public: true } as CxThreadMessage['channel'];
message.message = {
  id: 'm-1',
  conversationId: 'conv-003',
  channelId: 'x-public',
  author: { id: 'cust-03', displayName: 'Tom Albright', role: 'customer' },
  visibility: 'public',
  text: 'Third time since March. The router is a very expensive night light.',
  createdAt: at(-90),
  attachments: [],
  delivery: 'sent',
  sentiment: { score: -0.62, label: 'very-negative', confidence: 0.8, source: 'built-in', drivers: [] },
};

await loadLocale(locale);

// Customers waiting, so the pop has a queue, a header and its panes: offered once the pop watches.
const pop = document.querySelector<CxScreenPop>('cx-screen-pop')!;
await pop.updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
adapter.demo.offer('conv-003');
adapter.demo.offer('conv-004');
const t = catalogueFor(locale);

function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += `${node.textContent} `;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

const expected: [string, string][] = [
  ['cx-composer', t.composer.replyOn],
  ['cx-customer-360', t.customer.identities],
  ['cx-conversation-thread', t.thread.channelFilter],
  ['cx-sla-clock', t.pop.sla.kind['first-response']],
  ['cx-screen-pop', t.pop.accept],
];
const started = performance.now();
let offeredAgain = false;
while (performance.now() - started < 20_000 && !expected.every(([tag, words]) => deepText(document.querySelector(tag)!).includes(words))) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (!offeredAgain && performance.now() - started > 3_000 && pop.queue.length === 0) {
    offeredAgain = true;
    adapter.demo.offer('conv-012');
  }
}
void pop;
const missing = expected.filter(([tag, words]) => !deepText(document.querySelector(tag)!).includes(words)).map(([tag, words]) => `${tag}: "${words}"`);
document.body.dataset['missing'] = missing.join('; ');
document.body.dataset['ready'] = missing.length ? 'timeout' : 'yes';
