/**
 * The legacy record page: header line and conversation info, as the old CRM shows them
 * (table-based form fields), and the Screenpop customer 360 in the "Customer details" tab.
 */
import type { CxCustomer360 } from '../src/components/customer-360/customer-360.js';
import type { Conversation, Interaction } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';
import { fill, formatDateTime, h, loadInto, words } from './dom.js';
import { firstResponse, slaText } from './queue.js';
import { headSentiment, type SentimentSource } from './sentiment.js';
import { channelWord } from './softphone.js';

export interface RecordOptions {
  head: HTMLElement;
  /** The "Customer details" tab: the customer 360, or a line saying why there is none. */
  customer: CxCustomer360;
  customerEmpty: HTMLElement;
  /** The customer's conversations, as the host lists them (for the 360's history). */
  conversationsOf: (customerId: string) => Conversation[];
  conversation: HTMLElement;
  adapter: Adapter;
  /** Conversation-level sentiment, shown in the header. */
  sentiment: SentimentSource;
}

/** One "Label: value" row of a legacy form table. */
function field(label: string, ...value: (Node | string)[]): HTMLTableRowElement {
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...(value.length ? value : [h('span', { class: 'muted' }, '–')])));
}

function formTable(caption: string, rows: HTMLTableRowElement[]): HTMLTableElement {
  return h('table', { class: 'form' }, h('caption', {}, caption), h('tbody', {}, ...rows));
}

export function renderConversationInfo(conversation: Conversation, interaction?: Interaction): Node[] {
  const channels = h('ul', { class: 'plain' }, ...conversation.channels.map((c) => h('li', {}, `${c.name} `, h('span', { class: 'muted' }, c.public ? '(public – anyone can see)' : '(private)'))));
  const sla = conversation.sla.length
    ? h('ul', { class: 'plain' }, ...conversation.sla.map((clock) => {
        const state = slaText(clock);
        return h('li', { class: state.overdue ? 'overdue' : '' }, `${words(clock.kind)}: ${state.text}`);
      }))
    : 'None';
  const rows = [
    field('Subject', conversation.subject ?? '(no subject)'),
    field('Conversation ID', h('span', { class: 'mono' }, conversation.id)),
    field('Status', words(conversation.status)),
    field('Priority', h('span', { class: `prio prio-${conversation.priority}` }, words(conversation.priority))),
    field('Why', ...(conversation.priorityReasons?.length ? [h('ul', { class: 'plain' }, ...conversation.priorityReasons.map((r) => h('li', {}, r.text)))] : [])),
    field('Channels', channels),
    field('SLA', sla),
    field('Tags', ...(conversation.tags?.length ? [conversation.tags.join(', ')] : [])),
    field('Opened', formatDateTime(conversation.createdAt)),
  ];
  if (interaction) rows.push(field('Popped by CTI', `${channelWord(interaction.channel)} ${interaction.direction} from ${interaction.customerAddress}${interaction.queue ? `, queue ${interaction.queue}` : ''}`));
  return [formTable('Conversation', rows)];
}

function renderHead(conversation: Conversation): Node[] {
  const sla = slaText(firstResponse(conversation));
  return [
    h('h2', { id: 'record-title' }, h('span', { class: 'rec-type' }, 'Conversation: '), conversation.subject ?? '(no subject)'),
    h(
      'p',
      { class: 'rec-meta' },
      h('span', { class: 'mono' }, conversation.id),
      ` · Status: ${words(conversation.status)} · `,
      h('span', { class: `prio prio-${conversation.priority}` }, `Priority: ${words(conversation.priority)}`),
      ' · First response: ',
      h('span', { class: sla.overdue ? 'overdue' : '' }, sla.text),
      ` · ${conversation.channels.map((c) => c.name).join(', ')}`,
    ),
    h('div', { class: 'rec-sentiment', 'data-region': 'record-sentiment' }),
  ];
}

/** Draws the conversation's sentiment into the record header (when the header is drawn). */
export function drawRecordSentiment(options: RecordOptions, conversationId: string): void {
  const slot = options.head.querySelector<HTMLElement>('[data-region="record-sentiment"]');
  if (!slot) return;
  const hadFocus = slot.contains(document.activeElement);
  fill(slot, ...headSentiment(options.sentiment.get(conversationId), () => options.sentiment.retry(conversationId)));
  // Retry replaces its own button: keep keyboard focus in the header.
  if (hadFocus && !slot.contains(document.activeElement)) {
    slot.tabIndex = -1;
    slot.focus();
  }
}

/** Fills the record page for one conversation; `conversation()` is shared by its parts. */
export function showRecord(options: RecordOptions, conversationId: string, conversation: () => Promise<Conversation>, signal: AbortSignal, interaction?: Interaction): void {
  void loadInto(options.head, 'the conversation', signal, conversation, renderHead).then((loaded) => {
    // Keep the page's heading structure when the conversation could not be drawn.
    if (!loaded && !signal.aborted) options.head.prepend(h('h2', { id: 'record-title' }, 'Conversation'));
    if (loaded && !signal.aborted) {
      options.sentiment.want(conversationId, loaded.updatedAt, true);
      drawRecordSentiment(options, conversationId);
    }
  });
  showCustomer(options, conversationId, interaction);
  void conversation().then(
    (loaded) => {
      if (!signal.aborted) options.customer.conversations = loaded.customerId ? options.conversationsOf(loaded.customerId) : [];
    },
    () => undefined, // the 360 shows its own error
  );
  void loadInto(options.conversation, 'the conversation details', signal, conversation, (loaded) => renderConversationInfo(loaded, interaction));
}

/** Working ARIA tabs for the record page: click, arrow keys, Home and End. */
export function wireTabs(list: HTMLElement): void {
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement, focus: boolean) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = list.parentElement?.querySelector<HTMLElement>(`#${CSS.escape(other.getAttribute('aria-controls') ?? '')}`);
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
  };
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) select(tab, false);
  });
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length]!, true);
  });
}

/** Points the customer 360 at the conversation (it finds the customer, or the sender's candidates). */
function showCustomer(options: RecordOptions, conversationId: string, interaction?: Interaction): void {
  const c360 = options.customer;
  options.customerEmpty.hidden = true;
  c360.hidden = false;
  c360.conversations = undefined;
  c360.interaction = interaction;
  c360.setAttribute('conversation-id', conversationId);
}

/** After a link, the 360 shows the customer: its history is theirs. */
export function customerLinked(options: RecordOptions, customerId: string): void {
  options.customer.conversations = options.conversationsOf(customerId);
}

export function clearRecord(options: RecordOptions, text: string): void {
  fill(options.head, h('h2', { id: 'record-title' }, 'No record open'));
  options.customer.hidden = true;
  options.customer.removeAttribute('conversation-id');
  options.customer.interaction = undefined;
  fill(options.customerEmpty, text);
  options.customerEmpty.hidden = false;
  options.conversation.replaceChildren();
}
