/**
 * The demo agent desktop: wires the old CRM/CTI page (examples/index.html) to a Screenpop adapter.
 *
 * `mountDesktop(root, adapter)` finds the page's regions inside `root`, gives `<cx-desk>` the
 * adapter and drives the legacy parts (softphone, queue, record) with plain DOM. Screenpop is
 * dropped in where it is ready: the conversation thread with the move to private in its toolbar, and the
 * customer 360 (all get the adapter from `<cx-desk>`; a pop sets their `conversation-id`) and sentiment
 * badges in the queue and the record header. The parts still to replace are marked in the markup.
 */
import type { DemoControls } from '../src/adapters/demo/index.js';
import type { Adapter } from '../src/ports/ports.js';
import type { Conversation, Interaction } from '../src/model/index.js';
import { fill, formatTime, h, region } from './dom.js';
import { mountQueue } from './queue.js';
import { clearRecord, customerLinked, drawRecordSentiment, showRecord, wireTabs, type RecordOptions } from './record.js';
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

  const desk = root.querySelector('cx-desk');
  if (!desk) throw new Error('mountDesktop: the page has no <cx-desk> element.');
  desk.adapter = adapter;

  if (options.agentName) region(root, 'agent-name').textContent = options.agentName;
  if (options.agentName) region(root, 'move').setAttribute('agent-name', options.agentName);
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
  const record: RecordOptions = {
    head: region(root, 'record-head'),
    customer: region(root, 'customer-360') as HTMLElementTagNameMap['cx-customer-360'],
    customerEmpty: region(root, 'customer-empty'),
    conversationsOf: (customerId) => adapter.demo.listConversations().filter((c) => c.customerId === customerId),
    conversation: region(root, 'conversation'),
    adapter,
    sentiment,
  };
  sentiment.onChange((id) => {
    if (id === openId) drawRecordSentiment(record, id);
  });
  record.customer.agent = adapter.demo.agent;
  const tabs = root.querySelector<HTMLElement>('[role="tablist"]');
  if (tabs) wireTabs(tabs);
  const thread = region(root, 'thread') as HTMLElement & { conversationId?: string };
  const threadEmpty = region(root, 'thread-empty');
  const move = region(root, 'move');
  const showThread = (conversationId: string | null) => {
    thread.hidden = conversationId === null;
    threadEmpty.hidden = conversationId !== null;
    move.hidden = conversationId === null;
    for (const el of [thread, move]) {
      if (conversationId === null) el.removeAttribute('conversation-id');
      else el.setAttribute('conversation-id', conversationId);
    }
  };

  function pop(conversationId: string, interaction?: Interaction): void {
    if (signal.aborted) return;
    if (conversationId === openId && !interaction) return;
    popController?.abort();
    popController = new AbortController();
    const popSignal = popController.signal;
    openId = conversationId;
    queue.setOpen(conversationId);
    const port = adapter.conversations;
    if (!port) {
      clearRecord(record, 'This desktop has no conversation source.');
      showThread(null);
      return;
    }
    // The popped conversation's sentiment goes first in line, ahead of the rest of the queue.
    sentiment.want(conversationId, queue.conversations().find((c) => c.id === conversationId)?.updatedAt, true);
    const conversation = shared<Conversation>(() => port.getConversation(conversationId, { signal: popSignal }));
    showRecord(record, conversationId, conversation, popSignal, interaction);
    showThread(conversationId);
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

  wireCustomer360(root, record, { pop, announce, changed: () => (redraw(), drawContacts()), signal });
  // The move to private (in the toolbar, or the composer's); its thread marker opens the private conversation
  // through `cx-conversation-open`, which wireCustomer360 already turns into a pop.
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

  if (!adapter.interactions?.current) clearRecord(record, 'Accept an interaction or open a conversation from the queue.');

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
  record: RecordOptions,
  page: { pop: (conversationId: string) => void; announce: (text: string) => void; changed: () => void; signal: AbortSignal },
): void {
  const { signal, announce } = page;
  root.addEventListener('cx-conversation-open', (event) => page.pop(event.conversationId), { signal });
  root.addEventListener(
    'cx-identify-request',
    (event) => {
      // The composer is hosted by the thread; when it can take text, the message goes into the reply box.
      const composer = root.querySelector('cx-conversation-thread')?.shadowRoot?.querySelector('cx-composer') as (HTMLElement & { insertText?: (text: string) => void }) | null;
      if (typeof composer?.insertText === 'function') {
        event.preventDefault();
        composer.insertText(event.message);
        announce('The verification message is in the reply box: check it and send.');
      } else {
        announce('The verification message is shown under Customer details: send it to the customer.');
      }
    },
    { signal },
  );
  root.addEventListener(
    'cx-identity-linked',
    (event) => {
      customerLinked(record, event.customer.id);
      page.changed();
      announce(`${event.identity.handle} linked to ${event.customer.name}.`);
    },
    { signal },
  );
  root.addEventListener('cx-identity-unlinked', (event) => announce(`${event.identity.handle} unlinked from ${event.customer.name}.`), { signal });
  root.addEventListener('cx-case-created', (event) => announce(`Case ${event.caseSummary.id} created.`), { signal });
  root.addEventListener('cx-activity-logged', () => announce('Activity logged.'), { signal });
}
