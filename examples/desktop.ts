/**
 * The demo agent desktop: wires the old CRM/CTI page (examples/index.html) to a Screenpop adapter.
 *
 * `mountDesktop(root, adapter)` finds the page's regions inside `root`, gives `<cx-desk>` the
 * adapter and drives the legacy parts (softphone, work queue, record header) with plain DOM. The
 * record area is Screenpop's `<cx-screen-pop>`: it listens to the adapter's interactions itself and
 * pops each customer with the thread, the composer, the customer 360 and the move to private; the
 * page follows its `cx-pop` events (record header, conversation info, the queue's open row). A
 * conversation opened from the legacy work queue is handed to the pop as an `interaction`.
 * The demo controls run the live stream and an outage flood.
 */
import type { DemoControls } from '../src/adapters/demo/index.js';
import type { Adapter } from '../src/ports/ports.js';
import type { Conversation, Interaction } from '../src/model/index.js';
import { fill, formatTime, h, region } from './dom.js';
import { mountQueue } from './queue.js';
import { clearRecord, drawRecordSentiment, showRecord, type RecordOptions } from './record.js';
import { createSentimentSource } from './sentiment.js';
import { mountSoftphone } from './softphone.js';

/**
 * What the desktop needs: an adapter, and the few controls a real CTI and queue would give it (the
 * demo adapter has them; so does the HTTP desktop of examples/http-server, over the reference server).
 */
export type DesktopAdapter = Adapter & { readonly demo: Pick<DemoControls, 'agent' | 'live' | 'listConversations' | 'listCustomers' | 'accept' | 'end'> };

export interface DesktopOptions {
  /** Shown in the top bar. */
  agentName?: string;
  /** How often relative times and the queue are redrawn, ms. Default 30 000; 0 turns it off. */
  refreshMs?: number;
}

export interface Desktop {
  /** Shows a conversation in the record area, as the CTI or the agent's click does. */
  pop(conversationId: string, interaction?: Interaction): void;
  /** The conversation shown, if any. */
  readonly openConversationId: string | null;
  /** Stops every subscription and timer (the adapter's own live stream is left as it is). */
  destroy(): void;
}

