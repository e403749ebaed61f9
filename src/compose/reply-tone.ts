/**
 * Reply tone: would this reply read as sarcastic, blaming, dismissive, condescending or insulting if the
 * brand posted it? A different question from the customer-sentiment analyzer's (how does the customer
 * feel?): a reply that apologises, shows empathy or names the customer's problem ("sorry for the trouble",
 * "that sounds difficult", "report it through our Abuse page") is not negative here, so no word counts
 * against a reply for its valence alone. What counts is what the reply does to the customer:
 *
 * - sarcasm: praise that turns on a complaint ("Great, another complaint"), stock ironic phrases ("as soon
 *   as pigs fly", "thanks for the essay"), mock exaggeration ("two whole days"), a one-word verdict ("Cute.");
 * - blame: the fault is the customer's ("you obviously installed it wrong", "if you had read …");
 * - dismissal: the problem or the customer waved away ("not our problem", "relax", "stop tagging us");
 * - condescension: talking down ("as we said before", "like a normal person", "what did you expect");
 * - insult: names for the customer no brand uses ("idiot", "clueless").
 *
 * Besides the phrase tables, two sentence rules: a judgement of the customer, read from the analyzer's
 * lexicon ("you're rude"; feelings such as "frustrated" are not judgements); and a curt reply, a few words
 * at the customer with nothing a service reply has (no greeting, thanks, apology, question, link,
 * information or offer of help): "Good for you."
 * Every rule names its words and its reason. Loaded lazily (see `loadReplyTone`); the lexicon it shares
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

/**
 * The phrase tables, per reason: phrases that always count, then phrases that count only in a sentence
 * without warmth (thanks, an apology, "glad", "hope" …): "what you expected" is a jab, "sorry it's not
 * what you expected" is not. Alternatives in a small pattern language, compiled to whole-word,
 * case-insensitive regular expressions: `'` matches straight and curly apostrophes, a space any run of
 * spaces, and `^` the start of a sentence.
 */
