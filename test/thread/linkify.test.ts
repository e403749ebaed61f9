import { expect } from '@open-wc/testing';
import { highlight, linkify, safeHttpUrl, searchPattern, tameCombiningMarks } from '../../src/internal/linkify.js';

describe('linkify', () => {
  it('makes only absolute http(s) URLs links', () => {
    expect(linkify('see https://northwind.example.com/help and http://a.example.org/x?y=1#z')).to.deep.equal([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'https://northwind.example.com/help', href: 'https://northwind.example.com/help' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'http://a.example.org/x?y=1#z', href: 'http://a.example.org/x?y=1#z' },
    ]);
  });

  it('links what X finds as a link, and never a bare domain', () => {
    const text = 'hello.it and see http://t.co/abc” or <a SRC="http://ha.ckers.org/xss.js">';
    expect(linkify(text).filter((p) => p.kind === 'link').map((p) => p.text)).to.deep.equal(['http://t.co/abc', 'http://ha.ckers.org/xss.js']);
    // X does not take a reserved TLD, an IP address or a host without a TLD for a link: neither do we.
    const hosts = 'http://a.example/x http://192.168.0.1/admin https://localhost:8080/ https://intranet/x';
    expect(linkify(hosts)).to.deep.equal([{ kind: 'text', text: hosts }]);
  });

  it('leaves javascript:, data:, www. and scheme-less addresses as text', () => {
    const text = 'javascript:alert(1) data:text/html,<script>alert(1)</script> www.example.com ftp://x.example //evil.example';
    expect(linkify(text)).to.deep.equal([{ kind: 'text', text }]);
  });

  it('keeps markup as plain text, never parsing it', () => {
    const text = '<img src=x onerror=alert(1)><a href="javascript:alert(1)">hi</a>';
    expect(linkify(text)).to.deep.equal([{ kind: 'text', text }]);
  });

  it('drops trailing punctuation but keeps brackets that belong to the URL', () => {
    expect(linkify('(see https://example.com/a).').map((p) => p.text)).to.deep.equal(['(see ', 'https://example.com/a', ').']);
    const wiki = linkify('https://en.example.org/wiki/Foo_(bar), ok');
    expect(wiki[0]).to.deep.equal({ kind: 'link', text: 'https://en.example.org/wiki/Foo_(bar)', href: 'https://en.example.org/wiki/Foo_(bar)' });
  });

  it('stops a link at quotes, angle brackets and bidi controls', () => {
    const parts = linkify('"https://example.com/x"<b> https://example.com/\u202Eevil');
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).to.deep.equal(['https://example.com/x', 'https://example.com/']);
  });

  it('does not link a scheme glued to a word, and copes with junk input', () => {
    expect(linkify('xhttps://example.com')).to.deep.equal([{ kind: 'text', text: 'xhttps://example.com' }]);
    expect(linkify(undefined as unknown as string)).to.deep.equal([]);
    expect(linkify('http://')).to.deep.equal([{ kind: 'text', text: 'http://' }]);
  });

  it('keeps a 10 000-character unbroken string whole, as text or as one link', () => {
    const long = 'a'.repeat(10_000);
    expect(linkify(long)).to.deep.equal([{ kind: 'text', text: long }]);
    const url = `https://example.com/${'x'.repeat(4_000)}).`;
    const parts = linkify(`see ${url}`);
    expect(parts.map((p) => p.kind)).to.deep.equal(['text', 'link', 'text']);
    expect(parts[1]!.text).to.equal(url.slice(0, -2));
    expect(parts[2]!.text).to.equal(').');
    // past 4 096 characters X refuses the link, and so do we: it stays text, whole
    const tooLong = `see https://example.com/${'x'.repeat(10_000)}`;
    expect(linkify(tooLong)).to.deep.equal([{ kind: 'text', text: tooLong }]);
  });

  it('accepts only http(s) attachment URLs', () => {
    expect(safeHttpUrl('https://cdn.example.com/a.png')).to.equal('https://cdn.example.com/a.png');
    expect(safeHttpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl('data:image/png;base64,AAAA')).to.equal(undefined);
    expect(safeHttpUrl(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl(42)).to.equal(undefined);
  });
});

describe('highlight', () => {
  it('marks every case-insensitive match and treats the query literally', () => {
    expect(highlight('Router down; my router.', searchPattern('router'))).to.deep.equal([
      { text: 'Router', match: true },
      { text: ' down; my ', match: false },
      { text: 'router', match: true },
      { text: '.', match: false },
    ]);
    expect(highlight('a.b axb', searchPattern('.'))).to.deep.equal([
      { text: 'a', match: false },
      { text: '.', match: true },
      { text: 'b axb', match: false },
    ]);
    expect(searchPattern('  ')).to.equal(null);
  });

  it('clamps floods of combining marks', () => {
    const zalgo = `Z${'\u0301\u0302\u0303\u0304'.repeat(20)}a`;
    expect(tameCombiningMarks(zalgo)).to.equal('Z\u0301\u0302\u0303a');
    expect(tameCombiningMarks('café')).to.equal('café');
  });
});
