/**
 * Reply length under each channel's counting rule. Plain TypeScript, no DOM.
 *
 * - `characters`: Unicode code points (not grapheme clusters): what most platforms' limits are written in,
 *   and never fewer than the graphemes a person sees, so a reply that fits here is never cut short.
 * - `utf16`: UTF-16 code units, what `maxlength` and most web forms count (SMS segments).
 * - `x-weighted`: X's published weighting (twitter-text v3 configuration), written here rather than taken
 *   from the `twitter-text` package (see the README): the text is NFC-normalised; each URL counts 23;
 *   each emoji sequence (ZWJ sequences, skin tones, flags, keycaps, tag sequences) counts 2; every other
 *   code point counts 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, else 2
 *   (so CJK counts 2). Weights are in hundredths, as X's configuration states them.
 * - `none`: nothing to count.
 */
import type { LengthCounting } from '../model/channel.js';

const SCALE = 100;
const DEFAULT_WEIGHT = 200;
const URL_LENGTH = 23;
/** [first, last, weight] in X's v3 configuration; anything outside counts DEFAULT_WEIGHT. */
const RANGES: readonly (readonly [number, number, number])[] = [
  [0x0000, 0x10ff, 100],
  [0x2000, 0x200d, 100],
  [0x2010, 0x201f, 100],
  [0x2032, 0x2037, 100],
];

// One emoji element: a pictograph, an optional variation selector or skin tone, an optional tag sequence
// (subdivision flags such as England). Elements joined by ZWJ make one sequence.
const ELEMENT = String.raw`(?:\p{Extended_Pictographic}|\p{Emoji_Presentation})[\uFE0F\p{Emoji_Modifier}]{0,2}(?:[\u{E0020}-\u{E007E}]+\u{E007F})?`;
const EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|${ELEMENT}(?:\u200D${ELEMENT})*`, 'gu');

// Top-level domains that make a bare "name.tld" a link. Two-letter country domains count only with a path
// ("example.it/help"), which keeps "hello.it" and similar from counting as links.
const GENERIC_TLDS =
  'com|net|org|edu|gov|mil|int|info|biz|name|pro|aero|coop|museum|mobi|asia|tel|travel|jobs|app|dev|page|blog|shop|store|online|site|tech|news|cloud|xyz|top|club|live|link|email|help|support|services|agency|digital|media|social|world|today|life|io|co|me|tv|ly|ai|gg|uk|us|eu|de|fr';
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const PATH = String.raw`(?:\/[^\s]*)`;
const URL = new RegExp(
  [
    String.raw`https?:\/\/[^\s]+`,
    String.raw`(?<![\p{L}\p{N}@._\/-])(?:${LABEL}\.)+(?:${GENERIC_TLDS})(?![\p{L}\p{N}@_-])(?::\d{1,5})?${PATH}?`,
    String.raw`(?<![\p{L}\p{N}@._\/-])(?:${LABEL}\.)+\p{L}{2}(?::\d{1,5})?${PATH}`,
  ].join('|'),
  'giu',
);
/** Punctuation that ends a sentence rather than a link: "see example.com." */
const TRAILING = /[.,;:!?'")\]}>]+$/u;

export interface Span {
  start: number;
  end: number;
}

/** The links X would shorten, as [start, end) spans of the (NFC) text. */
export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(URL)) {
    const raw = match[0].replace(TRAILING, '');
    if (!raw.includes('.')) continue;
    spans.push({ start: match.index, end: match.index + raw.length });
  }
  return spans;
}

function weightOf(codePoint: number): number {
  for (const [first, last, weight] of RANGES) if (codePoint >= first && codePoint <= last) return weight;
  return DEFAULT_WEIGHT;
}

/** X's weighted length: what X compares with 280. */
export function weightedLength(input: string): number {
  const text = input.normalize('NFC');
  const special: (Span & { weight: number })[] = findUrls(text).map((s) => ({ ...s, weight: URL_LENGTH * SCALE }));
  for (const match of text.matchAll(EMOJI)) {
    const start = match.index;
    const end = start + match[0].length;
    // A lone pictograph without a variation selector ("©", "❤") weighs what its code point weighs.
    if (match[0].codePointAt(0)! > 0xffff ? match[0].length === 2 : match[0].length === 1) continue;
    if (special.some((s) => start < s.end && end > s.start)) continue; // inside a URL
    special.push({ start, end, weight: DEFAULT_WEIGHT });
  }
  special.sort((a, b) => a.start - b.start);
  let total = 0;
  let i = 0;
  for (const span of special) {
    total += plainWeight(text, i, span.start) + span.weight;
    i = span.end;
  }
  total += plainWeight(text, i, text.length);
  return total / SCALE;
}

function plainWeight(text: string, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    total += weightOf(codePoint);
  }
  return total;
}

/** The length of `text` under a channel's counting rule; 0 for `none`. */
export function measure(text: string, counting: LengthCounting): number {
  switch (counting) {
    case 'x-weighted':
      return weightedLength(text);
    case 'utf16':
      return text.length;
    case 'characters':
      return Array.from(text).length;
    case 'none':
      return 0;
  }
}

export interface LengthStatus {
  /** The length under the rule. */
  length: number;
  /** Null when the channel has no limit (or counts nothing). */
  max: number | null;
  /** max − length; negative when over. Null without a limit. */
  remaining: number | null;
  over: boolean;
  /** Within the last tenth of the limit (at least 10, at most 100 left), not over. */
  near: boolean;
}

/** Length, limit and state of a draft for a channel. */
export function lengthStatus(text: string, counting: LengthCounting, max: number | null): LengthStatus {
  const length = measure(text, counting);
  if (max === null || counting === 'none') return { length, max: null, remaining: null, over: false, near: false };
  const remaining = max - length;
  const margin = Math.min(100, Math.max(10, Math.round(max / 10)));
  return { length, max, remaining, over: remaining < 0, near: remaining >= 0 && remaining <= margin };
}
