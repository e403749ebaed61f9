/**
 * The real mount of the demo agent desktop (`npm start`): the markup in index.html is already on
 * the page; this registers the Screenpop elements, then connects the page to the demo adapter —
 * or, with `?adapter=http&api=<base URL>` (`npm run start:http`), to a back end over HTTP.
 */
import '../src/define/index.js';
import { createDemoAdapter } from '../src/adapters/demo/index.js';
import { mountDesktop } from './desktop.js';

// Knobs for trying the page out: ?failure-rate=0.3 makes calls fail at random (to see the error
// states and Retry), ?latency=2000 slows every call (to see the loading states).
const params = new URLSearchParams(location.search);
const root = document.querySelector<HTMLElement>('[data-desktop]') ?? document.body;

if (params.get('adapter') === 'http') {
  const { startHttpDesktop } = await import('./http-server/desktop.js');
  await startHttpDesktop(root, params.get('api') ?? 'http://127.0.0.1:8787/api');
} else {
  startDemo();
}

function startDemo(): void {
  const failureRate = Number(params.get('failure-rate') ?? 0);
  const latency = params.has('latency') ? Number(params.get('latency')) : undefined;
  const adapter = createDemoAdapter({
    liveRate: 6,
    ...(failureRate > 0 && failureRate <= 1 ? { failureRate } : {}),
    ...(latency !== undefined && latency >= 0 ? { latency } : {}),
  });
  const desktop = mountDesktop(root, adapter, { agentName: adapter.demo.agent.displayName });

  // As a CTI would: a second customer arrives shortly after the agent starts, so the softphone
  // shows an offered interaction with Accept and Decline right away.
  setTimeout(async () => {
    // Not the conversation the agent is already on (with ?latency= it may not have popped yet).
    const busy = (await adapter.interactions?.current?.().catch(() => null))?.conversationId;
    const current = adapter.demo
      .listConversations()
      .filter((c) => (c.status === 'new' || c.status === 'open') && c.id !== desktop.openConversationId && c.id !== busy);
    const next = current.find((c) => c.priority === 'urgent' || c.priority === 'high') ?? current[0];
    if (next) adapter.demo.offer(next.id);
  }, 1500);

  // The community's daily check: the forum question unanswered for more than a day pops like any other
  // interaction (its queue reason says how long it waited); accepting it shows the forum thread.
  setTimeout(() => {
    const stale = adapter.demo.listConversations().find((c) => c.id === 'conv-035');
    if (stale && stale.id !== desktop.openConversationId) adapter.demo.offer(stale.id);
  }, 4000);
}