/** A promise-returning call run once and shared; a failure is forgotten so Retry calls again. */
function shared<T>(call: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= call().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

export function mountDesktop(root: HTMLElement, adapter: DesktopAdapter, options: DesktopOptions = {}): Desktop {
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  let popController: AbortController | null = null;
  let openId: string | null = null;
  let shownId: string | null = null;

  const desk = root.querySelector('cx-desk');
  if (!desk) throw new Error('mountDesktop: the page has no <cx-desk> element.');
  desk.adapter = adapter;
  // ?locale=es|de|ar: the Screenpop elements speak that language; with Arabic the desk and all inside it turn right to left.
  const locale = new URLSearchParams(location.search).get('locale');
  if (locale) desk.locale = locale;

  if (options.agentName) region(root, 'agent-name').textContent = options.agentName;
  const connection = region(root, 'connection');
  const liveState = region(root, 'live-state');
  const announceRegion = region(root, 'announce');
  const announce = (text: string) => {
    announceRegion.textContent = `${formatTime(new Date())} – ${text}`;
  };
  fill(connection, 'Connected: ', h('strong', {}, `${adapter.name} adapter`));
  const drawLive = () => {
    liveState.textContent = adapter.demo.live ? 'Live feed: on' : 'Live feed: off';
  };
  drawLive();

  const sentiment = createSentimentSource(adapter);
  const record: RecordOptions = { head: region(root, 'record-head'), conversation: region(root, 'conversation'), adapter, sentiment };
  sentiment.onChange((id) => {
    if (id === openId) drawRecordSentiment(record, id);
  });
  const screenPop = region(root, 'screen-pop') as HTMLElementTagNameMap['cx-screen-pop'];
  screenPop.agent = adapter.demo.agent;
  screenPop.conversationsOf = (customerId) => adapter.demo.listConversations().filter((c) => c.customerId === customerId);
  // Everyone mentions the brand: its name says nothing about what a flood is about.
  screenPop.priorityOptions = { ignoreWords: ['northwind', 'northwindhelp', 'mobile'] };
  let handedOver = 0;
  const knowledge = root.querySelector<HTMLElementTagNameMap['cx-knowledge']>('[data-region="knowledge"]');

  /** The page follows the pop shown: record header, conversation info, the work queue's open row. */
  function follow(interaction: Interaction): void {
    const conversationId = interaction.conversationId ?? null;
    if (signal.aborted || (conversationId === openId && interaction.id === shownId)) return;
    shownId = interaction.id;
    popController?.abort();
    popController = new AbortController();
    const popSignal = popController.signal;
    openId = conversationId;
    queue.setOpen(conversationId);
    if (knowledge) knowledge.conversationId = conversationId ?? undefined;
    const port = adapter.conversations;
    if (!conversationId || !port) {
      clearRecord(record, conversationId ? 'This desktop has no conversation source.' : 'This interaction has no conversation.');
      return;
    }
    // The popped conversation's sentiment goes first in line, ahead of the rest of the queue.
    sentiment.want(conversationId, queue.conversations().find((c) => c.id === conversationId)?.updatedAt, true);
    const conversation = shared<Conversation>(() => port.getConversation(conversationId, { signal: popSignal }));
    showRecord(record, conversationId, conversation, popSignal, interaction);
  }
  screenPop.addEventListener('cx-pop', (event) => follow(event.interaction), { signal });

  /**
   * Shows a conversation in the pop. An interaction the CTI announced is popped by `<cx-screen-pop>`
   * itself (it listens to the same adapter): it is shown when the pop has it. A conversation opened
   * from the work queue is handed over as an accepted interaction.
   */
  function pop(conversationId: string, interaction?: Interaction): void {
    if (signal.aborted) return;
    const kept = screenPop.pops.find((p) => (interaction ? p.id === interaction.id : p.conversationId === conversationId && p.state !== 'ended'));
    if (kept) {
      screenPop.show(kept.id);
      return;
    }
    if (interaction) return; // the pop opens it from its own subscription
    const conversation = queue.conversations().find((c) => c.id === conversationId);
    const customer = conversation?.participants.find((p) => p.role === 'customer');
    handedOver += 1;
    screenPop.interaction = {
      id: `desk-${conversationId}-${handedOver}`,
      channel: conversation?.channels[0]?.kind === 'other' || !conversation ? 'chat' : conversation.channels[0]!.kind,
      direction: 'inbound',
      customerAddress: customer?.handle ?? customer?.displayName ?? conversationId,
      conversationId,
      ...(conversation?.customerId ? { customerId: conversation.customerId } : {}),
      attributes: { openedFrom: 'work queue' },
      receivedAt: conversation?.updatedAt ?? new Date().toISOString(),
      state: 'accepted',
    };
  }

  const queue = mountQueue({ container: region(root, 'queue'), adapter, sentiment, onOpen: (id) => pop(id) });
  const softphone = mountSoftphone({
    current: region(root, 'current'),
    offers: region(root, 'offers'),
    queueState: region(root, 'queue-state'),
    adapter,
    signal,
    onPop: pop,
    announce,
  });

  wireCustomer360(root, { pop, announce, changed: () => (redraw(), drawContacts()), signal });
  wireDemoControls(root, adapter, { drawLive: () => drawLive(), announce, signal });
  // The move to private (in the pop, or the composer's); its thread marker opens the private conversation
  // through `cx-conversation-open`, which wireCustomer360 turns into a pop.
  root.addEventListener('cx-moved-to-private', () => (redraw(), announce('Moved to private.')), { signal });

  const contacts = region(root, 'contacts');
  const reports = region(root, 'reports');
  const navCount = region(root, 'nav-count');

  function redraw(): void {
    const counts = queue.refresh();
    softphone.setQueueCounts(counts);
    navCount.textContent = `(${counts.waiting + counts.open})`;
    fill(
      reports,
      h('dt', {}, 'Past first-response SLA'),
      h('dd', {}, String(counts.overdue)),
      h('dt', {}, 'New, not yet answered'),
      h('dd', {}, String(counts.waiting)),
      h('dt', {}, 'In progress'),
      h('dd', {}, String(counts.open)),
    );
    drawLive();
  }

  function drawContacts(): void {
    const conversations = queue.conversations();
    const latest = (customerId: string) => conversations.find((c) => c.customerId === customerId);
    const items = queue
      .customers()
      .filter((customer) => latest(customer.id))
      .slice(0, 6)
      .map((customer) =>
        h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => pop(latest(customer.id)!.id) }, customer.name)),
      );
    fill(contacts, ...(items.length ? items : [h('li', { class: 'muted' }, 'None')]));
  }

  redraw();
  drawContacts();

  const refreshButton = root.querySelector<HTMLButtonElement>('[data-region="queue-refresh"]');
  refreshButton?.addEventListener('click', () => {
    redraw();
    announce('Queue refreshed.');
  }, { signal });
  const search = root.querySelector<HTMLFormElement>('[data-region="search"]');
  const searchInput = search?.querySelector<HTMLInputElement>('input');
  if (search && searchInput) {
    search.addEventListener('submit', (event) => {
      event.preventDefault();
      queue.filter(searchInput.value);
    }, { signal });
    searchInput.addEventListener('input', () => queue.filter(searchInput.value), { signal });
  }

  // New messages and interactions change the queue; redraw it soon, at most once a second.
  let redrawTimer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (redrawTimer === undefined) redrawTimer = setTimeout(() => ((redrawTimer = undefined), redraw()), 1000);
  };
  adapter.interactions?.subscribe(soon, { signal });
  const interval = (options.refreshMs ?? 30_000) > 0 ? setInterval(redraw, options.refreshMs ?? 30_000) : undefined;

  clearRecord(record, 'Accept an interaction or open a conversation from the queue.');

  return {
    pop,
    get openConversationId() {
      return openId;
    },
    destroy() {
      lifetime.abort();
      popController?.abort();
      sentiment.destroy();
      clearTimeout(redrawTimer);
      clearInterval(interval);
    },
  };
}

