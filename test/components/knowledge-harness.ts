import { fixture, html } from '@open-wc/testing';
import '../../src/define/cx-knowledge.js';
import type { CxKnowledge } from '../../src/components/knowledge/knowledge.js';
import type { KnowledgeArticle, KnowledgeResults } from '../../src/model/index.js';
import type { Adapter, Capability, KnowledgeSearchOptions } from '../../src/ports/ports.js';

export const article = (id: string, title: string, extra: Partial<KnowledgeArticle> = {}): KnowledgeArticle => ({
  id,
  title,
  url: `https://help.example.com/${id}`,
  snippet: `${title}: what to do.`,
  body: `${title}. The whole article.`,
  language: 'en',
  updatedAt: '2026-11-01T09:00:00Z',
  ...extra,
});

export const results = (...articles: KnowledgeArticle[]): KnowledgeResults => ({ articles, answers: [], rejected: [] });

export interface PendingSearch {
  query: string;
  options: KnowledgeSearchOptions | undefined;
  resolve: (value: KnowledgeResults) => void;
  reject: (error: unknown) => void;
}

/**
 * An adapter (not through `createAdapter`: it ignores its signals, as a careless host would) whose
 * searches answer only when the test says, in any order.
 */
export function pendingAdapter(capabilities: Capability[] = ['knowledge.search']): { adapter: Adapter; calls: PendingSearch[] } {
  const calls: PendingSearch[] = [];
  const adapter: Adapter = {
    name: 'pending',
    has: (capability) => capabilities.includes(capability),
    knowledge: {
      search: (query, options) => new Promise<KnowledgeResults>((resolve, reject) => calls.push({ query, options, resolve, reject })),
    },
  };
  return { adapter, calls };
}

export async function knowledge(props: Partial<CxKnowledge> = {}): Promise<CxKnowledge> {
  const el = await fixture<CxKnowledge>(html`<cx-knowledge debounce="20"></cx-knowledge>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const textOf = (el: HTMLElement, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const titles = (el: HTMLElement) => $$(el, '[part~="result"] [part="title"]').map((t) => t.textContent);
export const button = (el: HTMLElement, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`);

/** Types into the search box as the agent does: the value, then an input event. */
export async function typeQuery(el: CxKnowledge, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function press(el: CxKnowledge, key: string): Promise<void> {
  $<HTMLInputElement>(el, 'input')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}
