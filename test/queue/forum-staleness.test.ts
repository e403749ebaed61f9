import { expect } from '@open-wc/testing';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { Interaction, Message } from '../../src/model/index.js';
import { enrich } from '../../src/queue/enrich.js';
import { prioritize } from '../../src/queue/prioritize.js';
import type { QueueEntry } from '../../src/queue/types.js';
import { forumAnswerState, forumStaleness } from '../../src/thread/forum-staleness.js';

const HOUR = 3600_000;
const asked = '2026-11-30T08:00:00Z';
const interaction = (id: string): Interaction => ({ id, channel: 'forum', direction: 'inbound', customerAddress: 'kwame_m', attributes: {}, receivedAt: asked, state: 'offered' });
const entry = (id: string, answered: boolean): QueueEntry => ({ id, interaction: interaction(id), forum: { askedAt: asked, answered } });
const at = (hours: number) => Date.parse(asked) + hours * HOUR;

describe('Forum staleness as a priority reason', () => {
  it('appears once the question has waited past the threshold (24 h by default), in words', () => {
    const before = prioritize([entry('q', false)], { now: at(23.9) });
    expect(before[0]!.reasons.map((r) => r.kind)).to.not.include('unanswered');
    const after = prioritize([entry('q', false)], { now: at(26.5) });
    expect(after[0]!.reasons).to.deep.include({ kind: 'unanswered', text: 'Forum question unanswered for 26 h' });
    expect(after[0]!.score).to.be.greaterThan(before[0]!.score);
  });

  it('follows a configured threshold, and never counts an answered question', () => {
    expect(prioritize([entry('q', false)], { now: at(5), forumStaleAfterMs: 4 * HOUR })[0]!.reasons[0]).to.deep.equal({ kind: 'unanswered', text: 'Forum question unanswered for 5 h' });
    expect(prioritize([entry('q', true)], { now: at(100) })[0]!.reasons).to.deep.equal([]);
  });

  it('puts a stale question above a fresh one', () => {
    const fresh: QueueEntry = { id: 'fresh', interaction: { ...interaction('fresh'), customerAddress: 'someone_else', receivedAt: new Date(at(25)).toISOString() }, forum: { askedAt: new Date(at(25)).toISOString(), answered: false } };
    expect(prioritize([fresh, entry('stale', false)], { now: at(26) }).map((i) => i.key)).to.deep.equal(['stale', 'fresh']);
  });

  it('counts as answered an accepted answer or a public staff or advocate reply, not a member’s or a hidden one', () => {
    const post = (id: string, role: Message['author']['role'], extra: Partial<Message> = {}): Message => ({
      id, conversationId: 'c', channelId: 'forum', visibility: 'public', author: { id: role + id, role, displayName: id }, text: id, createdAt: asked, attachments: [], delivery: 'sent', ...extra,
    });
    const q = post('q', 'customer');
    expect(forumAnswerState([q, post('m', 'customer')])!.answered).to.equal(false);
    expect(forumAnswerState([q, post('a', 'community-advocate', { community: { accepted: false, kudos: 0, endorsements: [], thanks: 0, hidden: { reason: 'spam' } } })])!.answered).to.equal(false);
    expect(forumAnswerState([q, post('n', 'agent', { visibility: 'internal' })])!.answered).to.equal(false);
    expect(forumAnswerState([q, post('a', 'community-advocate')])!.answered).to.equal(true);
    expect(forumAnswerState([q, post('s', 'agent')])!.answered).to.equal(true);
    expect(forumAnswerState([q, post('m', 'customer', { community: { accepted: true, kudos: 0, endorsements: [], thanks: 0 } })])!.answered).to.equal(true);
    expect(forumStaleness({ askedAt: asked, answered: false }, at(30)).waitingMs).to.equal(30 * HOUR);
  });

  it('is known to the queue for the demo’s unanswered forum question (a fake clock lays the data out)', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const demo = createDemoAdapter({ latency: 0, initialInteraction: false, now: () => now });
    const { details } = await enrich(demo, { ...interaction('i-35'), conversationId: 'conv-035' }, { signal: new AbortController().signal, now: () => now });
    expect(details.forum).to.deep.equal({ askedAt: new Date(now.getTime() - (20 * 60 + 6 * 60 + 40) * 60_000).toISOString(), answered: false });
    const items = prioritize([{ id: 'i-35', interaction: interaction('i-35'), ...details }], { now });
    expect(items[0]!.reasons.map((r) => r.text)).to.include('Forum question unanswered for 26 h');
    const answered = await enrich(demo, { ...interaction('i-36'), conversationId: 'conv-036' }, { signal: new AbortController().signal, now: () => now });
    expect(answered.details.forum?.answered).to.equal(true);
  });
});
