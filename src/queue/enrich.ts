/**
 * What the queue and the pop header show about an interaction beyond what the host announced: the
 * conversation's priority, reasons and SLA clocks, what the customer wrote last, the sentiment and
 * its trend, and the matched customer's name and standing. Plain TypeScript, no DOM; every call takes
 * the signal, and each part that fails is reported on its own while the rest is still used.
 */
import { assessStanding } from '../customer/standing.js';
import type { Conversation, Customer, Interaction, Message } from '../model/index.js';
import type { SentimentScore } from '../model/sentiment.js';
import { isAbortError } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';
import { conversationSentiment, type ScoredMessage } from '../sentiment/aggregate.js';
import { scoreTexts } from '../sentiment/score.js';
import { forumAnswerState } from '../thread/forum-staleness.js';
import { isForumConversation } from '../thread/forum-tree.js';
import type { QueueEntry } from './types.js';

export type Details = Omit<QueueEntry, 'id' | 'interaction'> & { conversation?: Conversation; customer?: Customer };

export interface EnrichFailure {
  operation: string;
  error: unknown;
}

export interface Enrichment {
  details: Details;
  failures: EnrichFailure[];
}

/** How many of the customer's latest messages the sentiment reads. */
const SENTIMENT_MESSAGES = 8;
const MESSAGE_PAGE = 12;

const isCustomerText = (m: Message) => m.author.role === 'customer' && !m.deleted && m.text.trim() !== '' && !m.event;
const isEnglish = (m: Message) => !m.lang || /^en\b/i.test(m.lang);

/** The sentiment of the customer's latest messages (oldest first), the host's scores where given. */
async function sentimentOf(adapter: Adapter, messages: Message[], signal: AbortSignal): Promise<{ sentiment: SentimentScore; trend: ScoredTrend } | undefined> {
  const recent = messages.filter((m) => m.sentiment || isEnglish(m)).slice(-SENTIMENT_MESSAGES);
  if (recent.length === 0) return undefined;
  const unscored = recent.filter((m) => !m.sentiment);
  const scores = await scoreTexts(adapter, unscored.map((m) => m.text), { signal });
  const byId = new Map(unscored.map((m, i) => [m.id, scores[i]!]));
  const scored: ScoredMessage[] = recent.map((m) => ({ score: m.sentiment ?? byId.get(m.id)!, at: m.createdAt }));
  const result = conversationSentiment(scored);
  return { sentiment: result.score, trend: result.trend };
}
type ScoredTrend = ReturnType<typeof conversationSentiment>['trend'];

/** Loads what is known about `interaction`; parts that fail are listed in `failures`, never thrown (but a cancellation is). */
export async function enrich(adapter: Adapter, interaction: Interaction, options: { signal: AbortSignal; now: () => Date }): Promise<Enrichment> {
  const { signal } = options;
  const failures: EnrichFailure[] = [];
  const attempt = async <T>(operation: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      failures.push({ operation, error });
      return undefined;
    }
  };
  const conversations = adapter.conversations;
  const customers = adapter.customers;
  const id = interaction.conversationId;
  const getCustomer = (customerId: string) => attempt('customers.getCustomer', () => customers!.getCustomer(customerId, { signal }));
  const [conversation, page, early] = await Promise.all([
    id && conversations && adapter.has('conversations.get') ? attempt('conversations.getConversation', () => conversations.getConversation(id, { signal })) : undefined,
    id && conversations && adapter.has('conversations.load') ? attempt('conversations.loadMessages', () => conversations.loadMessages(id, { limit: MESSAGE_PAGE, signal })) : undefined,
    interaction.customerId && customers && adapter.has('customers.get') ? getCustomer(interaction.customerId) : undefined,
  ]);
  const later = !interaction.customerId && conversation?.customerId && customers && adapter.has('customers.get') ? conversation.customerId : undefined;
  const customer = early ?? (later ? await getCustomer(later) : undefined);

  const details: Details = {};
  const text = interaction.attributes['text'];
  if (text) details.text = text;
  if (interaction.attributes['post']) details.post = interaction.attributes['post'];
  if (conversation) {
    details.conversation = conversation;
    details.priority = conversation.priority;
    details.sla = conversation.sla;
    if (conversation.priorityReasons?.length) details.hostReasons = conversation.priorityReasons;
    if (conversation.sentiment) details.sentiment = conversation.sentiment;
  }
  if (page) {
    const oldestFirst = [...page.messages].reverse();
    const customerMessages = oldestFirst.filter(isCustomerText);
    const latest = customerMessages[customerMessages.length - 1];
    if (latest) {
      details.text = latest.text;
      const repliedTo = latest.inReplyTo ? page.messages.find((m) => m.id === latest.inReplyTo) : undefined;
      if (!details.post && repliedTo?.url) details.post = repliedTo.url;
    }
    // A forum question's answer state needs the whole thread: known when the page holds all of it.
    if (conversation && isForumConversation(conversation) && page.nextCursor === null) {
      const forum = forumAnswerState(oldestFirst);
      if (forum) details.forum = forum;
    }
    const scored = await attempt('sentiment.analyze', () => sentimentOf(adapter, customerMessages, signal));
    if (scored) {
      details.sentiment ??= scored.sentiment;
      details.trend = scored.trend;
    }
  }
  if (customer) {
    details.customer = customer;
    details.name = customer.name;
    details.standing = assessStanding(customer, options.now());
  }
  return { details, failures };
}

/** Runs at most `limit` tasks at a time, in the order they were queued. */
export class Limiter {
  readonly #limit: number;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  async run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    if (this.#running >= this.#limit) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running += 1;
    try {
      if (signal.aborted) throw signal.reason;
      return await task();
    } finally {
      this.#running -= 1;
      this.#waiting.shift()?.();
    }
  }
}
