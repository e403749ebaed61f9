/**
 * A language pack compiled for the token loop: every lexicon word and phrase, cue, booster, negator,
 * contrast and service word folded into one dictionary, once per pack. Reusable by any rule that
 * reads tokens from `./tokenize.ts` (`lookup` for a token, `extend` to follow a phrase).
 */
import type { Cue, Language } from './language.js';
import { hash, type Token } from './tokenize.js';

/**
 * Everything the analyzer knows about one word or phrase. A phrase is a chain of entries, one per
 * token ("yeah, right" is "yeah" → "," → "right"), so the token loop extends a match token by token.
 * Every entry has every field: one object shape keeps the reads in the token loop fast.
 */
export interface Entry {
  /** The word, or the last token of a phrase. */
  w: string;
  /** A phrase's entry for its tokens before `w`. */
  up: Entry | undefined;
  /** Its key in the dictionary (see `key`). */
  k: number;
  /** Another entry with the same key. */
  alt: Entry | undefined;
  v: number;
  cue: Cue | undefined;
  /** Booster multiplier; 0 when not a booster. */
  boost: number;
  /** What else it is: a bit set of `Is`. */
  is: number;
}

export const enum Is {
  Negator = 1,
  Contrast = 2,
  /** A service word: negated, a failure ("can't log in"). */
  Service = 4,
}

/**
 * Entries are keyed by small integers: a word by the hash the tokenizer computes as it scans, a phrase
 * by that mixed into its preceding tokens' key. An integer lookup hashes no string, and most words of
 * a message are in no table.
 */
export type Dict = Map<number, Entry>;

/** The key of a token with hash `h`: on its own, the hash; continuing the phrase `up`, mixed into its key. */
export const key = (up: Entry | undefined, h: number): number => (up ? (Math.imul(up.k, 31) + h) >> 1 : h);

/** The entry for token `w` under key `k`: on its own (`up` undefined), or continuing the phrase `up`. */
export function find(dict: Dict, up: Entry | undefined, w: string, k: number): Entry | undefined {
  let e = dict.get(k);
  while (e && !(e.up === up && e.w === w)) e = e.alt;
  return e;
}

const compiled = new WeakMap<Language, Dict>();

/** Folds a pack's tables into one dictionary (once per pack). */
export function compile(lang: Language): Dict {
  let dict = compiled.get(lang);
  if (dict) return dict;
  const d: Dict = new Map();
  // A phrase's tokens are its words and commas ("yeah, right" is three).
  const entry = (phrase: string): Entry =>
    phrase.split(/ |(?=,)/).reduce<Entry | undefined>((up, w) => {
      const k = key(up, hash(w));
      let e = find(d, up, w, k);
      if (!e) d.set(k, (e = { w, up, k, alt: d.get(k), v: 0, cue: undefined, boost: 0, is: 0 }));
      return e;
    }, undefined)!;
  for (const [k, v] of lang.lexicon) entry(k).v = v;
  for (const [k, cue] of lang.cues) entry(k).cue = cue;
  for (const [k, b] of lang.boosters) entry(k).boost = b;
  for (const k of lang.negators) entry(k).is |= Is.Negator;
  for (const k of lang.contrast) entry(k).is |= Is.Contrast;
  for (const k of lang.serviceWords) entry(k).is |= Is.Service;
  compiled.set(lang, d);
  return d;
}

/** The entry for a single word. */
const word = (dict: Dict, w: string) => find(dict, undefined, w, hash(w));

/** "sooo" → "soo" → "so": the first form the dictionary knows. */
export function fold(k: Token, dict: Dict): Entry | undefined {
  return k.x ? (word(dict, k.w.replace(/(.)\1+/g, '$1$1')) ?? word(dict, k.w.replace(/(.)\1+/g, '$1'))) : undefined;
}

