/**
 * The host page of the iframe example: a stand-in CRM with its own data (the demo adapter) that
 * embeds Screenpop from another origin and exposes its adapter to that frame, and only to it.
 */
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { exposeAdapter, type BridgeRejection } from '../../src/adapters/post-message/index.js';

const params = new URLSearchParams(location.search);
/** Where the widget is served: ?widget-origin=…, else this host on the next port (npm run example:iframe). */
const widgetOrigin = params.get('widget-origin') ?? `${location.protocol}//${location.hostname}:${Number(location.port || 80) + 1}`;
const live = params.get('live') !== '0';

const adapter = createDemoAdapter({ liveRate: live ? 4 : 0 });
const region = <E extends Element = HTMLElement>(name: string) => document.querySelector<E>(`[data-region="${name}"]`)!;
const rejections: BridgeRejection[] = [];
let dropped = 0;

region('agent').textContent = adapter.demo.agent.displayName;

// The bridge: only this iframe's window, only on the widget's origin.
const iframe = region<HTMLIFrameElement>('widget');
const widgetUrl = new URL('./widget.html', location.href);
iframe.src = `${widgetOrigin}${widgetUrl.pathname}?host-origin=${encodeURIComponent(location.origin)}`;
const bridge = exposeAdapter(adapter, {
  target: iframe.contentWindow!,
  allowedOrigins: [widgetOrigin],
  onRejected(rejection) {
    rejections.push(rejection);
    dropped += rejection.suppressed ?? 1;
    region('log-total').textContent = `${dropped} dropped`;
    const item = document.createElement('li');
    item.textContent = `${rejection.reason} from ${rejection.origin}: ${rejection.detail}${rejection.suppressed ? ` (and ${rejection.suppressed - 1} more like it)` : ''}`;
    region('log').prepend(item);
    region('log').querySelectorAll('li:nth-child(n+51)').forEach((old) => old.remove());
  },
});

/** Offers a conversation to the agent and accepts it, as the telephony system would. */
function pop(conversationId: string): string {
  const id = adapter.demo.offer(conversationId);
  adapter.demo.accept(id);
  return id;
}

for (const conversation of adapter.demo.listConversations().filter((c) => c.status !== 'closed' && c.status !== 'resolved')) {
  const row = document.createElement('tr');
  const subject = document.createElement('td');
  subject.textContent = conversation.subject ?? conversation.id;
  const status = document.createElement('td');
  status.textContent = conversation.status;
  const action = document.createElement('td');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Pop';
  button.dataset.conversation = conversation.id;
  button.setAttribute('aria-label', `Pop ${conversation.subject ?? conversation.id}`);
  button.addEventListener('click', () => pop(conversation.id));
  action.append(button);
  row.append(subject, status, action);
  region('queue').append(row);
}

/** For tests and the console: the host's own handles (this page's origin only). */
declare global {
  interface Window {
    crmHost?: { adapter: typeof adapter; rejections: BridgeRejection[]; dropped: () => number; pop: typeof pop; close: () => void };
  }
}
window.crmHost = { adapter, rejections, dropped: () => dropped, pop, close: () => bridge.close() };
