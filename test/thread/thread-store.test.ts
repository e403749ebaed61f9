import { expect } from '@open-wc/testing';
import type { Message } from '../../src/model/index.js';
import { SeededRandom } from '../../src/adapters/demo/random.js';
import { ThreadStore } from '../../src/thread/thread-store.js';

const base = Date.parse('2026-11-20T10:00:00Z');
function msg(n: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${String(n).padStart(4, '0')}`,
    conversationId: 'c1',
    channelId: 'x-dm',
    visibility: 'private',
    author: { id: 'cust', role: 'customer', displayName: 'Dana' },
    text: `message ${n}`,
    // Every third pair shares a timestamp, so the id decides the order.
    createdAt: new Date(base + Math.floor(n / 2) * 60_000).toISOString(),
    attachments: [],
    delivery: 'delivered',
    ...overrides,
  };
}

describe('ThreadStore', () => {
  it('orders by time then id, the same whatever order and however often events arrive', () => {
    const messages = Array.from({ length: 300 }, (_, n) => msg(n));
    const expected = messages.map((m) => m.id);
    for (const seed of [1, 2, 3, 4, 5]) {
      const rng = new SeededRandom(seed);
      const store = new ThreadStore();
      const withDuplicates = rng.shuffle([...messages, ...messages.filter((_, i) => i % 3 === 0)]);
      for (let i = 0; i < withDuplicates.length; i += 7) store.upsert(withDuplicates.slice(i, i + 7));
      expect(store.messages.map((m) => m.id)).to.deep.equal(expected);
    }
  });

  it('reports only messages it had not seen as added', () => {
    const store = new ThreadStore();
    expect(store.upsert([msg(1), msg(2)]).added).to.have.length(2);
    const again = store.upsert([msg(2), msg(3)]);
    expect(again.added.map((m) => m.id)).to.deep.equal(['m0003']);
    expect(again.replaced).to.deep.equal([]);
  });

  it('replaces a pending message with the server copy of the same client id, never showing both', () => {
    const store = new ThreadStore();
    store.upsert([msg(1)]);
    const pending = store.addPending({ ...msg(5, { author: { id: 'agent', role: 'agent', displayName: 'Sam' } }), clientId: 'k1' });
    expect(pending.delivery).to.equal('pending');
    const fromWatch = msg(6, { id: 'srv-9', clientId: 'k1', delivery: 'sent' });
    const change = store.upsert([fromWatch]);
    expect(change.added).to.deep.equal([]);
    expect(change.replaced.map((m) => m.id)).to.deep.equal(['srv-9']);
    store.upsert([{ ...fromWatch }]);
    expect(store.messages.filter((m) => m.clientId === 'k1').map((m) => m.id)).to.deep.equal(['srv-9']);
    expect(store.size).to.equal(2);
  });

  it('keeps a failed send in place with its text, and lets a retry take it back to pending', () => {
    const store = new ThreadStore();
    store.addPending({ ...msg(1), clientId: 'k2', text: 'Sorry about that — DM us?' });
    store.markFailed('k2', 'Network down');
    const failed = store.byClientId('k2')!;
    expect(failed.delivery).to.equal('failed');
    expect(failed.text).to.equal('Sorry about that — DM us?');
    expect(failed.error).to.equal('Network down');
    expect(store.addPending({ ...msg(1), clientId: 'k2', text: failed.text }).delivery).to.equal('pending');
    expect(store.size).to.equal(1);
  });

  it('applies later edits and ignores stale copies', () => {
    const store = new ThreadStore();
    store.upsert([msg(1)]);
    const edited = msg(1, { text: 'edited', editedAt: new Date(base + 3_600_000).toISOString() });
    store.upsert([edited]);
    store.upsert([msg(1)]);
    expect(store.get('m0001')!.text).to.equal('edited');
  });

  it('takes a community change that came without an edit (kudos, an accepted solution), and ignores a repeat', () => {
    const store = new ThreadStore();
    const community = { accepted: false, kudos: 2, endorsements: [], thanks: 0 };
    store.upsert([msg(1, { community })]);
    expect(store.upsert([msg(1, { community: { ...community, kudos: 3, accepted: true } })]).replaced).to.have.length(1);
    expect(store.get('m0001')!.community).to.include({ kudos: 3, accepted: true });
    const version = store.version;
    expect(store.upsert([msg(1, { community: { ...community, kudos: 3, accepted: true } })]).replaced).to.have.length(0);
    expect(store.upsert([msg(1)]).replaced, 'a copy without community facts keeps them').to.have.length(0);
    expect(store.version).to.equal(version);
    expect(store.get('m0001')!.community!.kudos).to.equal(3);
  });

  it('keeps a deleted message visible, marked deleted', () => {
    const store = new ThreadStore();
    store.upsert([msg(1), msg(2)]);
    expect(store.markDeleted('m0001')).to.equal(true);
    expect(store.get('m0001')).to.include({ deleted: true, text: 'message 1' });
    expect(store.size).to.equal(2);
    expect(store.markDeleted('nope')).to.equal(false);
  });

  it('finds the first unread message after the last read one', () => {
    const store = new ThreadStore();
    store.upsert([msg(1), msg(2), msg(3)]);
    expect(store.indexAfter('m0001')).to.equal(1);
    expect(store.indexAfter('m0003')).to.equal(-1);
    expect(store.indexAfter(undefined)).to.equal(0);
  });
});

describe('ThreadStore, large batches', () => {
  it('sorts a big shuffled page once, with duplicates and repeated client ids inside the batch', () => {
    const messages = Array.from({ length: 500 }, (_, n) => msg(n, n % 10 === 0 ? { clientId: `k${n}` } : {}));
    const rng = new SeededRandom(11);
    const store = new ThreadStore();
    store.upsert(messages.slice(0, 40).reverse()); // a first page, newest first
    const batch = rng.shuffle([...messages, ...messages.filter((_, i) => i % 4 === 0), msg(10, { id: 'other-id', clientId: 'k10' })]);
    const change = store.upsert(batch);
    expect(store.messages.map((m) => m.id)).to.deep.equal(messages.map((m) => m.id));
    expect(change.added.map((m) => m.id).sort()).to.deep.equal(messages.slice(40).map((m) => m.id).sort());
    expect(store.byClientId('k10')!.id).to.equal('m0010');
    expect(store.indexOf('m0250')).to.equal(250);
  });

  it('keeps the later edit when a batch holds two versions of a new message', () => {
    const store = new ThreadStore();
    const batch = Array.from({ length: 40 }, (_, n) => msg(n));
    batch.push(msg(3, { text: 'edited', editedAt: new Date(base + 9_000_000).toISOString() }));
    const change = store.upsert(batch);
    expect(store.get('m0003')!.text).to.equal('edited');
    expect(store.size).to.equal(40);
    expect(change.added).to.have.length(40);
    expect(store.messages.filter((m) => m.id === 'm0003')).to.have.length(1);
  });
});
