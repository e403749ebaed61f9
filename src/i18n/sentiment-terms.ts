import type { SentimentLabel, SentimentSource, SentimentTrend } from '../model/sentiment.js';

/**
 * The words of the sentiment badge's compact form, trend and explanation, typed so a translation can
 * replace them whole. The level names themselves are in `Terms.sentiment`.
 */
export interface SentimentTerms {
  /** Short level names for the compact badge; each starts like the full name, for voice control. */
  short: Record<SentimentLabel, string>;
  /** Read before the level by screen readers, with its colon. */
  srLabel: string;
  trend: Record<SentimentTrend, string>;
  trendLine: (trend: string) => string;
  source: Record<SentimentSource, string>;
  sourceLine: (source: string) => string;
  /** Modifiers of a driver, as the analyzer names them ("after-but"); unknown ones are shown de-hyphenated. */
  modifier: Record<string, string>;
  setByAgent: (was: string | undefined) => string;
  drivers: string;
  noDrivers: string;
  overrideLabel: string;
  overrideApply: string;
  loading: string;
  failed: string;
  retry: string;
  /** In the popover while the explanation is downloaded (on first use), and when that failed. */
  explanationLoading: string;
  explanationFailed: string;
}

export const sentimentTerms: SentimentTerms = {
  short: {
    'very-negative': 'Very neg.',
    negative: 'Neg.',
    neutral: 'Neutral',
    positive: 'Pos.',
    'very-positive': 'Very pos.',
  },
  srLabel: 'Sentiment:',
  trend: { improving: 'improving', worsening: 'worsening', steady: 'steady' },
  trendLine: (trend) => `Trend: ${trend}`,
  source: {
    'built-in': 'built-in analyzer',
    adapter: "the desktop's sentiment service",
    agent: 'set by an agent',
  },
  sourceLine: (source) => `Source: ${source}`,
  modifier: {
    negated: 'negated',
    intensified: 'intensified',
    dampened: 'softened',
    caps: 'in capitals',
    'service-failure': 'service failure',
    'help-request': 'asks for help',
    thanks: 'thanks',
    sarcasm: 'sarcasm',
    resolution: 'resolved',
    'before-but': "before 'but'",
    'after-but': "after 'but'",
    exclamation: 'exclamation marks',
  },
  setByAgent: (was) => (was ? `set by agent, was ${was}` : 'set by agent'),
  drivers: 'What moved the score',
  noDrivers: 'No words or rules were given for this score.',
  overrideLabel: 'Change to',
  overrideApply: 'Set',
  loading: 'Scoring sentiment…',
  failed: 'Sentiment unavailable',
  retry: 'Retry',
  explanationLoading: 'Loading the explanation…',
  explanationFailed: 'The explanation could not be loaded.',
};
