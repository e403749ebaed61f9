import { expect } from '@open-wc/testing';
import { checkTone, toneWarning } from '../../src/compose/tone.js';
import type { SentimentScore } from '../../src/model/sentiment.js';

const score = (label: SentimentScore['label'], drivers: SentimentScore['drivers'] = []): SentimentScore => ({ score: 0, label, confidence: 0.8, source: 'built-in', drivers });

describe('tone check', () => {
  it('warns on a negative label or a sarcasm driver, not on neutral text', () => {
    expect(toneWarning(score('negative', [{ text: 'useless', weight: -2, kind: 'word' }]))).to.deep.equal({ message: 'This reply reads as negative.', drivers: ['useless'] });
    expect(toneWarning(score('positive', [{ text: 'great', weight: -3, kind: 'word', modifiers: ['sarcasm'] }]))!.message).to.contain('sarcastic');
    expect(toneWarning(score('neutral'))).to.equal(null);
  });

  it('uses the built-in analyzer, loaded on demand', async () => {
    expect(await checkTone('Great, another outage. Love paying for nothing.')).to.not.equal(null);
    expect(await checkTone('Thanks Dana, we are looking into it now.')).to.equal(null);
  });

  it('skips the check when the analyzer cannot be loaded', async () => {
    expect(await checkTone('This is awful and useless.', () => Promise.reject(new Error('offline')))).to.equal(null);
  });
});
