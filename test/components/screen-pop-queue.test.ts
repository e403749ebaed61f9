import { expect } from '@open-wc/testing';
import { prioritize } from '../../src/queue/prioritize.js';
import type { QueueEntry, QueueItem } from '../../src/queue/types.js';
import { nextEvent } from '../helpers/events.js';
import { until } from '../helpers/until.js';
import { $, NOW, button, demo, mount, movableClock, popShown, queueItems, textOf } from './screen-pop-harness.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const reasonsOf = (item: HTMLElement) => [...item.querySelectorAll('[part~="reasons"] li')].map((li) => `${li.getAttribute('data-kind')}: ${textOf(li).replace(/^[!•]\s*/, '')}`);

describe('<cx-screen-pop> queue', () => {
  it('orders waiting interactions by prioritize, each with its reasons in words', async () => {
    const adapter = demo();
    const el = await mount(adapter, {}, 1400);
    // A conversation nobody is on is popped first; the rest wait.
    const ids = ['conv-012', 'conv-003', 'conv-013', 'conv-002', 'conv-011'].map((id) => adapter.demo.offer(id));
    await until(() => queueItems(el).length === 5 && el.queue.every((item) => item.lead.sla !== undefined || item.lead.name !== undefined || item.lead.text), 'five rows with their details');
    await until(() => el.queue.length === 5 && el.queue.every((item) => item.lead.priority !== undefined), 'the conversations loaded');
    const expected = prioritize(el.queue.map((item) => item.lead), { now: NOW, locale: 'en-GB' });
    expect(queueItems(el).map((item) => item.dataset['key'])).to.deep.equal(expected.map((item) => item.key));
    // The reasons shown are the ordering's, in words.
    for (const [index, row] of queueItems(el).entries()) {
      expect(reasonsOf(row)).to.deep.equal(expected[index]!.reasons.map((r) => `${r.kind}: ${r.text}`));
    }
    const top = queueItems(el)[0]!;
    expect(expected[0]!.score).to.be.greaterThan(expected[4]!.score);
    expect(reasonsOf(top).length).to.be.greaterThan(0);
    // Each row: channel, who, snippet, sentiment, wait and SLA.
    expect(textOf(top.querySelector('[part~="channel"]'))).to.match(/^(X|Facebook|Instagram|Web chat|Email|Forum)$/);
    expect(textOf(top.querySelector('[part~="snippet"]')).length).to.be.greaterThan(0);
    expect(top.querySelector('[part~="wait"]')).to.exist;
    expect(ids).to.include(expected[0]!.lead.id);
  });

  it('lets a host replace the ordering', async () => {
    const adapter = demo();
    const byHandle = (entries: readonly QueueEntry[]): QueueItem[] =>
      [...entries]
        .sort((a, b) => a.interaction.customerAddress.localeCompare(b.interaction.customerAddress))
        .map((lead) => ({ key: lead.id, kind: 'single', lead, entries: [lead], customers: 1, urgent: false, score: 0, reasons: [{ kind: 'manual', text: 'Alphabetical' }] }));
    const el = await mount(adapter, { prioritize: byHandle });
    for (const id of ['conv-003', 'conv-012', 'conv-001']) adapter.demo.offer(id);
    await until(() => queueItems(el).length === 3, 'three rows');
    const handles = el.queue.map((item) => item.lead.interaction.customerAddress);
    expect(handles).to.deep.equal([...handles].sort((a, b) => a.localeCompare(b)));
    expect(reasonsOf(queueItems(el)[0]!)).to.deep.equal(['manual: Alphabetical']);
  });

  it('groups an outage flood into one urgent incident with its count, and collapses a customer who writes repeatedly', async () => {
    const adapter = demo();
    const el = await mount(adapter, { priorityOptions: { ignoreWords: ['northwind', 'northwindhelp'] } }, 1400);
    const flood = adapter.demo.flood({ count: 30, overMs: 0 });
    const offered = await flood.offered;
    await until(() => el.queue.some((item) => item.kind === 'incident' && item.entries.length === offered.length), 'the incident');
    const incident = el.queue[0]!;
    expect(incident.kind).to.equal('incident');
    expect(incident.urgent).to.equal(true);
    // Every seventh post is one of two known customers' (posts 3, 10, 17, 24): 30 posts from 28 customers.
    expect(incident.customers).to.equal(28);
    expect(el.queue).to.have.length(1);
    const row = queueItems(el)[0]!;
    expect(row.hasAttribute('data-urgent')).to.equal(true);
    expect(textOf(row.querySelector('[part~="incident"]'))).to.equal('Incident: 28 customers');
    expect(reasonsOf(row)[0]).to.match(/^flood: Flood: 28 customers about #northwinddown within \d+ (s|min)$/);
    expect(textOf($(el, '.queue-title'))).to.equal('Waiting (30)');

    // One customer writing repeatedly, outside a flood: one row, raised, counted.
    const quiet = demo();
    const el2 = await mount(quiet, {}, 1400);
    const first = quiet.demo.offer('conv-012');
    await popShown(el2, first);
    quiet.demo.offer('conv-003');
    const again = quiet.demo.offer('conv-012');
    quiet.demo.offer('conv-012');
    await until(() => el2.queue.some((item) => item.kind === 'repeat' && item.entries.length === 3), 'the repeat row');
    const repeat = el2.queue.find((item) => item.kind === 'repeat')!;
    expect(repeat.entries.map((e) => e.id)).to.include.members([first, again]);
    expect(repeat.reasons[0]!.kind).to.equal('repeat');
    expect(el2.queue).to.have.length(2);
    await until(() => queueItems(el2).some((r) => textOf(r.querySelector('[part~="repeat"]')) === '3 messages from this customer'), 'the count shown');
  });

  it('dismisses (an incident all at once) and snoozes until the time comes back', async () => {
    const clock = movableClock();
    const adapter = demo({ now: clock.now });
    const el = await mount(adapter, { now: clock.now }, 1400);
    const a = adapter.demo.offer('conv-001');
    const b = adapter.demo.offer('conv-003');
    await until(() => queueItems(el).length === 2, 'two rows');
    const rowOf = (id: string) => queueItems(el).find((r) => r.dataset['key'] === id)!;
    const snoozed = nextEvent(el, 'cx-interaction-snooze');
    button(rowOf(b), 'Snooze')!.click();
    expect((await snoozed).until.getTime()).to.equal(NOW.getTime() + 5 * 60_000);
    await until(() => queueItems(el).length === 1, 'the snoozed row set aside');
    expect(textOf($(el, '[part~="snoozed"] summary'))).to.equal('Snoozed (1)');
    clock.advance(5 * 60_000 - 1000);
    el.requestUpdate();
    await frame();
    await el.updateComplete;
    expect(queueItems(el), 'still snoozed a second before its time').to.have.length(1);
    clock.advance(1001);
    el.requestUpdate();
    await until(() => queueItems(el).length === 2, 'back in the queue when its time came');
    expect($(el, '[part~="snoozed"]')).to.equal(null);
    // Woken by hand before its time.
    button(rowOf(b), 'Snooze')!.click();
    await until(() => $(el, '[part~="snoozed"] button'), 'snoozed again');
    $(el, '[part~="snoozed"] button')!.click();
    await until(() => queueItems(el).length === 2, 'woken by hand');

    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('cx-interaction-dismiss', cancel, { once: true });
    button(rowOf(a), 'Dismiss')!.click();
    await frame();
    await el.updateComplete;
    expect(queueItems(el)).to.have.length(2);
    const dismissed = nextEvent(el, 'cx-interaction-dismissed');
    button(rowOf(a), 'Dismiss')!.click();
    expect((await dismissed).interactions.map((i) => i.id)).to.deep.equal([a]);
    await until(() => queueItems(el).length === 1, 'one row left');

    const flood = adapter.demo.flood({ count: 12, overMs: 0 });
    await flood.offered;
    const incident = await until(() => queueItems(el).find((r) => r.dataset['kind'] === 'incident'), 'the incident row');
    const all = nextEvent(el, 'cx-interaction-dismissed');
    button(incident, 'Dismiss')!.click();
    expect((await all).interactions).to.have.length(12);
    await until(() => queueItems(el).length === 1, 'the incident gone, the other row left');
  });

  it('re-orders at most once per frame, however many interactions arrive, and keeps focus on the same row', async () => {
    const adapter = demo();
    const el = await mount(adapter, {}, 1400);
    adapter.demo.offer('conv-001');
    adapter.demo.offer('conv-003');
    await until(() => queueItems(el).length === 2, 'rows');
    const accept = button(queueItems(el)[1]!, 'Accept')!;
    const lead = queueItems(el)[1]!.dataset['lead']!;
    accept.focus();
    let frames = 0;
    let counting = true;
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const before = el.orderings;
    const flood = adapter.demo.flood({ count: 200, overMs: 300 });
    await flood.offered;
    await until(() => el.queue.reduce((n, item) => n + item.entries.length, 0) === 202, 'every interaction in the queue');
    counting = false;
    const orderings = el.orderings - before;
    expect(orderings, `${orderings} orderings in ${frames} frames`).to.be.at.most(frames + 1);
    expect(orderings).to.be.lessThan(200);
    await el.updateComplete;
    // The focused row moved, or joined the incident (Dana is among the flood's posters): focus went with it.
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    const holder = el.queue.find((item) => item.entries.some((entry) => entry.id === lead))!;
    expect(focused?.closest<HTMLElement>('[data-key]')?.dataset['key']).to.equal(holder.key);
    expect(focused?.dataset['action']).to.equal('accept');
  });
});

describe('<cx-screen-pop> accepting from the queue', () => {
  it('accepting a customer who wrote repeatedly takes their other messages in that conversation off the queue', async () => {
    const adapter = demo();
    const el = await mount(adapter, {}, 1400);
    const first = adapter.demo.offer('conv-003');
    await popShown(el, first);
    const ids = [adapter.demo.offer('conv-012'), adapter.demo.offer('conv-012'), adapter.demo.offer('conv-012')];
    await until(() => el.queue.some((item) => item.kind === 'repeat'), 'the repeat row');
    const row = queueItems(el).find((r) => r.dataset['kind'] === 'repeat')!;
    button(row, 'Accept')!.click();
    await until(() => el.queue.length === 1 && el.queue[0]!.lead.id === first, 'only the first interaction left');
    // The queue changes as the accept starts; the pop switches once the host has accepted.
    await until(() => el.shown && ids.includes(el.shown.id), 'the accepted conversation shown');
    expect(el.pops.map((p) => p.id)).to.have.length(1);
  });

  it('auto-accepts arrivals while the agent is on no accepted interaction', async () => {
    const adapter = demo();
    const el = await mount(adapter, { autoAccept: true });
    const accepted: string[] = [];
    el.addEventListener('cx-interaction-accepted', (event) => accepted.push(event.interaction.id));
    const a = adapter.demo.offer('conv-003');
    await until(() => el.shown?.id === a && el.shown.state === 'accepted', 'accepted at once');
    const b = adapter.demo.offer('conv-012');
    await until(() => el.queue.some((item) => item.lead.id === b), 'the next one waits: the agent is busy');
    expect(accepted).to.deep.equal([a]);
    el.close(a);
    const c = adapter.demo.offer('conv-004');
    await until(() => el.shown?.id === c && el.shown.state === 'accepted', 'free again: accepted at once');
    expect(accepted).to.deep.equal([a, c]);
  });
});
