/**
 * Reads a message into scored units: each lexicon phrase, word, emoji and emoticon with its valence
 * and the modifiers that apply to it where it stands (boosters, capitals, negation, service failures
 * and their resolution). Sarcasm and contrast, which need the whole message, come after
 * (`./sarcasm.ts`, `./index.ts`).
 */
import type { SentimentDriver } from '../model/sentiment.js';
import { find, Is, key, fold, type Dict } from './dictionary.js';
import { emoticon, isCaps, isShouting } from './emphasis.js';
import type { Cue, Language } from './language.js';
import { T, type Token } from './tokenize.js';

const NEGATION_SCOPE = 3;
const BOOSTER_SCOPE = 2;
const RESOLUTION_SCOPE = 4;
const CAPS = 1.5;

export interface Unit {
  text: string;
  v: number;
  kind: SentimentDriver['kind'];
  cue?: Cue;
  /** Token range [from, to). */
  from: number;
  to: number;
  mods: string[];
}

/**
 * What `readUnits` read: the units in order, the token indices of the contrast words ("but"), and the
 * number of exclamation marks.
 */
export type Reading = [units: Unit[], contrasts: number[], bangs: number];

/** The units of `s` (already tokenized as `tokens`) under a compiled pack. */
export function readUnits(s: string, tokens: Token[], lang: Language, dict: Dict): Reading {
  const units: Unit[] = [];
  const suffix = lang.negatorSuffix;
  let shouting: boolean | undefined;
  let boost = 1;
  let boostAt = -9;
  let negatedAt = -9;
  let negCaps = false; // "NOT acceptable": the capitals emphasise what is negated
  let resolvedAt = -9;
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
  return [units, contrasts, bangs];
}
