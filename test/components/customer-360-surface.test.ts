import { expect, fixture, html } from '@open-wc/testing';
import type { Customer } from '../../src/model/index.js';
import { createAdapter } from '../../src/ports/adapter.js';
import { themeStyle } from '../../.storybook/theme.js';
import { manifestElement } from '../helpers/manifest.js';
import { until } from '../helpers/until.js';
import { $, $$, DANA, clock, INGRID, UNKNOWN_CONVERSATION, button, conversationsOf, demo, mount, part, shown } from './customer-360-harness.js';

describe('<cx-customer-360> styling and event surface', () => {
  it('renders only documented parts, and the documented ones a host styles actually apply', async () => {
    const documented = new Set(((await manifestElement('cx-customer-360')).cssParts ?? []).map((p) => p.name));
    const adapter = demo();
    const seen = new Set<string>();
    const collect = (el: Element) => $$(el as never, '[part]').forEach((node) => node.getAttribute('part')!.split(/\s+/).forEach((p) => seen.add(p)));
    const record = await mount(adapter, { customerId: DANA, conversationId: 'conv-001', conversations: conversationsOf(adapter, DANA) });
    await shown(record);
    await until(() => part(record, 'chart'), 'the chart');
    button(record, 'Unlink @dana_whit')!.click();
    button(record, 'Create case', 'cases')!.click();
    button(record, 'Log activity', 'cases')!.click();
    await record.updateComplete;
    collect(record);
    const unknown = await mount(adapter, { conversationId: UNKNOWN_CONVERSATION });
    await until(() => part(unknown, 'candidate'), 'the candidates');
    button(unknown, 'Ask the customer')!.click();
    await unknown.updateComplete;
    collect(unknown);
    collect(await mount(adapter, { customerId: INGRID }).then(async (el) => (await shown(el), el)));
    for (const name of seen) expect(documented.has(name), `part "${name}" is documented`).to.equal(true);
    expect([...documented].filter((name) => !seen.has(name)).sort(), 'documented parts never rendered here').to.deep.equal(['error', 'pager', 'record', 'skeleton', 'status', 'vip']);

    const style = Object.assign(document.createElement('style'), { textContent: 'cx-customer-360.styled::part(do-not-contact) { outline: 3px solid rgb(1, 2, 3); }' });
    document.head.append(style);
    try {
      const el = await mount(adapter, { customerId: INGRID });
      el.classList.add('styled');
      await shown(el);
      expect(getComputedStyle(part(el, 'do-not-contact')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('documents every event it fires, with its class', async () => {
    const events = (await manifestElement('cx-customer-360')).events ?? [];
    const names = events.map((e) => e.name).sort();
    expect(names).to.deep.equal([
      'cx-activity-log',
      'cx-activity-logged',
      'cx-adapter-error',
      'cx-case-create',
      'cx-case-created',
      'cx-conversation-open',
      'cx-identify-request',
      'cx-identity-link',
      'cx-identity-linked',
      'cx-identity-unlink',
      'cx-identity-unlinked',
    ]);
    for (const event of events) expect(event.type?.text, event.name).to.match(/^Cx\w+Event$/);
  });

  it('fires cx-conversation-open from the history, naming the conversation and channel', async () => {
    const adapter = demo();
    const el = await mount(adapter, { customerId: DANA, conversations: conversationsOf(adapter, DANA) });
    const open = await until(() => part(el, 'channels')?.querySelector('button'), 'the history');
    const fired = new Promise<HTMLElementEventMap['cx-conversation-open']>((resolve) => document.addEventListener('cx-conversation-open', resolve, { once: true }));
    open.click();
    const event = await fired;
    expect(event.composed && event.bubbles).to.equal(true);
    expect(conversationsOf(adapter, DANA).map((c) => c.id)).to.include(event.conversationId);
    expect(event.channel).to.be.a('string');
  });

  it('mirrors in right-to-left and takes its colours from the --cx-* tokens (dark theme)', async () => {
    const adapter = demo();
    // The dark theme of the stories: public tokens only.
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style=${themeStyle('dark')}>
      <cx-customer-360 .adapter=${adapter} .now=${clock} customer-id=${INGRID}></cx-customer-360>
    </div>`);
    const el = wrapper.querySelector('cx-customer-360')!;
    await shown(el);
    const flag = part(el, 'do-not-contact')!;
    expect(getComputedStyle(flag).borderRightWidth, 'the heavy edge is at the start, on the right').to.equal('6px');
    expect(getComputedStyle(flag).borderLeftWidth).to.equal('2px');
    expect(getComputedStyle(flag).borderRightColor).to.equal('rgb(255, 196, 107)'); // --cx-color-warning
    expect(getComputedStyle(part(el, 'name')!).color).to.equal('rgb(231, 234, 240)'); // --cx-color-text
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 27, 35)'); // --cx-color-surface
    const avatar = part(el, 'avatar')!.getBoundingClientRect();
    expect(avatar.left, 'the avatar starts on the right').to.be.greaterThan($(el, '.who')!.getBoundingClientRect().left);
    await expect(wrapper).to.be.accessible();
  });

  it('switching to another customer aborts the first load, and its late answer never shows', async () => {
    const calls: { id: string; signal: AbortSignal | undefined; resolve: (c: Customer) => void }[] = [];
    const source = demo();
    const adapter = createAdapter({
      name: 'manual',
      customers: { getCustomer: (id, options) => new Promise<Customer>((resolve) => calls.push({ id, signal: options?.signal, resolve })) },
    });
    const el = await mount(adapter, { customerId: DANA });
    await until(() => calls.length === 1, 'the first call');
    el.customerId = INGRID;
    await until(() => calls.length === 2, 'the second call');
    expect(calls[0]!.signal?.aborted, 'the first call was aborted').to.equal(true);
    calls[1]!.resolve(await source.customers!.getCustomer(INGRID));
    await until(() => el.customer?.id === INGRID, 'the second customer');
    calls[0]!.resolve(await source.customers!.getCustomer(DANA));
    await Promise.resolve();
    await el.updateComplete;
    expect(el.customer?.id).to.equal(INGRID);
    expect(part(el, 'name')!.textContent).to.equal('Ingrid Solberg');
  });
});
