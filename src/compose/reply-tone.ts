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
 * Besides the phrase tables, three sentence rules: praise that turns ("Great, another …"); a judgement of
 * the customer or of what they wrote, read from the analyzer's lexicon ("you're rude", "your complaint is
 * pointless"; feelings such as "frustrated" are not judgements); and a curt reply, a few words at the
 * customer with nothing a service reply has (no greeting, thanks, apology, question, link, information or
 * offer of help): "Good for you."
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
 * The phrase tables: alternatives in a small pattern language, compiled to whole-word, case-insensitive
 * regular expressions. `'` matches straight and curly apostrophes; a space matches any run of spaces; `^`
 * is the start of the reply (after any blanked @handles). An entry starting with `~` counts only in a sentence without warmth (thanks,
 * an apology, "glad", "hope" …): "what you expected" is a jab, "sorry it's not what you expected" is not.
 */
const RULES: Record<ToneReason, string[]> = {
  sarcasm: [
    '(?:when|as soon as|the day) pigs fly',
    'yeah,? right',
    'yeah,? no',
    'whatever you say',
    'sure you (?:did|do|are|have|were|can)',
    'good luck with that',
    '(?:what a|big) surprise',
    'what a (?:shock|shocker|shocking \\w+)',
    'happy now\\?',
    '(?:oh |yeah |yes )?sure,? because',
    'good luck (?:finding|getting|trying|with your)',
    '~(?<=^|[.!?] )(?:lol|lmao|haha),',
    'oh look,? another',
    'not a (?:miracle worker|magician|mind reader)',
    'that\'s not how (?:any of )?(?:this|it) works',
    'keep calm and',
    'gold star',
    'tell (?:us|me) something (?:we|i) (?:don\'t|do not) know',
    '(?<=^|[.!?] )(?:oh,? )?the suspense(?=[.!…]|$)',
    'bold of you',
    'must be nice',
    '(?:we\'ll|we will|i\'ll|i will) (?:just )?pretend',
    '(?:we\'ll|we will) drop everything',
    'magic money tree',
    '(?:your|the) (?:cat|dog|grandma|granny|kid|child|toddler) could',
    '~(?<=^|[.!?] )(?:\\p{L}+\\. ){2,}\\p{L}+\\.',
    'congratulations,? you (?:found|discovered|managed|figured|worked out)',
    'surprise,? surprise',
    '~who (?:knew|would have thought|would\'ve thought)',
    '(?:just|exactly) what (?:we|i) (?:needed|wanted)',
    '~nice try',
    'cry me a river',
    '(?:oh,? )?the horror(?=[.!…]|$)',
    'captain obvious',
    '~no kidding',
    'thanks (?:so much |a lot )?for the (?:essay|novel|lecture|sermon|life story|rant|tirade|speech|history lesson)',
    '(?:congratulations|congrats|well done|bravo|kudos|nice job|great job) (?:on|for) (?:breaking|losing|missing|ruining|forgetting|ignoring|deleting|cancelling|canceling|locking|getting yourself)',
    '(?:a|one|two|three|four|five|six|seven|ten|\\d+) whole (?:seconds?|minutes?|hours?|days?|weeks?|months?)',
    '(?:such a|real) genius',
    '(?:because|as if) that (?:always|ever) works',
    '~(?:oh|just) (?:great|perfect|wonderful|brilliant|fantastic|lovely|marvell?ous)(?=[.!…]|$)',
    '(?<=^|[.!?] )not\\.$',
    '~(?<=^|[.!?] )funny how',
    '(?<=^|[.!?] )(?:this |you |that )?again\\?',
    'hurt your (?:little )?feelings',
    'aww+,? (?:did|does|is|are|poor)',
    'cool story',
    '(?<=^|[.!?] )duh',
    '(?<=^|[.!?] )(?:ugh|pfft|meh|smh|sigh)',
    'bless your (?:heart|soul)',
    'sorry not sorry',
    '(?<=^|[.!?] )imagine \\w+ing',
    '(?:have|did) you tried not \\w+ing',
    '(?:enjoy|love) your (?:\\w+ )?(?:outage|delay|wait|problem|mess|broken \\w+)',
    '/s',
  ],
  blame: [
    'not (?:our|my) fault',
    '(?<!(?:not|n\'t|never|no) (?:\\w+ )?)your (?:own )?(?:fault|doing)',
    'your own (?:mistake|error|fault|doing|carelessness)',
    '(?:it\'s|it is|that\'s|that is) on you',
    '(?:a|an) you (?:problem|issue|thing)',
    '(?:you(?:\'ve| have)? )?only (?:got )?yourself to blame',
    'blame yourself',
    '(?:user|operator) error',
    '(?<!(?:if|when) )you chose (?:the|to)',
    'between the (?:chair|seat) and the keyboard',
    '(?:pebkac|pebcak|id10t)',
    'you (?:obviously|clearly|evidently) \\w+',
    '~(?<=^|[.!?] )(?:obviously|clearly|evidently),? you',
    '~you (?:must|should) have (?:read|checked|followed|known|listened|looked|paid attention)',
    '~you should\'ve (?:read|checked|followed|known|listened|looked|paid attention)',
    '~(?<!(?:if|sorry|unless|when|that|in case) )you (?:didn\'t|did not|never|failed to|forgot to|refuse to|refused to) (?:bother|read|follow|check|listen|pay attention|update|look)',
    'you (?:broke|misused|misread) (?:it|this|that|them)',
    '(?<!(?:if|when|so|that) )you did (?:click|agree|sign|accept|choose|order|select|buy|tick|press|tap|ignore|skip)',
    '(?:someone|somebody) (?:didn\'t|did not|forgot|skipped|missed|can\'t|cannot|doesn\'t|does not|needs to)',
    '(?:someone|somebody)\'s (?:grumpy|cranky|angry|upset|moody|impatient|touchy|in a mood)',
    'the price you pay for',
    '(?<=^|[.!?] )(?:maybe|perhaps|just) (?:don\'t|do not)',
    'try not to (?:break|lose|drop|forget|miss|ignore|delete|spill|smash)',
    '(?:was|is|it\'s|be) (?:probably |likely |definitely )?something you did',
    '(?<=, )you did\\.?$',
    'you (?:\\w+ed|did|set|put|wired|read|plugged) (?:it|this|that|them)(?: \\w+)? (?:wrong|wrongly|incorrectly|backwards)',
    '~(?:use|using|install|installing|set|setting|do|doing|read|reading|hold|holding|charge|charging) (?:it|this|that|them) (?:properly|correctly|right)\\?',
    '(?:if you had|if you\'d|had you) (?:just |only |actually |bothered to )?(?:read|followed|checked|listened|paid attention|looked)',
    '(?:that\'s|this is|that is) what happens when you',
    'the (?:courier|postman|post office|carrier|bank|manufacturer|retailer|seller|airline)\'s (?:fault|problem)',
  ],
  dismissal: [
    'not (?:our|my) (?:problem|concern|job|department|responsibility)',
    '(?:someone|somebody) else\'s problem',
    '(?:go )?bother (?:someone|somebody) else',
    'nothing to do with us',
    '(?:we|i) (?:don\'t|do not|couldn\'t|could not) care',
    'who cares',
    '(?:deal|live) with it',
    'get over it',
    'cry about it',
    'take it or leave it',
    'like it or not',
    'end of (?:story|discussion)',
    '(?:noted|received|read|filed) and (?:promptly )?ignored',
    '(?:in|into) the (?:bin|trash|garbage|shredder)',
    '(?:we|i)(?: will|\'ll) (?:just )?ignore',
    '(?<=^|[.!?] )(?:just |now )?(?:relax|chill)',
    '(?:calm|settle) down',
    'chill out',
    '(?<=^|[.!?,] )be patient',
    'patience is a virtue',
    '(?:stop|quit) (?:tagging|tweeting|messaging|spamming|complaining|whining|moaning|bothering|pestering|emailing|calling|shouting|yelling|ranting|crying)',
    '(?:don\'t|do not) (?:tag|spam|bother|pester) us',
    '~(?:don\'t|do not|stop) wast(?:e|ing) (?:our|my) time',
    '~not worth (?:our|my) time',
    '(?:go|take your business|take your money|spend your money) elsewhere',
    'feel free to (?:leave|go elsewhere|switch|take your business)',
    'if you (?:don\'t|do not) like it',
    '(?:we|i)(?:\'re| are| am|\'m) too busy',
    '(?:we|i) (?:don\'t|do not) have time for',
    '(?:we\'re|we are) not a charity',
    'join the (?:queue|line)',
    'moving on',
    '(?:hold|calm|keep) your (?:horses|jets)',
    'keep your (?:hair|shirt) on',
    'don\'t shoot the messenger',
    '(?:complaining|shouting|yelling|tweeting|crying|moaning)(?: \\w+){0,3} (?:won\'t|will not|doesn\'t|does not|isn\'t going to) (?:get|help|change|make|speed)',
    'just because you (?:shout|yell|complain|tweet|scream|cry|moan|asked)',
    'when (?:we|i) get to (?:you|it)\\b',
    '(?:we\'ve|we have|i\'ve|i have) (?:already )?covered (?:this|that)',
    '~(?<=^|[.!?] )fine[.,]',
    '(?:it|that|this) (?:won\'t|will not|isn\'t going to) change anything',
    '(?:we|i) (?:won\'t|will not) miss you',
    'scroll up',
    '(?<=^|[.!?] )next[.!]?$',
    '(?<=^|[.!?] )whatever',
    'so what(?=[?!.]|$)',
    '(?<=^|[.!?] )big deal',
    'what\'s the big deal',
    'first world problem',
    'sorry (?:you feel|if you feel) that way',
    '(?:it|this) is what it is',
    'tough luck',
    'rules are rules',
    'the answer (?:hasn\'t|has not|won\'t|will not|didn\'t|did not|is still) (?:changed?|the same|no)',
    '(?:it\'s|it is|that\'s|that is|this is) (?:only|just) (?:a|an|one|two|three|a few|\\d+) (?:\\w+\'s )?(?:\\w+ )?(?:delay|wait)',
    '~it\'s all (?:there|in the \\w+)',
    '(?<=^|[.!?] )(?:no|nope|nah)\\.?$',
  ],
  condescension: [
    'as (?:we|i)(?:\'ve| have)? (?:said|told you|explained|stated) (?:before|already|earlier|previously|twice|many times)',
    '(?:we|i)(?:\'ve| have)? (?:already )?told you (?:this|that|so|already|before|twice)',
    '(?:we|i)(?:\'ve| have) already (?:told|explained to) you',
    '(?:we|i)(?:\'ve| have) (?:already )?(?:said|explained|answered) (?:this|that|it) (?:already|before|twice)',
    '~(?:said|told you|answered|explained) (?:this|that|it)? ?(?:a )?(?:hundred|thousand|million|dozen|umpteen|gazillion) times',
    '(?<=^|[.!?] )for the (?:last|hundredth|umpteenth|nth|millionth) time',
    'how many times (?:do|must|will) (?:we|i)',
    '(?:perhaps|maybe) (?:try )?(?:actually )?read(?:ing)?',
    'actually read',
    '~(?<=^|[.!?] )(?:next time,? )?(?:read|check) (?:the|our) (?:fine print|small print|pinned tweet|faq|manual|instructions|terms)',
    '~next time,? (?:read|check|try|look|think|ask|pay)',
    'read (?:the|our|your) \\w+ (?:next time|first|before (?:tweeting|posting|complaining|asking))',
    'learn to (?:read|spell)',
    '(?:maybe|perhaps|try to|go) learn (?:some|a little|to)',
    '(?:who|people|can\'t even|cannot even) (?:can\'t |cannot )?read',
    '(?:did|do|have|can) you even',
    '~how about you',
    '~(?:it\'s|that\'s|it is|that is) literally',
    'you must be new(?: here)?',
    'do (?:us|me|yourself) (?:all )?a favou?r',
    '~(?:simple|basic|easy) (?:steps|instructions|questions?)',
    'your (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|tenth|twentieth|hundredth|umpteenth) (?:tweet|message|email|complaint|question|post|dm|call|reply)',
    '~(?:second|third|fourth|fifth|tenth|hundredth|umpteenth|\\d+(?:st|nd|rd|th)) time you(?:\'ve| have)? (?:asked|tweeted|messaged|written|called|complained|contacted|posted)',
    '(?<=n\'t [^.!?]*), (?:can|do|will|did) you\\?',
    'before (?:typing|tweeting|posting|complaining|asking|commenting)',
    '~(?:your|an|that|new) attitude',
    'not everything is about you',
    'drama queen',
    'exists? for a reason',
    '(?<=^|[.!?] )not this again',
    '(?<=^|[.!?] )(?:oh,? )?this again',
    'another (?:customer|person|one|genius|expert) who',
    '~you (?:do )?reali[sz]e (?:this|that|it|we)',
    '(?:use|switch on|turn on|engage) your (?:brain|head|common sense|eyes)',
    'your brain',
    '(?:we\'re|we are|i\'m|i am) not your (?:mum|mom|mother|dad|babysitter|parents?|servant|slave|personal assistant|therapist)',
    '~you really (?:need|have|should|must|ought)',
    '(?:if you can\'t|if you cannot|can\'t|cannot) afford it',
    '(?:like|as) (?:everyone|everybody|most people|other customers|normal people)(?: else)? (?:manages?|can|does|seems? to)',
    '(?<![.!?] |^)like (?:everyone|everybody) else',
    'like (?:a normal person|an adult|a grown-?up|normal people)',
    '~(?:nobody|no one|no-one) else (?:has|is|seems|complains|had|gets|can)',
    '~you(?:\'re| are) the only one',
    '~(?:people|those) who (?:won\'t|can\'t be bothered|refuse)',
    '(?:it\'s|it is|this is|that\'s|that is) not (?:rocket science|that hard|that difficult|that complicated|brain surgery)',
    'how hard (?:is it|can it be)',
    '~what (?:else )?(?:did |do |were )?you (?:expect|expected|expecting)',
    'you get what you pay for',
    '(?:are|is) (?:just )?never (?:happy|satisfied|pleased|content)(?! to)',
    '~some people (?:just )?(?:shouldn\'t|should not|can\'t|cannot|never|will never)',
    '(?:simply|just|completely) not true',
    'and you know it',
    '(?:that\'s|that is|it\'s|it is) (?:a lie|nonsense|rubbish)',
    'you(?:\'re| are) lying',
    'don\'t be (?:silly|ridiculous|dramatic|so dramatic)',
    'no need to be (?:so )?(?:rude|dramatic|aggressive)',
    '~(?<=^|[.!?] )(?:look|listen|honestly|frankly|seriously|clearly|obviously),',
    '(?<=^|[.!?] )(?:seriously|really)\\?',
  ],
  insult: [
    '(?<!(?:not|n\'t|never|no) (?:a |so |that )?)(?:idiot|idiots|idiotic|stupid|stupidity|dumb|moron|morons|moronic|clueless|imbecile|dimwit|numpty|muppet|pillock|nitwit|halfwit|brainless|incompetent|pathetic|crybaby|complainer|complainers|snowflake|loser|losers|childish|immature)',
    'shut up',
    '(?:stfu|wtf|lmao|lmfao|rofl)',
  ],
};

