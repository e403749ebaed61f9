import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CxKnowledgeInsertEvent, CxKnowledgeInsertedEvent, type KnowledgeInsertKind } from '../../events/knowledge.js';
import { errorEn } from '../../i18n/error-terms.js';
import { knowledgeEn } from '../../i18n/knowledge-terms.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import { LocaleController } from '../../internal/locale-controller.js';
import type { ChannelKind } from '../../model/channel.js';
import type { KnowledgeArticle, KnowledgeArticleInput, PastAnswer } from '../../model/knowledge.js';
import type { Adapter } from '../../ports/ports.js';
import { KnowledgeController } from './knowledge-controller.js';
import { knowledgeStyles } from './knowledge.styles.js';
import { LIST_ID, listingView, optionId, previewView, type KnowledgeViewContext } from './knowledge-view.js';

/**
 * @tagname cx-knowledge
 * @summary The knowledge base beside the reply: suggestions for the conversation, search as you type, an article preview, and Insert link / Quote into the composer.
 *
 * Give it a `conversation-id`; it works inside `<cx-desk>` or with its own `adapter`. With the adapter's
 * `KnowledgeSource` it shows the host's suggestions for the conversation (`knowledge.suggest`) and
 * searches as the agent types (`knowledge.search`): each search waits for a pause in typing, is
 * cancelled by the next keystroke, and an answer to anything but the latest query is never shown.
 * Without a knowledge source it searches the `articles` the host passes in, in the browser (MiniSearch,
 * loaded on first use and indexed while the page is idle), and suggests from the conversation's subject.
 *
 * Arrow keys move through the results from the search box, Enter opens the one chosen, Escape closes
 * the preview (then clears the search). "Insert link" and "Quote" ask the composer showing the
 * conversation (`cx-knowledge-insert`) to insert at its caret within the channel's length rule; it says
 * so when the text would not fit. Inserted text counts as a stock reply in the composer's review until
 * the agent has put it in their own words. Articles are untrusted: shown as text, and only http(s) links go live.
 *
 * @event {CxKnowledgeInsertEvent} cx-knowledge-insert - The agent asked to insert a link or a quote into the conversation's reply. Cancelable: the host inserts it itself.
 * @event {CxKnowledgeInsertedEvent} cx-knowledge-inserted - The text went into the reply.
 * @event {CxAdapterErrorEvent} cx-adapter-error - A search or the suggestions failed. (Articles left out for bad data are named in a console warning.)
 *
 * @csspart base - Everything.
 * @csspart search - The search box.
 * @csspart listing - A list with its heading: the suggestions, or the results of the search.
 * @csspart results - The list of articles.
 * @csspart result - One article in the list; the one the arrow keys are on is also `result-active`.
 * @csspart result-active - The article the arrow keys are on.
 * @csspart title - An article's title in the list.
 * @csspart snippet - An article's snippet in the list.
 * @csspart meta - Language and date of an article or answer.
 * @csspart answers - Past answers that resolved similar conversations.
 * @csspart answer - One past answer.
 * @csspart preview - The article chosen, as text.
 * @csspart body - The article's text in the preview.
 * @csspart actions - The preview's buttons.
 * @csspart insert-link - Inserts the article's link into the reply.
 * @csspart quote - Quotes the article's snippet (or a past answer) into the reply.
 * @csspart link - Opens the article in a new tab.
 * @csspart back - Closes the preview.
 * @csspart notice - How the last insert went: inserted, too long for the channel, or no reply to insert into.
 * @csspart loading - Says a list is loading.
 * @csspart empty - Says a list is empty ("no results").
 * @csspart unavailable - Says there is no knowledge base to search.
 * @csspart error - An error, with its Retry button.
 *
 * @cssproperty --cx-color-border - Lines around the results and the preview.
 * @cssproperty --cx-color-accent - Edge of the result the arrow keys are on.
 * @cssproperty --cx-color-warning - Edge of the notice when an insert did not fit.
 */
export class CxKnowledge extends LitElement {
  static override styles = knowledgeStyles;