const RULES: Record<ToneReason, [always: string, cold: string]> = {
  sarcasm: [
    'must be nice|bold of you|(?:when|as soon as) pigs fly|yeah,? (?:right|no)|whatever you say|sure you (?:did|do|are|can)' +
      '|good luck with that|(?:what a|big) (?:surprise|shock)|(?:just|exactly) what (?:we|i) needed|thanks for the (?:essay|novel|lecture|speech)' +
      '|(?:congratulations|congrats|well done) (?:on|for) \\w+ing|(?:a|two|\\d+) whole (?:minutes?|hours?|days?|weeks?)' +
      '|sure,? because|^not\\.$|^(?:this |you )?again\\?' +
      '|^(?:brilliant|great|nice|smart|clever) (?:idea|move|plan|timing),? \\w+ing',
    '(?:oh|just) (?:great|perfect|wonderful|brilliant)(?=[.!…]|$)' +
      '|^(?:oh |well |just )?(?:great|wonderful|brilliant|fantastic|lovely|perfect|super|awesome|amazing|nice|cool),[^.!?]*(?:another|again|more|same|complain\\w*)',
  ],
  blame: [
    'not (?:our|my) fault|(?<!(?:not|n\'t|never|no) (?:\\w+ )?)your (?:own )?(?:fault|mistake|doing)|(?:it\'s|that\'s) on you' +
      '|(?:a|an) you (?:problem|issue)|yourself to blame|(?:user|operator) error|you (?:obviously|clearly) \\w+|something you did' +
      '|you \\w+ (?:it|this|that)(?: \\w+)? (?:wrong|incorrectly)|(?:if you had|had you) (?:just |actually )?(?:read|followed|checked|listened)' +
      '|(?:that\'s|this is) what happens when you',
    '^(?:obviously|clearly),? you|you (?:must|should)(?: have|\'ve) (?:read|checked|followed|listened)' +
      '|(?<!(?:if|sorry|unless|when|that) )you (?:didn\'t|did not|never|failed to) (?:bother|read|follow|listen)' +
      '',
  ],
  dismissal: [
    'cry about it|not (?:our|my) (?:problem|concern|job|department)' +
      '|(?:we|i) (?:don\'t|do not|couldn\'t) care|who cares|(?:deal|live) with it|get over it|take it or leave it' +
      '|(?:noted|received|read) and (?:promptly )?ignored|(?:we|i)(?: will|\'ll) (?:just )?ignore|so what(?=[?!.]|$)|^(?:just |now )?(?:relax|chill)' +
      '|calm down|(?<=^|[.!?,] )be patient|too busy' +
      '|(?:stop|quit) (?:tagging|tweeting|messaging|spamming|complaining|whining|moaning|bothering|shouting|yelling)' +
      '|(?:don\'t|do not) (?:tag|spam|bother) us|(?:go|take your \\w+) elsewhere|feel free to (?:leave|switch)' +
      '|if you (?:don\'t|do not) like it|(?:we\'re|we are) not (?:a charity|your \\w+)|^big deal|sorry (?:you|if you) feel that way' +
      '|rules are rules|the answer (?:hasn\'t|has not|won\'t) change' +
      '|(?:it\'s|that\'s) (?:only|just) (?:a|an|one|a few|\\d+) (?:\\w+\'s )?(?:delay|wait)|won\'t change anything|^(?:no|nope|nah)\\.?$',
    '^whatever|wast(?:e|ing) (?:our|my) time',
  ],
  condescension: [
    'you must be new' +
      '|as (?:we|i)(?:\'ve| have)? (?:said|told you|explained) (?:before|already|earlier|twice)|told you (?:this|that|already|before)' +
      '|(?:hundred|million|umpteen) times|(?:said|explained|answered|covered) (?:this|that|it) (?:already|before|twice)' +
      '|how many times (?:do|must) (?:we|i)|(?:perhaps|maybe) (?:try )?(?:actually )?read(?:ing)?|actually read|learn to (?:read|spell)' +
      '|(?:who|people|even) (?:can\'t |cannot )?read|(?:did|do|have|can) you even|do (?:us|me) (?:all )?a favou?r' +
      '|before (?:typing|tweeting|complaining)|not everything is about you' +
      '|(?:like|as) (?:everyone|everybody|most people)(?: else)? (?:manages?|can|does)|(?<![.!?] |^)like everyone else' +
      '|like (?:a normal person|an adult|a grown-?up)|not (?:rocket science|that (?:hard|difficult))|how hard (?:is it|can it be)' +
      '|(?:are|is) never (?:happy|satisfied)(?! to)|(?:simply|just) not true|and you know it|you(?:\'re| are) lying' +
      '|don\'t be (?:silly|ridiculous|dramatic)|^(?:seriously|really)\\?',
    '(?:simple|basic) (?:steps|instructions)|(?:^|next time,? )read (?:the|our) (?:fine print|faq|manual|instructions|terms)' +
      '|next time,? (?:read|check|think)|(?:your|new) attitude|(?:nobody|no one) else (?:has|is|seems|complains)|you(?:\'re| are) the only one' +
      '|what (?:else )?(?:did |do )?you (?:expect|expected)|some people (?:just )?(?:shouldn\'t|can\'t|never)' +
      '|^(?:look|listen|honestly|frankly|seriously),|you really (?:need|should)',
  ],
  insult: [
    '(?<!(?:not|n\'t|never|no) (?:a |so )?)(?:idiots?|idiotic|stupid|dumb|morons?|clueless|imbecile|brainless|incompetent|pathetic|crybaby|complainers?|snowflake|losers?|childish)' +
      '|shut up|stfu|wtf',
    '',
  ],
};

/** Warmth in a sentence: praise in it is meant, and the `~` rules keep quiet. */
const WARM = /\b(?:thanks?|thank you|glad|happy|sorry|apolog\w*|congrat\w*|enjoy|love|hope|appreciate\w*|understand)\b/iu;

