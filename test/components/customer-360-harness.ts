import { fixture, html } from '@open-wc/testing';
import '../../src/define/cx-customer-360.js';
import { createDemoAdapter, type DemoAdapter, type DemoAdapterOptions } from '../../src/adapters/demo/index.js';
import type { CxCustomer360 } from '../../src/components/customer-360/customer-360.js';
import type { Conversation } from '../../src/model/index.js';
import type { Adapter } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';

/** The built-in demo data, answering at once, laid out against a fixed clock. */
export const NOW = new Date('2026-11-20T15:00:00Z');
export const clock = () => NOW;

export function demo(options: DemoAdapterOptions = {}): DemoAdapter {
  return createDemoAdapter({ latency: 0, now: clock, initialInteraction: false, ...options });
}

export const DANA = 'cust-01';
export const MARCUS = 'cust-02';
export const HARBOUR = 'cust-15';
export const INGRID = 'cust-16';
/** conv-011: @bexh_88 on X, linked to nobody. */
export const UNKNOWN_CONVERSATION = 'conv-011';

/** The customer's conversations in the demo, as a host would list them. */
export const conversationsOf = (adapter: DemoAdapter, customerId: string): Conversation[] =>
  adapter.demo.listConversations().filter((c) => c.customerId === customerId);

export async function mount(adapter: Adapter, props: Partial<CxCustomer360> = {}, width = 720): Promise<CxCustomer360> {
  const el = await fixture<CxCustomer360>(html`<cx-customer-360 style="inline-size: ${width}px" .adapter=${adapter} .now=${clock} locale="en-GB"></cx-customer-360>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: CxCustomer360, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CxCustomer360, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el: CxCustomer360, name: string) => $(el, `[part~="${name}"]`);
/** The first button whose text or label includes `name`, within `scope` (a part) when given. */
export function button(el: CxCustomer360, name: string, scope?: string): HTMLButtonElement | undefined {
  const root: ParentNode = scope ? part(el, scope) ?? el.shadowRoot! : el.shadowRoot!;
  return [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(name) || (b.getAttribute('aria-label') ?? '').includes(name));
}

/** Waits until the record (or the unknown-sender view) is shown. */
export function shown(el: CxCustomer360, what: 'customer' | 'unknown' = 'customer'): Promise<unknown> {
  return until(() => (what === 'customer' ? el.customer && part(el, 'identities') : part(el, 'unknown')), `the ${what} view`);
}

/** Opens the "Log activity" form of Dana's record, shown, and types `summary` into it. */
export async function activityForm(el: CxCustomer360, summary: string): Promise<void> {
  await shown(el);
  button(el, 'Log activity', 'cases')!.click();
  await el.updateComplete;
  const field = $<HTMLTextAreaElement>(el, '#activity-summary')!;
  field.value = summary;
  field.dispatchEvent(new InputEvent('input'));
}
