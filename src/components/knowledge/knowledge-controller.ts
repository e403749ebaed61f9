import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterProblems } from '../../internal/adapter-problems.js';
import type { ChannelKind } from '../../model/channel.js';
import type { KnowledgeResults } from '../../model/knowledge.js';
import { isAbortError, type AdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import { articleList } from '../../ports/validate-knowledge.js';
import { LocalIndex } from './local-index.js';

/** One list the element shows: suggestions, or the results of the search typed. */
export interface Listing {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  results?: KnowledgeResults;
  error?: AdapterError;
  /** The query these results answer (a search's). */
  query?: string;
}

/** What the controller reads from the element, each update. */
export interface KnowledgeInputs {
  adapter: Adapter | undefined;
  conversationId: string | undefined;
  /** The host's own list, searched when the adapter has no knowledge source. */
  articles: readonly unknown[] | undefined;
  lang: string | undefined;
  channel: ChannelKind | undefined;
  debounceMs: number;
}

const IDLE: Listing = { phase: 'idle' };
const idle = (run: () => void) => ((window.requestIdleCallback as ((cb: () => void) => number) | undefined) ?? ((cb: () => void) => setTimeout(cb, 1)))(run);

/**
 * Suggestions for the conversation and search as the agent types, from the adapter's knowledge source
 * or, without one, from the host's `articles` (indexed while idle, off the first paint). Each search waits
 * `debounceMs` after the last keystroke, has its own AbortSignal (the next keystroke aborts it), and an
 * answer to anything but the latest query is dropped even when the host ignores the signal.
 */
export class KnowledgeController implements ReactiveController {
  suggestions: Listing = IDLE;
  search: Listing = IDLE;
  query = '';
  readonly #host: ReactiveControllerHost;
  readonly #inputs: () => KnowledgeInputs;
  readonly #problems: AdapterProblems;
  #seq = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #searchAbort?: AbortController;
  #suggestAbort?: AbortController;
  #suggestKey?: unknown[];
  #articles?: readonly unknown[];
  #index?: Promise<LocalIndex>;

  constructor(host: ReactiveControllerHost, inputs: () => KnowledgeInputs, problems: AdapterProblems) {
    this.#host = host;
    this.#inputs = inputs;
    this.#problems = problems;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#searchAbort?.abort();
    this.#suggestAbort?.abort();
    this.#suggestKey = undefined;
  }

  /** Where searches go: the adapter's knowledge source, the host's list, or nowhere. */
  get source(): 'remote' | 'local' | 'none' {
    const { adapter, articles } = this.#inputs();
    return adapter?.has('knowledge.search') ? 'remote' : articles ? 'local' : 'none';
  }

  /** Whether there are suggestions to show for this conversation at all. */
  get suggests(): boolean {
    const { adapter, conversationId } = this.#inputs();
    if (!conversationId) return false;
    return this.source === 'remote' ? !!adapter?.has('knowledge.suggest') : this.source === 'local' && !!adapter?.has('conversations.get');
  }

  /** Called before each render: loads suggestions for a new conversation, re-indexes a new list. */
  sync(): void {
    const inputs = this.#inputs();
    if (inputs.articles !== this.#articles) {
      this.#articles = inputs.articles;
      this.#index = undefined;
      if (inputs.articles && this.source === 'local') idle(() => void this.#localIndex().catch(() => undefined));
    }
    const key = [inputs.adapter, inputs.conversationId, this.source];
    if (this.#suggestKey && key.every((v, i) => v === this.#suggestKey![i])) return;
    this.#suggestKey = key;
    void this.loadSuggestions();
  }

  /** The host's list, validated (bad articles left out and reported) and indexed, once per list. */
  #localIndex(signal?: AbortSignal): Promise<LocalIndex> {
    if (!this.#index) {
      const { articles, rejected } = articleList(this.#articles);
      if (rejected.length) this.#problems.corrected('articles', rejected);
      this.#index = LocalIndex.build(articles);
      this.#index.catch(() => (this.#index = undefined));
    }
    const index = this.#index;
    return signal ? Promise.race([index, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))]) : index;
  }

  async #ask(query: string | undefined, signal: AbortSignal): Promise<KnowledgeResults> {
    const { adapter, conversationId, lang, channel } = this.#inputs();
    const knowledge = this.source === 'remote' ? adapter?.knowledge : undefined;
    if (query === undefined) {
      if (knowledge?.suggest) return knowledge.suggest(conversationId!, { signal });
      const conversation = await adapter!.conversations!.getConversation(conversationId!, { signal });
      const about = [conversation.subject, ...(conversation.tags ?? [])].filter(Boolean).join(' ');
      if (!about.trim()) return { articles: [], answers: [], rejected: [] };
      const index = await this.#localIndex(signal);
      return index.search(about, { ...(lang ? { lang } : {}), limit: 5, anyWord: true });
    }
    if (knowledge) return knowledge.search(query, { signal, ...(lang ? { lang } : {}), ...(channel ? { channel } : {}) });
    return (await this.#localIndex(signal)).search(query, { ...(lang ? { lang } : {}) });
  }

  /** Loads the suggestions again (Retry). */
  async loadSuggestions(): Promise<void> {
    this.#suggestAbort?.abort();
    if (!this.suggests) {
      this.suggestions = IDLE;
      return;
    }
    const abort = (this.#suggestAbort = new AbortController());
    this.suggestions = { phase: 'loading' };
    this.#host.requestUpdate();
    const operation = this.source === 'remote' ? 'knowledge.suggest' : 'conversations.getConversation';
    try {
      const results = await this.#ask(undefined, abort.signal);
      if (abort.signal.aborted) return;
      if (results.rejected.length) this.#problems.corrected(operation, results.rejected);
      this.suggestions = { phase: 'ready', results };
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.suggestions = { phase: 'error', error: this.#problems.failed(operation, error) };
    }
    this.#host.requestUpdate();
  }

  /** The agent typed: searches `query` once they pause; an empty query shows the suggestions again. */
  type(query: string): void {
    this.query = query;
    this.#seq += 1;
    clearTimeout(this.#timer);
    this.#searchAbort?.abort();
    if (!query.trim()) {
      this.search = IDLE;
    } else {
      this.search = { phase: 'loading', query };
      const seq = this.#seq;
      this.#timer = setTimeout(() => void this.#run(query, seq), Math.max(0, this.#inputs().debounceMs));
    }
    this.#host.requestUpdate();
  }

  /** Searches the current query again, now (Retry). */
  retry(): Promise<void> {
    clearTimeout(this.#timer);
    this.#seq += 1;
    this.search = { phase: 'loading', query: this.query };
    this.#host.requestUpdate();
    return this.#run(this.query, this.#seq);
  }

  async #run(query: string, seq: number): Promise<void> {
    this.#searchAbort?.abort();
    const abort = (this.#searchAbort = new AbortController());
    const current = () => seq === this.#seq && !abort.signal.aborted;
    try {
      const results = await this.#ask(query.trim(), abort.signal);
      if (!current()) return; // the agent typed more since: a stale answer is never shown
      if (results.rejected.length) this.#problems.corrected('knowledge.search', results.rejected);
      this.search = { phase: 'ready', results, query };
    } catch (error) {
      if (!current() || isAbortError(error)) return;
      this.search = { phase: 'error', error: this.#problems.failed(this.source === 'remote' ? 'knowledge.search' : 'articles', error), query };
    }
    this.#host.requestUpdate();
  }
}