const compile = (rules: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_'’])(?:${rules.replace(/'/g, "['’]").replace(/ /g, '\\s+').replace(/(?<![[(])\^|(?<=\(\?:)\^/g, '(?<=^\\s*|[.!?]\\s+)') || '(?!)'})(?![\\p{L}\\p{N}_])`,
    'giu',
  );

/** Per reason: the rules that always count, and those that count only in a sentence without warmth. */
const COMPILED = Object.entries(RULES).map(([reason, [always, cold]]) => ({ reason: reason as ToneReason, always: compile(always), cold: compile(cold) }));

/** The sentence around [start, end). */
function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(before, after < 0 ? text.length : end + after);
}

/** "you're (being so) rude": a judgement of the customer, when the word is negative in the lexicon. */
const YOU_ARE = /(?<!\p{L})you(?:['’]re| are)\s+(?:(?:being|so|such|an?|very|really|just|simply)\s+)*(\p{L}+)/giu;
/** Feelings and states, not judgements: "you're frustrated", "you're unable to log in". */
const STATES = /^(?:frustrated|upset|angry|disappointed|confused|worried|stressed|unhappy|sad|annoyed|concerned|scared|unable|missing|stuck|lost|having|sorry)$/i;

/** What a service reply has: a greeting, thanks, an apology, an offer of help, a question, a link, information … */
const SERVICE =
  /[?!]|\b(?:is|are|was|has|have|please|thank|cheers|sorry|apolog|happy|glad|help|assist|hi|hello|hey|welcome|dm|e-?mail|link|let us|we['’](?:ll|d)|we (?:will|can|have)|check|try|visit|see|find|info|appreciate|hope|congrat|no (?:problem|worries)|ok|of course|done|sorted|fixed|right|agree|fair|will|unfortunately|available|soon|today|tomorrow|good news|your (?:order|refund|account|delivery|case|payment|bill))/iu;
/** At most this many words, addressed to the customer, without any of it reads as curt. */
const CURT_WORDS = 8;

/** Links, handles and e-mail addresses say nothing about tone, and a URL path can hold anything. */
const blank = (text: string) => text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|[@#]\w+/giu, (m) => ' '.repeat(m.length));

/** The tone findings of a reply, one per reason, each with the words and where they are. */
export function replyTone(input: string): ToneHit[] {
  const text = blank(input);
  const found = new Map<ToneReason, Span[]>();
  const add = (reason: ToneReason, start: number, end: number, warmOk = true) => {
    if (!warmOk && WARM.test(sentenceOf(text, start, end))) return;
    const spans = found.get(reason) ?? [];
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    found.set(reason, spans);
  };
  for (const { reason, always, cold } of COMPILED) {
    for (const m of text.matchAll(always)) add(reason, m.index, m.index + m[0].length);
    for (const m of text.matchAll(cold)) add(reason, m.index, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(YOU_ARE)) {
    if (!STATES.test(m[1]!) && (en.lexicon.get(m[1]!.toLowerCase()) ?? 0) < 0) add('insult', m.index, m.index + m[0].length, false);
  }
  // A signature ("^SR", "- Richard") is not part of what the reply says.
  const body = text.replace(/\s[\^*/~–-]\s?\p{L}[\p{L} .]{0,20}$/u, '').trim();
  const words = body.match(/\p{L}+/gu) ?? [];
  if (!found.size && words.length <= CURT_WORDS && words.some((w) => /^your?$/i.test(w)) && !SERVICE.test(body) && !WARM.test(body)) {
    const start = text.indexOf(body);
    add('dismissal', start, start + body.length);
  }
  return [...found].map(([reason, spans]) => {
    spans.sort((a, b) => a.start - b.start);
    return { reason, spans, words: spans.map((s) => input.slice(s.start, s.end).trim()).join('”, “') };
  });
}
