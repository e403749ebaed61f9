/**
 * Tone check before a public reply: the built-in analyzer, loaded on first use. A negative label or a
 * sarcasm driver makes a warning; when the analyzer can't be loaded the check is skipped, never fatal.
 */
import type { SentimentScore } from '../model/sentiment.js';
import { loadAnalyzer } from '../sentiment/load.js';

export interface ToneWarning {
  /** Why the reply may read badly in public. */
  message: string;
  /** The words that made it read so, as written. */
  drivers: string[];
}

type Loader = () => Promise<{ analyze: (text: string) => SentimentScore }>;

/** A warning for a scored reply, or null when it reads fine. */
export function toneWarning(score: SentimentScore): ToneWarning | null {
  const sarcastic = score.drivers.filter((d) => d.modifiers?.includes('sarcasm'));
  if (sarcastic.length) return { message: 'This reply may read as sarcastic.', drivers: sarcastic.map((d) => d.text) };
  if (score.label === 'negative' || score.label === 'very-negative') {
    return { message: 'This reply reads as negative.', drivers: score.drivers.filter((d) => d.weight < 0).map((d) => d.text) };
  }
  return null;
}

/** Scores `text` with the built-in analyzer; null when it reads fine or the analyzer is unavailable. */
export async function checkTone(text: string, load: Loader = loadAnalyzer): Promise<ToneWarning | null> {
  try {
    const { analyze } = await load();
    return toneWarning(analyze(text));
  } catch {
    return null;
  }
}
