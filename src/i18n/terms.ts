import type { SentimentLabel } from '../model/sentiment.js';

/** The words components show, in one typed place so a translation can replace them whole. */
export interface Terms {
  sentiment: Record<SentimentLabel, string>;
  sentimentUnknown: string;
  confidence: (percent: number) => string;
  score: (value: string) => string;
}

export const en: Terms = {
  sentiment: {
    'very-negative': 'Very negative',
    negative: 'Negative',
    neutral: 'Neutral',
    positive: 'Positive',
    'very-positive': 'Very positive',
  },
  sentimentUnknown: 'No sentiment',
  confidence: (percent) => `${percent}% confidence`,
  score: (value) => `score ${value}`,
};
