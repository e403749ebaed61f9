/**
 * The legacy work queue: a dense table of the demo's conversations with channels, priority,
 * status, first-response SLA and sentiment. A Screenpop queue component replaces it.
 *
 * The Sentiment column is Screenpop's: each conversation's sentiment and trend over its latest
 * customer messages, scored in the background after the table draws (see sentiment.ts).
 */
import type { DesktopAdapter } from './desktop.js';
import type { Conversation, Customer, SlaClock } from '../src/model/index.js';
import { describeError, fill, formatDateTime, h, relativeTime, words } from './dom.js';
import { sentimentCell, type SentimentSource } from './sentiment.js';

export interface QueueOptions {
  container: HTMLElement;
  adapter: DesktopAdapter;
  onOpen: (conversationId: string) => void;
  sentiment: SentimentSource;
}

export interface QueueCounts {
  waiting: number;
  open: number;
  overdue: number;
}

export interface Queue {
  /** Re-reads the conversations and redraws (relative times included). */
  refresh(): QueueCounts;
  /** Shows only rows whose text contains `text` (case-insensitive). */
  filter(text: string): void;
  /** Marks the conversation shown in the record area. */
  setOpen(conversationId: string | null): void;
  customers(): Customer[];
  conversations(): Conversation[];
}

const DONE = new Set(['resolved', 'closed']);

export function firstResponse(conversation: Conversation): SlaClock | undefined {
  return conversation.sla.find((clock) => clock.kind === 'first-response');
}

/** The first-response SLA in words: met, paused, due in …, or overdue by …. */
export function slaText(clock: SlaClock | undefined, now = Date.now()): { text: string; overdue: boolean } {
  if (!clock) return { text: 'No SLA', overdue: false };
  if (clock.metAt) return { text: `Met ${relativeTime(clock.metAt, now)}`, overdue: false };
  if (clock.paused) return { text: 'Paused', overdue: false };
  const overdue = Date.parse(clock.dueAt) < now;
  return { text: overdue ? `Overdue – was due ${relativeTime(clock.dueAt, now)}` : `Due ${relativeTime(clock.dueAt, now)}`, overdue };
}

