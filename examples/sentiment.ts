/**
 * Conversation-level sentiment for the demo desktop's queue and record header.
 *
 * For each conversation: the newest page of messages (`loadMessages(id, { limit: 20 })`), its latest
 * customer messages scored with `scoreTexts` (scores the adapter already put on a message are kept),
 * then `conversationSentiment` for the level and trend. Results are cached per conversation and
 * computed again only when the conversation changed (its `updatedAt`). Work runs in the background,
 * a few conversations at a time, so a long queue does not hammer the adapter.
 */
import type { Message, SentimentScore } from '../src/model/index.js';
import type { Adapter } from '../src/ports/ports.js';
import { conversationSentiment, type ConversationSentiment } from '../src/sentiment/aggregate.js';
import { scoreTexts } from '../src/sentiment/score.js';
import { h, isAbort, loadingNote, noValue } from './dom.js';

/** Messages loaded per conversation, and how many of its latest customer messages are scored. */
export const SENTIMENT_PAGE = 20;
export const SENTIMENT_MESSAGES = 10;
/** Conversations loaded and scored at the same time. */
const PARALLEL = 3;

export type SentimentEntry =
  /** `previous` is the result for an older version of the conversation, shown meanwhile. */
  | { status: 'loading'; previous?: ConversationSentiment }
  | { status: 'ready'; value: ConversationSentiment; messages: number }
  /** Nothing to score (no customer messages, or none in a language the analyzer knows). */
  | { status: 'none' }
  | { status: 'error'; error: unknown };

export interface SentimentSource {
  get(conversationId: string): SentimentEntry | undefined;
  /**
   * Asks for a conversation's sentiment. Nothing happens when it is cached for `version` (or, without a
   * version, cached at all). `urgent` puts it at the front of the line (the record that was just popped).
   */
  want(conversationId: string, version?: string, urgent?: boolean): void;
  /** Tries every conversation whose scoring failed again. */
  retryFailed(): void;
  /** Tries one conversation whose scoring failed again, first in line. */
  retry(conversationId: string): void;
  /** Ids whose scoring failed. */
  failed(): string[];
  /** Called with the id of each conversation whose entry changed. */
  onChange(listener: (conversationId: string) => void): void;
  destroy(): void;
}

/** Whether the built-in (English) analyzer can score a message; an adapter's own service takes any language. */
function scorable(message: Message, anyLanguage: boolean): boolean {
  if (message.author.role !== 'customer' || message.deleted || !message.text.trim()) return false;
  return anyLanguage || !message.lang || /^en\b/i.test(message.lang);
}

