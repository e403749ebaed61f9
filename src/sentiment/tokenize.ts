/** Token kinds. */
export const enum T {
  Emoticon,
  Emoji,
  Word,
  Punct,
}

export interface Token {
  t: T;
  /** Lower case, typographic apostrophes folded to "'". */
  w: string;
  /** Where it starts and ends in the text: `text.slice(s, e)` is the token as written. */
  s: number;
  e: number;
  /** Clause number: increases after every run of punctuation. */
  c: number;
  /** A word with a letter written three or more times in a row ("sooo"). */
  x: boolean;
}

// Emoticons, tried where a token starts: ":)" ":-(" ":'(" ">:(" ";D" "=/" "<3" "</3" "(:" "):" "^_^" "xD".
const EMOTICON = /(?:>?[:;=][-o'^]?[)(\][DPp/\\|*@3]+|<\/?3+|[)(\][][-o^]?[:;=]|\^_*\^|[xX][dD])/y;
const EMOJI = /\p{Extended_Pictographic}/u;
const LETTER = /[\p{L}\p{N}]/u;

// Character classes, a bit set: 1 word character, 2 punctuation, 4 may start an emoticon.
const ASCII = new Uint8Array(128);
for (let ch = 0; ch < 128; ch++) {
  const c = String.fromCharCode(ch);
  ASCII[ch] = (/\w/.test(c) && c !== '_' ? 1 : 0) | ('.!?;,:-'.includes(c) ? 2 : 0) | (':;=<>()[]^xX'.includes(c) ? 4 : 0);
}
const classOf = (ch: number): number =>
  ch < 128 ? ASCII[ch] : ch === 0x2026 || ch === 0x2014 || ch === 0x2013 ? 2 : ch > 191 && LETTER.test(String.fromCharCode(ch)) ? 1 : 0;
const isWordChar = (ch: number): boolean => (classOf(ch) & 1) === 1;
const isApostrophe = (ch: number): boolean => ch === 39 || ch === 8217 || ch === 8216;

/**
 * Splits a message into words, emoji, emoticons and punctuation in one pass. URLs, @mentions and
 * $cashtags are skipped; other symbols are dropped. Hashtags become words ("#fail" → "fail").
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  // Lower-case once; per token only when lower-casing changed the length (rare scripts).
  const lower = s.toLowerCase();
  const aligned = lower.length === n;
  let c = 0;
  let i = 0;
  const push = (t: T, start: number, end: number, w?: string, x = false) =>
    out.push({ t, w: w ?? (aligned ? lower.slice(start, end) : s.slice(start, end).toLowerCase()), s: start, e: end, c, x });
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch <= 32) {
      i++;
      continue;
    }
    const start = i;
    const cls = classOf(ch);
    if (ch === 64 || ch === 36 || (ch === 104 && s.startsWith('http', i)) || (ch === 119 && s.startsWith('www.', i))) {
      while (i < n && s.charCodeAt(i) > 32) i++;
      continue;
    }
    if (cls & 4 && !isWordChar(s.charCodeAt(i - 1))) {
      EMOTICON.lastIndex = i;
      const m = EMOTICON.exec(s);
      if (m && !isWordChar(s.charCodeAt(i + m[0].length))) {
        i += m[0].length;
        push(T.Emoticon, start, i);
        continue;
      }
    }
    if (cls & 1) {
      let curly = false;
      let run = 1;
      let long = false;
      for (i++; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d < 128 ? ASCII[d] & 1 : isWordChar(d)) {
          run = d === s.charCodeAt(i - 1) ? run + 1 : 1;
          long ||= run > 2;
          continue;
        }
        if (!isApostrophe(d) || !isWordChar(s.charCodeAt(i + 1))) break;
        curly ||= d !== 39;
      }
      push(T.Word, start, i, curly ? lower.slice(start, i).replace(/[’‘]/g, "'") : undefined, long);
      continue;
    }
    if (ch === 45 && isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i + 1))) {
      i++; // "log-in", "follow-up": two words, not a clause break
      continue;
    }
    if (cls & 2) {
      while (i < n && classOf(s.charCodeAt(i)) & 2) i++;
      push(T.Punct, start, i);
      c++;
      continue;
    }
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp > 0x2000 && EMOJI.test(String.fromCodePoint(cp))) push(T.Emoji, start, i);
  }
  return out;
}
