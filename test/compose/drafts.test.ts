import { expect } from '@open-wc/testing';
import { DRAFT_KEY_PREFIX, StorageDraftStore, type Draft } from '../../src/compose/drafts.js';

const draft: Draft = { text: 'Sorry about that, Dana', channelId: 'x-dm', startedAt: '2025-03-10T12:00:00.000Z', clientId: 'c-1' };

/** A Storage whose every call can be made to throw. */
class FlakyStorage implements Storage {
  readonly data = new Map<string, string>();
  failing: 'none' | 'all' | 'quota' = 'none';
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.failing === 'all') throw new DOMException('blocked', 'SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failing !== 'none') throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    if (this.failing === 'all') throw new DOMException('blocked', 'SecurityError');
    this.data.delete(k);
  }
}

describe('StorageDraftStore', () => {
  it('keeps a draft under a namespaced key, readable by a new store (a reload)', () => {
    const storage = new FlakyStorage();
    new StorageDraftStore(() => storage).set('conv-1', draft);
    expect(JSON.parse(storage.data.get(`${DRAFT_KEY_PREFIX}conv-1`)!)).to.deep.equal(draft);
    expect(new StorageDraftStore(() => storage).get('conv-1')).to.deep.equal(draft);
  });

  it('keeps drafts per conversation and clears only the one asked', () => {
    const storage = new FlakyStorage();
    const store = new StorageDraftStore(() => storage);
    store.set('a', draft);
    store.set('b', { ...draft, text: 'other' });
    store.clear('a');
    expect(store.get('a')).to.equal(undefined);
    expect(store.get('b')!.text).to.equal('other');
  });

  it('falls back to memory when storage is full, and never throws', () => {
    const storage = new FlakyStorage();
    storage.failing = 'quota';
    const store = new StorageDraftStore(() => storage);
    store.set('conv-1', draft);
    expect(store.get('conv-1')).to.deep.equal(draft);
    storage.failing = 'none';
    store.set('conv-1', { ...draft, text: 'saved now' });
    expect(new StorageDraftStore(() => storage).get('conv-1')!.text).to.equal('saved now');
  });

  it('works when storage throws on every access or is missing', () => {
    const storage = new FlakyStorage();
    storage.failing = 'all';
    for (const store of [new StorageDraftStore(() => storage), new StorageDraftStore(() => undefined)]) {
      store.set('c', draft);
      expect(store.get('c')).to.deep.equal(draft);
      store.clear('c');
      expect(store.get('c')).to.equal(undefined);
    }
  });

  it('ignores junk under its key', () => {
    const storage = new FlakyStorage();
    storage.data.set(`${DRAFT_KEY_PREFIX}x`, '{not json');
    storage.data.set(`${DRAFT_KEY_PREFIX}y`, JSON.stringify({ text: 5 }));
    const store = new StorageDraftStore(() => storage);
    expect(store.get('x')).to.equal(undefined);
    expect(store.get('y')).to.equal(undefined);
  });
});
