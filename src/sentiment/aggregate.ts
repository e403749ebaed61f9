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
 * confident score more than a hesitant one. The conversation score is the weighted mean; its drivers
 * are the messages' drivers scaled by the same weights, merged by text, the strongest few kept.
 *
 * Trend: where the conversation is heading now, read from the last `trendWindow` messages (default
 * 3): the slope of their scores by position, least squares with the weights above, times the
 * window's span — the change across those messages (`trendDelta`, −2..2). Above `trendThreshold` is
 * "improving", below its negative "worsening", otherwise (and with fewer than two messages)
 * "steady". A conversation that went from neutral to warm and is now cooling reads "worsening":
 * the agent needs the direction of the latest messages, not of the whole history.
 */
import { labelForScore, type SentimentDriver, type SentimentScore } from '../model/sentiment.js';

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
  /** Smallest change across the trend window that counts as a trend. Default 0.15. */
  trendThreshold?: number;
  /** How many of the latest messages the trend reads. Default 3. */
  trendWindow?: number;
  /** How many drivers the conversation score keeps. Default 6. */
  maxDrivers?: number;
}

export interface ConversationSentiment {
  score: SentimentScore;
  trend: 'improving' | 'worsening' | 'steady';
  /** Change across the latest messages (see the trend above), −2..2. */
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

/** The messages' drivers, each scaled by its message's share of the weight, merged by text. */
function mergeDrivers(lists: ReadonlyArray<ReadonlyArray<SentimentDriver> | undefined>, weights: number[], max: number): SentimentDriver[] {
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const merged = new Map<string, SentimentDriver>();
  lists.forEach((drivers, i) => {
    for (const driver of drivers ?? []) {
      const key = `${driver.kind}:${driver.text.toLowerCase()}`;
      const weight = (driver.weight * weights[i]!) / total;
      const known = merged.get(key);
      merged.set(key, known ? { ...known, weight: known.weight + weight } : { ...driver, weight });
    }
  });
  return [...merged.values()]
    .map((driver) => ({ ...driver, weight: round(driver.weight) }))
    .filter((driver) => driver.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, max);
}

/** Weighted least-squares slope of the scores by position, times the span: the change across them. */
function recentChange(window: Array<{ s: number; w: number }>): number {
  if (window.length < 2) return 0;
  const points = window.map(({ s, w }, x) => ({ x, s, w }));
  const mx = weightedMean(points.map(({ x, w }) => ({ s: x, w })));
  const my = weightedMean(points);
  let covariance = 0;
  let variance = 0;
  for (const { x, s, w } of points) {
    covariance += w * (x - mx) * (s - my);
    variance += w * (x - mx) ** 2;
  }
  return variance ? (covariance / variance) * (window.length - 1) : 0;
}

/** The conversation's sentiment, weighted towards the most recent messages, and where it is heading. */
export function conversationSentiment(
  messages: ReadonlyArray<ScoredMessage>,
  options: ConversationSentimentOptions = {},
): ConversationSentiment {
  const { halfLifeMessages = 3, halfLifeHours = 24, trendThreshold = 0.15, trendWindow = 3, maxDrivers = 6 } = options;
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
    drivers: mergeDrivers(ordered.map(({ m }) => m.score.drivers), items.map(({ w }) => w), maxDrivers),
  };

  const trendDelta = round(Math.max(-2, Math.min(2, recentChange(items.slice(-Math.max(2, trendWindow))))));
  const trend = trendDelta > trendThreshold ? 'improving' : trendDelta < -trendThreshold ? 'worsening' : 'steady';
  return { score: result, trend, trendDelta };
}
