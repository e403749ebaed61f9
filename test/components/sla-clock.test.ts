import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-sla-clock.js';
import type { CxSlaClock } from '../../src/components/sla-clock/sla-clock.js';
import { secondTicker } from '../../src/internal/ticker.js';
import type { SlaClock } from '../../src/model/index.js';
import { themeStyle } from '../../.storybook/theme.js';
import { until } from '../helpers/until.js';
import { demo, mount, movableClock, NOW, popShown, shownPane } from './screen-pop-harness.js';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const clocks = (el: CxSlaClock) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="clock"]')].map((li) => ({ state: li.dataset['state'], text: li.textContent!.replace(/\s+/g, ' ').trim() }));

async function mountClock(sla: SlaClock[], props: Partial<CxSlaClock> = {}): Promise<CxSlaClock> {
  const el = await fixture<CxSlaClock>(html`<cx-sla-clock .clocks=${sla} .now=${() => NOW} locale="en-GB"></cx-sla-clock>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

describe('<cx-sla-clock>', () => {
  it('says where each clock stands in words and signs: running, due soon, overdue, paused, met', async () => {
    const el = await mountClock([
      { kind: 'resolution', startedAt: at(-60), dueAt: at(120), paused: true },
      { kind: 'first-response', startedAt: at(-60), dueAt: at(-20) },
      { kind: 'next-response', startedAt: at(-5), dueAt: at(10) },
    ]);
    expect(clocks(el)).to.deep.equal([
      { state: 'overdue', text: '✕ First response: overdue by 20 min' },
      { state: 'soon', text: '⚠ Next response: due in 10 min, soon' },
      { state: 'paused', text: '⏸ Resolution: paused' },
    ]);
    expect(el.getAttribute('state')).to.equal('overdue');
    el.clocks = [
      { kind: 'first-response', startedAt: at(-60), dueAt: at(-10), metAt: at(-30) },
      { kind: 'resolution', startedAt: at(-60), dueAt: at(125) },
    ];
    await el.updateComplete;
    expect(clocks(el)).to.deep.equal([
      { state: 'met', text: '✓ First response: met' },
      { state: 'running', text: '◷ Resolution: due in 2 h 5 min' },
    ]);
    expect(el.getAttribute('state')).to.equal('running');
    expect(el.shadowRoot!.querySelector('[part~="clock"]')!.getAttribute('title')).to.match(/20 Nov 2026/);
    await expect(el).to.be.accessible();
  });

  it('shows one kind, or only the most pressing clock, and says when there is none', async () => {
    const sla: SlaClock[] = [
      { kind: 'first-response', startedAt: at(-60), dueAt: at(40) },
      { kind: 'next-response', startedAt: at(-5), dueAt: at(12) },
      { kind: 'resolution', startedAt: at(-60), dueAt: at(-1) },
    ];
    const compact = await mountClock(sla, { compact: true });
    expect(clocks(compact)).to.deep.equal([{ state: 'overdue', text: '✕ Resolution: overdue by 1 min' }]);
    const one = await mountClock(sla, { kind: 'first-response' });
    expect(clocks(one).map((c) => c.state)).to.deep.equal(['running']);
    const none = await mountClock([]);
    expect(none.shadowRoot!.textContent!.trim()).to.equal('No SLA');
    expect(none.hasAttribute('state')).to.equal(false);
  });

  it('counts down on the shared ticker into due soon and overdue, re-rendering only itself', async () => {
    const clock = movableClock();
    const el = await mountClock([{ kind: 'first-response', startedAt: at(-45), dueAt: at(16) }], { now: clock.now });
    expect(clocks(el)[0]!.text).to.equal('◷ First response: due in 16 min');
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => ((renders += 1), render());
    secondTicker.tick();
    await el.updateComplete;
    expect(renders, 'no re-render while the words stay the same').to.equal(0);
    clock.advance(2 * 60_000);
    secondTicker.tick();
    await el.updateComplete;
    expect(clocks(el)[0]).to.deep.equal({ state: 'soon', text: '⚠ First response: due in 14 min, soon' });
    clock.advance(15 * 60_000);
    await until(() => clocks(el)[0]!.state === 'overdue', 'overdue, on the ticker’s own beat');
    expect(clocks(el)[0]!.text).to.equal('✕ First response: overdue by 1 min');
    expect(renders).to.equal(2);
    el.remove();
    expect(secondTicker.size, 'nothing listens after it left the page').to.equal(0);
  });

  it('ticks in the pop header without re-rendering the pop', async () => {
    const clock = movableClock();
    const adapter = demo({ now: clock.now });
    const el = await mount(adapter, { now: clock.now });
    const id = adapter.demo.offer('conv-013');
    const pane = await popShown(el, id);
    const sla = await until(() => pane.querySelector<CxSlaClock>('cx-sla-clock[part~="sla"]'), 'the header’s SLA clocks');
    await el.updateComplete;
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => ((renders += 1), render());
    const before = sla.shadowRoot!.textContent;
    const wait = shownPane(el)!.querySelector('[part~="wait"]')!.textContent;
    clock.advance(61 * 60_000);
    secondTicker.tick();
    await sla.updateComplete;
    expect(sla.shadowRoot!.textContent).to.not.equal(before);
    expect(shownPane(el)!.querySelector('[part~="wait"]')!.textContent).to.not.equal(wait);
    await el.updateComplete;
    expect(renders).to.equal(0);
  });

  it('tells states apart without colour, in right-to-left and in the dark theme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style=${themeStyle('dark')}>
      <cx-sla-clock .clocks=${[{ kind: 'first-response', startedAt: at(-60), dueAt: at(-5) }]} .now=${() => NOW}></cx-sla-clock>
    </div>`);
    const el = wrapper.querySelector('cx-sla-clock')!;
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector<HTMLElement>('[part~="clock"]')!;
    expect(getComputedStyle(item).color).to.equal('rgb(255, 155, 155)');
    expect(getComputedStyle(item.querySelector('[part~="status"]')!).textDecorationLine).to.equal('underline');
    const sign = item.querySelector('[part~="sign"]')!.getBoundingClientRect();
    const name = item.querySelector('[part~="name"]')!.getBoundingClientRect();
    expect(sign.left, 'the sign comes first, on the right in RTL').to.be.greaterThan(name.left);
    await expect(wrapper).to.be.accessible();
  });
});
