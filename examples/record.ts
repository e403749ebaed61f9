/**
 * The legacy record page's own parts: the header line and the conversation info, as the old CRM shows
 * them (table-based form fields). The conversation info is a host panel inside `<cx-screen-pop>`.
 */
import type { Conversation, Interaction } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';
import { fill, formatDateTime, h, loadInto, words } from './dom.js';
import { firstResponse, slaText } from './queue.js';
import { headSentiment, type SentimentSource } from './sentiment.js';
import { channelWord } from './softphone.js';

export interface RecordOptions {
  head: HTMLElement;
  /** The conversation info panel. */
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
  void loadInto(options.conversation, 'the conversation details', signal, conversation, (loaded) => renderConversationInfo(loaded, interaction));
}

export function clearRecord(options: RecordOptions, text: string): void {
  fill(options.head, h('h2', { id: 'record-title' }, 'No record open'));
  fill(options.conversation, h('p', { class: 'empty' }, text));
}
