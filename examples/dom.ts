/**
 * Small DOM and formatting helpers for the demo agent desktop (the host page, not the library).
 *
 * Everything that comes from the adapter is put into the page as text: `h()` turns string children
 * into text nodes and sets attributes one by one. Nothing here ever assigns `innerHTML`.
 */

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element; `on*` props become listeners, `true` booleans empty attributes, strings stay text. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, props?: Props, ...children: Child[]): HTMLElement;
export function h(tag: string, props: Props = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children; strings and numbers as text nodes, never parsed as HTML. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces the content of `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Finds a required region of the page markup by its `data-region`. */
export function region(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-region="${name}"]`);
  if (!found) throw new Error(`mountDesktop: the page has no [data-region="${name}"] element.`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const LOCALE = 'en-GB';
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const dateTime = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const timeOnly = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "in 12 minutes", "3 hours ago", "now". */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (Number.isNaN(seconds)) return 'unknown time';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(0, 'second');
}

/** "23/11/2025, 14:32" in the agent's locale. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** "14:32:05". */
export function formatTime(date: Date): string {
  return timeOnly.format(date);
}

/** Money in minor units ("123456", "GBP") as "£1,234.56", whatever the currency's decimals. */
export function formatMoney(minor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minor / 10 ** digits);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
}

/** "on-hold" → "On hold". */
export function words(value: string): string {
  const text = value.replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Loading and errors

/** The shape of the adapter's typed errors, as far as the page needs it. */
export function describeError(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof Error) {
    const retryable = (error as { retryable?: unknown }).retryable;
    return { message: error.message || error.name, retryable: retryable !== false };
  }
  return { message: String(error), retryable: true };
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: unknown }).code === 'aborted');
}

/** A dash for the eye, words for a screen reader. */
export function noValue(text: string): HTMLElement {
  return h('span', { class: 'muted' }, h('span', { 'aria-hidden': 'true' }, '–'), h('span', { class: 'sr-only' }, text));
}

/** A visible, announced "Loading …" line. */
export function loadingNote(text: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** An error box with the adapter's message and, when the call may succeed again, a Retry button. */
export function errorBox(what: string, error: unknown, retry: () => void): HTMLElement {
  const { message, retryable } = describeError(error);
  const box = h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('strong', {}, 'Error: '),
    `${what}. `,
    h('span', { class: 'error-detail' }, message),
  );
  if (retryable) {
    box.append(' ', h('button', { type: 'button', class: 'btn', onclick: () => retry() }, 'Retry'));
  } else {
    box.append(' ', h('span', {}, 'This cannot be retried; reopen the record or contact your administrator.'));
  }
  return box;
}

/**
 * Runs `load` into `target`: a loading line first, then `render`'s result, or an error box whose
 * Retry runs it again (keeping keyboard focus in the area). Results of an aborted run are dropped.
 */
export function loadInto<T>(
  target: HTMLElement,
  what: string,
  signal: AbortSignal,
  load: () => Promise<T>,
  render: (value: T) => Node | Node[],
): Promise<T | undefined> {
  target.setAttribute('aria-busy', 'true');
  fill(target, loadingNote(`Loading ${what}…`));
  return load().then(
    (value) => {
      if (signal.aborted) return undefined;
      const nodes = render(value);
      target.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]));
      target.removeAttribute('aria-busy');
      return value;
    },
    (error: unknown) => {
      if (signal.aborted || isAbort(error)) return undefined;
      target.removeAttribute('aria-busy');
      const retry = () => {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
        void loadInto(target, what, signal, load, render);
      };
      fill(target, errorBox(`Could not load ${what}`, error, retry));
      return undefined;
    },
  );
}
