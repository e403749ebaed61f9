/**
 * Conversation-level sentiment from per-message scores. Does not load the lexicon: import it
 * directly.
 *
 * Weighting: message i of n (oldest first) weighs
 *
 *     w = 0.5^((n − 1 − i) / halfLifeMessages) × 0.5^(ageHours / halfLifeHours) × (0.25 + confidence)
 *
 * where `ageHours` is the time between the message and the newest one. So by default the fourth
 * newest message counts half as much as the newest, a message from a day earlier half again, and a
 * confident score more than a hesitant one. The conversation score is the weighted mean.
 *
 * Trend: the weighted mean of the newer half (the last ⌈n/2⌉ messages) minus that of the older half
 * (`trendDelta`, −2..2); above `trendThreshold` is "improving", below its negative "worsening",
 * otherwise (and with fewer than two messages) "steady".
 */
import { labelForScore, type SentimentScore } from '../model/sentiment.js';

export interface ScoredMessage {
  score: SentimentScore;
  /** ISO 8601 time the message was sent. */
  at: string;
}

export interface ConversationSentimentOptions {
  /** Messages after which a message's weight halves. Default 3. */
  halfLifeMessages?: number;
  /** Hours after which a message's weight halves. Default 24. */
  halfLifeHours?: number;
  /** Smallest change between the older and the newer half that counts as a trend. Default 0.15. */
  trendThreshold?: number;
}

export interface ConversationSentiment {
  score: SentimentScore;
  trend: 'improving' | 'worsening' | 'steady';
  /** Newer half's mean minus older half's mean, −2..2. */
  trendDelta: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000 || 0;

function weightedMean(items: Array<{ s: number; w: number }>): number {
  let sum = 0;
  let weights = 0;
  for (const { s, w } of items) {
    sum += s * w;
    weights += w;
  }
  return weights ? sum / weights : 0;
}

/** The conversation's sentiment, weighted towards the most recent messages, and where it is heading. */
export function conversationSentiment(
  messages: ReadonlyArray<ScoredMessage>,
  options: ConversationSentimentOptions = {},
): ConversationSentiment {
  const { halfLifeMessages = 3, halfLifeHours = 24, trendThreshold = 0.15 } = options;
  if (messages.length === 0)
    return { score: { score: 0, label: 'neutral', confidence: 0, source: 'built-in', drivers: [] }, trend: 'steady', trendDelta: 0 };

  // Oldest first, by time; unparseable times keep their place.
  const ordered = messages
    .map((m, index) => ({ m, index, t: Date.parse(m.at) }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? a.index - b.index : a.t - b.t || a.index - b.index));
  const n = ordered.length;
  const newest = Math.max(...ordered.map((o) => (Number.isNaN(o.t) ? -Infinity : o.t)));
  const items = ordered.map(({ m, t }, i) => {
    const hours = Number.isFinite(newest) && !Number.isNaN(t) ? Math.max(0, (newest - t) / 3_600_000) : 0;
    const confidence = Number.isFinite(m.score.confidence) ? Math.min(1, Math.max(0, m.score.confidence)) : 0.5;
    const w = 0.5 ** ((n - 1 - i) / halfLifeMessages) * 0.5 ** (hours / halfLifeHours) * (0.25 + confidence);
    return { s: Math.min(1, Math.max(-1, m.score.score)), w, confidence };
  });

  const score = round(weightedMean(items));
  const confidence = round(weightedMean(items.map(({ w, confidence: c }) => ({ s: c, w }))));
  const sources = new Set(ordered.map(({ m }) => m.score.source));
  const result: SentimentScore = {
    score,
    label: labelForScore(score),
    confidence,
    source: sources.size === 1 ? ordered[0].m.score.source : 'built-in',
    drivers: [],
  };

  let trendDelta = 0;
  if (n >= 2) {
    const split = Math.floor(n / 2);
    trendDelta = round(weightedMean(items.slice(split)) - weightedMean(items.slice(0, split)));
  }
  const trend = trendDelta > trendThreshold ? 'improving' : trendDelta < -trendThreshold ? 'worsening' : 'steady';
  return { score: result, trend, trendDelta };
}
