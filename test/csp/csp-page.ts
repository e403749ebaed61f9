// Loaded by csp-page.html (strict CSP, Trusted Types required): mounts every element on a demo data set
// whose customer-supplied strings are hostile, and records every policy violation for csp.test.ts.
import '../../src/define/index.js';
import { builtInDataset, createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { SlaClock } from '../../src/model/index.js';

declare global {
  interface Window {
    /** Set by any hostile string that manages to run. */
    __pwned?: unknown;
    cspPage?: { violations: string[]; trustedTypesEnforced: boolean; conversationId: string; customerId: string };
  }
}

/** Each tries to run script if it is ever parsed as HTML, put in a URL, or evaluated. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1"></svg>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">claim your refund</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  '<style>*{display:none!important}</style>',
];

const violations: string[] = [];
const PROBE = '<b>csp-probe</b>';
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.sample.includes(PROBE)) return; // the probe's own, below
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
});

// The policy is really enforced: a plain string into innerHTML must throw.
let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = PROBE;
} catch (error) {
  trustedTypesEnforced = error instanceof TypeError;
}

const now = new Date();
const dataset = builtInDataset(now);
const conversation = dataset.conversations.find((c) => c.customerId && c.channels.some((ch) => ch.kind === 'x'))!;
const customer = dataset.customers.find((c) => c.id === conversation.customerId)!;
customer.name = `Dana ${HOSTILE[0]}`;
const author = conversation.participants.find((p) => p.role === 'customer')!;
author.displayName = `${HOSTILE[2]} Dana`;
conversation.subject = HOSTILE[1];
const base = Date.parse(now.toISOString()) - 60_000;
HOSTILE.forEach((text, i) => {
  dataset.messages.push({
    id: `m-hostile-${i}`,
    conversationId: conversation.id,
    channelId: conversation.channels[0]!.id,
    visibility: conversation.channels[0]!.public ? 'public' : 'private',
    author,
    text: `${text} https://example.com/ok javascript:alert(1)`,
    createdAt: new Date(base + i * 1000).toISOString(),
    attachments: [{ id: `att-hostile-${i}`, type: 'text/html', url: 'javascript:window.__pwned=1', name: text }],
    delivery: 'delivered',
  });
});

const adapter = createDemoAdapter({ dataset, seed: 7, latency: 0, initialInteraction: false });
const clocks: SlaClock[] = [{ kind: 'first-response', startedAt: new Date(now.getTime() - 40 * 60_000).toISOString(), dueAt: new Date(now.getTime() + 20 * 60_000).toISOString() }];

const desk = document.createElement('cx-desk');
desk.adapter = adapter;
const pop = document.createElement('cx-screen-pop');
pop.style.blockSize = '700px';
const thread = document.createElement('cx-conversation-thread');
thread.setAttribute('conversation-id', conversation.id);
thread.style.blockSize = '500px';
const c360 = document.createElement('cx-customer-360');
c360.setAttribute('customer-id', customer.id);
const move = document.createElement('cx-move-to-private');
move.setAttribute('conversation-id', conversation.id);
const badge = document.createElement('cx-sentiment-badge');
badge.text = `${HOSTILE[4]} this is terrible`;
badge.showDetails = true;
const clock = document.createElement('cx-sla-clock');
clock.clocks = clocks;
const knowledge = document.createElement('cx-knowledge');
knowledge.setAttribute('conversation-id', conversation.id);
desk.append(pop, thread, c360, move, badge, clock, knowledge);
document.body.append(desk);
adapter.demo.accept(adapter.demo.offer(conversation.id));

window.cspPage = { violations, trustedTypesEnforced, conversationId: conversation.id, customerId: customer.id };