/** What the page does when the customer 360 asks: open a conversation, draft the verification message, follow a link. */
function wireCustomer360(
  root: HTMLElement,
  page: { pop: (conversationId: string) => void; announce: (text: string) => void; changed: () => void; signal: AbortSignal },
): void {
  const { signal, announce } = page;
  root.addEventListener('cx-conversation-open', (event) => page.pop(event.conversationId), { signal });
  root.addEventListener(
    'cx-identify-request',
    (event) => {
      // The composer is hosted by the thread of the pop shown; when it can take text, the message goes into the reply box.
      const composer = shownComposer(root);
      if (typeof composer?.insertText === 'function') {
        event.preventDefault();
        composer.insertText(event.message);
        announce('The verification message is in the reply box: check it and send.');
      } else {
        announce('The verification message is shown under Customer: send it to the customer.');
      }
    },
    { signal },
  );
  root.addEventListener(
    'cx-identity-linked',
    (event) => {
      page.changed();
      announce(`${event.identity.handle} linked to ${event.customer.name}.`);
    },
    { signal },
  );
  root.addEventListener('cx-identity-unlinked', (event) => announce(`${event.identity.handle} unlinked from ${event.customer.name}.`), { signal });
  root.addEventListener('cx-case-created', (event) => announce(`Case ${event.caseSummary.id} created.`), { signal });
  root.addEventListener('cx-activity-logged', () => announce('Activity logged.'), { signal });
}

/** The composer in the thread of the pop shown (the demo page reaches in; a host would keep its own reference). */
function shownComposer(root: HTMLElement): (HTMLElement & { insertText?: (text: string) => void }) | null {
  const pane = root.querySelector('cx-screen-pop')?.shadowRoot?.querySelector('[part~="pop-shown"]');
  return (pane?.querySelector('cx-conversation-thread')?.shadowRoot?.querySelector('cx-composer') as (HTMLElement & { insertText?: (text: string) => void }) | null) ?? null;
}

/**
 * The demo's own controls: pause and resume the live stream, and an outage flood. A back end that has
 * no such controls (the desktop over HTTP) hides them.
 */
function wireDemoControls(root: HTMLElement, adapter: DesktopAdapter, page: { drawLive: () => void; announce: (text: string) => void; signal: AbortSignal }): void {
  const demo = adapter.demo as DesktopAdapter['demo'] & Partial<Pick<DemoControls, 'startLive' | 'stopLive' | 'flood'>>;
  const live = root.querySelector<HTMLButtonElement>('[data-region="live-toggle"]');
  const flood = root.querySelector<HTMLButtonElement>('[data-region="flood"]');
  const { startLive, stopLive, flood: startFlood } = demo;
  if (live) live.hidden = !startLive || !stopLive;
  if (flood) flood.hidden = !startFlood;
  const drawButton = () => {
    if (live) live.textContent = demo.live ? 'Pause live feed' : 'Resume live feed';
  };
  drawButton();
  live?.addEventListener('click', () => {
    if (demo.live) stopLive?.call(demo);
    else startLive?.call(demo);
    drawButton();
    page.drawLive();
  }, { signal: page.signal });
  flood?.addEventListener('click', () => {
    const started = startFlood?.call(demo, { count: 40, overMs: 10_000 });
    if (!started) return;
    page.announce(`Simulating an outage: ${started.conversationIds.length} customers post about it over the next 10 seconds.`);
    page.signal.addEventListener('abort', () => started.stop(), { once: true });
  }, { signal: page.signal });
}
