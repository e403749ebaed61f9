import { expect } from '@open-wc/testing';
import type { Message } from '../../src/model/index.js';
import type { RejectedMessage } from '../../src/model/issues.js';
import { UnshownMessages, placeRejected, withUnshown, isUnshown, type ThreadRow } from '../../src/thread/unshown.js';
import { threadMessage } from '../fixtures/thread-dataset.js';

const rejected = (index: number | undefined, extra: Partial<RejectedMessage> = {}): RejectedMessage => ({
  path: `messages[${index}].author`,
  problem: 'must be an object, got nothing',
  issues: [],
  value: {},
  ...(index !== undefined ? { index } : {}),
  ...extra,
});
const label = (rows: readonly ThreadRow[]) => rows.map((r) => (isUnshown(r) ? `×${r.count}` : r.id));

describe('placeholders for messages that could not be shown', () => {
  // A page of 6, newest first: index 0 = m5 … index 5 = m0; 1 and 2 (m4, m3) and 5 (m0) invalid.
  const valid: Message[] = [5, 2, 1].map((n) => threadMessage(n));

  it('puts each one beside its older neighbour in the page, or before its newer one at the oldest end', () => {
    const placed = placeRejected(valid, [rejected(1), rejected(2), rejected(5)]);
    expect(placed.map((p) => p.createdAt)).to.deep.equal([threadMessage(2).createdAt, threadMessage(2).createdAt, threadMessage(1).createdAt]);
    const unshown = new UnshownMessages();
    unshown.add(placed);
    const oldestFirst = [...valid].reverse();
    expect(label(withUnshown(oldestFirst, unshown.list, () => false))).to.deep.equal(['×1', 'm-000001', 'm-000002', '×2', 'm-000005']);
  });

  it('puts one whose time could be read at its time, once per id, and leaves it out once its message is shown', () => {
    const unshown = new UnshownMessages();
    const late = rejected(undefined, { id: 'm-000009', createdAt: threadMessage(9).createdAt });
    unshown.add(placeRejected([], [late]));
    unshown.add(placeRejected([], [late]));
    expect(unshown.size).to.equal(1);
    const messages = [1, 5, 12].map((n) => threadMessage(n));
    expect(label(withUnshown(messages, unshown.list, () => false))).to.deep.equal(['m-000001', 'm-000005', '×1', 'm-000012']);
    expect(label(withUnshown(messages, unshown.list, (id) => id === 'm-000009'))).to.deep.equal(['m-000001', 'm-000005', 'm-000012']);
  });

  it('puts a live one without a readable time at the end, and gives back the same rows when there are none', () => {
    const messages = [1, 2].map((n) => threadMessage(n));
    expect(withUnshown(messages, [], () => false)).to.equal(messages);
    const unshown = new UnshownMessages();
    unshown.add(placeRejected([], [rejected(undefined)], () => '2099-01-01T00:00:00Z'));
    expect(label(withUnshown(messages, unshown.list, () => false))).to.deep.equal(['m-000001', 'm-000002', '×1']);
  });
});
