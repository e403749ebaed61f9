import type { Maybe } from './scalars.js';

/** The five-level scale every score is mapped onto. */
export const SENTIMENT_LABELS = ['very-negative', 'negative', 'neutral', 'positive', 'very-positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** One thing that moved the score: a word, phrase, emoji or rule, with its signed weight. */
export interface SentimentDriver {
  /** The text that matched, as written ("not happy", "😡", "still waiting"). */
  text: string;
  /** Signed contribution on the analyzer's raw scale (negative pulls the score down). */
  weight: number;
  /** What kind of evidence it is. */
  kind: 'word' | 'phrase' | 'emoji' | 'emoticon' | 'rule';
  /** Rules that modified it, e.g. ["negated"], ["intensified"], ["after-but"]. */
  modifiers?: string[];
}

/** Who produced a score. */
export type SentimentSource = 'built-in' | 'adapter' | 'agent';

/** A sentiment score normalised to −1..1 with a label on the five-level scale. */
export interface SentimentScore {
  /** −1 (very negative) .. 1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** 0..1: how much the source trusts its own score. */
  confidence: number;
  source: SentimentSource;
  drivers: SentimentDriver[];
  /** The label before an agent overrode it, when source is "agent". */
  originalLabel?: SentimentLabel;
}

/**
 * A score as a host gives it. Required: `score` (−1..1) and `confidence` (0..1). Defaulted: `label`
 * (from the score, see `labelForScore`), `source` ("adapter"), `drivers` ([]).
 */
export interface SentimentScoreInput {
  score: number;
  label?: Maybe<SentimentLabel>;
  confidence: number;
  source?: Maybe<SentimentSource>;
  drivers?: Maybe<readonly SentimentDriver[]>;
  originalLabel?: Maybe<SentimentLabel>;
}

/** Cut points on −1..1 between the five labels. */
export const SENTIMENT_THRESHOLDS = { veryNegative: -0.6, negative: -0.2, positive: 0.2, veryPositive: 0.6 } as const;

/** The label for a normalised score. */
export function labelForScore(score: number): SentimentLabel {
  const t = SENTIMENT_THRESHOLDS;
  if (score <= t.veryNegative) return 'very-negative';
  if (score <= t.negative) return 'negative';
  if (score < t.positive) return 'neutral';
  if (score < t.veryPositive) return 'positive';
  return 'very-positive';
}

/** A representative score for a label (the middle of its band). */
export function scoreForLabel(label: SentimentLabel): number {
  switch (label) {
    case 'very-negative':
      return -0.8;
    case 'negative':
      return -0.4;
    case 'neutral':
      return 0;
    case 'positive':
      return 0.4;
    case 'very-positive':
      return 0.8;
  }
}

export function isSentimentLabel(value: unknown): value is SentimentLabel {
  return typeof value === 'string' && (SENTIMENT_LABELS as readonly string[]).includes(value);
}

/**
 * Scales a host's sentiment service may report on; `normalizeScore` in `screenpop/sentiment`
 * maps each onto −1..1 (the mapping is documented there).
 */
export const SENTIMENT_SCALES = ['3-level', '5-level', '7-level', '-1..1', '-5..5', '-100..100', '0..1'] as const;
export type SentimentScale = (typeof SENTIMENT_SCALES)[number];

/** A score as a host's sentiment service returns it, before normalisation. */
export interface RawSentiment {
  /** A number on `scale`, or a label ("negative", "very positive") for level scales. */
  value: number | string;
  scale: SentimentScale;
  /** 0..1 when the service gives one. */
  confidence?: number;
  drivers?: SentimentDriver[];
}

/** Where a conversation's sentiment is heading (see `conversationSentiment` in `screenpop/sentiment`). */
export type SentimentTrend = 'improving' | 'worsening' | 'steady';
