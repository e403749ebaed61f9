import type { KnowledgeArticle, KnowledgeResultsInput } from '../../model/knowledge.js';
import type { KnowledgeSourceInput } from '../../ports/ports.js';
import { KNOWLEDGE_ARTICLES, PAST_ANSWERS } from './data/knowledge.js';
import { loseResponse, type DemoState } from './state.js';

/** A malformed answer for the "junk" fault: the shape is wrong, so the boundary fails the call. */
const JUNK_RESULTS = { hits: [{ title: 'Junk', url: 'javascript:alert(1)' }] };

const fold = (text: string) => text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** A small ranking (title words count triple, prefixes match, the reply's language first): enough for a demo host. */
export function rankArticles(articles: readonly KnowledgeArticle[], query: string, options: { lang?: string; any?: boolean; limit?: number } = {}): KnowledgeArticle[] {
  const terms = wordsOf(query);
  if (terms.length === 0) return [];
  const lang = options.lang?.split('-')[0];
  const scored: { article: KnowledgeArticle; score: number }[] = [];
  for (const article of articles) {
    const title = wordsOf(article.title);
    const rest = wordsOf(`${article.snippet} ${article.body}`);
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      const inTitle = title.filter((w) => w.startsWith(term)).length;
      const inRest = rest.filter((w) => w.startsWith(term)).length;
      if (inTitle + inRest > 0) matched += 1;
      score += inTitle * 3 + inRest;
    }
    if (options.any ? matched === 0 : matched < terms.length) continue;
    scored.push({ article, score: score * (lang && article.language === lang ? 1.5 : 1) });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20).map((s) => s.article);
}

/**
 * The demo's knowledge base: search over its articles, and suggestions for a conversation from its subject
 * and tags, with the past answers kept for its tags. `failNext('knowledge.search' | 'knowledge.suggest', …)`
 * makes either fail: error, timeout, junk, or a lost answer.
 */
export function demoKnowledge(state: DemoState, articles: readonly KnowledgeArticle[] = KNOWLEDGE_ARTICLES): KnowledgeSourceInput {
  return {
    async search(query, { signal, lang }) {
      const fault = await state.begin('knowledge.search', signal);
      if (fault === 'junk') return JUNK_RESULTS as never;
      const found = rankArticles(articles, query, lang ? { lang } : {});
      loseResponse(fault, 'did knowledge.search');
      return found;
    },
    async suggest(conversationId, { signal }): Promise<KnowledgeResultsInput> {
      const fault = await state.begin('knowledge.suggest', signal);
      if (fault === 'junk') return JUNK_RESULTS as never;
      const conversation = state.conversation(conversationId);
      const tags = conversation.tags ?? [];
      const lang = tags.includes('spanish') ? 'es' : 'en';
      const about = [conversation.subject ?? '', ...tags].join(' ').replace(/-/g, ' ');
      const found = rankArticles(articles, about, { lang, any: true, limit: 5 });
      const answers = tags.flatMap((tag) => PAST_ANSWERS[tag] ?? []);
      loseResponse(fault, 'did knowledge.suggest');
      return { articles: found, answers };
    },
  };
}
