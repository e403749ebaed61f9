// The page `npm run bench:screen-pop` drives: <cx-screen-pop> on the demo adapter with zero latency.
// `pop()` times an interaction event to a fully painted pop (a 200-message thread, the customer 360,
// the sentiment badge); `flood()` offers 500 interactions over 10 s and records long tasks, frames and
// how often the queue was ordered.
import '../src/define/index.js';
import type { CxScreenPop } from '../src/components/screen-pop/screen-pop.js';
import { builtInDataset, createDemoAdapter, type DemoAdapter } from '../src/adapters/demo/index.js';
import type { Message } from '../src/model/index.js';
import { LongTasks, frame, sleep } from './lib/long-tasks.js';

const longTasks = new LongTasks();
const tasksSince = (t0: number) => longTasks.since(t0).map((t) => t.duration);

const LONG = 'conv-001';

/** The demo's data, offline (no avatars or images), with conversation LONG grown to 200 messages. */
function adapter(): DemoAdapter {
  const data = builtInDataset(new Date());
  for (const customer of data.customers) delete customer.avatarUrl;
  for (const message of data.messages) message.attachments = [];
  const own = data.messages.filter((m) => m.conversationId === LONG);
  const first = Date.parse(own[0]!.createdAt);
  const extra: Message[] = [];
  for (let i = 0; extra.length + own.length < 200; i += 1) {
    const model = own[i % own.length]!;
    const { clientId: _c, inReplyTo: _r, url: _u, ...rest } = model;
    extra.push({ ...rest, id: `bench-${i}`, createdAt: new Date(first - (i + 1) * 60_000).toISOString() });
  }
  data.messages.push(...extra);
  return createDemoAdapter({ dataset: data, latency: 0, initialInteraction: false });
}

function mount(demo: DemoAdapter): CxScreenPop {
  const el = document.createElement('cx-screen-pop');
  el.adapter = demo;
  el.locale = 'en-GB';
  el.notifications = { title: false };
  el.priorityOptions = { ignoreWords: ['northwind', 'northwindhelp'] };
  el.conversationsOf = (id) => demo.demo.listConversations().filter((c) => c.customerId === id);
  document.querySelector('#stage')!.replaceChildren(el);
  return el;
}

/** Every part of a pop painted: thread messages, the customer's record, the header's sentiment. */
function painted(el: CxScreenPop): boolean {
  const pane = el.shadowRoot?.querySelector('[part~="pop-shown"]');
  const thread = pane?.querySelector('cx-conversation-thread');
  const c360 = pane?.querySelector('cx-customer-360');
  const badge = pane?.querySelector('cx-sentiment-badge[part~="sentiment"]');
  return !!(
    thread?.shadowRoot?.querySelector('cx-thread-message')?.shadowRoot?.querySelector('[part~="text"]') &&
    thread.messages.length >= 50 &&
    c360?.shadowRoot?.querySelector('[part~="identities"]') &&
    badge?.shadowRoot?.querySelector('[part~="label"]')
  );
}

/** Interaction event → fully painted pop. */
async function pop() {
  const demo = adapter();
  const el = mount(demo);
  await el.updateComplete;
  await sleep(50);
  await frame();
  const t0 = performance.now();
  demo.demo.offer(LONG);
  while (!painted(el)) await frame();
  await frame(); // the frame that shows it
  const ms = performance.now() - t0;
  await sleep(200);
  const longest = Math.max(0, ...tasksSince(t0));
  const elements = el.shadowRoot!.querySelectorAll('*').length;
  return { ms, longest, elements };
}

/** 500 interactions over 10 s into a pop that is already on a customer. */
async function flood(options: { count: number; overMs: number; group: boolean }) {
  const demo = adapter();
  const el = mount(demo);
  if (!options.group) el.priorityOptions = { ...el.priorityOptions, floodMinCustomers: 1_000_000 };
  // Time the ordering itself.
  const ordering: number[] = [];
  const order = el.prioritize;
  el.prioritize = (entries, o) => {
    const t = performance.now();
    const items = order(entries, o);
    ordering.push(performance.now() - t);
    return items;
  };
  demo.demo.accept(demo.demo.offer(LONG));
  while (!painted(el)) await frame();
  await sleep(300);
  let frames = 0;
  let counting = true;
  const count = () => {
    frames += 1;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const orderings = el.orderings;
  const t0 = performance.now();
  const run = demo.demo.flood({ count: options.count, overMs: options.overMs });
  await run.offered;
  const waiting = () => el.queue.reduce((n, item) => n + item.entries.length, 0);
  while (waiting() < options.count) await frame();
  const done = performance.now() - t0;
  await sleep(1000); // the last details load and the queue settles
  counting = false;
  const tasks = tasksSince(t0);
  return {
    done,
    frames,
    orderings: el.orderings - orderings,
    items: el.queue.length,
    rows: el.shadowRoot!.querySelectorAll('[part~="queue-item"]').length,
    longest: Math.max(0, ...tasks),
    orderMax: Math.max(0, ...ordering),
    orderMedian: [...ordering].sort((a, b) => a - b)[Math.floor(ordering.length / 2)] ?? 0,
    over50: tasks.filter((d) => d > 50).length,
    elements: el.shadowRoot!.querySelectorAll('*').length,
  };
}

declare global {
  interface Window {
    popBench: { pop: typeof pop; flood: typeof flood };
  }
}
window.popBench = { pop, flood };
document.title = 'ready';
