import { html, nothing, type TemplateResult } from 'lit';
import { errorView } from '../../internal/error-view.js';
import { safeHttpUrl } from '../../internal/linkify.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { KnowledgeTerms } from '../../i18n/knowledge-terms.js';
import type { KnowledgeInsertKind } from '../../events/knowledge.js';
import type { KnowledgeArticle, PastAnswer } from '../../model/knowledge.js';
import type { Listing } from './knowledge-controller.js';

export interface KnowledgeViewContext {
  t: KnowledgeTerms;
  errors: ErrorTerms;
  locale: string | undefined;
  /** Index of the result the arrow keys are on; -1 for none. */
  active: number;
  /** The article in preview. */
  preview: KnowledgeArticle | undefined;
  /** Whether Insert link and Quote are offered (there is a conversation to reply in). */
  canInsert: boolean;
  on: {
    choose: (article: KnowledgeArticle) => void;
    back: () => void;
    insert: (kind: KnowledgeInsertKind, source: KnowledgeArticle | PastAnswer) => void;
    retry: () => void;
  };
}

export const optionId = (index: number) => `kb-option-${index}`;
export const LIST_ID = 'kb-results';

function date(iso: string, locale: string | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

function meta(language: string, iso: string, c: KnowledgeViewContext): TemplateResult {
  return html`<span part="meta" class="meta"><span>${c.t.language(language)}</span> · ${c.t.updated(date(iso, c.locale))}</span>`;
}

function resultsList(articles: readonly KnowledgeArticle[], label: string, c: KnowledgeViewContext): TemplateResult {
  return html`<ul part="results" id=${LIST_ID} role="listbox" aria-label=${label}>
    ${articles.map(
      (article, index) => html`<li
        part=${index === c.active ? 'result result-active' : 'result'}
        id=${optionId(index)}
        role="option"
        aria-selected=${index === c.active ? 'true' : 'false'}
        @click=${() => c.on.choose(article)}
      >
        <span part="title" class="title" lang=${article.language === 'und' ? nothing : article.language}>${article.title}</span>
        <span part="snippet" class="snippet" lang=${article.language === 'und' ? nothing : article.language}>${article.snippet}</span>
        ${meta(article.language, article.updatedAt, c)}
      </li>`,
    )}
  </ul>`;
}

function answersList(answers: readonly PastAnswer[], c: KnowledgeViewContext): TemplateResult | typeof nothing {
  if (answers.length === 0) return nothing;
  return html`<section part="answers" aria-label=${c.t.pastAnswers}>
    <h3>${c.t.pastAnswers}</h3>
    <ul>
      ${answers.map(
        (answer) => html`<li part="answer">
          <p class="answer-text" lang=${answer.language === 'und' ? nothing : answer.language}>${answer.text}</p>
          ${meta(answer.language, answer.resolvedAt, c)}
          ${c.canInsert ? html`<button type="button" part="quote" @click=${() => c.on.insert('quote', answer)}>${c.t.quote}</button>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** One list: suggestions or search results, in its state (loading, error with Retry, empty, results). */
export function listingView(listing: Listing, heading: string, empty: string, subject: keyof KnowledgeTerms['subjects'], c: KnowledgeViewContext): TemplateResult {
  const body =
    listing.phase === 'loading' || listing.phase === 'idle'
      ? html`<p part="loading" class="muted" aria-busy="true">${subject === 'suggest' ? c.t.loading : c.t.searching}</p>`
      : listing.phase === 'error'
        ? errorView(listing.error, { terms: c.errors, subject: c.t.subjects[subject], onRetry: c.on.retry })
        : listing.results!.articles.length === 0 && listing.results!.answers.length === 0
          ? html`<p part="empty" class="muted">${empty}</p>`
          : html`${listing.results!.articles.length ? resultsList(listing.results!.articles, heading, c) : nothing}${answersList(listing.results!.answers, c)}`;
  return html`<section part="listing" aria-label=${heading}>
    <h3>${heading}</h3>
    ${body}
  </section>`;
}

/** The article as text, with its link (http(s) only), and Insert link / Quote when there is a reply to insert into. */
export function previewView(article: KnowledgeArticle, c: KnowledgeViewContext): TemplateResult {
  const href = safeHttpUrl(article.url);
  const lang = article.language === 'und' ? nothing : article.language;
  return html`<article part="preview" aria-labelledby="kb-preview-title">
    <h3 id="kb-preview-title" tabindex="-1" lang=${lang}>${article.title}</h3>
    ${meta(article.language, article.updatedAt, c)}
    <p part="body" class="body" lang=${lang}>${article.body}</p>
    <div part="actions" class="actions">
      ${c.canInsert && href ? html`<button type="button" part="insert-link" @click=${() => c.on.insert('link', article)}>${c.t.insertLink}</button>` : nothing}
      ${c.canInsert && article.snippet ? html`<button type="button" part="quote" @click=${() => c.on.insert('quote', article)}>${c.t.quote}</button>` : nothing}
      ${href ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${c.t.open}</a>` : nothing}
      <button type="button" part="back" @click=${c.on.back}>${c.t.back}</button>
    </div>
  </article>`;
}
