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
  /** A word with a letter written three or more times in a row, in any case ("sooo", "Ooh"). */
  x: boolean;
  /** `hash(w)`, computed while scanning: the analyzer's dictionary is keyed by it. */
  h: number;
}

/** A string hash over UTF-16 code units (Java's), cut to 31 bits: a small integer to the engine. */
export function hash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h >> 1;
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
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // Lower-case once and scan the lower-case copy: a flat string, cheap to index however `text` was
  // built (URLs, emoticons and emoji are still matched as written). Rare scripts where lower-casing
  // changes the length are scanned as written and lower-cased per token.
  const lower = text.toLowerCase();
  const aligned = lower.length === n;
  const s = aligned ? lower : text;
  let c = 0;
  let i = 0;
  const push = (t: T, start: number, x = false, w = aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase(), h = hash(w)) =>
    out.push({ t, w, s: start, e: i, c, x, h });
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch <= 32) {
      i++;
      continue;
    }
    const start = i;
    const cls = classOf(ch);
    if (ch === 64 || ch === 36 || (ch === 104 && text.startsWith('http', i)) || (ch === 119 && text.startsWith('www.', i))) {
      while (i < n && s.charCodeAt(i) > 32) i++;
      continue;
    }
    if (cls & 4 && !isWordChar(s.charCodeAt(i - 1))) {
      EMOTICON.lastIndex = i;
      const m = EMOTICON.exec(text);
      if (m && !isWordChar(s.charCodeAt(i + m[0].length))) {
        i += m[0].length;
        push(T.Emoticon, start);
        continue;
      }
    }
    if (cls & 1) {
      // Scanning also hashes the word and notes elongation ("sooo").
      let h = ch;
      let long = false;
      let curly = false;
      let prev = ch;
      let run = 1;
      while (++i < n) {
        const d = s.charCodeAt(i);
        if (d < 128 ? ASCII[d] & 1 : isWordChar(d)) {
          run = d === prev ? run + 1 : 1;
          long ||= run > 2;
        } else if (isApostrophe(d) && isWordChar(s.charCodeAt(i + 1))) curly ||= d !== 39;
        else break;
        prev = d;
        h = (Math.imul(h, 31) + d) | 0;
      }
      push(T.Word, start, long, curly ? lower.slice(start, i).replace(/[’‘]/g, "'") : undefined, aligned && !curly ? h >> 1 : undefined);
      continue;
    }
    if (ch === 45 && isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i + 1))) {
      i++; // "log-in", "follow-up": two words, not a clause break
      continue;
    }
    if (cls & 2) {
      while (i < n && classOf(s.charCodeAt(i)) & 2) i++;
      push(T.Punct, start);
      c++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp > 0x2000 && EMOJI.test(String.fromCodePoint(cp))) push(T.Emoji, start);
  }
  return out;
}
