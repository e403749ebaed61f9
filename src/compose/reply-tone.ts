/**
 * Reply tone: would this reply read as sarcastic, blaming, dismissive, condescending or insulting if the
 * brand posted it? A different question from the customer-sentiment analyzer's (how does the customer
 * feel?): a reply that apologises, shows empathy or names the customer's problem ("sorry for the trouble",
 * "that sounds difficult", "report it through our Abuse page") is not negative here, so no word counts
 * against a reply for its valence alone. What counts is what the reply does to the customer. The rules are
 * families of cues, not lists of sentences:
 *
 * - sarcasm: praise or thanks that turn on the customer ("Great, another complaint", "Fantastic, you've
 *   managed to …", "thanks for the rant": a praise word, then a negative word from the analyzer's lexicon
 *   or a jab), stock ironic phrases ("said no one ever", "what a surprise"), mock exaggeration;
 * - blame: the fault is the customer's ("that's on you", "you should have read …", "had you checked …",
 *   "you forgot to …", "the error is on your end, not ours");
 * - dismissal: the problem or the customer waved away ("not our problem", "deal with it", "don't contact
 *   us again"), or a refusal that offers nothing else ("nothing we can do", "take it up with the courier"
 *   pass when the reply also says what it can do, apologises or points somewhere);
 * - condescension: talking down ("as we already told you", "per my last message", "it's not that hard",
 *   "calm down", "obviously the plug goes …", "too complicated for you", "with all due respect");
 * - insult: names and judgements of the customer or what they wrote ("what a ridiculous complaint",
 *   "you sound like a spoiled child": a negative word from the lexicon, not negated).
 *
 * Some cues count anywhere; "cold" ones only in a sentence without warmth (thanks, an apology, "glad" …):
 * "what you expected" is a jab, "sorry it's not what you expected" is not; "bare" ones only in a reply
 * that offers nothing besides. Polite words don't excuse the cues that are themselves the jab
 * ("sorry you can't seem to read", "thanks for your patience, which you clearly don't have").
 * A curt reply at the customer ("Good for you.", "Your loss.", "Suit yourself.") is dismissive.
 * Every finding names its words and its reason. Loaded lazily (see `loadReplyTone`); the lexicon it shares
 * with the analyzer's chunk is not loaded twice. Plain TypeScript, no DOM.
 */
import type { Span } from './length.js';
import { en } from '../sentiment/en.js';

export type ToneReason = 'sarcasm' | 'blame' | 'dismissal' | 'condescension' | 'insult';

export interface ToneHit {
  reason: ToneReason;
  /** The words that make it read so, as written (several joined by "”, “"). */
  words: string;
  spans: Span[];
}

/** A praise word opening a sentence: sarcasm when the sentence then turns on the customer. */
const PRAISE =
  '^((oh|well|wow|ah),? )?(great|wonderful|fantastic|lovely|brilliant|perfect|amazing|awesome|bravo|nice|sure|wow|congrat\\w*|way to go|(good|great|nice) job|well done|good to know)';

/**
 * The cue tables, per reason: cues that always count, cues that count in a sentence without warmth, and
 * cues that count in a reply without warmth or an offer. Alternatives in a small pattern language, compiled
 * to whole-word, case-insensitive regular expressions (curly apostrophes are read as straight ones): a space
 * matches any run of spaces, `(` opens a non-capturing group, `^` is the start of a sentence, `$` its end,
 * and `~` marks a lexical cue, which counts only when its words include a mean one (see `mean`).
 * The tables are kept within the size budget (issue 21: at most 3 kB min+gzip added to the lazy chunk), so
 * they hold families of cues rather than every idiom; `npm run bench:replies` measures what that costs.
 */