/** Praise that opens a sentence sarcastically when the rest of it complains ("Great, another outage"). */
const PRAISE = '(?:great|wonderful|brilliant|fantastic|lovely|perfect|marvell?ous|splendid|super|excellent|terrific|awesome|amazing|nice|cute|cool|sure|fabulous|smart|clever)';
const OPENER = new RegExp(
  `(?:^\\s*|[.!?]\\s+)((?:(?:oh|well|wow|gee|just)[,!]?\\s+)?${PRAISE}(?:\\s+(idea|move|plan|choice|timing|job|work|thinking|call))?)\\s*[,—–…]\\s*([^.!?]*)`,
  'giu',
);
/** What turns the praise: more of the same ("another", "again"), complaining, or (after "great idea,") what the customer did. */
const TURN = /^(?:another|again|yet|more|same|complain\w*|moan\w*|whin\w*|rant\w*)$/u;
/** One-word verdicts that mock: "Cute." "Shocking." */
const VERDICT = /(?:^|[.!?]\s+)((?:shocking|cute|adorable|riveting|fascinating|charming|hilarious|typical|classic|how original|how shocking|how tragic)\.)(?=\s|$)/giu;
/** Warmth in the same sentence means the praise is meant. */
const WARM = /\b(?:thanks?|thank you|glad|happy|sorry|apolog\w*|congrat\w*|enjoy|love|hope|appreciate\w*|understand)\b/iu;

