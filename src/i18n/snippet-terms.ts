/**
 * The composer's words about text inserted from the knowledge base (part of the catalogue's `knowledge`
 * section), apart from `<cx-knowledge>`'s own words so that a composer carries only these.
 */

/** What the composer and its review say while inserted knowledge text is not yet in the agent's own words. */
export interface SnippetTerms {
  /** The composer's note while inserted text is not yet in the agent's own words. */
  adaptNote: string;
  /** The review finding (a stock reply) for inserted text not yet adapted. */
  adaptFinding: string;
}

export const snippetEn: SnippetTerms = {
  adaptNote: 'Text from the knowledge base is in this reply: put it in your own words for this customer before sending.',
  adaptFinding: 'This reply is mostly text from the knowledge base: say it in your own words, about this customer’s problem.',
};
