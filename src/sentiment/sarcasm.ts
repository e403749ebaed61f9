/** Sarcasm: positive units that the rest of the message turns negative. */
import type { Language } from './language.js';
import { T, type Token } from './tokenize.js';
import type { Unit } from './units.js';

const IRONY_SCOPE = 4;

/**
 * Sarcasm, three generalising patterns:
 * - an ironic positive followed closely by a failure in the same clause ("love waiting on hold",
 *   "thanks for losing my bag", "great, that it crashed again" is the next one);
 * - a lone positive interjection in a message that reports a failure elsewhere ("Oh great, another
 *   outage.", "Just perfect!");
 * - a trailing "not" that takes back the clause before it ("Great job... not").
 */
export function sarcasm(units: Unit[], tokens: Token[], lang: Language, contrasts: number[]): void {
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