export function createSentimentSource(adapter: Adapter): SentimentSource {
  const lifetime = new AbortController();
  const entries = new Map<string, { entry: SentimentEntry; version?: string }>();
  const line: { id: string; version?: string }[] = [];
  const listeners: ((id: string) => void)[] = [];
  let running = 0;
  let scheduled = false;

  const set = (id: string, entry: SentimentEntry, version?: string) => {
    entries.set(id, { entry, version });
    for (const listener of listeners) listener(id);
  };

  async function compute(id: string): Promise<SentimentEntry> {
    const port = adapter.conversations;
    if (!port) return { status: 'none' };
    const signal = lifetime.signal;
    const page = await port.loadMessages(id, { limit: SENTIMENT_PAGE, signal });
    const anyLanguage = adapter.has('sentiment.analyze');
    // The page is newest first; the aggregate wants them with their times, in any order.
    const latest = page.messages.filter((m) => scorable(m, anyLanguage)).slice(0, SENTIMENT_MESSAGES);
    if (latest.length === 0) return { status: 'none' };
    const unscored = latest.filter((m) => !m.sentiment);
    const scores = await scoreTexts(adapter, unscored.map((m) => m.text), { signal });
    const byId = new Map<string, SentimentScore>(unscored.map((m, i) => [m.id, scores[i]!]));
    const value = conversationSentiment(latest.map((m) => ({ score: m.sentiment ?? byId.get(m.id)!, at: m.createdAt })));
    return { status: 'ready', value, messages: latest.length };
  }

  function pump(): void {
    scheduled = false;
    while (running < PARALLEL && line.length && !lifetime.signal.aborted) {
      const { id, version } = line.shift()!;
      running += 1;
      compute(id).then(
        (entry) => set(id, entry, version),
        (error: unknown) => {
          if (!lifetime.signal.aborted && !isAbort(error)) set(id, { status: 'error', error }, version);
        },
      ).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  /** Starts the line after the current task, so the page draws first. */
  const schedule = () => {
    if (scheduled || lifetime.signal.aborted) return;
    scheduled = true;
    setTimeout(pump, 0);
  };

  function enqueue(id: string, version: string | undefined, urgent: boolean): void {
    const known = entries.get(id);
    const previous = known?.entry.status === 'ready' ? known.entry.value : known?.entry.status === 'loading' ? known.entry.previous : undefined;
    entries.set(id, { entry: { status: 'loading', ...(previous ? { previous } : {}) }, version });
    const at = line.findIndex((item) => item.id === id);
    if (at >= 0) line.splice(at, 1);
    if (urgent) line.unshift({ id, version });
    else line.push({ id, version });
    for (const listener of listeners) listener(id);
    schedule();
  }

  return {
    get: (id) => entries.get(id)?.entry,
    want(id, version, urgent = false) {
      const known = entries.get(id);
      if (known && (version === undefined || known.version === version)) {
        // Already there or on its way; an urgent ask moves a waiting one to the front.
        const at = line.findIndex((item) => item.id === id);
        if (urgent && at > 0) line.unshift(...line.splice(at, 1));
        return;
      }
      enqueue(id, version ?? known?.version, urgent);
    },
    retryFailed() {
      for (const [id, { entry, version }] of entries) if (entry.status === 'error') enqueue(id, version, false);
    },
    retry(id) {
      const known = entries.get(id);
      if (known?.entry.status === 'error') enqueue(id, known.version, true);
    },
    failed: () => [...entries].filter(([, { entry }]) => entry.status === 'error').map(([id]) => id),
    onChange(listener) {
      listeners.push(listener);
    },
    destroy() {
      lifetime.abort();
      line.length = 0;
      listeners.length = 0;
    },
  };
}

/** A Screenpop badge for a conversation's sentiment and trend. */
export function sentimentBadge(value: ConversationSentiment, variant: 'compact' | 'full'): HTMLElement {
  const badge = document.createElement('cx-sentiment-badge');
  badge.variant = variant;
  badge.sentiment = value.score;
  badge.trend = value.trend;
  return badge;
}

/** The queue's Sentiment cell: a compact badge, a small loading mark, or a dash with words. */
export function sentimentCell(entry: SentimentEntry | undefined): Node {
  if (!entry) return noValue('Sentiment not scored yet');
  switch (entry.status) {
    case 'ready':
      return sentimentBadge(entry.value, 'compact');
    case 'loading':
      return entry.previous
        ? sentimentBadge(entry.previous, 'compact')
        : h('span', { class: 'cell-loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { class: 'sr-only' }, 'Scoring sentiment…'));
    case 'none':
      return noValue('No customer messages to score');
    case 'error':
      return h('span', { class: 'muted' }, h('span', { 'aria-hidden': 'true' }, '– !'), h('span', { class: 'sr-only' }, 'Sentiment could not be computed'));
  }
}

/** The record header's sentiment: the full badge with trend, a loading line, or an error with Retry. */
export function headSentiment(entry: SentimentEntry | undefined, retry: () => void): Node[] {
  const label = h('span', { class: 'rec-sentiment-label', 'aria-hidden': 'true' }, 'Customer sentiment:');
  if (!entry) return [];
  switch (entry.status) {
    case 'ready':
      return [label, sentimentBadge(entry.value, 'full')];
    case 'loading':
      return entry.previous ? [label, sentimentBadge(entry.previous, 'full')] : [loadingNote('Scoring sentiment…')];
    case 'none':
      return [h('span', { class: 'muted' }, 'Sentiment: –', h('span', { class: 'sr-only' }, ' no customer messages to score'))];
    case 'error': {
      const message = entry.error instanceof Error ? entry.error.message : String(entry.error);
      return [
        h(
          'span',
          { class: 'rec-sentiment-error', role: 'alert' },
          'Sentiment could not be computed: ',
          message,
          ' ',
          h('button', { type: 'button', class: 'btn btn-small', onclick: () => retry() }, 'Retry'),
        ),
      ];
    }
  }
}
