/**
 * The legacy record page: header line, customer details and conversation info, as the old CRM
 * shows them (table-based form fields). A Screenpop customer 360 replaces the customer part.
 */
import type { Conversation, Customer, Interaction } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';
import { fill, formatDateTime, formatMoney, h, loadInto, relativeTime, words } from './dom.js';
import { firstResponse, slaText } from './queue.js';
import { headSentiment, type SentimentSource } from './sentiment.js';
import { channelWord } from './softphone.js';

export interface RecordOptions {
  head: HTMLElement;
  customer: HTMLElement;
  conversation: HTMLElement;
  adapter: Adapter;
  /** Conversation-level sentiment, shown in the header. */
  sentiment: SentimentSource;
}

const TIERS: Record<string, string> = { standard: 'Standard', silver: 'Silver', gold: 'Gold', platinum: 'Platinum', vip: 'VIP' };
const METHODS: Record<string, string> = {
  'verified-login': 'verified login',
  'matched-email': 'matched e-mail',
  'matched-phone': 'matched phone',
  'agent-linked': 'linked by an agent',
  'customer-stated': 'stated by the customer',
  inferred: 'inferred',
};

/** One "Label: value" row of a legacy form table. */
function field(label: string, ...value: (Node | string)[]): HTMLTableRowElement {
  return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, ...(value.length ? value : [h('span', { class: 'muted' }, '–')])));
}

function formTable(caption: string, rows: HTMLTableRowElement[]): HTMLTableElement {
  return h('table', { class: 'form' }, h('caption', {}, caption), h('tbody', {}, ...rows));
}

export function renderCustomer(customer: Customer | null, conversation: Conversation): Node[] {
  if (!customer) {
    const who = conversation.participants.find((p) => p.role === 'customer');
    return [
      h('p', { class: 'notice' }, h('strong', {}, 'No customer record linked. '), 'This conversation is from ', who ? `${who.displayName}${who.handle ? ` (${who.handle})` : ''}` : 'an unknown sender', ', who has not been matched to a contact yet.'),
    ];
  }
  const v = customer.value;
  const cases = customer.openCases.length
    ? h('ul', { class: 'plain' }, ...customer.openCases.map((c) => h('li', {}, h('span', { class: 'mono' }, c.id), ` – ${c.subject} `, h('span', { class: 'muted' }, `(${words(c.status)}, ${words(c.priority)} priority, opened ${relativeTime(c.openedAt)})`))))
    : 'None';
  const identities = customer.identities.length
    ? h(
        'ul',
        { class: 'plain' },
        ...customer.identities.map((identity) =>
          h(
            'li',
            {},
            `${channelWord(identity.channel)}: `,
            h('span', { class: 'mono' }, identity.handle),
            ' ',
            h('span', { class: identity.verified ? 'tag tag-ok' : 'tag' }, identity.verified ? '✓ Verified' : 'Not verified'),
            h('span', { class: 'muted' }, ` – ${METHODS[identity.evidence.method] ?? identity.evidence.method}, ${Math.round(identity.evidence.confidence * 100)}% sure`),
          ),
        ),
      )
    : 'None linked';
  const rows = [
    field('Name', h('strong', {}, customer.name)),
    field('Record ID', h('span', { class: 'mono' }, customer.record.id), h('span', { class: 'muted' }, ` (${customer.record.system} ${customer.record.type})`)),
    field('Tier', ...(v.tier ? [h('span', { class: `tier tier-${v.tier}` }, TIERS[v.tier] ?? words(v.tier))] : [])),
    field('Lifetime value', ...(v.lifetimeValue !== undefined && v.currency ? [formatMoney(v.lifetimeValue, v.currency)] : [])),
    field('Customer since', ...(v.since ? [formatDateTime(v.since).split(',')[0]!] : [])),
    field('Churn risk', ...(v.churnRisk ? [words(v.churnRisk)] : [])),
    field('E-mail', ...(customer.email ? [customer.email] : [])),
    field('Phone', ...(customer.phone ? [customer.phone] : [])),
    field(`Open cases (${customer.openCases.length})`, cases),
    field(`Identities (${customer.identities.length})`, identities),
  ];
  if (customer.influence) rows.push(field('Followers', `${customer.influence.followers.toLocaleString('en-GB')}${customer.influence.verified ? ' (verified account)' : ''}`));
  if (customer.consent.preferred) rows.push(field('Preferred contact', words(customer.consent.preferred)));
  return [formTable('Contact', rows)];
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
  const { adapter } = options;
  void loadInto(options.head, 'the conversation', signal, conversation, renderHead).then((loaded) => {
    // Keep the page's heading structure when the conversation could not be drawn.
    if (!loaded && !signal.aborted) options.head.prepend(h('h2', { id: 'record-title' }, 'Conversation'));
    if (loaded && !signal.aborted) {
      options.sentiment.want(conversationId, loaded.updatedAt, true);
      drawRecordSentiment(options, conversationId);
    }
  });
  void loadInto(options.customer, 'the customer record', signal, async () => {
    const loaded = await conversation();
    if (!loaded.customerId || !adapter.customers) return { customer: null, conversation: loaded };
    return { customer: await adapter.customers.getCustomer(loaded.customerId, { signal }), conversation: loaded };
  }, (value) => renderCustomer(value.customer, value.conversation));
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

export function clearRecord(options: RecordOptions, text: string): void {
  fill(options.head, h('h2', { id: 'record-title' }, 'No record open'));
  fill(options.customer, h('p', { class: 'empty' }, text));
  options.conversation.replaceChildren();
}
