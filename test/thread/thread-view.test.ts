import { expect } from '@open-wc/testing';
import { channel, type Message } from '../../src/model/index.js';
import { filterMessages, findMatches, visibleToCustomer } from '../../src/thread/thread-view.js';
import { feedAction } from '../../src/thread/feed-keys.js';
import { threadMessage, SYSTEM, THREAD_CHANNELS } from '../fixtures/thread-dataset.js';

const channels = new Map(THREAD_CHANNELS.map((c) => [c.id, c]));
const m = (n: number, o: Partial<Message> = {}) => threadMessage(n, o);

describe('thread view', () => {
  it('customer view: public and private messages on customer channels only', () => {
    expect(visibleToCustomer(m(0), channels)).to.equal(true); // public on X
    expect(visibleToCustomer(m(1), channels)).to.equal(true); // private DM
    expect(visibleToCustomer(m(3), channels)).to.equal(false); // internal note
    expect(visibleToCustomer(m(2, { visibility: 'internal' }), channels)).to.equal(false);
    expect(visibleToCustomer(m(5, { author: SYSTEM, event: { type: 'assigned' } }), channels)).to.equal(false);
    expect(visibleToCustomer(m(1, { channelId: 'note', visibility: 'private' }), channels)).to.equal(false);
    expect(visibleToCustomer(m(1, { channelId: 'gone' }), channels)).to.equal(false);
    expect(visibleToCustomer(m(0, { deleted: true }), channels)).to.equal(false);
    expect(visibleToCustomer(m(1, { delivery: 'failed' }), channels)).to.equal(false);
    const other = new Map([...channels, ['tiktok', { ...channel('x', 'x', true, 'TikTok'), id: 'tiktok', kind: 'other' as const }]]);
    expect(visibleToCustomer(m(0, { channelId: 'tiktok' }), other)).to.equal(true);
  });

  it('filters by channel and visibility, and returns the same array when unfiltered', () => {
    const all = Array.from({ length: 12 }, (_, n) => m(n));
    expect(filterMessages(all, { channelId: null, visibility: null, customerView: false }, channels)).to.equal(all);
    expect(filterMessages(all, { channelId: 'email', visibility: null, customerView: false }, channels).map((x) => x.channelId)).to.deep.equal(['email', 'email', 'email']);
    expect(filterMessages(all, { channelId: null, visibility: 'internal', customerView: false }, channels).every((x) => x.visibility === 'internal')).to.equal(true);
  });

  it('finds matches in the data, case-insensitively', () => {
    const all = [m(0, { text: 'Router died' }), m(1, { text: 'nothing' }), m(2, { text: 'ROUTER again' })];
    expect(findMatches(all, 'router')).to.deep.equal([0, 2]);
    expect(findMatches(all, '')).to.deep.equal([]);
  });

  it('maps feed keys', () => {
    const key = (k: string, o: Partial<KeyboardEvent> = {}) => feedAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...o });
    expect(key('ArrowUp')).to.equal('previous');
    expect(key('PageDown')).to.equal('next');
    expect(key('End')).to.equal('latest');
    expect(key('End', { ctrlKey: true })).to.equal('after-feed');
    expect(key('r')).to.equal('reply');
    expect(key('r', { ctrlKey: true })).to.equal(undefined);
    expect(key('x')).to.equal(undefined);
  });
});
