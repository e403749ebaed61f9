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
    expect(findUrls('e.g. 3.14, i.e. v1.2')).to.deep.equal([]);
    expect(findUrls('example.it/help')).to.have.length(1);
  });

  it('finds bare domains on every TLD X knows, in any case, as X does', () => {
    expect(findUrls('please.my')).to.deep.equal([{ start: 0, end: 9 }]);
    expect(findUrls('down.My and service.Open')).to.deep.equal([{ start: 0, end: 7 }, { start: 12, end: 24 }]);
    expect(findUrls('hello.it')).to.have.length(1);
    expect(weightedLength('foo.bar')).to.equal(23);
    expect(findUrls('foo.notatld')).to.deep.equal([]);
  });

  it('ends a link before a closing curly quote, and finds links inside markup', () => {
    expect(findUrls('“http://t.co/abc” ok')).to.deep.equal([{ start: 1, end: 16 }]);
    expect(weightedLength('http://t.co/abc”')).to.equal(24);
    expect(findUrls('<SCRIPT SRC="http://ha.ckers.org/xss.js"></SCRIPT>')).to.deep.equal([{ start: 13, end: 39 }]);
  });

  it('keeps only the ASCII domain of a link without a scheme, and no link after - _ . or /', () => {
    expect(findUrls('日本example.com')).to.deep.equal([{ start: 2, end: 13 }]);
    expect(findUrls('a/example.com x_example.com')).to.deep.equal([]);
    // a label longer than 63 characters once punycoded is no domain at all
    expect(findUrls(`${'日本語'.repeat(20)}example.com`)).to.deep.equal([]);
  });

  it('counts a link on a TLD newer than the reference as the larger of "link" and "text"', () => {
    expect(findUrls('new.music')).to.deep.equal([{ start: 0, end: 9 }]);
    expect(weightedLength('new.music')).to.equal(23); // a link for X today, if it links it
    const long = `a-very-long-shop-name.music/${'p'.repeat(40)}`;
    expect(weightedLength(long)).to.equal(long.length); // text, if X does not
  });

  it('says whether X would take the text, as X does', () => {
    expect(lengthStatus('', 'x-weighted', 280).valid).to.equal(false);
    expect(lengthStatus('ok\uFEFF', 'x-weighted', 280).valid).to.equal(false);
    expect(lengthStatus('ok', 'x-weighted', 280).valid).to.equal(true);
    expect(lengthStatus('a'.repeat(281), 'x-weighted', 280).valid).to.equal(false);
    expect(lengthStatus('a'.repeat(300), 'utf16', 300).valid).to.equal(true);
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

  it('counts a ZWJ chain that is not one emoji, and an invalid flag, part by part', () => {
    expect(weightedLength('👍\u200D👍')).to.equal(5);
    expect(weightedLength('🇦🇦')).to.equal(4);
    expect(weightedLength('😀\uFE0F')).to.equal(4);
    expect(weightedLength('#⃣')).to.equal(2);
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
