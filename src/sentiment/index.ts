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
 */
import { labelForScore, type SentimentDriver, type SentimentScore } from '../model/sentiment.js';
import { en } from './en.js';
import type { Cue, Language } from './language.js';
import { hash, T, tokenize, type Token } from './tokenize.js';

export type { Cue, Language } from './language.js';
export { en };

/** The packs `analyze` knows by code. Pass a `Language` object to use another. */
export const languages: Readonly<Record<string, Language>> = { en };

export interface AnalyzeOptions {
  /** A language code from `languages` ("en", "en-GB"), or a pack. Default "en". */
  language?: string | Language;
}

const ALPHA = 16;
const NEGATION_SCOPE = 3;
const BOOSTER_SCOPE = 2;
const RESOLUTION_SCOPE = 4;
const IRONY_SCOPE = 4;
const CAPS = 1.5;
const EXCLAMATION = 0.3;

/**
 * Everything the analyzer knows about one word or phrase. A phrase is a chain of entries, one per
 * token ("yeah, right" is "yeah" → "," → "right"), so the token loop extends a match token by token.
 * Every entry has every field: one object shape keeps the reads in the token loop fast.
 */
interface Entry {
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

const enum Is {
  Negator = 1,
  Contrast = 2,
  /** A service word: negated, a failure ("can't log in"). */
  Service = 4,
}

/**
 * A language pack compiled for the token loop. Entries are keyed by small integers: a word by the hash
 * the tokenizer computes as it scans, a phrase by that mixed into its preceding tokens' key. An
 * integer lookup hashes no string, and most words of a message are in no table.
 */
type Dict = Map<number, Entry>;

interface Unit {
  text: string;
  v: number;
  kind: SentimentDriver['kind'];
  cue?: Cue;
  /** Token range [from, to). */
  from: number;
  to: number;
  mods: string[];
}

/** The key of a token with hash `h`: on its own, the hash; continuing the phrase `up`, mixed into its key. */
const key = (up: Entry | undefined, h: number): number => (up ? (Math.imul(up.k, 31) + h) >> 1 : h);

/** The entry for token `w` under key `k`: on its own (`up` undefined), or continuing the phrase `up`. */
function find(dict: Dict, up: Entry | undefined, w: string, k: number): Entry | undefined {
  let e = dict.get(k);
  while (e && !(e.up === up && e.w === w)) e = e.alt;
  return e;
}

const compiled = new WeakMap<Language, Dict>();

/** Folds a pack's tables into one dictionary (once per pack). */
function compile(lang: Language): Dict {
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

/** Valence of an emoticon from its mouth: ":)" ":D" "(:" happy, ":(" ":/" "):" sad, "<3" love. */
function emoticon(e: string): number {
  if (e[0] === '<') return e[1] === '/' ? -3 : 3;
  if (e[0] === '^' || e === 'xd') return 2;
  if ('([)]'.includes(e[0])) return '(['.includes(e[0]) ? 2 : -2;
  const mouth = e[e.length - 1];
  if (e.includes("'")) return mouth === ')' ? 2 : -3;
  if ('(/\\[@'.includes(mouth)) return e[0] === '>' ? -3 : -2;
  if (mouth === '|') return -1;
  return e[0] === ';' ? 1.5 : 2;
}

/** "sooo" → "soo" → "so": the first form the dictionary knows. */
function fold(k: Token, dict: Dict): Entry | undefined {
  return k.x ? (word(dict, k.w.replace(/(.)\1+/g, '$1$1')) ?? word(dict, k.w.replace(/(.)\1+/g, '$1'))) : undefined;
}

/** A word of two or more letters, all capitals. */
function isCaps(s: string, k: Token): boolean {
  const first = s.charCodeAt(k.s);
  if (k.e - k.s < 2 || (first >= 97 && first <= 122)) return false; // fast path: starts lower case
  const o = s.slice(k.s, k.e);
  return o === o.toUpperCase() && o !== k.w;
}

/** Most words in capitals: the whole message shouts, so capitals emphasise nothing in particular. */
function isShouting(s: string, tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const k of tokens)
    if (k.t === T.Word) {
      words++;
      if (isCaps(s, k)) caps++;
    }
  return caps / words > 0.6;
}

/**
 * Sarcasm, three generalising patterns:
 * - an ironic positive followed closely by a failure in the same clause ("love waiting on hold",
 *   "thanks for losing my bag", "great, that it crashed again" is the next one);
 * - a lone positive interjection in a message that reports a failure elsewhere ("Oh great, another
 *   outage.", "Just perfect!");
 * - a trailing "not" that takes back the clause before it ("Great job... not").
 */
function sarcasm(units: Unit[], tokens: Token[], lang: Language, contrasts: number[]): void {
  const failures = units.filter((u) => u.cue === 'failure' && u.v < 0);
  if (failures.length)
    for (const u of units) {
      if (u.v <= 0 || (u.kind !== 'word' && u.cue !== 'thanks')) continue;
      const { w, c: clause } = tokens[u.from];
      const ironic = lang.ironic.has(w) || u.cue === 'thanks';
      const follows = (f: Unit) =>
        f.from >= u.to && f.from - u.to <= IRONY_SCOPE && tokens[f.from].c === clause && !contrasts.some((c) => c > u.from && c < f.from);
      if (ironic && failures.some(follows)) {
        flip(u);
        continue;
      }
      if (!ironic && !lang.interjections.has(w)) continue;
      // The clause holds nothing but this word and interjections.
      let i = u.from;
      while (i > 0 && tokens[i - 1].c === clause && lang.interjections.has(tokens[i - 1].w)) i--;
      const alone = (tokens[i - 1]?.t ?? T.Punct) === T.Punct && (tokens[u.to]?.t ?? T.Punct) === T.Punct;
      if (alone && failures.some((f) => tokens[f.from].c !== clause)) flip(u);
    }
  // Trailing "not": a clause that is only "not", right after a clause with positives.
  for (let i = 1; i < tokens.length; i++) {
    const k = tokens[i];
    if (k.w === 'not' && tokens[i - 1].t === T.Punct && (tokens[i + 1]?.t ?? T.Punct) === T.Punct)
      for (const u of units) if (u.v > 0 && tokens[u.from].c === k.c - 1) flip(u);
  }
}

function flip(u: Unit): void {
  u.v = -Math.abs(u.v);
  u.mods.push('sarcasm');
}

/** Scores one message. Never throws on text; an empty text or one without sentiment is neutral. */
export function analyze(text: string, { language = en }: AnalyzeOptions = {}): SentimentScore {
  const lang = typeof language === 'string' ? languages[language.toLowerCase().split(/[-_]/)[0]] : language;
  if (!lang) throw new RangeError(`screenpop/sentiment: no language pack for "${language}".`);
  const dict = compile(lang);
  const s = String(text ?? '');
  const tokens = tokenize(s);
  const units: Unit[] = [];
  const suffix = lang.negatorSuffix;
  let shouting: boolean | undefined;
  let boost = 1;
  let boostAt = -9;
  let negatedAt = -9;
  let negCaps = false; // "NOT acceptable": the capitals emphasise what is negated
  let resolvedAt = -9;
  let contrastAt = -1; // index into units
  const contrasts: number[] = []; // token indices
  let bangs = 0;

  for (let i = 0; i < tokens.length; i++) {
    const k = tokens[i];
    if (k.t === T.Punct) {
      for (let j = k.w.indexOf('!'); j >= 0; j = k.w.indexOf('!', j + 1)) bangs++;
      boostAt = negatedAt = -9;
      continue;
    }
    if (k.t !== T.Word) {
      const v = k.t === T.Emoji ? find(dict, undefined, k.w, k.h)?.v : emoticon(k.w);
      if (v) units.push({ text: s.slice(k.s, k.e), v, kind: k.t === T.Emoji ? 'emoji' : 'emoticon', from: i, to: i + 1, mods: [] });
      continue;
    }
    // The longest phrase starting here, over consecutive words (a comma may sit between two); else
    // the word itself.
    let e = find(dict, undefined, k.w, k.h);
    let to = i + 1;
    for (let j = i + 1, p = e; p && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.w === ',' ? tokens[j + 1]?.t !== T.Word : t.t !== T.Word) break;
      p = find(dict, p, t.w, key(p, t.h));
      if (p && t.t === T.Word && (p.v || p.cue || p.boost)) {
        e = p;
        to = j + 1;
      }
    }
    e ??= fold(k, dict);
    // A negator, or a word ending in the negator suffix ("n't"; the last-letter test is the cheap one).
    if (to === i + 1 && ((e && e.is & Is.Negator) || (k.w.at(-1) === suffix.at(-1) && k.w.endsWith(suffix)))) {
      negatedAt = i;
      negCaps = isCaps(s, k);
      continue;
    }
    if (!e) continue;
    const next = tokens[to];
    if (e.boost && next?.t === T.Word && (find(dict, undefined, next.w, next.h) ?? fold(next, dict))?.v) {
      boost = e.boost * (i - boostAt <= BOOSTER_SCOPE ? boost : 1);
      boostAt = i = to - 1;
      continue;
    }
    if (e.is & Is.Contrast) {
      contrastAt = units.length;
      contrasts.push(i);
      negatedAt = -9;
      continue;
    }
    const negated = i - negatedAt <= NEGATION_SCOPE;
    if (e.cue === 'resolution' && !negated) resolvedAt = to - 1;
    let v = e.v;
    let cue = e.cue;
    const mods: string[] = [];
    if (negated && e.is & Is.Service) {
      // "can't log in", "no answer", "never arrived": a failure, not a flipped sentiment.
      v = -2;
      cue = 'failure';
      mods.push('negated');
    } else if (v) {
      if (i - boostAt <= BOOSTER_SCOPE) {
        v *= boost;
        mods.push(boost > 1 ? 'intensified' : 'dampened');
      }
      if (negated) {
        v *= v > 0 ? -0.75 : -0.5;
        mods.push('negated');
      }
    }
    const from = i;
    i = to - 1;
    if (!v) continue;
    let caps = negated && negCaps;
    for (let j = from; j < to; j++) caps ||= isCaps(s, tokens[j]);
    if (caps && !(shouting ??= isShouting(s, tokens))) {
      v *= CAPS;
      mods.push('caps');
    }
    if (cue === 'failure') {
      // "fixed my broken screen": the failure is resolved.
      if (v < 0 && from - resolvedAt <= RESOLUTION_SCOPE && tokens[resolvedAt].c === k.c) continue;
      mods.push('service-failure');
    } else if (cue) mods.push(cue === 'request' ? 'help-request' : cue);
    let text = s.slice(k.s, k.e);
    for (let j = from + 1; j < to; j++) text += ' ' + s.slice(tokens[j].s, tokens[j].e);
    units.push({ text, v, kind: to - from > 1 ? 'phrase' : 'word', cue, from, to, mods });
  }

  sarcasm(units, tokens, lang, contrasts);

  let raw = 0;
  let evidence = 0;
  const drivers: SentimentDriver[] = [];
  for (let n = 0; n < units.length; n++) {
    const u = units[n];
    if (contrastAt >= 0) {
      u.v *= n < contrastAt ? 0.5 : 1.5;
      u.mods.push(n < contrastAt ? 'before-but' : 'after-but');
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
