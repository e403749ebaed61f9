/**
 * Reply length under each channel's counting rule. Plain TypeScript, no DOM.
 *
 * - `characters`: Unicode code points (not grapheme clusters): what most platforms' limits are written in,
 *   and never fewer than the graphemes a person sees, so a reply that fits here is never cut short.
 * - `utf16`: UTF-16 code units, what `maxlength` and most web forms count (SMS segments).
 * - `x-weighted`: X's weighted length, as its reference counter (`twitter-text` 3.1 `parseTweet`,
 *   configuration v3) computes it, checked against that package on real tweets (see the README): the
 *   text is NFC-normalised; each link X finds (`./links.ts`) counts 23; each emoji counts 2; every other
 *   UTF-16 unit counts 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, else 2 (a
 *   surrogate pair counts once). Weights are in hundredths, as X's configuration states them.
 *   Where the reference is out of date the count follows today's platform without ever counting less
 *   than X may: emoji are today's RGI emoji (Unicode's recommended set, as the browser knows it), and
 *   a link on a TLD newer than the reference counts the larger of "a link" and "plain text".
 * - `none`: nothing to count.
 */
import type { LengthCounting } from '../model/channel.js';
import { statusOf, type LengthStatus } from './length-status.js';
import { linkReadings, type Link } from './links.js';

export { findUrls, type Span } from './links.js';
export { emptyLength, type LengthStatus } from './length-status.js';

const SCALE = 100;
const DEFAULT_WEIGHT = 200;
const URL_WEIGHT = 23 * SCALE;
/** [first, last, weight] in X's v3 configuration; anything outside counts DEFAULT_WEIGHT. */
const RANGES: readonly (readonly [number, number, number])[] = [
  [0x0000, 0x10ff, 100],
  [0x2000, 0x200d, 100],
  [0x2010, 0x201f, 100],
  [0x2032, 0x2037, 100],
];
/** Characters X refuses in a post. */
const REFUSED = /[\uFFFE\uFEFF\uFFFF]/;

/**
 * One emoji, which X counts 2 whatever its length: a keycap (also without U+FE0F, as X's parser reads
 * it) or any RGI emoji: ZWJ sequences, skin tones, flags, tag sequences. Null where the browser lacks
 * the `v` flag (before Chrome 112, Firefox 116, Safari 17): every code point then counts on its own,
 * which is never less than X's count.
 */
const EMOJI: RegExp | null = (() => {
  try {
    return new RegExp(String.raw`[#*0-9]\uFE0F?\u20E3|\p{RGI_Emoji}`, 'gv');
  } catch {
    return null;
  }
})();

function weightOf(codeUnit: number): number {
  for (const [first, last, weight] of RANGES) if (codeUnit >= first && codeUnit <= last) return weight;
  return DEFAULT_WEIGHT;
}

/** The weight of an NFC text in hundredths, with the links of one reading. */
function weigh(text: string, links: Link[]): number {
  const linkAt = new Map(links.map((l) => [l.start, l.url.length]));
  const emojiAt = new Map<number, number>();
  if (EMOJI) {
    EMOJI.lastIndex = 0; // exec on the one compiled pattern: matchAll would clone (and recompile) it
    for (let m; (m = EMOJI.exec(text)); ) emojiAt.set(m.index, m[0].length);
  }
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const link = linkAt.get(i);
    const emoji = emojiAt.get(i);
    if (link !== undefined) {
      total += URL_WEIGHT;
      i += link - 1; // as X's counter does: the link's text, which may differ from its span
    } else if (emoji !== undefined) {
      total += DEFAULT_WEIGHT;
      i += emoji - 1;
    } else {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      total += weightOf(text.charCodeAt(i));
    }
  }
  return total;
}

/** X's weighted length: what X compares with 280. */
export function weightedLength(input: string): number {
  const text = input.normalize('NFC');
  return Math.max(...linkReadings(text).map((links) => weigh(text, links))) / SCALE;
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


/** Length, limit and state of a draft for a channel. */
export function lengthStatus(text: string, counting: LengthCounting, max: number | null): LengthStatus {
  const length = measure(text, counting);
  const refused = counting === 'x-weighted' && (length === 0 || REFUSED.test(text.normalize('NFC')));
  return statusOf(length, refused, counting, max);
}
