// The page `npm run bench:thread` drives: mounts <cx-conversation-thread> over an in-memory host
// (through the real validating port boundary) and reports figures to bench/thread.bench.js.
import '../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../src/components/conversation-thread/conversation-thread.js';
import { createAdapter } from '../src/ports/adapter.js';
import type { ConversationEvent, Message } from '../src/model/index.js';
import { threadDataset, threadMessage } from '../test/fixtures/thread-dataset.js';

interface LongTask {
  start: number;
  duration: number;
}
const longTasks: LongTask[] = [];
const record = (entries: PerformanceEntryList) => {
  for (const entry of entries) longTasks.push({ start: entry.startTime, duration: entry.duration });
};
const observer = new PerformanceObserver((list) => record(list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const tasksSince = (t0: number) => {
  record(observer.takeRecords());
  return longTasks.filter((t) => t.start + t.duration >= t0);
};

/** Elements inside the thread, shadow roots included. */
function countElements(root: Element | ShadowRoot): number {
  let n = 0;
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      n += 1;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return n;
}

let listeners = new Set<(event: ConversationEvent) => void>();
let current: CxConversationThread | undefined;
let renders = 0;

function host(count: number) {
  const dataset = threadDataset({ count, conversationId: 'bench' });
  const newestFirst = [...dataset.messages].reverse();
  listeners = new Set();
  return createAdapter({
    conversations: {
      getConversation: async () => dataset.conversations[0]!,
      loadMessages: async (_id, options) => {
        const start = options?.cursor ? Number(options.cursor) : 0;
        const limit = options?.limit ?? 50;
        const messages = newestFirst.slice(start, start + limit);
        return { messages, nextCursor: start + limit < newestFirst.length ? String(start + limit) : null };
      },
      watch: (_id, listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  }, { timeoutMs: 0 });
}

/** Mounts a thread of `count` messages, all loaded in one page; resolves with the figures. */
async function mount(count: number) {
  current?.remove();
  const adapter = host(count);
  await frame();
  const t0 = performance.now();
  const el = document.createElement('cx-conversation-thread');
  el.pageSize = count;
  el.adapter = adapter;
  el.conversationId = 'bench';
  const origUpdate = (el as unknown as { update(c: unknown): void }).update;
  (el as unknown as { update(c: unknown): void }).update = function (this: unknown, c: unknown) {
    renders += 1;
    origUpdate.call(this, c);
  };
  document.querySelector('#stage')!.append(el);
  current = el;
  while (!el.shadowRoot?.querySelector('cx-thread-message')) await frame();
  await frame(); // painted
  const firstPaint = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  await frame();
  const tasks = tasksSince(t0);
  return {
    count,
    loaded: el.messages.length,
    firstPaint,
    elements: countElements(el.shadowRoot!),
    articles: el.shadowRoot!.querySelectorAll('cx-thread-message').length,
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

/** Sends `perSecond` messages a second for `seconds` through the watch; checks none was dropped or doubled. */
async function stream(perSecond: number, seconds: number, withThread: boolean) {
  if (!withThread) {
    current?.remove();
    current = undefined;
    listeners = new Set([() => {}]);
  }
  const before = current?.messages.length ?? 0;
  const rendersBefore = renders;
  // Frame intervals during the stream: how smooth it stays, long tasks or not.
  const frames: number[] = [];
  let lastFrame = performance.now();
  let streaming = true;
  const onFrame = (t: number) => {
    frames.push(t - lastFrame);
    lastFrame = t;
    if (streaming) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const t0 = performance.now();
  const total = perSecond * seconds;
  const perTick = perSecond / 100;
  let sent = 0;
  let n = 1_000_000;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.round(((performance.now() - t0) / 1000) * perSecond));
      while (sent < due) {
        const message: Message = threadMessage(n, { conversationId: 'bench', id: `live-${n}` });
        // Every 50th arrives twice, as watches do on reconnect.
        const events: ConversationEvent[] = [{ type: 'message-added', message }];
        if (n % 50 === 0) events.push({ type: 'message-added', message: { ...message } });
        for (const event of events) for (const l of listeners) l(event);
        sent += 1;
        n += 1;
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    }, 10);
    void perTick;
  });
  const elapsed = performance.now() - t0;
  streaming = false;
  await new Promise((r) => setTimeout(r, 500));
  frames.sort((a, b) => a - b);
  // Whether the feed followed the stream at the bottom, as it must while the agent does not scroll.
  const lastId = `live-${n - 1}`;
  const articles = current ? [...current.shadowRoot!.querySelectorAll<HTMLElement & { message?: Message }>('cx-thread-message')] : [];
  const followed = !!current && articles.some((a) => a.message?.id === lastId) && !current.shadowRoot!.querySelector('[part="jump"] .latest');
  const tasks = tasksSince(t0);
  const ids = current ? current.messages.map((m) => m.id) : [];
  const live = ids.filter((id) => id.startsWith('live-'));
  return {
    withThread,
    sent,
    elapsed,
    stored: current ? current.messages.length - before : 0,
    unique: new Set(live).size,
    duplicates: live.length - new Set(live).size,
    renders: renders - rendersBefore,
    longTasks: tasks.length,
    longTaskTotal: tasks.reduce((s, t) => s + t.duration, 0),
    longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    elements: current ? countElements(current.shadowRoot!) : 0,
    followed,
    frames: frames.length,
    frameP95: frames[Math.floor(frames.length * 0.95)] ?? 0,
    frameMax: frames.at(-1) ?? 0,
  };
}

Object.assign(window, { bench: { mount, stream } });
document.title = 'ready';
