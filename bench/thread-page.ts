// The page `npm run bench:thread` drives. It loads the BUILT library (dist/screenpop.standalone.js, as a
// page without a build gets it, through the import map of the page bench/thread.bench.js writes), builds a
// host adapter with the public `createAdapter`, mounts <cx-conversation-thread> over it and reports
// figures. Only the generated conversation comes from the repository (test/fixtures), as plain data.
import type * as Screenpop from '../src/index.js';
import type { CxConversationThread } from '../src/index.js';
import type { ConversationEvent, Message } from '../src/model/index.js';
import { threadDataset, threadMessage } from '../test/fixtures/thread-dataset.js';
import { LongTasks, frame, sleep } from './lib/long-tasks.js';

/** The built file, served beside this page (a variable, so the bundler leaves the import alone). */
const built = './screenpop.standalone.js';
const { createAdapter } = (await import(built)) as typeof Screenpop;

const longTasks = new LongTasks();

/** The longest animation frames (Long Animation Frames API), with what ran in them: for `--frames`. */
interface FrameScript {
  invoker: string;
  sourceFunctionName?: string;
  sourceCharPosition?: number;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}
interface LongFrame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: FrameScript[];
}
const longFrames: LongFrame[] = [];
try {
  new PerformanceObserver((list) => longFrames.push(...(list.getEntries() as unknown as LongFrame[]))).observe({ type: 'long-animation-frame', buffered: false });
} catch {
  // Not in this browser.
}
const framesSince = (t0: number) =>
  longFrames
    .filter((f) => f.startTime >= t0)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3)
    .map((f) => ({
      duration: Math.round(f.duration),
      render: Math.round(f.startTime + f.duration - (f.renderStart || f.startTime + f.duration)),
      styleAndLayout: Math.round(f.startTime + f.duration - (f.styleAndLayoutStart || f.startTime + f.duration)),
      scripts: f.scripts.map((x) => `${x.invoker} ${x.sourceFunctionName || ''}@${x.sourceCharPosition ?? ''} ${Math.round(x.duration)} (forced layout ${Math.round(x.forcedStyleAndLayoutDuration)})`),
    }));

/** Runs after the next paint: a frame callback, then a message posted from it (the paint comes between). */
const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
const taskFigures = (t0: number) => {
  const tasks = longTasks.since(t0);
  return { longTasks: tasks.length, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) };
};
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

let listeners = new Set<(event: ConversationEvent) => void>();
let current: CxConversationThread | undefined;

/** Elements inside the thread, shadow roots included (bounded by what is visible, not by the thread's length). */
function countElements(root: Element | ShadowRoot): number {
  let n = 0;
  for (const child of root.children) n += 1 + countElements(child) + (child.shadowRoot ? countElements(child.shadowRoot) : 0);
  return n;
}

/** A host over an in-memory conversation of `count` messages, pages cut by an offset cursor, newest first. */
function host(count: number) {
  const dataset = threadDataset({ count, conversationId: 'bench' });
  const newestFirst = [...dataset.messages].reverse();
  listeners = new Set();
  return createAdapter(
    {
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
    },
    { timeoutMs: 0 },
  );
}

/**
 * Mounts a thread of `count` messages, all in one `loadMessages` answer; resolves once all are in the
 * store, with the time to the first painted row and the long tasks from mounting to then.
 */
async function mount(count: number) {
  current?.remove();
  current = undefined;
  const adapter = host(count);
  await sleep(200);
  await frame();
  const t0 = performance.now();
  const el = document.createElement('cx-conversation-thread');
  el.pageSize = count;
  el.adapter = adapter;
  el.conversationId = 'bench';
  document.querySelector('#stage')!.append(el);
  current = el;
  while (!el.shadowRoot?.querySelector('cx-thread-message')) await frame();
  const firstRows = (await afterPaint()) - t0;
  while (el.messages.length < count) await frame();
  const allIn = performance.now() - t0;
  await sleep(300);
  return { count, firstRows, allIn, ...taskFigures(t0), rendered: el.shadowRoot!.querySelectorAll('cx-thread-message').length, elements: countElements(el.shadowRoot!), longestFrames: framesSince(t0) };
}

/** The port boundary alone: one `loadMessages` answer of `count` messages validated, no thread. */
async function boundary(count: number) {
  current?.remove();
  current = undefined;
  const adapter = host(count);
  await sleep(200);
  const t0 = performance.now();
  const page = await adapter.conversations!.loadMessages('bench', { limit: count });
  const took = performance.now() - t0;
  await sleep(100);
  return { count: page.messages.length, took, ...taskFigures(t0) };
}

/** Puts the focus in the hosted composer's text box (for the typing run). */
function focusComposer(): boolean {
  const area = current?.shadowRoot?.querySelector('cx-composer')?.shadowRoot?.querySelector('textarea');
  area?.focus();
  return !!area && area.getRootNode() instanceof ShadowRoot && (area.getRootNode() as ShadowRoot).activeElement === area;
}

/** Keystroke to the paint after it, for every key the agent types into the page. */
const keystrokes: number[] = [];
window.addEventListener(
  'keydown',
  (event) => {
    const typed = event.timeStamp;
    void afterPaint().then((painted) => keystrokes.push(painted - typed));
  },
  true,
);

/**
 * Sends `perSecond` messages a second for `seconds` through the watch (every 50th twice, as watches do on
 * reconnect), to the thread, or with no thread on the page (the control). Checks nothing was dropped or
 * doubled and that the feed followed the stream at the bottom.
 */
async function stream(perSecond: number, seconds: number, withThread: boolean) {
  if (!withThread) {
    current?.remove();
    current = undefined;
    listeners = new Set([() => {}]);
  }
  keystrokes.length = 0;
  const before = current?.messages.length ?? 0;
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
  let sent = 0;
  let n = 1_000_000 + Math.round(Math.random() * 1e6) * 100; // fresh ids each run
  const firstId = n;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(total, Math.round(((performance.now() - t0) / 1000) * perSecond));
      while (sent < due) {
        const message: Message = threadMessage(n, { conversationId: 'bench', id: `live-${n}`, createdAt: new Date(Date.parse('2030-01-01T00:00:00Z') + n).toISOString() });
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
  });
  const elapsed = performance.now() - t0;
  streaming = false;
  const figures = taskFigures(t0);
  const lastId = `live-${n - 1}`;
  if (current) {
    const el = current;
    // The last frame's batch lands, then the feed's pin to the bottom.
    for (let i = 0; i < 120 && el.messages.at(-1)?.id !== lastId; i += 1) await frame();
    await sleep(300);
  }
  const articles = current ? [...current.shadowRoot!.querySelectorAll<HTMLElement & { message?: Message }>('cx-thread-message')] : [];
  const followed = !!current && articles.some((a) => a.message?.id === lastId) && !current.shadowRoot!.querySelector('[part="jump"] .latest');
  const live = current ? current.messages.filter((m) => m.id.startsWith('live-')).map((m) => Number(m.id.slice(5))).filter((k) => k >= firstId) : [];
  const inOrder = live.every((k, i) => i === 0 || k > live[i - 1]!);
  return {
    withThread,
    sent,
    elapsed,
    stored: current ? current.messages.length - before : 0,
    unique: new Set(live).size,
    inOrder,
    ...figures,
    followed,
    frames: frames.length,
    frameP95: p95(frames),
    keystrokes: keystrokes.length,
    keyP95: p95(keystrokes),
    keyMax: Math.max(0, ...keystrokes),
    longestFrames: framesSince(t0),
  };
}

Object.assign(window, { bench: { mount, boundary, stream, focusComposer } });
document.title = 'ready';
