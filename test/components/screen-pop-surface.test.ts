import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { themeStyle } from '../../.storybook/theme.js';
import type { CxScreenPop } from '../../src/components/screen-pop/screen-pop.js';
import { manifestElement } from '../helpers/manifest.js';
import { until } from '../helpers/until.js';
import { $, $$, NOW, demo, mount, popShown, queueItems, shownPane, textOf } from './screen-pop-harness.js';

const stateOf = (el: CxScreenPop) => textOf(shownPane(el)?.querySelector('[part~="state"]'));

describe('<cx-screen-pop> surface', () => {
  it('is accessible idle, with a pop and a queue, with an incident, and with an ended pop', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    await expect(el).to.be.accessible();
    const a = adapter.demo.offer('conv-001');
    adapter.demo.offer('conv-003');
    adapter.demo.offer('conv-011');
    await popShown(el, a);
    await until(() => queueItems(el).length === 3 && shownPane(el)!.querySelector('cx-sentiment-badge'), 'a pop and a queue');
    await expect(el).to.be.accessible();
    await (await adapter.demo.flood({ count: 8, overMs: 0 })).offered;
    await until(() => queueItems(el).some((row) => row.dataset['kind'] === 'incident'), 'the incident');
    adapter.demo.accept(a);
    adapter.demo.end(a);
    await until(() => stateOf(el) === 'Ended', 'ended');
    await expect(el).to.be.accessible();
  });

  it('renders only documented parts and documents every event it fires', async () => {
    const documented = new Set(((await manifestElement('cx-screen-pop')).cssParts ?? []).map((p) => p.name));
    const adapter = demo();
    const el = await mount(adapter);
    const seen = new Set<string>();
    const collect = () => $$(el, '[part]').forEach((node) => node.getAttribute('part')!.split(/\s+/).forEach((p) => seen.add(p)));
    collect(); // idle
    const a = adapter.demo.offer('conv-011');
    adapter.demo.offer('conv-003');
    adapter.demo.offer('conv-002'); // Marcus: tier and reach
    await popShown(el, a);
    await until(() => shownPane(el)!.querySelector('[part~="unmatched"]') && queueItems(el).length === 3 && $(el, '[part~="reach"]'), 'the pop and the queue');
    collect();
    el.snooze(queueItems(el)[1]!.dataset['lead']!);
    await until(() => $(el, '[part~="snoozed"]'), 'snoozed');
    await (await adapter.demo.flood({ count: 6, overMs: 0 })).offered;
    adapter.demo.accept(a);
    const b = adapter.demo.offer('conv-013');
    adapter.demo.offer('conv-013');
    adapter.demo.offer('conv-013');
    adapter.demo.accept(b);
    await until(() => $$(el, '[part~="queue-item"][data-kind="incident"]').length && $(el, '[part~="tabs"]') && shownPane(el)!.querySelector('[part~="sla"]'), 'incident, tabs, SLA');
    collect();
    for (const name of seen) expect(documented.has(name), `part "${name}" is documented`).to.equal(true);
    // Rendered in the other tests (errors, ended, no conversation, an empty queue, a repeat customer).
    expect([...documented].filter((name) => !seen.has(name)).sort(), 'documented parts never rendered here').to.deep.equal(['details-error', 'ended', 'error', 'no-conversation']);

    const events = ((await manifestElement('cx-screen-pop')).events ?? []).map((e) => e.name).sort();
    expect(events).to.deep.equal(['cx-adapter-error', 'cx-interaction-accept', 'cx-interaction-accepted', 'cx-interaction-dismiss', 'cx-interaction-dismissed', 'cx-interaction-snooze', 'cx-pop', 'cx-pop-closed']);
    expect(((await manifestElement('cx-screen-pop')).slots ?? []).map((s) => s.name).sort()).to.deep.equal(['actions', 'idle', 'move', 'panel']);
  });

  it('puts the host’s panels, actions and move control into the pop shown', async () => {
    const adapter = demo();
    const el = await fixture<CxScreenPop>(html`<cx-screen-pop .adapter=${adapter} .now=${() => NOW} style="inline-size: 1000px">
      <button slot="actions" id="crm">Open in CRM</button>
      <section slot="panel" id="panel">Order history</section>
      <button slot="move" id="move">Move (host)</button>
      <p slot="idle" id="idle">Nothing yet, take a break</p>
    </cx-screen-pop>`);
    expect(el.querySelector('#idle')!.assignedSlot).to.not.equal(null);
    const a = adapter.demo.offer('conv-001');
    const pane = await popShown(el, a);
    for (const id of ['crm', 'panel', 'move']) expect(pane.contains(el.querySelector(`#${id}`)!.assignedSlot), id).to.equal(true);
    const b = adapter.demo.offer('conv-003');
    adapter.demo.accept(b);
    const other = await popShown(el, b);
    expect(other.contains(el.querySelector('#panel')!.assignedSlot)).to.equal(true);
  });

  it('takes its shortcuts only while focus is inside it, and lets the host change them', async () => {
    const adapter = demo();
    const el = await mount(adapter);
    const a = adapter.demo.offer('conv-001');
    await popShown(el, a);
    const outside = document.createElement('input');
    document.body.append(outside);
    try {
      outside.focus();
      await sendKeys({ press: 'Alt+Shift+KeyA' });
      await el.updateComplete;
      expect(stateOf(el), 'not from outside').to.equal('Waiting');
      shownPane(el)!.querySelector<HTMLElement>('[part~="dismiss"]')!.focus();
      await sendKeys({ press: 'Alt+Shift+KeyA' });
      await until(() => stateOf(el) === 'Accepted', 'accepted from the keyboard');
      const b = adapter.demo.offer('conv-003');
      adapter.demo.accept(b);
      await popShown(el, b);
      shownPane(el)!.querySelector<HTMLElement>('[part~="close"]')!.focus();
      await sendKeys({ press: 'Alt+Shift+KeyP' });
      await popShown(el, a);
      await sendKeys({ press: 'Alt+Shift+KeyN' });
      await popShown(el, b);
      el.shortcuts = { close: 'Control+Alt+KeyX', next: null };
      await el.updateComplete;
      shownPane(el)!.querySelector<HTMLElement>('[part~="close"]')!.focus();
      await sendKeys({ press: 'Alt+Shift+KeyN' });
      await el.updateComplete;
      expect(el.shown?.id, 'next turned off').to.equal(b);
      await sendKeys({ press: 'Control+Alt+KeyX' });
      await until(() => el.pops.length === 1, 'closed with the host’s own key');
      expect(el.shown?.id).to.equal(a);
    } finally {
      outside.remove();
    }
  });

  it('lays out by its own width: one column of foldable sections, or the thread beside the customer and the queue beside the pop', async () => {
    const adapter = demo();
    const narrow = await mount(adapter, {}, 360);
    const a = adapter.demo.offer('conv-001');
    adapter.demo.offer('conv-003');
    const pane = await popShown(narrow, a);
    const thread = pane.querySelector('[part~="conversation-section"]')!.getBoundingClientRect();
    const customer = pane.querySelector('[part~="customer-section"]')!.getBoundingClientRect();
    expect(customer.top, 'stacked').to.be.greaterThan(thread.bottom - 1);
    const queue = $(narrow, '[part~="queue"]')!.getBoundingClientRect();
    expect(queue.top, 'the queue after the pop').to.be.at.least(pane.getBoundingClientRect().bottom - 1);

    narrow.style.inlineSize = '1300px';
    await until(() => {
      const t = pane.querySelector('[part~="conversation-section"]')!.getBoundingClientRect();
      const c = pane.querySelector('[part~="customer-section"]')!.getBoundingClientRect();
      return Math.abs(t.top - c.top) < 2 && c.left > t.right - 1;
    }, 'the thread beside the customer');
    const wideQueue = $(narrow, '[part~="queue"]')!.getBoundingClientRect();
    expect(wideQueue.right, 'the queue in a column of its own').to.be.at.most(pane.getBoundingClientRect().left + 1);
  });

  it('mirrors in right-to-left, takes the dark theme’s tokens, and keeps hostile text inert', async () => {
    const adapter = demo();
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style=${themeStyle('dark')}>
      <cx-screen-pop .adapter=${adapter} .now=${() => NOW} style="inline-size: 1300px"></cx-screen-pop>
    </div>`);
    const el = wrapper.querySelector('cx-screen-pop')!;
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe ' + 'Z̷̢̛a̵l̶g̸o̴'.repeat(40) + 'x'.repeat(10_000);
    el.interaction = { id: 'h', channel: 'x', direction: 'inbound', customerAddress: hostile, attributes: { text: hostile }, receivedAt: NOW.toISOString(), state: 'offered' };
    const pane = await popShown(el, 'h');
    expect(pane.querySelector('img[onerror]')).to.equal(null);
    expect(textOf(pane.querySelector('[part~="title"]'))).to.include('<img src=x onerror=alert(1)>');
    expect(pane.querySelector('[part~="title"] bdi')).to.exist;
    expect(pane.getBoundingClientRect().width, 'long names wrap').to.be.at.most(1300);
    adapter.demo.offer('conv-001');
    await until(() => queueItems(el).length === 2, 'the queue');
    const queue = $(el, '[part~="queue"]')!.getBoundingClientRect();
    expect(queue.left, 'the queue on the right in RTL').to.be.greaterThan(pane.getBoundingClientRect().left);
    expect(getComputedStyle(shownPane(el)!).backgroundColor).to.equal('rgb(23, 27, 35)');
    expect(getComputedStyle(shownPane(el)!).color).to.equal('rgb(231, 234, 240)');
    await expect(wrapper).to.be.accessible();
  });
});
