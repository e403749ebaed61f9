import { expect } from '@open-wc/testing';
import '../../src/define/index.js';
import { builtInDataset, createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { Message } from '../../src/model/index.js';
import { mountDesktop, type Desktop } from '../../examples/desktop.js';

/** The real page markup and styles of the demo desktop (examples/index.html, desktop.css). */
let pageMarkup: Element;

before(async () => {
  const html = await (await fetch('/examples/index.html')).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  pageMarkup = parsed.querySelector('[data-desktop]')!;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/examples/desktop.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});

async function until<T>(check: () => T | null | undefined | false, what: string, ms = 4000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let root: HTMLElement;
let desktop: Desktop | undefined;
let adapter: DemoAdapter | undefined;

function mount(demo: DemoAdapter): Desktop {
  adapter = demo;
  root = document.createElement('div');
  root.append(document.importNode(pageMarkup, true));
  document.body.append(root);
  desktop = mountDesktop(root, demo, { refreshMs: 0 });
  return desktop;
}

const q = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const customerPanel = () => q('[data-region="customer"]')!;
const historyRows = () => [...root.querySelectorAll<HTMLTableRowElement>('[data-region="history"] tbody tr')];

afterEach(() => {
  desktop?.destroy();
  adapter?.demo.stopLive();
  root?.remove();
  desktop = undefined;
  adapter = undefined;
});

/** A conversation of the built-in data whose latest messages include HTML-looking customer text. */
async function conversationWithMarkup(demo: DemoAdapter): Promise<{ conversationId: string; message: Message } | null> {
  for (const conversation of demo.demo.listConversations()) {
    const page = await demo.conversations!.loadMessages(conversation.id, { limit: 20 });
    const message = page.messages.find((m) => m.author.role === 'customer' && /<img\b[^>]*onerror/i.test(m.text));
    if (message) return { conversationId: conversation.id, message };
  }
  return null;
}

describe('demo agent desktop (examples/)', () => {
  it('pops the current conversation: customer record fields and the latest messages', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    const current = await demo.interactions!.current!();
    expect(current?.conversationId, 'the demo starts with a current interaction').to.be.a('string');
    const conversation = await demo.conversations!.getConversation(current!.conversationId!);
    const customer = await demo.customers!.getCustomer(conversation.customerId!);
    const page = await demo.conversations!.loadMessages(conversation.id, { limit: 20 });
    mount(demo);

    await until(() => customerPanel().textContent!.includes(customer.name), 'the customer name');
    const panel = customerPanel().textContent!;
    expect(panel).to.include(customer.record.id);
    expect(panel).to.include(`Open cases (${customer.openCases.length})`);
    expect(panel).to.include(`Identities (${customer.identities.length})`);
    await until(() => historyRows().length === page.messages.length, 'the messages');
    expect(historyRows()[0]!.dataset['messageId']).to.equal(page.messages[0]!.id);
    expect(q('[data-region="history"]')!.textContent).to.include(page.messages[0]!.text.slice(0, 40));
    expect(q('[data-region="current"]')!.textContent).to.include(current!.customerAddress);
    expect(q('[data-region="record-head"] h2')!.textContent).to.include(conversation.subject ?? '');
    expect(root.querySelector('[data-region="queue"] tr[aria-current="true"]')!.textContent).to.include(conversation.id);
    // Visibility in words, not colour alone.
    expect(historyRows().every((row) => /Public|Private|Internal note/.test(row.cells[2]!.textContent!))).to.equal(true);
  });

  it('shows HTML-looking customer text as text and creates no element from it', async () => {
    let demo = createDemoAdapter({ seed: 3, latency: 0 });
    let found = await conversationWithMarkup(demo);
    if (!found) {
      // The built-in data set should carry one; if it changes, inject one so the check still runs.
      const dataset = builtInDataset(new Date());
      const conversation = dataset.conversations[0]!;
      const author = conversation.participants.find((p) => p.role === 'customer') ?? { id: 'x', role: 'customer' as const, displayName: 'X' };
      dataset.messages.push({ id: 'm-xss', conversationId: conversation.id, channelId: conversation.channels[0]!.id, visibility: 'private', author, text: 'hi <img src=x onerror=alert(1)>', createdAt: new Date().toISOString(), attachments: [], delivery: 'delivered' });
      demo = createDemoAdapter({ dataset, seed: 3, latency: 0 });
      found = await conversationWithMarkup(demo);
    }
    mount(demo);
    await until(() => customerPanel().querySelector('table, .notice'), 'the first pop');
    // Accepting an offered interaction pops its conversation.
    demo.demo.offer(found!.conversationId);
    const accept = await until(() => q<HTMLButtonElement>('[data-region="offers"] .btn-accept'), 'the Accept button');
    expect(accept.getAttribute('aria-label')).to.match(/^Accept /);
    accept.click();
    await until(() => desktop!.openConversationId === found!.conversationId, 'the pop');
    const row = await until(() => q(`[data-region="history"] [data-message-id="${CSS.escape(found!.message.id)}"]`), 'the message row');
    expect(row.querySelector('.msg-text')!.textContent).to.equal(found!.message.text);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[data-region="history"] [onerror]')).to.equal(null);
    expect(q('[data-region="offers"]')!.hidden).to.equal(true);
  });

  it('shows an error with a Retry button when a port call fails, and Retry works', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    demo.demo.failNext('customers.getCustomer', 'error');
    mount(demo);
    const alert = await until(() => customerPanel().querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).to.include('Could not load the customer record');
    expect(alert.textContent).to.include('injected fault');
    await expect(root).to.be.accessible();
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Retry');
    retry.click();
    const current = await demo.interactions!.current!();
    const customer = await demo.customers!.getCustomer(current!.customerId!);
    await until(() => customerPanel().textContent!.includes(customer.name), 'the customer after Retry');
    expect(customerPanel().querySelector('[role="alert"]')).to.equal(null);
    expect(document.activeElement).to.equal(customerPanel());
  });

  it('adds a message that arrives live to the shown conversation', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => historyRows().length > 0, 'the messages');
    const before = historyRows().length;
    let landed: Message | undefined;
    for (let i = 0; i < 500 && !landed; i += 1) {
      const step = demo.demo.tick();
      if (step.kind === 'message' && step.message.conversationId === desktop!.openConversationId) landed = step.message;
    }
    expect(landed, 'a live message for the shown conversation').to.not.equal(undefined);
    const row = await until(() => q(`[data-region="history"] [data-message-id="${CSS.escape(landed!.id)}"]`), 'the live message');
    expect(historyRows()[0]).to.equal(row);
    expect(historyRows().length).to.equal(before + 1);
    expect(row.textContent).to.include('New');
    expect(row.querySelector('.msg-text')!.textContent).to.equal(landed!.text);
  });

  it('declines an offered interaction, and the record tabs work from the keyboard', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => historyRows().length > 0, 'the messages');
    const other = demo.demo.listConversations().find((c) => c.id !== desktop!.openConversationId)!;
    demo.demo.offer(other.id);
    const decline = await until(() => q<HTMLButtonElement>('[data-region="offers"] .btn-decline'), 'the Decline button');
    decline.click();
    await until(() => q('[data-region="offers"]')!.hidden, 'the offer to go');
    expect(desktop!.openConversationId).to.not.equal(other.id);

    const first = q<HTMLButtonElement>('#tab-customer')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(q('#tab-conversation')!.getAttribute('aria-selected')).to.equal('true');
    expect(document.activeElement).to.equal(q('#tab-conversation'));
    expect(q('#panel-conversation')!.hidden).to.equal(false);
    expect(q('#panel-customer')!.hidden).to.equal(true);
  });

  it('is accessible, with an incoming interaction and message sentiment showing', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => historyRows().length > 0 && customerPanel().querySelector('table'), 'the record');
    const withSentiment = demo.demo.listConversations().find((c) => c.id !== desktop!.openConversationId);
    demo.demo.offer(withSentiment!.id);
    await until(() => q('[data-region="offers"] .btn-accept'), 'the offer');
    await expect(root).to.be.accessible();
  });

  it('shows a sentiment badge next to customer messages that carry sentiment, and only there', async function () {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    let target: { id: string; message: Message } | undefined;
    for (const conversation of demo.demo.listConversations()) {
      const page = await demo.conversations!.loadMessages(conversation.id, { limit: 20 });
      const message = page.messages.find((m) => m.author.role === 'customer' && m.sentiment);
      if (message) {
        target = { id: conversation.id, message };
        break;
      }
    }
    if (!target) this.skip(); // The data set has no message-level sentiment: nothing to show.
    mount(demo);
    desktop!.pop(target!.id);
    const row = await until(() => q(`[data-region="history"] [data-message-id="${CSS.escape(target!.message.id)}"]`), 'the message');
    const badge = row.querySelector('cx-sentiment-badge')!;
    expect(badge).to.not.equal(null);
    await badge.updateComplete;
    expect(badge.getAttribute('label')).to.equal(target!.message.sentiment!.label);
    const badges = [...root.querySelectorAll('[data-region="history"] cx-sentiment-badge')];
    expect(badges.every((b) => b.closest('tr')!.classList.contains('role-customer'))).to.equal(true);
    await expect(root).to.be.accessible();
  });
});
