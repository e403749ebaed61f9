/**
 * A language pack: everything language-specific the analyzer needs. The analyzer's rules (negation,
 * boosters, contrast, emphasis, sarcasm, customer-service cues) are written once against this shape;
 * adding a language means writing another pack, not another analyzer.
 *
 * All keys are lower case; multi-word keys are words joined by single spaces, optionally with a comma
 * after a word ("yeah, right").
 */
export interface Language {
  /** BCP 47 primary tag, e.g. "en". */
  readonly code: string;
  /** Valence on −5..5 (the AFINN scale) of words and multi-word phrases. */
  readonly lexicon: ReadonlyMap<string, number>;
  /** Customer-service meaning of some lexicon entries; it drives the sarcasm and resolution rules. */
  readonly cues: ReadonlyMap<string, Cue>;
  /** Multipliers applied to the next sentiment word: > 1 intensifies ("very"), < 1 dampens ("slightly"). */
  readonly boosters: ReadonlyMap<string, number>;
  /** Words that negate the next few words ("not", "never", "no"). */
  readonly negators: ReadonlySet<string>;
  /** A word ending in this also negates ("n't" in English); empty when the language has none. */
  readonly negatorSuffix: string;
  /**
   * Words that, when negated, describe a service failure rather than a flipped sentiment:
   * "can't log in", "no answer", "never arrived", "hasn't been refunded".
   */
  readonly serviceWords: ReadonlySet<string>;
  /** Contrast words: the clause after the last one weighs more, everything before it less ("but"). */
  readonly contrast: ReadonlySet<string>;
  /** Interjections that make a lone positive word sarcastic next to a failure ("oh great", "just perfect"). */
  readonly interjections: ReadonlySet<string>;
  /** Positive words that turn sarcastic when what follows is a failure ("love waiting", "thanks for losing"). */
  readonly ironic: ReadonlySet<string>;
}

/**
 * What a lexicon entry means in a customer conversation.
 * - `failure`: something went wrong ("still waiting", "charged twice", "outage").
 * - `request`: the customer asks for help ("please help", "how do I").
 * - `thanks`: gratitude ("thank you", "appreciate").
 * - `sarcasm`: a fixed sarcastic phrase ("thanks for nothing", "yeah right").
 * - `resolution`: a verb that resolves the failure after it ("fixed", "sorted out").
 */
export type Cue = 'failure' | 'request' | 'thanks' | 'sarcasm' | 'resolution';
