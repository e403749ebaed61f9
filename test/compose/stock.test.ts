import { expect } from '@open-wc/testing';
import { stockReply } from '../../src/compose/stock.js';
import type { Message } from '../../src/model/message.js';

const agent = (text: string): Message => ({
  id: text.slice(0, 8),
  conversationId: 'c',
  channelId: 'x-public',
  visibility: 'public',
  author: { id: 'a', role: 'agent', displayName: 'Sam' },
  text,
  createdAt: '2026-11-20T10:00:00Z',
  attachments: [],
  delivery: 'sent',
});

describe('stock-reply check', () => {
  it('flags a reply made only of service clichés', () => {
    const warning = stockReply('We apologize for any inconvenience. Please DM us!');
    expect(warning?.phrases).to.deep.equal(['we apologize for any inconvenience', 'please dm us']);
    expect(stockReply('Thanks for reaching out, we’re looking into this. Have a great day 😊')?.phrases).to.have.length(3);
  });

  it('lets a reply through that speaks to the customer’s own problem, clichés or not', () => {
    expect(stockReply('Sorry to hear that, Dana — the LS6 cabinet fault is fixed and your line should be back by 6pm.')).to.equal(null);
    expect(stockReply('The engineer missed your 10am slot; I have booked Thursday 8–10am instead.')).to.equal(null);
  });

  it('does not count handles, links or emoji as the customer’s own words', () => {
    expect(stockReply('@dana_whit Sorry for the inconvenience https://northwind.example.com/status 🙏')).to.not.equal(null);
  });

  it('flags a word-for-word repeat of an earlier reply in the conversation', () => {
    const earlier = [agent('Your refund of £42.10 went out on Monday, it takes 3-5 working days.')];
    expect(stockReply('Your refund of £42.10 went out on Monday — it takes 3–5 working days', earlier)?.message).to.contain('already posted');
    expect(stockReply('Your refund of £42.10 went out on Monday; it should land by Friday.', earlier)).to.equal(null);
  });

  it('says nothing about empty text', () => {
    expect(stockReply('   ')).to.equal(null);
  });
});
