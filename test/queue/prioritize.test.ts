import { expect } from '@open-wc/testing';
import { assessStanding } from '../../src/customer/standing.js';
import type { Interaction } from '../../src/model/index.js';
import { prioritize, PRIORITY_WEIGHTS } from '../../src/queue/prioritize.js';
import { topicsOf } from '../../src/queue/topics.js';
import type { QueueEntry } from '../../src/queue/types.js';

const NOW = Date.parse('2026-11-20T15:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

let sequence = 0;
function entry(over: Partial<QueueEntry> & { minutesAgo?: number; handle?: string; customerId?: string; channel?: Interaction['channel'] } = {}): QueueEntry {
  sequence += 1;
  const { minutesAgo = 1, handle = `@someone${sequence}`, customerId, channel = 'x', ...rest } = over;
  const interaction: Interaction = {
    id: `i-${sequence}`,
    channel,
    direction: 'inbound',
    customerAddress: handle,
    ...(customerId ? { customerId } : {}),
    attributes: {},
    receivedAt: ago(minutesAgo),
    state: 'offered',
  };
  return { id: interaction.id, interaction, ...rest };
}

const vip = assessStanding({ value: { tier: 'vip', since: '2019-01-01T00:00:00Z' }, influence: { followers: 248_600, verified: true } }, new Date(NOW));

describe('prioritize', () => {
  it('orders by reason strength with the reasons in words, then by wait', () => {
    const plain = entry({ minutesAgo: 30, text: 'hello' });
    const older = entry({ minutesAgo: 50, text: 'hi' });
    const overdue = entry({ sla: [{ kind: 'first-response', startedAt: ago(90), dueAt: ago(30) }] });
    const soon = entry({ sla: [{ kind: 'first-response', startedAt: ago(50), dueAt: inMinutes(10) }] });
    const angry = entry({ sentiment: { score: -0.8, label: 'very-negative', confidence: 0.8, source: 'built-in', drivers: [] }, trend: 'worsening' });
    const famous = entry({ standing: vip });
    const items = prioritize([plain, older, overdue, soon, angry, famous], { now: NOW });
    expect(items.map((i) => i.lead.id)).to.deep.equal([overdue.id, famous.id, soon.id, angry.id, older.id, plain.id]);
    const reasons = Object.fromEntries(items.map((i) => [i.lead.id, i.reasons.map((r) => `${r.kind}: ${r.text}`)]));
    expect(reasons[overdue.id]).to.deep.equal(['sla: First response overdue by 30 min']);
    expect(reasons[soon.id]).to.deep.equal(['sla: First response due in 10 min']);
    expect(reasons[angry.id]).to.deep.equal(['sentiment: Very negative and getting worse']);
    expect(reasons[famous.id]![0]).to.match(/^reach: High reach: 248.6K followers, verified; VIP, \d+ years$/);
    expect(reasons[plain.id]).to.deep.equal([]);
    expect(items.find((i) => i.lead.id === overdue.id)!.urgent).to.equal(true);
    expect(items.find((i) => i.lead.id === soon.id)!.urgent).to.equal(false);
  });

  it('is pure: the same input gives the same output, and nothing is changed', () => {
    const entries = [entry({ text: '#down no signal' }), entry({ priority: 'urgent' }), entry({ hostReasons: [{ kind: 'manual', text: 'Escalated' }] })];
    const frozen = JSON.stringify(entries);
    expect(prioritize(entries, { now: NOW })).to.deep.equal(prioritize(entries, { now: NOW }));
    expect(JSON.stringify(entries)).to.equal(frozen);
  });

  it('collapses one sender writing repeatedly into one raised item, led by the most urgent', () => {
    const calm = entry({ minutesAgo: 9, customerId: 'cust-1', text: 'one' });
    const again = entry({ minutesAgo: 5, customerId: 'cust-1', text: 'two', sla: [{ kind: 'first-response', startedAt: ago(9), dueAt: inMinutes(5) }] });
    const third = entry({ minutesAgo: 1, customerId: 'cust-1', text: 'three' });
    const sameHandle = [entry({ minutesAgo: 4, handle: '@Bex' }), entry({ minutesAgo: 2, handle: '@bex ' })];
    const other = entry({ minutesAgo: 3, customerId: 'cust-2' });
    const items = prioritize([calm, again, third, ...sameHandle, other], { now: NOW });
    expect(items).to.have.length(3);
    const repeat = items.find((i) => i.entries.includes(calm))!;
    expect(repeat.kind).to.equal('repeat');
    expect(repeat.entries.map((e) => e.id)).to.deep.equal([third.id, again.id, calm.id]);
    expect(repeat.lead).to.equal(again);
    expect(repeat.reasons[0]).to.deep.equal({ kind: 'repeat', text: 'Wrote 3 times' });
    expect(repeat.score).to.equal(PRIORITY_WEIGHTS.slaSoon + PRIORITY_WEIGHTS.repeat + 2 * PRIORITY_WEIGHTS.repeatEach);
    expect(items.find((i) => i.entries.includes(sameHandle[0]!))!.entries).to.have.length(2);
    expect(items[0]).to.equal(repeat);
  });

  it('groups many customers writing about the same thing in a short window into one urgent incident', () => {
    const outage = [
      entry({ minutesAgo: 9, text: 'Is the network down? No signal in Leeds #NorthwindDown' }),
      entry({ minutesAgo: 8, text: 'mobile data dead 😡 #northwinddown' }),
      entry({ minutesAgo: 7, text: 'No signal at all in Leeds. Outage?' }),
      entry({ minutesAgo: 6, text: 'Any ETA? Still no signal in Leeds', post: 'https://x.example.com/NorthwindHelp/status/1' }),
      entry({ minutesAgo: 5, text: 'still nothing https://www.x.example.com/NorthwindHelp/status/1/' }),
      entry({ minutesAgo: 4, text: 'your status page says fine but no signal in Leeds #NorthwindDown' }),
    ];
    const unrelated = entry({ minutesAgo: 3, text: 'When does my contract end?' });
    const customerRepeats = [entry({ minutesAgo: 2, customerId: 'c-9', text: 'no signal #NorthwindDown' }), entry({ minutesAgo: 1, customerId: 'c-9', text: 'still no signal #NorthwindDown' })];
    const items = prioritize([...outage, unrelated, ...customerRepeats], { now: NOW });
    expect(items).to.have.length(2);
    const incident = items[0]!;
    expect(incident.kind).to.equal('incident');
    expect(incident.customers).to.equal(7);
    expect(incident.entries).to.have.length(8);
    expect(incident.topic).to.equal('#northwinddown');
    expect(incident.urgent).to.equal(true);
    expect(incident.key).to.equal(`incident:${outage[0]!.id}`);
    expect(incident.reasons[0]).to.deep.equal({ kind: 'flood', text: 'Flood: 7 customers about #northwinddown within 8 min' });
    expect(items[1]!.lead).to.equal(unrelated);
  });

  it('needs enough customers, within the window, to call it a flood', () => {
    const few = [1, 2, 3, 4].map((m) => entry({ minutesAgo: m, text: 'no signal #down' }));
    expect(prioritize(few, { now: NOW }).map((i) => i.kind)).to.deep.equal(['single', 'single', 'single', 'single']);
    expect(prioritize(few, { now: NOW, floodMinCustomers: 4 })[0]!.kind).to.equal('incident');
    const spread = [0, 20, 40, 60, 80].map((m) => entry({ minutesAgo: m, text: 'no signal #down' }));
    expect(prioritize(spread, { now: NOW }).every((i) => i.kind === 'single')).to.equal(true);
    const oneCustomer = [1, 2, 3, 4, 5].map((m) => entry({ minutesAgo: m, customerId: 'c-1', text: 'no signal #down' }));
    expect(prioritize(oneCustomer, { now: NOW }).map((i) => i.kind)).to.deep.equal(['repeat']);
  });

  it('takes weights, words to ignore and a flood size from the options', () => {
    const brand = [1, 2, 3, 4, 5].map((m) => entry({ minutesAgo: m, text: `Northwind Mobile question ${m}` }));
    expect(prioritize(brand, { now: NOW })[0]!.kind).to.equal('incident');
    expect(prioritize(brand, { now: NOW, ignoreWords: ['Northwind', 'mobile'] }).every((i) => i.kind === 'single')).to.equal(true);
    const a = entry({ standing: vip });
    const b = entry({ sla: [{ kind: 'resolution', startedAt: ago(60), dueAt: ago(1) }] });
    expect(prioritize([a, b], { now: NOW })[0]!.lead).to.equal(b);
    expect(prioritize([a, b], { now: NOW, weights: { reachHigh: 100 } })[0]!.lead).to.equal(a);
  });

  it('reads topics: hashtags, links and significant words', () => {
    const topics = topicsOf('@NorthwindHelp Is the network DOWN?? #NorthwindDown https://www.Example.com/status/1?x=2 outages in Leeds', { ignoreWords: new Set(['leeds']) });
    expect(topics.tags).to.deep.equal(['#northwinddown']);
    expect(topics.links).to.deep.equal(['example.com/status/1']);
    expect(topics.words).to.deep.equal(['network', 'down', 'outage']);
    expect(topicsOf('<script>alert(1)</script> javascript:alert(1)').links).to.deep.equal([]);
  });
});
