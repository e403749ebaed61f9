import { expect } from '@open-wc/testing';
import type { SentimentScale } from '../../src/model/sentiment.js';
import { normalizeRaw, normalizeScore, toUnitScore } from '../../src/sentiment/normalize.js';

describe('sentiment normalisation', () => {
  it('3-level: numbers and labels', () => {
    expect(normalizeScore(1, '3-level').label).to.equal('negative');
    expect(normalizeScore(2, '3-level').label).to.equal('neutral');
    expect(normalizeScore(3, '3-level').label).to.equal('positive');
    expect(normalizeScore('Negative', '3-level').score).to.equal(-0.4);
    expect(normalizeScore('positive', '3-level').score).to.equal(0.4);
  });

  it('5-level: numbers onto the middle of each band, and labels in any spelling', () => {
    expect([1, 2, 3, 4, 5].map((v) => normalizeScore(v, '5-level').label)).to.deep.equal([
      'very-negative',
      'negative',
      'neutral',
      'positive',
      'very-positive',
    ]);
    expect(normalizeScore(5, '5-level').score).to.equal(0.8);
    expect(normalizeScore('very positive', '5-level').label).to.equal('very-positive');
    expect(normalizeScore('VERY_NEGATIVE', '5-level').score).to.equal(-0.8);
    expect(normalizeScore('4', '5-level').label).to.equal('positive');
    expect(normalizeScore(2.5, '5-level').score).to.be.closeTo(-0.2, 1e-9);
  });

  it('7-level', () => {
    expect(normalizeScore(1, '7-level').score).to.equal(-0.8);
    expect(normalizeScore(4, '7-level').label).to.equal('neutral');
    expect(normalizeScore(6, '7-level').label).to.equal('positive');
    expect(normalizeScore(7, '7-level').label).to.equal('very-positive');
  });

  it('continuous scales', () => {
    expect(normalizeScore(-0.5, '-1..1').score).to.equal(-0.5);
    expect(normalizeScore(4, '-5..5').score).to.equal(0.8);
    expect(normalizeScore(-30, '-100..100').score).to.equal(-0.3);
    expect(normalizeScore(0.9, '0..1').score).to.equal(0.8);
    expect(normalizeScore(0.5, '0..1').label).to.equal('neutral');
    expect(normalizeScore(0, '0..1').label).to.equal('very-negative');
  });

  it('clamps out-of-range values to the scale', () => {
    expect(normalizeScore(9, '5-level').score).to.equal(0.8);
    expect(normalizeScore(0, '3-level').score).to.equal(-0.4);
    expect(normalizeScore(-12, '-5..5').score).to.equal(-1);
    expect(normalizeScore(250, '-100..100').score).to.equal(1);
    expect(normalizeScore(1.7, '0..1').score).to.equal(1);
  });

  it('rejects NaN, infinities, non-numbers and unknown labels, naming the scale', () => {
    expect(() => normalizeScore(NaN, '-1..1')).to.throw(RangeError, /-1\.\.1/);
    expect(() => normalizeScore(Infinity, '0..1')).to.throw(RangeError, /0\.\.1/);
    expect(() => normalizeScore('furious', '5-level')).to.throw(RangeError, /5-level/);
    expect(() => normalizeScore('', '3-level')).to.throw(RangeError, /3-level/);
    expect(() => normalizeScore('very-positive', '3-level')).to.throw(RangeError, /3-level/);
    expect(() => normalizeScore(null as unknown as number, '7-level')).to.throw(TypeError, /7-level/);
    expect(() => normalizeScore({} as unknown as number, '-5..5')).to.throw(TypeError, /-5\.\.5/);
    expect(() => toUnitScore(1, 'stars' as SentimentScale)).to.throw(RangeError, /stars/);
  });

  it('builds an adapter score with the service confidence and drivers', () => {
    const s = normalizeRaw({ value: 0.1, scale: '0..1', confidence: 1.4, drivers: [{ text: 'refund', weight: -2, kind: 'word' }] });
    expect(s.source).to.equal('adapter');
    expect(s.label).to.equal('very-negative');
    expect(s.confidence).to.equal(1);
    expect(s.drivers).to.have.length(1);
    expect(normalizeScore(2, '5-level').confidence).to.equal(1);
    expect(normalizeScore(-0.3, '-1..1').confidence).to.equal(0.3);
  });
});
