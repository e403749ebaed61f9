// The page of `npm run bench:http`: <cx-conversation-thread> on the HTTP adapter, against the
// reference server on loopback. Driven by bench/http.bench.js through `window.bench`.
import '../src/define/cx-conversation-thread.js';
import type { CxConversationThread } from '../src/components/conversation-thread/conversation-thread.js';
import { createHttpAdapter } from '../src/adapters/http/index.js';
import type { Message } from '../src/model/index.js';
import { LongTasks, frame } from './lib/long-tasks.js';

const longTasks = new LongTasks();
const longestSince = (t0: number) => longTasks.longestSince(t0);

let current: CxConversationThread | undefined;

async function mount(baseUrl: string, conversationId: string) {
  current?.remove();
  await frame();
  const t0 = performance.now();
  const adapter = await createHttpAdapter({ baseUrl });
  const el = document.createElement('cx-conversation-thread');
  el.adapter = adapter;
  el.conversationId = conversationId;
  document.querySelector('#stage')!.append(el);
  current = el;
  while (!el.shadowRoot?.querySelector('cx-thread-message')) await frame();
  await frame(); // painted
  return { el, adapter, t0, firstPaint: performance.now() - t0 };
}

/** From nothing to the first page of the conversation painted, over HTTP (discovery, stream, conversation, page). */
async function first(baseUrl: string, conversationId: string) {
  const { el, t0, firstPaint } = await mount(baseUrl, conversationId);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { firstPaint, loaded: el.messages.length, longestTask: longestSince(t0) };
}

async function allOnServer(baseUrl: string, conversationId: string): Promise<Message[]> {
  const out: Message[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL(`${baseUrl}/conversations/${conversationId}/messages`);
    url.searchParams.set('limit', '1000');
    if (cursor) url.searchParams.set('cursor', cursor);
    const page = (await (await fetch(url)).json()) as { messages: Message[]; nextCursor: string | null };
    out.push(...page.messages);
    cursor = page.nextCursor;
  } while (cursor);
  return out.reverse();
}

/** The server writes `perSecond` messages a second for `seconds`; the thread must end up with each once. */
async function live(baseUrl: string, origin: string, conversationId: string, perSecond: number, seconds: number) {
  const { el, adapter } = await mount(baseUrl, conversationId);
  await adapter.streamOpen(`/conversations/${conversationId}/events`);
  const before = el.messages.length;
  const frames: number[] = [];
  let last = performance.now();
  let running = true;
  const onFrame = (t: number) => {
    frames.push(t - last);
    last = t;
    if (running) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  const t0 = performance.now();
  const total = perSecond * seconds;
  await fetch(`${origin}/demo/flood`, { method: 'POST', body: JSON.stringify({ conversationId, count: total, perSecond }) });
  const deadline = t0 + seconds * 1000 + 20_000;
  while (el.messages.length < before + total && performance.now() < deadline) await frame();
  const applied = performance.now() - t0;
  running = false;
  const longest = longestSince(t0);
  const truth = await allOnServer(baseUrl, conversationId);
  const ids = el.messages.map((m) => m.id);
  const expected = truth.slice(truth.length - ids.length).map((m) => m.id);
  const flood = new Set(truth.filter((m) => m.text.startsWith('Flood')).map((m) => m.id));
  const shown = ids.filter((id) => flood.has(id));
  frames.sort((a, b) => a - b);
  return {
    sent: total,
    received: shown.length,
    doubled: ids.length - new Set(ids).size,
    lost: flood.size - new Set(shown).size,
    equalsServer: JSON.stringify(ids) === JSON.stringify(expected),
    appliedMs: applied,
    longestTask: longest,
    longTasksOver50: longTasks.all().filter((t) => t.start >= t0 && t.duration > 50).length,
    frames: frames.length,
    p95FrameMs: frames[Math.floor(frames.length * 0.95)] ?? 0,
    connections: adapter.streamConnections(`/conversations/${conversationId}/events`),
  };
}

(window as unknown as { bench: unknown }).bench = { first, live };
document.title = 'ready';