const compile = (alternatives: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_'’])(?:${alternatives.join('|').replace(/'/g, "['’]").replace(/ /g, '\\s+').replace(/(?<!\[)\^/g, '^\\s*') || '(?!)'})(?![\\p{L}\\p{N}_])`,
    'giu',
  );

/** Per reason: the rules that always count, and those that count only in a sentence without warmth. */
const COMPILED = Object.entries(RULES).map(([reason, entries]) => ({
  reason: reason as ToneReason,
  always: compile(entries.filter((e) => !e.startsWith('~'))),
  cold: compile(entries.filter((e) => e.startsWith('~')).map((e) => e.slice(1))),
}));

/** The sentence around [start, end). */
function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(before, after < 0 ? text.length : end + after);
}

/** "you're (being so) rude": a judgement of the customer, when the word is negative in the lexicon. */
const YOU_ARE = /(?<![\p{L}])you(?:['’]re| are)\s+(?:(?:being|so|such|an?|very|really|just|clearly|simply|quite|a bit|bit|totally|completely)\s+)*(\p{L}+)/giu;
/** "your complaint is pointless": a judgement of what the customer wrote. */
const YOURS_ARE =
  /(?<![\p{L}])your\s+(?:\p{L}+\s+)?(?:tweet|tweets|complaint|complaints|comment|comments|message|messages|opinion|question|questions|review|feedback|post|posts|argument|logic|point|idea|request|rant)\s+(?:is|was|are|were)\s+(?:(?:so|just|completely|totally|very|really|quite|rather|frankly)\s+)*(\p{L}+)/giu;
/** Feelings and states, not judgements: "you're frustrated", "you're unable to log in". */
const STATES = new Set(
  'frustrated upset angry disappointed confused worried stressed unhappy sad annoyed concerned afraid scared anxious unable missing stuck locked lost having experiencing seeing getting facing affected sorry tired sick hurt late behind'.split(' '),
);

/** Whether a word is a negative judgement in the analyzer's lexicon (feelings and states aside). */
function judgement(word: string): boolean {
  const w = word.toLowerCase();
  return !STATES.has(w) && (en.lexicon.get(w) ?? 0) < 0;
}

/** What a service reply has: a greeting, thanks, an apology, an offer of help, a question, a link … */
const SERVICE =
  /[?!]|\b(?:please|thanks?|thank you|thx|cheers|sorry|apolog\w*|happy|glad|help\w*|assist\w*|hi|hello|hey|welcome|anytime|dm|message|e-?mail|link|let us know|we['’]ll|we will|we can|we['’]d|we have|we['’]re here|can you|could you|would you|check|try|visit|refer|see|follow|find|info\w*|learn|appreciate|hope|congrat\w*|no problem|no worries|sounds good|okay|ok|of course|absolutely|done|sorted|fixed|great|awesome|amazing|love|enjoy|here['’]s|here is|here:|good news|right|agree\\w*|fair|will|unfortunately|available|soon|today|tomorrow|your (?:order|refund|account|parcel|package|delivery|ticket|case|booking|payment|engineer|line|service|device|phone|router|card|plan|bill))\b/iu;
/** At most this many words, addressed to the customer, without any of it reads as curt. */
const CURT_WORDS = 8;

/** Links, handles and e-mail addresses say nothing about tone, and a URL path can hold anything. */
const blank = (text: string) => text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|[@#]\w+/giu, (m) => ' '.repeat(m.length));

/** Whether praise opening a sentence is ironic, from what follows it in the sentence. */
function ironic(noun: string | undefined, rest: string): boolean {
  if (WARM.test(rest)) return false;
  const words = rest.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (noun && /^\p{L}+ing$/u.test(words[0] ?? '')) return true; // "Brilliant idea, cancelling right before the deadline"
  return words.some((w) => TURN.test(w));
}

/** The tone findings of a reply, one per reason, each with the words and where they are. */
export function replyTone(input: string): ToneHit[] {
  const text = blank(input);
  const found = new Map<ToneReason, Span[]>();
  const add = (reason: ToneReason, start: number, end: number) => {
    const spans = found.get(reason) ?? [];
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    found.set(reason, spans);
  };
  for (const { reason, always, cold } of COMPILED) {
    for (const [re, warmOk] of [[always, true], [cold, false]] as const) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = m.index + m[0].length;
        if (warmOk || !WARM.test(sentenceOf(text, start, end))) add(reason, start, end);
      }
    }
  }
  for (const m of text.matchAll(OPENER)) {
    if (!ironic(m[2], m[3] ?? '')) continue;
    add('sarcasm', m.index + m[0].indexOf(m[1]!), m.index + m[0].length);
  }
  for (const [re, reason] of [[YOU_ARE, 'insult'], [YOURS_ARE, 'condescension']] as const) {
    for (const m of text.matchAll(re)) {
      if (judgement(m[1]!) && !WARM.test(sentenceOf(text, m.index, m.index + m[0].length))) add(reason, m.index, m.index + m[0].length);
    }
  }
  // A signature ("^SR", "- Richard") is not part of what the reply says.
  const body = text.replace(/\s[\^*/~–-]\s?\p{L}[\p{L} .]{0,20}$/u, '').trim();
  const words = body.match(/\p{L}+/gu) ?? [];
  const toCustomer = words.some((w) => /^(?:you|your|yours|yourself)$/iu.test(w));
  if (toCustomer && words.length <= CURT_WORDS && !SERVICE.test(body) && !found.size) {
    const start = text.indexOf(body);
    add('dismissal', start, start + body.length);
  }
  for (const m of text.matchAll(VERDICT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    add('sarcasm', start, start + m[1]!.length);
  }
  return [...found].map(([reason, spans]) => {
    spans.sort((a, b) => a.start - b.start);
    return { reason, spans, words: spans.map((s) => input.slice(s.start, s.end).trim()).join('”, “') };
  });
}
