import { expect } from '@open-wc/testing';
import { labelForScore, scoreForLabel, SENTIMENT_LABELS } from '../../src/model/sentiment.js';

describe('sentiment labels', () => {
  it('maps scores onto the five-level scale at the documented cut points', () => {
    expect(labelForScore(-1)).to.equal('very-negative');
    expect(labelForScore(-0.6)).to.equal('very-negative');
    expect(labelForScore(-0.59)).to.equal('negative');
    expect(labelForScore(-0.2)).to.equal('negative');
    expect(labelForScore(0)).to.equal('neutral');
    expect(labelForScore(0.2)).to.equal('positive');
    expect(labelForScore(0.6)).to.equal('very-positive');
  });

  it('round-trips every label through its representative score', () => {
    for (const label of SENTIMENT_LABELS) expect(labelForScore(scoreForLabel(label))).to.equal(label);
  });
});
