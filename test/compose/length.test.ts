import { expect } from '@open-wc/testing';
import { findUrls, lengthStatus, measure, weightedLength } from '../../src/compose/length.js';

describe('X weighted length', () => {
  it('counts Latin text, general punctuation and typographic quotes as 1 each', () => {
    expect(weightedLength('hello')).to.equal(5);
    expect(weightedLength('“quotes” — dash')).to.equal(15);
    expect(weightedLength('…')).to.equal(2); // U+2026 is outside U+2010–U+201F
    expect(weightedLength('a'.repeat(280))).to.equal(280);
  });

  it('counts CJK and other characters outside the light ranges as 2', () => {
    expect(weightedLength('日本語')).to.equal(6);
    expect(weightedLength('한국어 ok')).to.equal(9);
    expect(weightedLength('→')).to.equal(2);
  });

  it('counts every URL as 23 whatever its length, with or without a scheme', () => {
    expect(weightedLength('https://example.com/a/very/long/path/that/goes/on?and=on&on=1')).to.equal(23);
    expect(weightedLength('see example.com now')).to.equal(4 + 23 + 4);
    expect(weightedLength('x.com')).to.equal(23);
    expect(weightedLength('a http://a.io b https://b.io')).to.equal(1 + 1 + 23 + 3 + 23);
  });

  it('leaves sentence punctuation after a URL, emails and ordinary dots alone', () => {
    expect(findUrls('See https://example.com/help.')).to.deep.equal([{ start: 4, end: 28 }]);
    expect(findUrls('write to dana@example.com')).to.deep.equal([]);
    expect(findUrls('e.g. 3.14, i.e. hello.it')).to.deep.equal([]);
    expect(findUrls('example.it/help')).to.have.length(1);
  });

  it('counts an emoji as 2, including skin tones, ZWJ families, flags, keycaps and tag flags', () => {
    expect(weightedLength('😀')).to.equal(2);
    expect(weightedLength('👍🏽')).to.equal(2);
    expect(weightedLength('👨‍👩‍👧‍👦')).to.equal(2);
    expect(weightedLength('🇬🇧')).to.equal(2);
    expect(weightedLength('1️⃣')).to.equal(2);
    expect(weightedLength('🏴󠁧󠁢󠁥󠁮󠁧󠁿')).to.equal(2);
    expect(weightedLength('❤️')).to.equal(2);
    expect(weightedLength('ok 👍🏽👍🏽')).to.equal(3 + 4);
  });

  it('normalises to NFC first: a combining accent does not count extra', () => {
    expect(weightedLength('e\u0301')).to.equal(1);
    expect(weightedLength('©')).to.equal(1);
  });
});

describe('measure and lengthStatus', () => {
  it('counts code points, UTF-16 units or nothing as the channel says', () => {
    expect(measure('👍🏽', 'characters')).to.equal(2);
    expect(measure('👍🏽', 'utf16')).to.equal(4);
    expect(measure('日本', 'characters')).to.equal(2);
    expect(measure('anything', 'none')).to.equal(0);
  });

  it('reports remaining, near and over the limit', () => {
    expect(lengthStatus('a'.repeat(200), 'x-weighted', 280)).to.include({ remaining: 80, over: false, near: false });
    expect(lengthStatus('a'.repeat(260), 'x-weighted', 280)).to.include({ remaining: 20, over: false, near: true });
    expect(lengthStatus('日'.repeat(141), 'x-weighted', 280)).to.include({ length: 282, remaining: -2, over: true, near: false });
    expect(lengthStatus('long text', 'none', null)).to.include({ remaining: null, over: false });
  });
});
