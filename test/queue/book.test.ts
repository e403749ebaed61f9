import { expect } from '@open-wc/testing';
import type { Interaction, InteractionEvent } from '../../src/model/index.js';
import { InteractionBook } from '../../src/queue/book.js';

const interaction = (id: string): Interaction => ({ id, channel: 'x', direction: 'inbound', customerAddress: '@a', attributes: {}, receivedAt: '2026-11-20T15:00:00Z', state: 'offered' });
const event = (type: InteractionEvent['type'], id: string): InteractionEvent => ({ type, interaction: { ...interaction(id), state: type } });

describe('InteractionBook', () => {
  it('offers, accepts and ends; accepted without an offer opens', () => {
    const book = new InteractionBook();
    expect(book.apply(event('offered', 'a')).kind).to.equal('offered');
    expect(book.apply(event('accepted', 'a'))).to.include({ kind: 'accepted', previous: 'offered' });
    expect(book.apply(event('ended', 'a'))).to.include({ kind: 'ended', previous: 'accepted' });
    expect(book.apply(event('accepted', 'b')).kind).to.equal('accepted');
  });

  it('ignores duplicates, events out of order, and an end for what was never offered, saying why', () => {
    const book = new InteractionBook();
    book.apply(event('offered', 'a'));
    const outcomes = [event('offered', 'a'), event('accepted', 'a'), event('accepted', 'a'), event('offered', 'a'), event('ended', 'a'), event('ended', 'a'), event('accepted', 'a'), event('ended', 'z')].map((e) => book.apply(e));
    expect(outcomes.map((o) => (o.kind === 'ignored' ? o.why : o.kind))).to.deep.equal(['duplicate', 'accepted', 'duplicate', 'out-of-order', 'ended', 'duplicate', 'out-of-order', 'never-offered']);
    const ignored = outcomes[7]!;
    expect(ignored.kind === 'ignored' && ignored.problem).to.equal('is "ended" for an interaction never offered nor accepted; ignored');
  });

  it('takes the host’s accepted event after a local accept as its confirmation, once', () => {
    const book = new InteractionBook();
    book.apply(event('offered', 'a'));
    book.acceptLocally('a');
    expect(book.apply(event('accepted', 'a')).kind).to.equal('confirmed');
    expect(book.apply(event('accepted', 'a')).kind).to.equal('ignored');
    book.apply(event('offered', 'b'));
    book.acceptLocally('b');
    book.revertAccept('b');
    expect(book.state('b')).to.equal('offered');
  });

  it('forgets the oldest ended interactions beyond its memory', () => {
    const book = new InteractionBook(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      book.apply(event('offered', id));
      book.apply(event('ended', id));
    }
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => book.state(id))).to.deep.equal([undefined, undefined, 'ended', 'ended', 'ended']);
  });
});
