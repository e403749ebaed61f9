/**
 * Maps a host sentiment service's score onto Screenpop's −1..1 scale and five labels. This module
 * does not load the lexicon: import it directly.
 *
 * | scale        | accepted values                                         | mapping to −1..1                          |
 * |--------------|---------------------------------------------------------|-------------------------------------------|
 * | `'3-level'`  | 1..3, or "negative" / "neutral" / "positive"            | 1 → −0.4, 2 → 0, 3 → 0.4                  |
 * | `'5-level'`  | 1..5, or the five labels ("very negative", "very-negative", "very_negative" …) | 1 → −0.8, 2 → −0.4, 3 → 0, 4 → 0.4, 5 → 0.8 (label band middles) |
 * | `'7-level'`  | 1..7                                                    | (v − 4) / 3.75: 1 → −0.8, 4 → 0, 7 → 0.8  |
 * | `'-1..1'`    | −1..1                                                   | unchanged                                 |
 * | `'-5..5'`    | −5..5 (e.g. AFINN sums)                                 | v / 5                                     |
 * | `'-100..100'`| −100..100 (percent)                                     | v / 100                                   |
 * | `'0..1'`     | 0..1 (probability of positive)                          | 2v − 1                                    |
 *
 * Level scales land on the middle of a label's band (`scoreForLabel`), so a level never changes label
 * on the way in; fractional levels (2.5 on 5-level) are interpolated linearly between them. Numeric
 * strings ("4") are accepted. Out-of-range numbers are clamped to the scale; NaN, infinities,
 * non-numbers and unknown labels throw a `TypeError` (wrong type) or `RangeError` (unknown label,
 * NaN/∞) that names the scale.
 */
import {
  labelForScore,
  scoreForLabel,
  type RawSentiment,
  type SentimentLabel,
  type SentimentScale,
  type SentimentScore,
} from '../model/sentiment.js';

/** [min, max] of each numeric scale. */
const RANGES: Record<SentimentScale, readonly [number, number]> = {
  '3-level': [1, 3],
  '5-level': [1, 5],
  '7-level': [1, 7],
  '-1..1': [-1, 1],
  '-5..5': [-5, 5],
  '-100..100': [-100, 100],
  '0..1': [0, 1],
};

/** The levels of the 3- and 5-level scales, lowest first. */
const LEVELS: Partial<Record<SentimentScale, readonly SentimentLabel[]>> = {
  '3-level': ['negative', 'neutral', 'positive'],
  '5-level': ['very-negative', 'negative', 'neutral', 'positive', 'very-positive'],
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The −1..1 score for `value` on `scale`; see the table above. */
export function toUnitScore(value: number | string, scale: SentimentScale): number {
  const range = RANGES[scale];
  if (!range) throw new RangeError(`Unknown sentiment scale "${String(scale)}"; expected one of ${Object.keys(RANGES).join(', ')}.`);
  let v: number;
  if (typeof value === 'string') {
    const levels = LEVELS[scale];
    const label = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
    const index = levels?.indexOf(label as SentimentLabel) ?? -1;
    if (index >= 0) return scoreForLabel(levels![index]);
    if (label === '' || !Number.isFinite(Number(label)))
      throw new RangeError(
        `"${value}" is not a value on the ${scale} sentiment scale` + (levels ? ` (expected ${range[0]}..${range[1]} or ${levels.join(', ')}).` : ` (expected ${range[0]}..${range[1]}).`),
      );
    v = Number(label);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a value on the ${scale} sentiment scale (expected ${range[0]}..${range[1]}).`);
    v = value;
  } else {
    throw new TypeError(`A ${scale} sentiment must be a number or a string, got ${value === null ? 'null' : typeof value}.`);
  }
  v = clamp(v, range[0], range[1]);
  switch (scale) {
    case '3-level':
      return (v - 2) * 0.4;
    case '5-level':
      return (v - 3) * 0.4;
    case '7-level':
      return (v - 4) / 3.75;
    case '-1..1':
      return v;
    case '-5..5':
      return v / 5;
    case '-100..100':
      return v / 100;
    case '0..1':
      return 2 * v - 1;
  }
}

/**
 * A host's score as a `SentimentScore` (source `'adapter'`). Confidence is the service's own when
 * given (clamped to 0..1), else 1 for level scales (a deliberate label) and |score| for continuous ones.
 */
export function normalizeScore(value: number | string, scale: SentimentScale, extra: Partial<Pick<RawSentiment, 'confidence' | 'drivers'>> = {}): SentimentScore {
  const score = Math.round(toUnitScore(value, scale) * 1000) / 1000 || 0;
  const confidence = Number.isFinite(extra.confidence) ? clamp(extra.confidence!, 0, 1) : LEVELS[scale] || scale === '7-level' ? 1 : Math.abs(score);
  return { score, label: labelForScore(score), confidence, source: 'adapter', drivers: extra.drivers ?? [] };
}

/** `normalizeScore` for a `RawSentiment` as a `SentimentService` returns it. */
export function normalizeRaw(raw: RawSentiment): SentimentScore {
  return normalizeScore(raw.value, raw.scale, raw);
}
