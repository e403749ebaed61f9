import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../../customer/format.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import type { CustomerTerms } from '../../i18n/customer-terms.js';
import type { ErrorSubject } from '../../i18n/error-terms.js';
import { errorView } from '../../internal/error-view.js';
import { tameCombiningMarks } from '../../internal/linkify.js';
import type { AdapterError } from '../../ports/errors.js';
import type { Capability } from '../../ports/ports.js';

/**
 * What the views of `<cx-customer-360>` share: the section frame, skeletons, the error with Retry, a
 * pager for long lists, and untrusted text made safe to show.
 */

/** Untrusted text as shown: combining-mark floods clipped. Always bound as text, never as HTML. */
export const safe = (text: string | undefined): string => tameCombiningMarks(typeof text === 'string' ? text : '');

/** A section with its heading; `name` is its part (next to `section`) and the id stem of its heading. */
export function section(name: string, title: unknown, body: unknown, options: { busy?: boolean; actions?: unknown } = {}): TemplateResult {
  return html`<section part="section ${name}" class="section ${name}" aria-labelledby="h-${name}" aria-busy=${options.busy ? 'true' : 'false'}>
    <div class="section-head">
      <h3 id="h-${name}" tabindex="-1">${title}</h3>
      ${options.actions ?? nothing}
    </div>
    ${body}
  </section>`;
}

/** Grey bars where content will be, with the words for screen readers. Widths come from the stylesheet, never a style attribute (a strict `style-src` forbids those). */
export function skeleton(label: string, lines = 3): TemplateResult {
  return html`<div part="skeleton" class="skeleton" role="status">
    <span class="sr-only">${label}</span>
    ${Array.from({ length: lines }, () => html`<span class="bar"></span>`)}
  </div>`;
}

/**
 * A failure in plain words chosen by its kind (`subject` says what could not be done), with Retry and the
 * technical detail behind a disclosure: the shared `errorView`, in the element's language. Nothing when
 * there is no error. The detail itself went to developers as `cx-adapter-error` when the call failed.
 */
export function failed(error: AdapterError | undefined, subject: ErrorSubject, retry: (() => void) | undefined, ctx: ViewContext): TemplateResult | typeof nothing {
  return error ? errorView(error, { subject, terms: ctx.words.error, ...(retry ? { onRetry: retry } : {}) }) : nothing;
}

/** A line that says what is missing or empty. */
export function missing(text: string): TemplateResult {
  return html`<p class="missing">${text}</p>`;
}

/** Which page each long list shows; back to the first when another customer loads. */
export class Pager {
  readonly #pages = new Map<string, number>();

  page(list: string): number {
    return this.#pages.get(list) ?? 0;
  }

  set(list: string, page: number): void {
    this.#pages.set(list, page);
  }

  reset(): void {
    this.#pages.clear();
  }
}

/** The rows of the current page of a list. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { rows: readonly T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: items.slice(current * size, current * size + size), page: current, pages };
}

/** "1–10 of 3 200" with Previous and Next; nothing when one page holds the list. */
export function pagerView(
  what: string,
  view: { page: number; pages: number },
  total: number,
  size: number,
  go: (page: number) => void,
  t: CustomerTerms,
  locale: string | undefined,
): TemplateResult | typeof nothing {
  if (view.pages <= 1) return nothing;
  const from = view.page * size + 1;
  const to = Math.min(total, from + size - 1);
  return html`<nav part="pager" class="pager" aria-label=${t.pages(what)}>
    <button type="button" ?disabled=${view.page === 0} @click=${() => go(view.page - 1)}>${t.previous}</button>
    <span aria-live="polite">${t.page(formatCount(from, locale), formatCount(to, locale), formatCount(total, locale))}</span>
    <button type="button" ?disabled=${view.page >= view.pages - 1} @click=${() => go(view.page + 1)}>${t.next}</button>
  </nav>`;
}

/** A copy sorted by a key computed once per item (not once per comparison): 10 000 orders sort in a few ms. */
export function sortedBy<T>(items: readonly T[], key: (item: T) => number, tieBreak: (item: T) => number = () => 0): T[] {
  const keyed = items.map((item, index) => ({ item, k: key(item), t: tieBreak(item), index }));
  keyed.sort((a, b) => a.k - b.k || a.t - b.t || a.index - b.index);
  return keyed.map((entry) => entry.item);
}

/** Caches one derived value per input object (a sorted copy of a customer's 5 000 cases, say). */
export function memo<A extends object, R>(derive: (input: A) => R): (input: A) => R {
  const cache = new WeakMap<A, R>();
  return (input) => {
    if (!cache.has(input)) cache.set(input, derive(input));
    return cache.get(input)!;
  };
}

/** What every view needs besides its data. */
export interface ViewContext {
  t: CustomerTerms;
  /** Every word in the element's language (level names, standing, sentiment trend). */
  words: Pick<Catalogue, 'terms' | 'sentiment' | 'standing' | 'error'>;
  locale: string | undefined;
  now: Date;
  /** Whether the host can do this (`adapter.has`). */
  can: (capability: Capability) => boolean;
}
