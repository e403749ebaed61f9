import { expect } from '@open-wc/testing';
import { builtInDataset, createDemoAdapter, type DemoDataset } from '../../src/adapters/demo/index.js';
import type { ConversationEvent, Message } from '../../src/model/index.js';
import { RetryableError } from '../../src/ports/index.js';
import { until } from '../helpers/until.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const fixed = () => NOW;

async function allMessages(adapter: ReturnType<typeof createDemoAdapter>, id: string): Promise<Message[]> {
  return (await adapter.conversations!.loadMessages(id, { limit: 1000 })).messages;
}

describe('demo adapter', () => {
  describe('built-in data', () => {
    const data = builtInDataset(NOW);
    const kinds = new Set(data.conversations.flatMap((c) => c.channels.map((ch) => ch.kind)));

    it('has at least 12 customers and 30 conversations', () => {
      expect(data.customers.length).to.be.at.least(12);
      expect(data.conversations.length).to.be.at.least(30);
    });

    it('spans X, Facebook, Instagram, a forum, email, chat and call notes', () => {
      for (const kind of ['x', 'facebook', 'instagram', 'forum', 'email', 'chat'] as const) expect(kinds.has(kind), kind).to.equal(true);
      expect(kinds.has('voice') || kinds.has('note')).to.equal(true);
    });

    it('is mostly English with a few other languages, one of them right-to-left', () => {
      const langs = data.messages.map((m) => m.lang ?? 'en');
      expect(langs.filter((l) => l === 'en').length / langs.length).to.be.greaterThan(0.7);
      expect(new Set(langs).size).to.be.at.least(3);
      expect(langs.some((l) => ['ar', 'he', 'fa', 'ur'].includes(l))).to.equal(true);
    });

    it('has personal data typed in public, to exercise the warnings', () => {
      const publicText = data.messages.filter((m) => m.visibility === 'public').map((m) => m.text).join('\n');
      expect(publicText).to.match(/4111[ -]?1111[ -]?1111[ -]?1111/);
    });

    it('is laid out relative to the clock, and the same clock gives the same data', () => {
      expect(JSON.stringify(builtInDataset(NOW))).to.equal(JSON.stringify(data));
      const latest = Math.max(...data.messages.map((m) => Date.parse(m.createdAt)));
      expect(latest).to.be.at.most(NOW.getTime());
      expect(latest).to.be.greaterThan(NOW.getTime() - 24 * 3_600_000);
    });
  });

  it('lists its conversations (most recent first) and customers', () => {
    const adapter = createDemoAdapter({ now: fixed, latency: 0 });
    const conversations = adapter.demo.listConversations();
    expect(conversations.length).to.be.at.least(30);
    for (let i = 1; i < conversations.length; i += 1) expect(conversations[i - 1]!.updatedAt >= conversations[i]!.updatedAt).to.equal(true);
    expect(adapter.demo.listCustomers().length).to.be.at.least(12);
  });

  it('pops the most urgent open conversation as the current interaction', async () => {
    const adapter = createDemoAdapter({ now: fixed, latency: 0 });
    const current = await adapter.interactions!.current!();
    expect(current?.state).to.equal('accepted');
    const conversation = adapter.demo.listConversations().find((c) => c.id === current!.conversationId)!;
    expect(['urgent', 'high']).to.include(conversation.priority);
  });

  it('serves a dataset of your own instead of the built-in one', async () => {
    const mine: DemoDataset = {
      agent: { id: 'a1', role: 'agent', displayName: 'Ana' },
      colleagues: [],
      customers: [],
      conversations: [
        { id: 'only', channels: [{ id: 'chat', kind: 'chat', public: false, name: 'Chat', capabilities: builtInDataset(NOW).conversations[0]!.channels[0]!.capabilities }], status: 'open', priority: 'normal', sla: [], participants: [], createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() },
      ],
      messages: [{ id: 'x1', conversationId: 'only', channelId: 'chat', visibility: 'private', author: { id: 'c', role: 'customer', displayName: 'Cy' }, text: 'hello', createdAt: NOW.toISOString(), attachments: [], delivery: 'delivered' }],
      liveLines: [],
    };
    const adapter = createDemoAdapter({ dataset: mine, latency: 0, now: fixed });
    expect(adapter.demo.listConversations().map((c) => c.id)).to.deep.equal(['only']);
    expect((await allMessages(adapter, 'only')).map((m) => m.text)).to.deep.equal(['hello']);
  });

  it('rejects a malformed dataset of your own with an error that names the field', () => {
    const broken = { ...builtInDataset(NOW) } as DemoDataset;
    broken.messages = [...broken.messages];
    broken.messages[3] = { ...broken.messages[3]!, createdAt: 'last tuesday' };
    expect(() => createDemoAdapter({ dataset: broken })).to.throw(TypeError, /dataset\.messages\[3\]\.createdAt must be an ISO 8601 date/);
  });

  it('is deterministic for a seed: the same live stream, step by step', () => {
    const run = (seed: number) => {
      const adapter = createDemoAdapter({ seed, now: fixed, latency: 0 });
      return Array.from({ length: 25 }, () => {
        const step = adapter.demo.tick();
        return step.kind === 'message' ? `${step.kind}:${step.message.conversationId}:${step.message.text}` : `${step.kind}:${step.conversationId}`;
      });
    };
    expect(run(11)).to.deep.equal(run(11));
    expect(run(11)).to.not.deep.equal(run(12));
  });

  it('streams live events at the configured rate while started', async () => {
    const adapter = createDemoAdapter({ now: () => new Date(), latency: 0 });
    const conversationIds = adapter.demo.listConversations().map((c) => c.id);
    const events: ConversationEvent[] = [];
    const offered: unknown[] = [];
    const stops = conversationIds.map((id) => adapter.conversations!.watch!(id, (e) => events.push(e)));
    const unsubscribe = adapter.interactions!.subscribe((e) => offered.push(e));
    adapter.demo.startLive(1200);
    expect(adapter.demo.live).to.equal(true);
    await until(() => events.length + offered.length >= 6, 'six live events');
    adapter.demo.stopLive();
    const count = events.length + offered.length;
    // A second adapter streaming at the same rate is the clock: once it has sent three events, the stopped
    // one would have sent some too if it were still running.
    const control = createDemoAdapter({ now: () => new Date(), latency: 0 });
    let controlEvents = 0;
    const stopControl = control.demo.listConversations().map((c) => control.conversations!.watch!(c.id, () => void (controlEvents += 1)));
    const unsubscribeControl = control.interactions!.subscribe(() => void (controlEvents += 1));
    control.demo.startLive(1200);
    await until(() => controlEvents >= 3, 'three events from the control stream');
    control.demo.stopLive();
    stopControl.forEach((stop) => stop());
    unsubscribeControl();
    expect(events.length + offered.length).to.equal(count);
    stops.forEach((stop) => stop());
    unsubscribe();
  });

  it('fails every call at failure rate 1 and none at 0', async () => {
    const failing = createDemoAdapter({ failureRate: 1, latency: 0, now: fixed });
    const id = failing.demo.listConversations()[0]!.id;
    const error = await failing.conversations!.getConversation(id).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(RetryableError);
    const fine = createDemoAdapter({ failureRate: 0, latency: 0, now: fixed });
    for (let i = 0; i < 20; i += 1) await fine.conversations!.getConversation(id);
  });

  it('cancels a call during its latency when the signal aborts', async () => {
    const adapter = createDemoAdapter({ latency: 10_000, now: fixed });
    const controller = new AbortController();
    const call = adapter.conversations!.getConversation(adapter.demo.listConversations()[0]!.id, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = (await call.catch((e: unknown) => e)) as Error;
    expect(error.name).to.equal('AbortError');
  });

  it('finds low-confidence candidates for a handle nobody has linked', async () => {
    const adapter = createDemoAdapter({ latency: 0, now: fixed });
    const candidates = await adapter.customers!.findCandidates!({ channel: 'x', handle: '@bexh_88' });
    expect(candidates.length).to.be.at.least(1);
    expect(candidates[0]!.confidence).to.be.below(0.8);
  });

  it('records opened records and logged activities', async () => {
    const adapter = createDemoAdapter({ latency: 0, now: fixed });
    const customer = adapter.demo.listCustomers()[0]!;
    await adapter.customers!.openRecord!(customer.record);
    await adapter.customers!.logActivity!({ customerId: customer.id, type: 'note', summary: 'Called back', at: NOW.toISOString() });
    expect(adapter.demo.openedRecords).to.have.length(1);
    expect(adapter.demo.activities).to.have.length(1);
  });
});
