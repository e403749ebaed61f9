import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/index.js';
import { builtInDataset, createDemoAdapter, type DemoAdapter } from '../../src/adapters/demo/index.js';
import type { Message } from '../../src/model/index.js';
import type { ConversationSource, LoadMessagesOptions } from '../../src/ports/ports.js';
import { conversationSentiment } from '../../src/sentiment/aggregate.js';
import { scoreTexts } from '../../src/sentiment/score.js';
import { mountDesktop, type Desktop } from '../../examples/desktop.js';
import { until } from '../helpers/until.js';

// The thread's virtualizer resizes what its ResizeObserver watches; Chromium then reports a benign
// "loop completed with undelivered notifications" as a window error, which mocha would count as a failure.
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

/** The real page markup and styles of the demo desktop (examples/index.html, desktop.css). */
let pageMarkup: Element;

before(async () => {
  // The console is laid out for a desktop screen; the thread renders the messages in the window's view.
  await setViewport({ width: 1400, height: 900 });
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

type Thread = HTMLElementTagNameMap['cx-conversation-thread'];
type ScreenPop = HTMLElementTagNameMap['cx-screen-pop'];
type Customer360 = HTMLElementTagNameMap['cx-customer-360'];
type Badge = HTMLElementTagNameMap['cx-sentiment-badge'];
type ShownMessage = HTMLElementTagNameMap['cx-thread-message'];

const q = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
const screenPop = () => q<ScreenPop>('cx-screen-pop')!;
/** The pop shown in the record area: the thread and the customer 360 are in it. */
const shownPop = () => screenPop().shadowRoot?.querySelector<HTMLElement>('[part~="pop-shown"]') ?? null;
const thread = () => shownPop()!.querySelector<Thread>('cx-conversation-thread')!;
const c360 = () => shownPop()!.querySelector<Customer360>('cx-customer-360')!;
/** The customer 360's words (its shadow root). */
const c360Text = () => (c360().shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const c360Part = (name: string) => c360().shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
/** The `<cx-thread-message>` elements the thread has rendered (it virtualizes: the ones in view). */
const shownMessages = () => [...(thread().shadowRoot?.querySelectorAll<ShownMessage>('cx-thread-message') ?? [])];
const shownMessage = (id: string) => shownMessages().find((m) => m.message?.id === id);
const textOf = (shown: ShownMessage) => shown.shadowRoot?.querySelector('[part~="text"]')?.textContent ?? '';
const sentimentCells = () => [...root.querySelectorAll<HTMLTableCellElement>('[data-region="queue"] td.sentiment')];

/** Every element matching `selector` in `node`, inside open shadow roots too. */
function deepQueryAll(node: ParentNode, selector: string): Element[] {
  const found = [...node.querySelectorAll(selector)];
  for (const element of node.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  return found;
}

/**
 * Wraps the demo's `loadMessages` to watch it. The thread pages with its page size (50), the
 * queue's sentiment loads 20 and the customer 360's history 15, so `limit` tells them apart. `fail`
 * may throw to fail a call.
 */
function watchLoads(demo: DemoAdapter, fail?: (id: string, options: LoadMessagesOptions | undefined) => void) {
  const port = demo.conversations!;
  const original = port.loadMessages;
  const sentimentLoads: string[] = [];
  let running = 0;
  let maxRunning = 0;
  port.loadMessages = async (id: string, options?: LoadMessagesOptions): ReturnType<ConversationSource['loadMessages']> => {
    fail?.(id, options);
    if (options?.limit !== 20) return original(id, options);
    sentimentLoads.push(id);
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    try {
      return await original(id, options);
    } finally {
      running -= 1;
    }
  };
  return { sentimentLoads, maxRunning: () => maxRunning };
}

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
  it('pops the current conversation: customer record, the thread with its messages, the header sentiment', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    const current = await demo.interactions!.current!();
    expect(current?.conversationId, 'the demo starts with a current interaction').to.be.a('string');
    const conversation = await demo.conversations!.getConversation(current!.conversationId!);
    const customer = await demo.customers!.getCustomer(conversation.customerId!);
    const page = await demo.conversations!.loadMessages(conversation.id, { limit: 20 });
    const latest = page.messages[0]!;
    mount(demo);

    // The screen pop is the record area: its customer 360 replaces the legacy contact table.
    await until(() => c360().customer?.id === customer.id && c360Part('identities'), 'the customer 360');
    expect(q('#record table:not(.form)'), 'no legacy contact table').to.equal(null);
    expect(shownPop()!.dataset['id']).to.equal(current!.id);
    expect(c360().getAttribute('conversation-id')).to.equal(conversation.id);
    expect(c360Part('name')!.textContent).to.equal(customer.name);
    const panel = c360Text();
    expect(panel).to.include(customer.record.id);
    expect(panel).to.include(`Open cases (${customer.openCases.length})`);
    expect(c360().shadowRoot!.querySelectorAll('[part~="identity"]')).to.have.length(customer.identities.length);
    await until(() => c360Part('channels'), 'the history by channel');
    expect(q('[data-region="current"]')!.textContent).to.include(current!.customerAddress);
    expect(q('[data-region="record-head"] h2')!.textContent).to.include(conversation.subject ?? '');
    expect(root.querySelector('[data-region="queue"] tr[aria-current="true"]')!.textContent).to.include(conversation.id);

    // The thread replaces the legacy history: same conversation, its latest message shown as text.
    expect(root.querySelector('[data-region="history"]')).to.equal(null);
    expect(thread().getAttribute('conversation-id')).to.equal(conversation.id);
    // The legacy conversation info is a host panel in the pop.
    await until(() => q('[data-region="conversation"] table.form')?.textContent?.includes(conversation.id), 'the conversation info');
    expect(q('[data-region="conversation"]')!.closest('[slot="panel"]')!.assignedSlot).to.not.equal(null);
    const shown = await until(() => shownMessage(latest.id), 'the latest message in the thread');
    await until(() => textOf(shown).includes(latest.text.slice(0, 40)), 'its text');
    // Bounded, so it virtualizes: its height comes from the layout, not from its messages.
    const height = thread().getBoundingClientRect().height;
    expect(height).to.be.greaterThan(300);
    expect(thread().shadowRoot!.querySelector('[part~="feed"]')!.scrollHeight).to.be.greaterThan(0);
    expect(thread().shadowRoot!.querySelector('cx-composer'), 'the composer at its bottom').to.not.equal(null);

    // The record header: the conversation's sentiment with its trend, full variant.
    const badge = await until(() => q<Badge>('[data-region="record-sentiment"] cx-sentiment-badge'), 'the header sentiment');
    expect(badge.variant).to.equal('full');
    expect(badge.trend).to.be.oneOf(['improving', 'worsening', 'steady']);
  });

  it('keeps keyboard focus on the same queue row when the queue is redrawn', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('[data-region="queue"] button[data-conversation-id]')];
    const before = await until(() => buttons()[2], 'queue rows');
    before.focus();
    const id = before.dataset.conversationId!;
    demo.demo.offer(demo.demo.listConversations()[5]!.id); // an interaction event redraws the queue soon after
    await until(() => !before.isConnected, 'the queue to be redrawn');
    expect((document.activeElement as HTMLElement).dataset.conversationId).to.equal(id);
    expect(document.activeElement).to.not.equal(before);
  });

  it('accepting an offered interaction switches the thread; HTML-looking customer text stays inert', async () => {
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
    await until(() => c360().customer || c360Part('unknown'), 'the first pop');
    expect(thread().getAttribute('conversation-id')).to.not.equal(found!.conversationId);
    demo.demo.offer(found!.conversationId);
    const accept = await until(() => q<HTMLButtonElement>('[data-region="offers"] .btn-accept'), 'the Accept button');
    expect(accept.getAttribute('aria-label')).to.match(/^Accept /);
    accept.click();
    await until(() => desktop!.openConversationId === found!.conversationId, 'the pop');
    expect(thread().getAttribute('conversation-id')).to.equal(found!.conversationId);
    expect(q('[data-region="offers"]')!.hidden).to.equal(true);

    await until(() => thread().messages.some((m) => m.id === found!.message.id), 'the message loaded in the thread');
    // A live message arriving after a scripted scroll takes the feed back to the latest (only the agent's own
    // scrolling leaves it), which would scroll this one out of view: the check is about the text, so no live feed.
    demo.demo.stopLive();
    expect(await thread().scrollToMessage(found!.message.id)).to.equal(true);
    const shown = await until(() => shownMessage(found!.message.id), 'the message in the thread');
    await until(() => textOf(shown) === found!.message.text, 'its text, as text');
    // The only images are avatars from http(s) URLs (the customer 360's).
    expect(deepQueryAll(root, 'img').filter((img) => !(img.closest('[part~="avatar"]') && /^https:/.test(img.getAttribute('src')!)))).to.deep.equal([]);
    expect(deepQueryAll(root, '[onerror]')).to.deep.equal([]);
  });

  it('shows an error with a Retry button when a port call fails, and Retry works', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    // Twice: the pop's header and the customer 360 each ask for the customer.
    demo.demo.failNext('customers.getCustomer', 'error', 2);
    mount(demo);
    const alert = await until(() => c360().shadowRoot?.querySelector('[role="alert"]'), 'the error');
    expect(alert.querySelector('p')!.textContent).to.match(/couldn't load the customer record/i);
    expect(alert.querySelector('[part="error-detail"] pre')!.textContent).to.include('injected fault');
    await expect(root).to.be.accessible();
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Retry');
    retry.focus();
    retry.click();
    const current = await demo.interactions!.current!();
    const customer = await demo.customers!.getCustomer(current!.customerId!);
    await until(() => c360().customer?.name === customer.name, 'the customer after Retry');
    expect(c360().shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    // Keyboard focus stays in the customer details: on the customer's name.
    await until(() => c360().shadowRoot!.activeElement === c360Part('name'), 'focus on the name');
    expect(screenPop().shadowRoot!.activeElement === c360(), 'focus in the customer 360').to.equal(true);
  });

  it('shows the thread’s load error with Retry, and Retry loads the messages', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    let failThread = true;
    watchLoads(demo, (_id, options) => {
      if (failThread && options?.limit !== 20) throw Object.assign(new Error('The host is down (test).'), { retryable: true });
    });
    mount(demo);
    const error = await until(() => thread().shadowRoot?.querySelector('[part~="error"]'), 'the thread error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('The host is down (test).');
    await expect(root).to.be.accessible();
    failThread = false;
    error.querySelector('button')!.click();
    await until(() => shownMessages().length > 0, 'the messages after Retry');
    expect(thread().shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  });

  it('shows each conversation’s sentiment and trend in the queue, scored a few at a time and once', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 5 });
    const loads = watchLoads(demo);
    mount(demo);
    const conversations = demo.demo.listConversations();
    await until(() => sentimentCells().length === conversations.length, 'the queue');
    // Every row ends with a badge or a dash that says why.
    await until(
      () => sentimentCells().every((cell) => cell.querySelector('cx-sentiment-badge') || cell.querySelector('.sr-only')?.textContent === 'No customer messages to score'),
      'every row scored',
    );
    const badges = sentimentCells().map((cell) => cell.querySelector<Badge>('cx-sentiment-badge')).filter((b) => b !== null);
    expect(badges.length).to.be.greaterThan(conversations.length / 2);
    expect(badges.every((b) => b.variant === 'compact')).to.equal(true);
    expect(badges.every((b) => ['improving', 'worsening', 'steady'].includes(b.trend!))).to.equal(true);
    expect(loads.maxRunning(), 'at most a few loads at once').to.be.at.most(3);
    expect(new Set(loads.sentimentLoads).size, 'each conversation loaded once').to.equal(loads.sentimentLoads.length);

    // The first row's badge is the aggregate of its latest customer messages' scores.
    const first = conversations[0]!;
    const page = await demo.conversations!.loadMessages(first.id, { limit: 20 });
    const customer = page.messages.filter((m) => m.author.role === 'customer' && !m.deleted && m.text.trim() && (!m.lang || m.lang.startsWith('en'))).slice(0, 10);
    const scores = await scoreTexts(demo, customer.map((m) => m.text));
    const expected = conversationSentiment(customer.map((m, i) => ({ score: m.sentiment ?? scores[i]!, at: m.createdAt })));
    const row = [...root.querySelectorAll('[data-region="queue"] tbody tr')].find((r) => r.textContent!.includes(first.id))!;
    const badge = row.querySelector<Badge>('cx-sentiment-badge')!;
    await badge.updateComplete;
    expect(badge.trend).to.equal(expected.trend);
    expect(badge.getAttribute('label')).to.equal(expected.score.label);
    expect(badge.shadowRoot!.textContent).to.match(/Sentiment:/);

    // A redraw of the queue does not load them again (nothing changed).
    const before = loads.sentimentLoads.length;
    const oldRow = row;
    q<HTMLButtonElement>('[data-region="queue-refresh"]')!.click();
    // Redrawn, and every badge of the new rows shows its sentiment: any load the redraw started came before.
    await until(() => !oldRow.isConnected && sentimentCells().every((cell) => cell.querySelector('cx-sentiment-badge')?.hasAttribute('label') ?? true), 'the queue redrawn with its sentiment');
    expect(loads.sentimentLoads.length).to.equal(before);
    expect(sentimentCells().filter((cell) => cell.querySelector('cx-sentiment-badge')).length).to.equal(badges.length);
    await expect(root).to.be.accessible();
  });

  it('shows a dash and an error with Retry where sentiment cannot be computed, and Retry works', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    const open = (await demo.interactions!.current!())!.conversationId!;
    const victim = demo.demo.listConversations().find((c) => c.id !== open)!;
    let failing = true;
    watchLoads(demo, (id, options) => {
      if (failing && id === victim.id && options?.limit === 20) throw Object.assign(new Error('Sentiment host unreachable (test).'), { retryable: true });
    });
    mount(demo);
    const row = await until(() => [...root.querySelectorAll('[data-region="queue"] tbody tr')].find((r) => r.textContent!.includes(victim.id)), 'the row');
    const note = await until(() => q('.sentiment-note button') && q('.sentiment-note'), 'the sentiment error');
    expect(note.textContent).to.include('Sentiment could not be computed for 1 conversation');
    expect(note.textContent).to.include('(Sentiment host unreachable (test)).');
    expect(row.querySelector('td.sentiment')!.textContent).to.include('Sentiment could not be computed');
    expect(row.querySelector('td.sentiment cx-sentiment-badge')).to.equal(null);
    await expect(root).to.be.accessible();
    failing = false;
    note.querySelector('button')!.click();
    await until(() => row.querySelector('td.sentiment cx-sentiment-badge') || row.querySelector('td.sentiment')!.textContent!.includes('No customer messages'), 'the score after Retry');
    expect(q('.sentiment-note')!.textContent).to.equal('');
    expect(document.activeElement).to.equal(q('[data-region="queue"]'));
  });

  it('adds a message that arrives live to the shown conversation', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => shownMessages().length > 0, 'the messages');
    let landed: Message | undefined;
    for (let i = 0; i < 500 && !landed; i += 1) {
      const step = demo.demo.tick();
      if (step.kind === 'message' && step.message.conversationId === desktop!.openConversationId) landed = step.message;
    }
    expect(landed, 'a live message for the shown conversation').to.not.equal(undefined);
    const shown = await until(() => shownMessage(landed!.id), 'the live message in view');
    await until(() => textOf(shown) === landed!.text, 'its text');
    expect(thread().messages.filter((m) => m.id === landed!.id).length).to.equal(1);
  });

  it('declines an offered interaction: the pop stays on the conversation shown', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => shownMessages().length > 0, 'the messages');
    const shownId = thread().getAttribute('conversation-id');
    const other = demo.demo.listConversations().find((c) => c.id !== desktop!.openConversationId)!;
    demo.demo.offer(other.id);
    const decline = await until(() => q<HTMLButtonElement>('[data-region="offers"] .btn-decline'), 'the Decline button');
    decline.click();
    await until(() => q('[data-region="offers"]')!.hidden, 'the offer to go');
    expect(desktop!.openConversationId).to.not.equal(other.id);
    expect(thread().getAttribute('conversation-id')).to.equal(shownId);
    // The CTI ended the declined offer: it left the pop's queue too.
    await until(() => !screenPop().queue.some((item) => item.lead.interaction.conversationId === other.id), 'the offer gone from the pop’s queue');
  });

  it('opening a conversation from the queue switches the thread', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => shownMessages().length > 0, 'the messages');
    const row = [...root.querySelectorAll('[data-region="queue"] tbody tr')].find((r) => !r.hasAttribute('aria-current'))!;
    const id = row.querySelector('.muted.small')!.textContent!;
    row.querySelector<HTMLButtonElement>('button.linkish')!.click();
    await until(() => thread().getAttribute('conversation-id') === id, 'the pop of that conversation');
    await until(() => desktop!.openConversationId === id, 'the page following the pop');
    await until(() => shownMessages().length > 0 && shownMessages().every((m) => m.message?.conversationId === id), 'its messages');
  });

  it('is accessible, with an incoming interaction, the thread and sentiment badges showing', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => shownMessages().length > 0 && c360().customer, 'the record');
    await until(() => q('[data-region="record-sentiment"] cx-sentiment-badge') && sentimentCells().some((cell) => cell.querySelector('cx-sentiment-badge')), 'the badges');
    const other = demo.demo.listConversations().find((c) => c.id !== desktop!.openConversationId);
    demo.demo.offer(other!.id);
    await until(() => q('[data-region="offers"] .btn-accept'), 'the offer');
    await expect(root).to.be.accessible();
  });

  it('the customer 360 handles an unknown sender: Ask the customer goes into the reply box when the composer can take it', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    await until(() => c360().customer, 'the first pop');
    desktop!.pop('conv-011');
    await until(() => c360().shadowRoot!.querySelectorAll('[part~="candidate"]').length === 2, 'the candidates for @bexh_88');
    expect(c360Part('name')!.textContent).to.equal('@bexh_88');
    const ask = () => [...c360().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Ask the customer'))!;

    // The real composer takes it: the message goes into its reply box, as new reply text.
    const composer = await until(() => thread().shadowRoot?.querySelector('cx-composer') as (HTMLElement & { insertText?: (text: string) => boolean }) | null, 'the composer');
    const replyBox = () => composer.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#text');
    ask().click();
    await until(() => replyBox()?.value.includes('direct message'), 'the message in the reply box');
    expect(c360Part('identify-message')).to.equal(null);
    expect(q('[data-region="announce"]')!.textContent).to.include('in the reply box');

    // A composer that cannot take text (no insertText): the 360 shows the message and the status bar says so.
    composer.insertText = undefined;
    ask().click();
    await until(() => c360Part('identify-message'), 'the message shown in the 360');
    expect(q('[data-region="announce"]')!.textContent).to.include('shown under Customer');

    await expect(root).to.be.accessible();

    // Link: the 360 shows the customer with their history, and the queue knows who it is.
    [...c360().shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Link @bexh_88 to Rebecca “Bex” Holloway')!.click();
    await until(() => c360().customer?.id === 'cust-13' && c360Part('channels'), 'the linked customer with history');
    expect(c360().conversations!.map((c) => c.id)).to.include('conv-011');
    expect(q('[data-region="announce"]')!.textContent).to.include('@bexh_88 linked to Rebecca');
  });

  it('opens a conversation from the customer 360’s history', async () => {
    const demo = createDemoAdapter({ seed: 3, latency: 0 });
    mount(demo);
    desktop!.pop('conv-001'); // Dana, who has more than one conversation
    const open = await until(
      () => [...(c360().shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="channels"] button') ?? [])].find((b) => !b.getAttribute('aria-label')!.includes('Broadband down')),
      'a history row for another conversation',
    );
    open.click();
    await until(() => desktop!.openConversationId !== 'conv-001', 'the pop');
    expect(thread().getAttribute('conversation-id')).to.equal(desktop!.openConversationId);
    expect(c360().getAttribute('conversation-id')).to.equal(desktop!.openConversationId);
  });
});
