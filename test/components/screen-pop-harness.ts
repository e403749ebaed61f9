import { fixture, html } from '@open-wc/testing';
import '../../src/define/index.js';
import { createDemoAdapter, type DemoAdapter, type DemoAdapterOptions } from '../../src/adapters/demo/index.js';
import type { CxScreenPop } from '../../src/components/screen-pop/screen-pop.js';
import type { Adapter } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';

// The thread's virtualizer resizes what its ResizeObserver watches; Chromium then reports a benign
// "loop completed with undelivered notifications" as a window error, which mocha would count as a failure.
window.addEventListener(
  'error',
  (event) => {
    if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

/** The built-in demo data, answering at once, laid out against a fixed clock. */
export const NOW = new Date('2026-11-20T15:00:00Z');
/** A clock tests can move: `clock.set(…)`. */
export function movableClock(start = NOW): { now: () => Date; set(date: Date): void; advance(ms: number): void } {
  let current = start.getTime();
  return { now: () => new Date(current), set: (date) => void (current = date.getTime()), advance: (ms) => void (current += ms) };
}

export function demo(options: DemoAdapterOptions = {}): DemoAdapter {
  return createDemoAdapter({ latency: 0, now: () => NOW, initialInteraction: false, ...options });
}

export type Pop = CxScreenPop;

export async function mount(adapter: Adapter | undefined, props: Partial<CxScreenPop> = {}, width = 1200): Promise<CxScreenPop> {
  const el = await fixture<CxScreenPop>(html`<cx-screen-pop style="inline-size: ${width}px" .adapter=${adapter} .now=${() => NOW} locale="en-GB"></cx-screen-pop>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: CxScreenPop, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CxScreenPop, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The pop shown. */
export const shownPane = (el: CxScreenPop) => $(el, '.pane[data-active]');
export const queueItems = (el: CxScreenPop) => $$(el, '[part~="queue-item"]');
/** The first button whose text or label includes `name`, within `root`. */
export function button(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(name) || (b.getAttribute('aria-label') ?? '').includes(name));
}

/** Waits until the pop of `interactionId` is shown. */
export function popShown(el: CxScreenPop, interactionId: string): Promise<HTMLElement> {
  return until(() => {
    const pane = shownPane(el);
    return pane?.dataset['id'] === interactionId ? pane : null;
  }, `the pop of ${interactionId}`);
}