const RULES: Record<ToneReason, [always: string, cold: string, bare: string]> = {
  sarcasm: [
    "(what a|big|how) (surprise|shock\\w*)|oh joy|said no one|yeah,? (right|no)|pigs fly|sherlock|just what (we|i|this \\w+) needed" +
      "|aren't you (a|so|such)|nothing better to do" +
      "|~(thanks|thank you|appreciate)( \\w+){0,2}? (for|you) ((the|your|all|this|that) )?[\\w-]+( \\w+)?",
    `${PRAISE}[,!…]? ((yet )?another|[^.!?]*you('ve|'re| have)? (\\w+ )?(managed|found a way|discovered|really|think|always|never|even|finally|shouldn't|didn't))|~${PRAISE}(?=[,!.…]| on| for| \\w+ing)[^.!?]*|whole (minute|hour|day|week)s?`,
    '',
  ],
  blame: [
    "not (our|my) fault|(?<!not )your (own )?(fault|mistake|doing|responsibility)|(mistake|error) is yours|(it's|that's) on you|blame yourself|be blamed" +
      "|(you( really)? |^)should('ve| have) (?!(received|gotten|got|been|seen|heard|had)\\b)\\w+|(if you('d| had)|had you) (just )?(read|follow|check|listen|look|use|paid|kept|updat|back|ask|wait|thought|chose|bought)\\w*" +
      "|you('re| are) the one|no(body| one) told you|(check|read|look)\\w* (at )?your own|(you|your)\\b[^.!?]{0,40}not (ours|us)$",
    "(?<!(if|sorry|unless|when|that|like|case) )you (obviously |clearly )?(forgot|ignored|caused|broke|messed|skipped|neglected|failed to|chose not|didn't (bother|follow|read|check|listen)|\\w+ (it|this|that)( \\w+)? wrong)|next time,? (double-check|check|read|make sure|think)",
    '',
  ],
  dismissal: [
    "not (our|my) (problem|issue|concern|job|department)|(it|that)'s (now )?your (problem|issue)|(we|i) (don't|do not) care|(who|no one) cares" +
      "|(?<!(we|i)('ll| will| can) )(deal|live) with it|^move on|tough luck|sorry not sorry|it is what it is|how it is,|filed under|and ignored" +
      "|not happening|^(whatever|big deal)|don't (bother|reply|contact|message|write)\\w*( \\w+)? (us )?again|don't bother \\w+ing|between you and" +
      "|(stop|quit) (tagging|tweeting|messaging|spamming|complaining|whining|bothering|shouting|yelling|overreacting)" +
      "|the answer (hasn't|is (still )?no)|cry me a river|^(good for you|your (loss|call|choice)|you wish|suit yourself|if you say so)(?![^]*[\\w!])",
    '',
    "nothing (more |else )?(we|i) can do|(can't|cannot) help (you|with)|not something (we|i)|take (it|this|that) up with" +
      "|not responsible for",
  ],
  condescension: [
    "(said|told you|explained|answered|covered|stated|mentioned|repeat)\\w*( (this|that|it|myself|ourselves))?,? (already|before|twice|again|repeatedly|(\\w+ )?times)|(as|like) (we|i)('ve| have)? (already \\w+|explained|told you)" +
      "|for the (\\w+th|second|third|fifth|last) time|per my (last|previous)" +
      "|spell it out|slowly$|try to keep up|read it slowly|(perhaps|maybe) read|(who|people) can't read|did you even" +
      "|(everyone|everybody|anyone|most people|other customers) else (\\w+ )?(figured|manage|can|seem|get|understand)\\w*|even a child|any (reasonable|normal) person" +
      "|like (a normal person|an adult)|enough for you|too (hard|complicated|difficult|much) for you" +
      "|some (customers|people) (are|just|never)|some of us|and you know it|you do reali[sz]e" +
      "|sweetie|bless your heart|no offen[cs]e|not to be rude|all due respect|calm (down|yourself)|chill out|^relax|take a (deep )?breath" +
      "|worked up|overreact\\w*|so dramatic|friendly reminder|(we|i) doubt you" +
      "|can't seem to (read|understand)|feel the need|surely you|you (clearly|obviously) (don't|didn't|have no|can't)" +
      "",
    "what did you expect|^(look|listen|honestly|frankly|seriously)," +
      "|not (that |so |very |really )?(hard|difficult|complicated|complex)($|,| to)|^(obviously|clearly|surely|evidently)(?![^.!?]*\\b(we|our|us|i)\\b)|makes no sense",
    '',
  ],
  insult: [
    "~(idiot\\w*|stupid|dumb|moron|clueless|incompetent|pathetic|loser|childish|nonsense|laughable|whin\\w+)|shut up|get a life|^grow up|some manners" +
      "|sob story|embarrassing yourself|spoiled|typical \\w+ customer|only (a|an) \\w+ would",
    "~(\\w+ )?\\w+ (complaint|question|request|excuse|thing to (say|ask|tweet)|tweet|comment|idea|attitude)s?|~you('re| are| sound| seem| look| act)( (being|so|such|an?|really|just|like))+ \\w+( \\w+)?",
    '',
  ],
};