export function mountQueue(options: QueueOptions): Queue {
  const { container, adapter, sentiment } = options;
  let openId: string | null = null;
  let query = '';
  let rows: { row: HTMLTableRowElement; text: string; id: string; sentiment: HTMLTableCellElement }[] = [];
  // Kept across redraws so a screen reader hears a failure once, not on every redraw.
  const sentimentNote = h('div', { class: 'sentiment-note', role: 'status' });
  let failedCount = 0;

  function drawSentimentNote(): void {
    const failed = sentiment.failed();
    if (failed.length === failedCount) return;
    failedCount = failed.length;
    if (!failed.length) {
      sentimentNote.replaceChildren();
      return;
    }
    const entry = sentiment.get(failed[0]!);
    const detail = entry?.status === 'error' ? describeError(entry.error).message.replace(/\.$/, '') : '';
    fill(
      sentimentNote,
      h('span', { class: 'error-inline' }, h('strong', {}, 'Error: '), `Sentiment could not be computed for ${failed.length} ${failed.length === 1 ? 'conversation' : 'conversations'}`, detail ? ` (${detail}).` : '.'),
      ' ',
      h('button', { type: 'button', class: 'btn btn-small', onclick: retrySentiment }, 'Retry'),
    );
  }

  // Retry removes the note (and its button): keep keyboard focus in the queue.
  function retrySentiment(): void {
    container.focus();
    sentiment.retryFailed();
  }
  container.before(sentimentNote);

  sentiment.onChange((id) => {
    const entry = rows.find((r) => r.id === id);
    if (entry) fill(entry.sentiment, sentimentCell(sentiment.get(id)));
    drawSentimentNote();
  });
  let customerList: Customer[] = [];
  let conversationList: Conversation[] = [];

  function customerName(conversation: Conversation, byId: Map<string, Customer>): string {
    const known = conversation.customerId ? byId.get(conversation.customerId) : undefined;
    if (known) return known.name;
    const participant = conversation.participants.find((p) => p.role === 'customer');
    return participant ? `${participant.displayName}${participant.handle ? ` (${participant.handle})` : ''} – unmatched` : 'Unknown';
  }

  function applyFilter(): void {
    const needle = query.trim().toLowerCase();
    let shown = 0;
    for (const entry of rows) {
      entry.row.hidden = needle !== '' && !entry.text.includes(needle);
      if (!entry.row.hidden) shown += 1;
    }
    const note = container.querySelector<HTMLElement>('.filter-note');
    if (note) note.textContent = needle ? `Showing ${shown} of ${rows.length} conversations matching “${query.trim()}”.` : '';
  }

  function markOpen(): void {
    for (const entry of rows) {
      const isOpen = entry.id === openId;
      entry.row.classList.toggle('is-open', isOpen);
      if (isOpen) entry.row.setAttribute('aria-current', 'true');
      else entry.row.removeAttribute('aria-current');
      const marker = entry.row.querySelector('.open-marker');
      if (marker) marker.textContent = isOpen ? ' (open)' : '';
    }
  }

  function refresh(): QueueCounts {
    // The table is rebuilt: remember which conversation's button had keyboard focus, to give it back.
    const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.conversationId : undefined;
    const now = Date.now();
    customerList = adapter.demo.listCustomers();
    conversationList = adapter.demo.listConversations();
    const byId = new Map(customerList.map((c) => [c.id, c]));
    const counts: QueueCounts = { waiting: 0, open: 0, overdue: 0 };
    const body = h('tbody');
    rows = [];
    for (const conversation of conversationList) {
      if (conversation.status === 'new') counts.waiting += 1;
      else if (!DONE.has(conversation.status)) counts.open += 1;
      const sla = slaText(firstResponse(conversation), now);
      if (sla.overdue && !DONE.has(conversation.status)) counts.overdue += 1;
      const name = customerName(conversation, byId);
      const channels = conversation.channels.map((c) => c.name).join(', ');
      const subject = conversation.subject || '(no subject)';
      sentiment.want(conversation.id, conversation.updatedAt);
      const sentimentTd = h('td', { class: 'sentiment' }, sentimentCell(sentiment.get(conversation.id)));
      const row = h(
        'tr',
        { class: `status-${conversation.status}` },
        h(
          'td',
          {},
          h('button', { type: 'button', class: 'linkish', 'data-conversation-id': conversation.id, onclick: () => options.onOpen(conversation.id) }, subject),
          h('span', { class: 'open-marker' }),
          h('div', { class: 'muted small' }, conversation.id),
        ),
        h('td', {}, name),
        h('td', {}, channels),
        h('td', {}, h('span', { class: `prio prio-${conversation.priority}` }, words(conversation.priority))),
        h('td', {}, words(conversation.status)),
        h('td', { class: sla.overdue ? 'overdue' : '', title: firstResponse(conversation) ? formatDateTime(firstResponse(conversation)!.dueAt) : null }, sla.text),
        sentimentTd,
        h('td', { title: formatDateTime(conversation.updatedAt) }, relativeTime(conversation.updatedAt, now)),
      );
      rows.push({ row, id: conversation.id, sentiment: sentimentTd, text: [subject, name, channels, conversation.id, conversation.priority, conversation.status].join(' ').toLowerCase() });
      body.append(row);
    }
    const head = h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Subject', 'Customer', 'Channels', 'Priority', 'Status', 'First response', 'Sentiment', 'Updated'].map((label) => h('th', { scope: 'col' }, label)),
      ),
    );
    const caption = h('caption', { class: 'sr-only' }, `${conversationList.length} conversations, most recently updated first`);
    fill(
      container,
      h('p', { class: 'filter-note', role: 'status' }),
      conversationList.length === 0 ? h('p', { class: 'empty' }, 'The queue is empty.') : h('table', { class: 'grid' }, caption, head, body),
    );
    applyFilter();
    markOpen();
    if (focused) container.querySelector<HTMLElement>(`button[data-conversation-id="${CSS.escape(focused)}"]`)?.focus();
    return counts;
  }

  return {
    refresh,
    filter(text) {
      query = text;
      applyFilter();
    },
    setOpen(conversationId) {
      openId = conversationId;
      markOpen();
    },
    customers: () => customerList,
    conversations: () => conversationList,
  };
}
