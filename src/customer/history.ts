/**
 * The customer's history across channels, from their conversations: how many per channel, when
 * last, and the sentiment of the most recent ones. Plain TypeScript, no DOM.
 */
import type { ChannelKind, Conversation, Message, SentimentScore } from '../model/index.js';
import type { Adapter } from '../ports/ports.js';
import { conversationSentiment, type ConversationSentiment } from '../sentiment/aggregate.js';
import { scoreTexts } from '../sentiment/score.js';

export interface ChannelHistory {
  kind: ChannelKind | 'other';
  /** Conversations that used this channel kind. */
  count: number;
  /** ISO 8601: the latest of those conversations' last activity. */
  lastContact: string;
  /** The conversation with that last contact: the one "open" shows. */
  latest: Conversation;
}

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Most recent first, by last activity. */
export function byRecency(conversations: readonly Conversation[]): Conversation[] {
  return [...conversations].sort((a, b) => time(b.updatedAt) - time(a.updatedAt) || a.id.localeCompare(b.id));
}

/** One row per channel kind used, the most recently used first. */
export function channelHistory(conversations: readonly Conversation[]): ChannelHistory[] {
  const rows = new Map<string, ChannelHistory>();
  for (const conversation of byRecency(conversations)) {
    for (const kind of new Set(conversation.channels.map((channel) => channel.kind))) {
      const row = rows.get(kind);
      if (row) row.count += 1;
      else rows.set(kind, { kind, count: 1, lastContact: conversation.updatedAt, latest: conversation });
    }
  }
  return [...rows.values()];
}

/** Messages per conversation read for its sentiment, and how many of its latest customer messages are scored. */
export const SENTIMENT_PAGE = 15;
export const SENTIMENT_MESSAGES = 10;

function scorable(message: Message, anyLanguage: boolean): boolean {
  if (message.author.role !== 'customer' || message.deleted || !message.text.trim()) return false;
  return anyLanguage || !message.lang || /^en\b/i.test(message.lang);
}

/** Why a conversation's sentiment could not be worked out: the port call that failed, and what it threw (`cause`). */
export class MoodError extends Error {
  /** The port operation, as `cx-adapter-error` names it: `conversations.loadMessages` or `sentiment.analyze`. */
  readonly operation: string;
  constructor(operation: string, cause: unknown) {
    super(`${operation} failed`, { cause });
    this.name = 'MoodError';
    this.operation = operation;
  }
}

const failedAt = (operation: string) => (error: unknown) => Promise.reject(new MoodError(operation, error));

/**
 * A conversation's sentiment: the host's own when the conversation carries one, otherwise its latest
 * customer messages scored (scores on messages kept) and aggregated. Null when there is nothing to score.
 * Rejects with a `MoodError` naming the call that failed.
 */
export async function conversationMood(adapter: Adapter, conversation: Conversation, signal: AbortSignal): Promise<ConversationSentiment | null> {
  if (conversation.sentiment) return { score: conversation.sentiment, trend: 'steady', trendDelta: 0 };
  const port = adapter.conversations;
  if (!port) return null;
  const page = await port.loadMessages(conversation.id, { limit: SENTIMENT_PAGE, signal }).catch(failedAt('conversations.loadMessages'));
  const latest = page.messages.filter((m) => scorable(m, adapter.has('sentiment.analyze'))).slice(0, SENTIMENT_MESSAGES);
  if (latest.length === 0) return null;
  const unscored = latest.filter((m) => !m.sentiment);
  const scores = await scoreTexts(adapter, unscored.map((m) => m.text), { signal }).catch(failedAt('sentiment.analyze'));
  const byId = new Map<string, SentimentScore>(unscored.map((m, i) => [m.id, scores[i]!]));
  return conversationSentiment(latest.map((m) => ({ score: m.sentiment ?? byId.get(m.id)!, at: m.createdAt })));
}
