/**
 * Full-text search over a list of articles a host passes in, for a desktop without a
 * `KnowledgeSource`. MiniSearch is loaded on first use (its own chunk) and the index is built in
 * slices that yield to the browser, so neither costs the first paint. Plain TypeScript, no DOM.
 */
import type MiniSearch from 'minisearch';
import type { KnowledgeArticle, KnowledgeResults } from '../../model/knowledge.js';

type MiniSearchClass = typeof MiniSearch;

let loading: Promise<MiniSearchClass> | undefined;

/** Loads MiniSearch once; a failed download can be tried again. */
export function loadMiniSearch(): Promise<MiniSearchClass> {
  loading ??= import('minisearch').then((m) => m.default);
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Same-language articles rank this much higher. */
const LANGUAGE_BOOST = 1.5;

const primary = (tag: string | undefined) => (tag ?? '').toLowerCase().split('-')[0] ?? '';

export class LocalIndex {
  readonly #search: MiniSearch<KnowledgeArticle>;
  readonly #byId: Map<string, KnowledgeArticle>;

  private constructor(search: MiniSearch<KnowledgeArticle>, byId: Map<string, KnowledgeArticle>) {
    this.#search = search;
    this.#byId = byId;
  }

  /**
   * Indexes the articles (the first of a repeated id wins): title, snippet and body, accents folded,
   * prefix and typo-tolerant matches, titles weighted highest. Resolves when done; the signal stops it.
   */
  static async build(articles: readonly KnowledgeArticle[], options: { signal?: AbortSignal; sliceMs?: number; load?: () => Promise<MiniSearchClass> } = {}): Promise<LocalIndex> {
    const Search = await (options.load ?? loadMiniSearch)();
    options.signal?.throwIfAborted();
    const byId = new Map<string, KnowledgeArticle>();
    for (const article of articles) if (!byId.has(article.id)) byId.set(article.id, article);
    const search = new Search<KnowledgeArticle>({
      fields: ['title', 'snippet', 'body'],
      // Words are runs of letters and digits: markup and symbols ("<b>", "=", ">") never glue onto a word.
      tokenize: (text) => text.split(/[^\p{L}\p{N}\p{M}]+/u),
      processTerm: (term) => term.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase(),
      searchOptions: {
        boost: { title: 3, snippet: 1.5 },
        // The word being typed matches as a prefix; finished words of 5 letters or more forgive a typo.
        prefix: (term, i, terms) => i === terms.length - 1 && term.length > 1,
        fuzzy: (term, i, terms) => (i < terms.length - 1 && term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    // Indexed in slices of about `sliceMs` that yield to the browser, so typing and painting go on meanwhile.
    const sliceMs = options.sliceMs ?? 8;
    let start = performance.now();
    for (const article of byId.values()) {
      search.add(article);
      if (performance.now() - start < sliceMs) continue;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      options.signal?.throwIfAborted();
      start = performance.now();
    }
    return new LocalIndex(search, byId);
  }

  get size(): number {
    return this.#byId.size;
  }

  /** The best `limit` articles with every word of `query` (any word, with `anyWord`), articles in `lang` first among equals. */
  search(query: string, options: { lang?: string; limit?: number; anyWord?: boolean } = {}): KnowledgeResults {
    const lang = primary(options.lang);
    const byId = this.#byId;
    const boostDocument = lang ? (id: unknown) => (primary(byId.get(id as string)?.language) === lang ? LANGUAGE_BOOST : 1) : undefined;
    const hits = this.#search.search(query, { ...(boostDocument ? { boostDocument } : {}), ...(options.anyWord ? { combineWith: 'OR' } : {}) });
    const articles = hits.slice(0, options.limit ?? 20).map((hit) => byId.get(hit.id as string)!);
    return { articles, answers: [], rejected: [] };
  }
}
