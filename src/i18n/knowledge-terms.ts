import type { ErrorSubject } from './error-terms.js';
import { formatLanguage } from './intl-words.js';
import { snippetEn, type SnippetTerms } from './snippet-terms.js';

export { snippetEn, type SnippetTerms } from './snippet-terms.js';

/** The words of `<cx-knowledge>` and of the composer's note about inserted knowledge text, typed so a translation can replace them whole. */
export interface KnowledgeTerms extends SnippetTerms {
  /** The element's accessible name. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  suggestions: string;
  results: (query: string) => string;
  pastAnswers: string;
  loading: string;
  searching: string;
  indexing: string;
  noResults: (query: string) => string;
  noSuggestions: string;
  /** Neither a knowledge source nor a list of articles: nothing to search. */
  unavailable: string;
  /** How many results, announced to screen readers. */
  count: (count: number) => string;
  updated: (date: string) => string;
  /** A language tag, in words ("Spanish"): by `Intl.DisplayNames` when it knows it, else the tag. */
  language: (tag: string) => string;
  open: string;
  back: string;
  insertLink: string;
  quote: string;
  /** What "Insert link" puts in the reply. */
  linkText: (title: string, url: string) => string;
  /** What "Quote" puts in the reply. */
  quoteText: (snippet: string) => string;
  inserted: string;
  /** The insert would take the reply over the channel's limit. */
  tooLong: (over: number, max: number) => string;
  /** No reply box took the text (none open for this conversation, or it is sending). */
  noComposer: string;
  subjects: Record<'search' | 'suggest' | 'index', ErrorSubject>;
}

export const knowledgeEn: KnowledgeTerms = {
  label: 'Knowledge base',
  searchLabel: 'Search the knowledge base',
  searchPlaceholder: 'Search articles…',
  suggestions: 'Suggested for this conversation',
  results: (query) => `Articles for “${query}”`,
  pastAnswers: 'Answers that resolved similar conversations',
  loading: 'Loading suggestions…',
  searching: 'Searching…',
  indexing: 'Preparing the articles for search…',
  noResults: (query) => `No articles match “${query}”. Try other words.`,
  noSuggestions: 'No suggestions for this conversation. Search instead.',
  unavailable: 'No knowledge base is connected to this desktop.',
  count: (count) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`),
  updated: (date) => `Updated ${date}`,
  language: (tag) => formatLanguage(tag, 'en', 'Language not given'),
  open: 'Open the article',
  back: 'Back to the results',
  insertLink: 'Insert link',
  quote: 'Quote',
  linkText: (title, url) => `${title}: ${url}`,
  quoteText: (snippet) => `“${snippet}”`,
  inserted: 'Inserted in the reply. Put it in your own words for this customer before sending.',
  tooLong: (over, max) => `That doesn't fit: the reply would be ${over} character${over === 1 ? '' : 's'} over this channel's limit of ${max}. Shorten the reply, or insert the link instead.`,
  noComposer: 'No reply is open for this conversation to insert into.',
  ...snippetEn,
  subjects: {
    search: { thing: 'The knowledge base', action: 'search the knowledge base' },
    suggest: { thing: 'The suggestions', action: 'load the suggested articles' },
    index: { thing: 'The article list', action: 'prepare the articles for search' },
  },
};
