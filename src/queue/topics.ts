/**
 * What a mention is about, for recognising floods: its hashtags, the posts it links to, and its
 * significant words. Plain TypeScript, no DOM.
 *
 * - Hashtags: `#` and letters or digits, lower-cased ("#NorthwindDown" → "#northwinddown").
 * - Links: every http(s) URL, as host and path without "www.", query or fragment, lower-cased; plus
 *   the post the mention replies to when the caller knows it.
 * - Words: letters and digits in any script, lower-cased, at least 3 characters, without @handles,
 *   links, common English words (`STOP_WORDS`) and the caller's own (the brand's name); a plural "s" is
 *   dropped from words of 5 letters or more ("outages" and "outage" are one word).
 */

export interface Topics {
  tags: string[];
  links: string[];
  words: string[];
}

/** Words too common to say what a mention is about. */
export const STOP_WORDS = new Set(
  (
    'the and for are but not you your yours our ours they them their this that these those with from have has had was were ' +
    'will would can could should just still again already also any anyone anybody all some what when where why how who whom ' +
    'which there here then than too very really much more most only even ever into onto over under about after before ' +
    'been being its it’s it\'s i\'m im i’m ive i\'ve dont don\'t don’t cant can\'t can’t isnt isn\'t isn’t wont won\'t won’t ' +
    'please help thanks thank today now yet get got going know like need want one two out off did does doing done she his her ' +
    'him hers yes yeah lol omg ok okay hey hello guys any anything something nothing every everyone since while because'
  ).split(' '),
);

const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const LINK = /https?:\/\/[^\s<>"']+/giu;
const HANDLE = /@[\p{L}\p{N}_.]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** A link as a topic: host and path, lower-cased, without "www.", query, fragment or a trailing slash. */
export function linkKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return null;
  }
}

export interface TopicsOptions {
  /** Words to leave out besides `STOP_WORDS`: the brand's name and products everyone mentions. */
  ignoreWords?: ReadonlySet<string>;
  /** The post the mention replies to, when known. */
  post?: string;
}

export function topicsOf(text: string, options: TopicsOptions = {}): Topics {
  const normal = text.normalize('NFKC').slice(0, 2000);
  const tags = [...new Set((normal.match(HASHTAG) ?? []).map((tag) => tag.toLowerCase()))];
  const links = new Set<string>();
  for (const url of normal.match(LINK) ?? []) {
    const key = linkKey(url.replace(/[.,;:!?)]+$/, ''));
    if (key) links.add(key);
  }
  const post = options.post ? linkKey(options.post) : null;
  if (post) links.add(post);
  const rest = normal.replace(LINK, ' ').replace(HASHTAG, ' ').replace(HANDLE, ' ').toLowerCase();
  const words = new Set<string>();
  for (const raw of rest.match(WORD) ?? []) {
    let word = raw.replace(/['’]s?$/, '');
    if ([...word].length < 3 || STOP_WORDS.has(word) || options.ignoreWords?.has(word) || /^\d+$/.test(word)) continue;
    if (word.length >= 5 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    words.add(word);
  }
  return { tags, links: [...links], words: [...words] };
}
