import { html, nothing, type TemplateResult } from 'lit';
import { errorEn, type ErrorSubject, type ErrorTerms } from '../i18n/error-terms.js';
import { describeThrown } from '../ports/describe.js';
import { InvalidDataError, RetryableError, toAdapterError, type AdapterError } from '../ports/errors.js';

export interface ErrorViewOptions {
  /** What failed, in the agent's words (from the element's terms module). */
  subject: ErrorSubject;
  /** Runs the failed work again; without it there is no Retry button. */
  onRetry?: () => void;
  terms?: ErrorTerms;
  /** The part name of the wrapper; "error" by default. */
  part?: string;
}

/** The agent's sentence for an error: plain words chosen by the error's kind, never the developer's message. */
export function plainWords(error: AdapterError, subject: ErrorSubject, terms: ErrorTerms = errorEn): string {
  switch (error.code) {
    case 'retryable': {
      const wait = error instanceof RetryableError && error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : undefined;
      return terms.retryable(subject, wait);
    }
    case 'not-found':
      return terms.notFound(subject);
    case 'invalid-data':
      return terms.invalidData(subject);
    case 'rejected':
      return terms.rejected(subject);
    case 'capability-missing':
      return terms.unsupported(subject);
    default:
      return terms.other(subject);
  }
}

/** The developer's detail of an error: its type and message, the field for invalid data, the cause. */
export function technicalDetail(error: AdapterError): string {
  const lines = [`${error.name} (${error.code}${error.retryable && error.code !== 'retryable' ? ', retryable' : ''}): ${error.message}`];
  if (error instanceof InvalidDataError) lines.push(`operation: ${error.operation}`, `value: ${describeThrown(error.rejected?.value ?? error.value)}`);
  if (error instanceof RetryableError && error.retryAfterMs !== undefined) lines.push(`retry after: ${error.retryAfterMs} ms`);
  if (error.cause !== undefined && !(error instanceof InvalidDataError)) {
    lines.push(`cause: ${error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : describeThrown(error.cause)}`);
  }
  return lines.join('\n');
}

/**
 * The agent-facing error block every element shows the same way: a sentence in plain words (what
 * could not be done, whether to try again), a Retry button, and the technical detail for whoever
 * supports the agent behind a `<details>` disclosure. Render it inside an element whose styles
 * include `errorViewStyles`. Parts: `error` (or `options.part`), `error-retry`, `error-detail`.
 * Nothing for a cancellation.
 */
export function errorView(error: unknown, options: ErrorViewOptions): TemplateResult | typeof nothing {
  const typed = toAdapterError(error, options.subject.action);
  if (typed.code === 'aborted') return nothing;
  const terms = options.terms ?? errorEn;
  return html`<div part=${options.part ?? 'error'} role="alert">
    <p>${plainWords(typed, options.subject, terms)}</p>
    ${options.onRetry && typed.code !== 'capability-missing'
      ? html`<button type="button" part="error-retry" @click=${options.onRetry}>${terms.retry}</button>`
      : nothing}
    <details part="error-detail">
      <summary>${terms.details}</summary>
      <pre>${technicalDetail(typed)}</pre>
    </details>
  </div>`;
}
