/**
 * Word rules that read how a token is written rather than what it means: the valence of an emoticon,
 * words in capitals, and whole messages in capitals.
 */
import { T, type Token } from './tokenize.js';

/** Valence of an emoticon from its mouth: ":)" ":D" "(:" happy, ":(" ":/" "):" sad, "<3" love. */
export function emoticon(e: string): number {
  if (e[0] === '<') return e[1] === '/' ? -3 : 3;
  if (e[0] === '^' || e === 'xd') return 2;
  if ('([)]'.includes(e[0])) return '(['.includes(e[0]) ? 2 : -2;
  const mouth = e[e.length - 1];
  if (e.includes("'")) return mouth === ')' ? 2 : -3;
  if ('(/\\[@'.includes(mouth)) return e[0] === '>' ? -3 : -2;
  if (mouth === '|') return -1;
  return e[0] === ';' ? 1.5 : 2;
}

/** A word of two or more letters, all capitals. */
export function isCaps(s: string, k: Token): boolean {
  const first = s.charCodeAt(k.s);
  if (k.e - k.s < 2 || (first >= 97 && first <= 122)) return false; // fast path: starts lower case
  const o = s.slice(k.s, k.e);
  return o === o.toUpperCase() && o !== k.w;
}

/** Most words in capitals: the whole message shouts, so capitals emphasise nothing in particular. */
export function isShouting(s: string, tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const k of tokens)
    if (k.t === T.Word) {
      words++;
      if (isCaps(s, k)) caps++;
    }
  return caps / words > 0.6;
}