  readonly #adapter = new AdapterController(this);
  readonly #problems = new AdapterProblems(this, this.#adapter);
  readonly #i18n = new LocaleController(this, { knowledge: knowledgeEn, error: errorEn });
  readonly #kb = new KnowledgeController(
    this,
    () => ({ adapter: this.#adapter.value, conversationId: this.conversationId, articles: this.articles, lang: this.replyLang || undefined, channel: this.channel, debounceMs: this.debounce }),
    this.#problems,
  );

  @query('input') private input?: HTMLInputElement;

  @state() private active = -1;
  @state() private preview?: KnowledgeArticle;
  @state() private notice?: { text: string; fits: boolean };
  @state() private announcement = '';

  /** The conversation: its suggestions, and the reply that Insert link and Quote go into. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** The adapter; when unset, the one the nearest `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;
  /** Articles to search in the browser when the adapter has no knowledge source. Invalid ones are left out and reported. */
  @property({ attribute: false }) articles?: readonly KnowledgeArticleInput[];
  /** The language the agent replies in (BCP 47): articles in it rank first, and the host's search gets it as `lang`. */
  @property({ attribute: 'reply-lang' }) replyLang?: string;
  /** The kind of channel of the reply, passed to the host's search. */
  @property() channel?: ChannelKind;
  /** Milliseconds of pause in typing before a search runs. */
  @property({ type: Number }) debounce = 250;
  /** Language of the words and dates (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's dates. */
  @property() locale?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('conversationId')) this.notice = undefined;
    this.#kb.sync();
  }

  /** The articles shown now: the search's results while there is a query, else the suggestions. */
  get #shown(): readonly KnowledgeArticle[] {
    const listing = this.#kb.query.trim() ? this.#kb.search : this.#kb.suggestions;
    return listing.phase === 'ready' ? listing.results!.articles : [];
  }

  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #type(value: string): void {
    this.active = -1;
    this.notice = undefined;
    this.#kb.type(value);
  }

  #choose(article: KnowledgeArticle): void {
    this.preview = article;
    this.notice = undefined;
    this.#announce(article.title);
  }

  #back(): void {
    this.preview = undefined;
    void this.updateComplete.then(() => this.input?.focus());
  }

  #onKey(event: KeyboardEvent): void {
    const shown = this.#shown;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      this.active = event.key === 'ArrowDown' ? Math.min(this.active + 1, shown.length - 1) : Math.max(this.active - 1, 0);
    } else if (event.key === 'Enter' && this.active >= 0 && shown[this.active]) {
      event.preventDefault();
      this.#choose(shown[this.active]!);
    } else if (event.key === 'Escape' && (this.preview || this.#kb.query)) {
      event.preventDefault();
      event.stopPropagation();
      if (this.preview) this.preview = undefined;
      else this.#type('');
    }
  }

  /** Asks the conversation's composer to insert a link to the article, or a quote of it (or of a past answer). */
  insert(kind: KnowledgeInsertKind, source: KnowledgeArticle | PastAnswer): void {
    const conversationId = this.conversationId;
    if (!conversationId) return;
    const t = this.#i18n.t.knowledge;
    const text = 'title' in source ? (kind === 'link' ? t.linkText(source.title, source.url) : t.quoteText(source.snippet)) : t.quoteText(source.text);
    const request = new CxKnowledgeInsertEvent({ conversationId, kind, text, source });
    this.dispatchEvent(request);
    if (request.defaultPrevented && !request.outcome) return;
    const outcome = request.outcome ?? { inserted: false, reason: 'no-composer' };
    const words = outcome.inserted ? t.inserted : outcome.reason === 'too-long' ? t.tooLong(outcome.over, outcome.max) : t.noComposer;
    this.notice = { text: words, fits: outcome.inserted };
    this.#announce(words);
    if (outcome.inserted) this.dispatchEvent(new CxKnowledgeInsertedEvent(request));
  }

  #context(): KnowledgeViewContext {
    return {
      t: this.#i18n.t.knowledge,
      errors: this.#i18n.t.error,
      locale: this.#i18n.lang,
      active: this.active,
      preview: this.preview,
      canInsert: !!this.conversationId,
      on: {
        choose: (article) => this.#choose(article),
        back: () => this.#back(),
        insert: (kind, source) => this.insert(kind, source),
        retry: () => void (this.#kb.query.trim() ? this.#kb.retry() : this.#kb.loadSuggestions()),
      },
    };
  }

  override render(): TemplateResult {
    const kb = this.#kb;
    const t = this.#i18n.t.knowledge;
    if (kb.source === 'none') return html`<div part="base" class="base"><p part="unavailable" class="muted">${t.unavailable}</p></div>`;
    const c = this.#context();
    const query = kb.query.trim();
    const shown = this.#shown;
    const listing = query
      ? listingView(kb.search, t.results(query), t.noResults(query), 'search', c)
      : kb.suggests
        ? listingView(kb.suggestions, t.suggestions, t.noSuggestions, 'suggest', c)
        : nothing;
    return html`<div part="base" class="base" role="region" aria-label=${t.label}>
      <input
        part="search"
        type="search"
        role="combobox"
        aria-label=${t.searchLabel}
        placeholder=${t.searchPlaceholder}
        aria-autocomplete="list"
        aria-expanded=${shown.length > 0 ? 'true' : 'false'}
        aria-controls=${LIST_ID}
        aria-activedescendant=${this.active >= 0 && this.active < shown.length ? optionId(this.active) : nothing}
        .value=${kb.query}
        @input=${(e: Event) => this.#type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e)}
      />
      ${listing}
      ${this.preview ? previewView(this.preview, c) : nothing}
      ${this.notice ? html`<p part="notice" class=${this.notice.fits ? 'notice' : 'notice warn'}>${this.notice.text}</p>` : nothing}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}${kb.search.phase === 'ready' && query ? ` ${t.count(kb.search.results!.articles.length)}` : ''}</div>
    </div>`;
  }
}
