import { expect } from '@open-wc/testing';
import { labelForScore, type SentimentScore } from '../../src/model/sentiment.js';
import { conversationSentiment } from '../../src/sentiment/aggregate.js';

const s = (score: number, confidence = 0.8): SentimentScore => ({ score, label: labelForScore(score), confidence, source: 'built-in', drivers: [] });
const at = (minute: number) => new Date(Date.UTC(2025, 0, 6, 9, minute)).toISOString();
const thread = (...scores: number[]) => scores.map((score, i) => ({ score: s(score), at: at(i * 2) }));

describe('conversation sentiment', () => {
  it('is neutral, unconfident and steady with no messages', () => {
    const r = conversationSentiment([]);
    expect(r.score.label).to.equal('neutral');
    expect(r.score.score).to.equal(0);
    expect(r.score.confidence).to.equal(0);
    expect(r.trend).to.equal('steady');
    expect(r.trendDelta).to.equal(0);
  });

  it('is the message itself for a single message', () => {
    const r = conversationSentiment(thread(-0.7));
    expect(r.score.score).to.equal(-0.7);
    expect(r.score.label).to.equal('very-negative');
    expect(r.trend).to.equal('steady');
  });

  it('weighs recent messages more than earlier ones', () => {
    const recovering = conversationSentiment(thread(-0.8, -0.8, -0.6, 0.6, 0.8));
    const plainMean = (-0.8 - 0.8 - 0.6 + 0.6 + 0.8) / 5;
    expect(recovering.score.score).to.be.greaterThan(plainMean);
    const souring = conversationSentiment(thread(0.8, 0.6, 0.4, -0.7, -0.9));
    expect(souring.score.score).to.be.lessThan(0);
  });

  it('orders by time, not by array position', () => {
    const messages = thread(0.8, 0.8, -0.9);
    const shuffled = [messages[2], messages[0], messages[1]];
    expect(conversationSentiment(shuffled).score.score).to.equal(conversationSentiment(messages).score.score);
  });

  it('lets a message from a day earlier count less than one from minutes ago', () => {
    const old = [
      { score: s(-0.9), at: '2025-01-05T09:00:00Z' },
      { score: s(0.5), at: '2025-01-06T09:00:00Z' },
    ];
    const recent = [
      { score: s(-0.9), at: '2025-01-06T08:58:00Z' },
      { score: s(0.5), at: '2025-01-06T09:00:00Z' },
    ];
    expect(conversationSentiment(old).score.score).to.be.greaterThan(conversationSentiment(recent).score.score);
  });

  it('weighs confident scores more', () => {
    const r = conversationSentiment([
      { score: s(0.8, 1), at: at(0) },
      { score: s(-0.8, 0.05), at: at(0) },
    ]);
    expect(r.score.score).to.be.greaterThan(0);
  });

  it('reports improving, worsening and steady trends', () => {
    const up = conversationSentiment(thread(-0.8, -0.6, 0.4, 0.7));
    expect(up.trend).to.equal('improving');
    expect(up.trendDelta).to.be.greaterThan(0.15);
    const down = conversationSentiment(thread(0.6, 0.5, -0.5, -0.9));
    expect(down.trend).to.equal('worsening');
    expect(down.trendDelta).to.be.lessThan(-0.15);
    expect(conversationSentiment(thread(-0.3, -0.35, -0.3, -0.32)).trend).to.equal('steady');
  });

  it('reads the trend from the latest messages: warm but cooling is worsening', () => {
    const cooling = conversationSentiment(thread(0, 0, 0, 0.66, 0.45, 0.24));
    expect(cooling.score.label).to.equal('positive');
    expect(cooling.trend).to.equal('worsening');
    const recovering = conversationSentiment(thread(-0.2, -0.9, -0.8, -0.5, -0.3));
    expect(recovering.trend).to.equal('improving');
    expect(conversationSentiment(thread(0, 0, 0, 0.66, 0.45, 0.24), { trendWindow: 6 }).trend).to.equal('improving');
  });

  it('explains itself with the strongest drivers of its messages, weighted like the messages', () => {
    const withDrivers = (score: number, drivers: SentimentScore['drivers'], minute: number) => ({ score: { ...s(score), drivers }, at: at(minute) });
    const r = conversationSentiment([
      withDrivers(-0.6, [{ text: 'still waiting', weight: -3, kind: 'phrase', modifiers: ['service-failure'] }], 0),
      withDrivers(-0.5, [{ text: 'Still waiting', weight: -3, kind: 'phrase' }, { text: 'refund', weight: -1, kind: 'word' }], 2),
      withDrivers(0.4, [{ text: 'thanks', weight: 2, kind: 'word' }], 4),
    ]);
    expect(r.score.drivers.map((d) => d.text)).to.deep.equal(['still waiting', 'thanks', 'refund']);
    expect(r.score.drivers[0]!.modifiers).to.deep.equal(['service-failure']);
    expect(r.score.drivers[0]!.weight).to.be.below(0);
    expect(conversationSentiment(thread(0.2, 0.3), { maxDrivers: 0 }).score.drivers).to.deep.equal([]);
  });

  it('honours a custom trend threshold', () => {
    const messages = thread(0, 0, 0.2, 0.2);
    expect(conversationSentiment(messages).trend).to.equal('improving');
    expect(conversationSentiment(messages, { trendThreshold: 0.5 }).trend).to.equal('steady');
  });
});
