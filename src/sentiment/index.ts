/**
 * `screenpop/sentiment`: the built-in, lexicon-based sentiment analyzer.
 *
 * This module is the lazily loaded chunk (it carries the AFINN-165 lexicon). Components import
 * `./normalize.js` and `./aggregate.js` directly and load this one through `loadAnalyzer()` only when
 * no adapter supplies scores.
 *
 * How a message is scored:
 * 1. Tokens: words, emoji, emoticons and punctuation; URLs, @mentions and $cashtags are skipped.
 * 2. Entries: the longest lexicon phrase at each word wins ("not working", "thanks so much"), then
 *    single words, with elongations folded ("sooo" → "so").
 * 3. Each entry's valence (−5..5) is modified by, in order: boosters ("very" ×1.3, "slightly" ×0.6,
 *    within two words), ALL-CAPS (×1.5, unless the whole message shouts), negation ("not", "never",
 *    "n't" … within three words: positives ×−0.75, negatives ×−0.5; a negated service word such as
 *    "can't log in" or "no answer" becomes a service failure instead), resolution ("fixed the
 *    outage" cancels the failure), sarcasm (see `sarcasm()`), and contrast (before the last "but"
 *    ×0.5, after it ×1.5).
 * 4. Exclamation marks add 0.3 each (up to four) in the direction of the sum.
 * 5. The raw sum `s` is squashed onto −1..1 with `s / √(s² + 16)`, labelled by `labelForScore`.
 *
 * One module per step: `./tokenize.ts` (1), `./dictionary.ts` (the pack compiled for 2),
 * `./units.ts` (2–3 where a word stands, with `./emphasis.ts`), `./sarcasm.ts`, and the scoring here.
 * A rule of its own (a reply's tone, say) reuses the tokenizer, the packs and their dictionary.
 */
import { labelForScore, type SentimentDriver, type SentimentScore } from '../model/sentiment.js';
import { en } from './en.js'; // first: the chunk then opens with the lexicon, as before the split (it gzips smaller)
import { compile } from './dictionary.js';
import type { Language } from './language.js';
import { sarcasm } from './sarcasm.js';
import { tokenize } from './tokenize.js';
import { readUnits } from './units.js';

export type { Cue, Language } from './language.js';
export { en };

/** The packs `analyze` knows by code. Pass a `Language` object to use another. */
export const languages: Readonly<Record<string, Language>> = { en };

export interface AnalyzeOptions {
  /** A language code from `languages` ("en", "en-GB"), or a pack. Default "en". */
  language?: string | Language;
}

const ALPHA = 16;
const EXCLAMATION = 0.3;

/** Scores one message. Never throws on text; an empty text or one without sentiment is neutral. */
export function analyze(text: string, { language = en }: AnalyzeOptions = {}): SentimentScore {
  const lang = typeof language === 'string' ? languages[language.toLowerCase().split(/[-_]/)[0]] : language;
  if (!lang) throw new RangeError(`screenpop/sentiment: no language pack for "${language}".`);
  const dict = compile(lang);
  const s = String(text ?? '');
  const tokens = tokenize(s);
  const [units, contrasts, bangs] = readUnits(s, tokens, lang, dict);

  sarcasm(units, tokens, lang, contrasts);

  let raw = 0;
  let evidence = 0;
  const drivers: SentimentDriver[] = [];
  const contrast = contrasts.at(-1); // the last "but": what comes before it weighs less
  for (const u of units) {
    if (contrast !== undefined) {
      u.v *= u.from < contrast ? 0.5 : 1.5;
      u.mods.push(u.from < contrast ? 'before-but' : 'after-but');
    }
    raw += u.v;
    evidence += Math.abs(u.v);
    const driver: SentimentDriver = { text: u.text, weight: round(u.v), kind: u.kind };
    if (u.mods.length) driver.modifiers = u.mods;
    drivers.push(driver);
  }
  // Confidence grows with the amount of evidence and falls when the evidence disagrees with itself.
  const confidence = evidence ? (1 - Math.exp(-evidence / 3)) * (0.4 + (0.6 * Math.abs(raw)) / evidence) : 0.3;
  if (raw && bangs) {
    const n = Math.min(bangs, 4);
    const extra = Math.sign(raw) * EXCLAMATION * n;
    raw += extra;
    drivers.push({ text: '!'.repeat(n), weight: round(extra), kind: 'rule', modifiers: ['exclamation'] });
  }
  const score = round(raw / Math.sqrt(raw * raw + ALPHA));
  return { score, label: labelForScore(score), confidence: round(confidence), source: 'built-in', drivers };
}

const round = (x: number) => Math.round(x * 100) / 100 || 0;