/** Warmth in a sentence: praise in it is meant, and the cold rules keep quiet. */
const WARM = /\b(?:thank|glad|happy|sorry|apolog|enjoy|love\b|hope|appreciat|understand|worr)/i;
/** What a reply offers besides a refusal: an alternative, a next step, a link. */
const OFFER = /\b(?:but|however|instead|please|dm|we(?:'ll| will)|let(?:'s| us)|here's|https?:)/i;

/**
 * Compiles a table to one whole-word, case-insensitive regular expression. A `~` becomes an empty group:
 * when it takes part in a match, the match must hold a mean word (see `meanIn`).
 */
const compile = (rules: string) =>
  new RegExp(
    `(?<![\\w'])(?:${rules
      .replace(/ /g, '\\s+')
      .replace(/(?<!\[)\^/g, '(?<=^\\s*|[.!?]\\s+)')
      .replace(/\$/g, '(?=\\s*(?:[.!?]|$))')
      .replace(/\((?!\?)/g, '(?:')
      .replace(/~/g, '()') || '(?!)'})(?!\\w)`,
    'giu',
  );

/** Per reason, the three tiers compiled. */
const COMPILED = Object.entries(RULES).map(([reason, tiers]) => ({ reason: reason as ToneReason, tiers: tiers.map(compile) }));

/** The sentence around `at`. */
const sentenceAt = (text: string, at: number) => text.slice(0, at).replace(/.*[.!?\n]/s, '') + text.slice(at).replace(/[.!?\n][^]*/, '');

/**
 * A word that speaks ill: the analyzer's lexicon at −2 or below (superlatives by their stem), and a few it
 * lacks; but not a service failure ("broken", "lost") nor a feeling ("frustrated"): naming the customer's
 * problem or how they feel is not a jab.
 */
function mean(word: string): boolean {
  const w = word.toLowerCase();
  if (en.cues.get(w) === 'failure' || /^(?:complain|unable|frustrat|upset|angry|disappoint)/.test(w)) return false;
  const v = en.lexicon.get(w) ?? en.lexicon.get(w.replace(/i?est$/, (m) => (m[3] ? 'y' : '')));
  return (v ?? 0) <= -2 || /^(?:shout|yell|whin|rant|moan|spamm|silli?|absurd|laughable|drama)/.test(w);
}

/** Whether [start, end) of the text holds a mean word with no "not", "never" or "no" just before it. */
function meanIn(text: string, start: number, end: number): boolean {
  for (const m of text.slice(start, end).matchAll(/\p{L}+/gu)) {
    const at = start + m.index;
    if (mean(m[0]) && !/\b(?:not|never|no|n't)\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

/**
 * The text as the rules read it: curly apostrophes straight, and links, handles and e-mail addresses blanked
 * (they say nothing about tone, and a URL path can hold anything); the same length, so spans still fit.
 */
const plain = (text: string) => text.replace(/’/g, "'").replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|[@#]\w+/giu, (m) => ' '.repeat(m.length));

/** The tone findings of a reply, one per reason, each with the words and where they are. */
export function replyTone(input: string): ToneHit[] {
  const text = plain(input);
  const found = new Map<ToneReason, Span[]>();
  const add = (reason: ToneReason, start: number, end: number) => {
    const spans = found.get(reason) ?? [];
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    found.set(reason, spans);
  };
  // Bare cues count in a reply without warmth or an offer (links count as one); cold ones in a sentence without warmth.
  const bare = !WARM.test(text) && !OFFER.test(input.replace(/’/g, "'"));
  for (const { reason, tiers } of COMPILED) {
    tiers.forEach((rule, tier) => {
      for (let m; (m = rule.exec(text)); ) {
        const end = m.index + m[0].length;
        // A lexical rule without a mean word: try again from the next character (a shorter rule may match).
        if (m.includes('') && !meanIn(text, m.index, end)) rule.lastIndex = m.index + 1;
        else if (tier == 1 ? !WARM.test(sentenceAt(text, m.index)) : tier != 2 || bare) add(reason, m.index, end);
      }
    });
  }
  return [...found].map(([reason, spans]) => {
    spans.sort((a, b) => a.start - b.start);
    return { reason, spans, words: spans.map((s) => input.slice(s.start, s.end).trim()).join('”, “') };
  });
}
