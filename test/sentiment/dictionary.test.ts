import { expect } from '@open-wc/testing';
import { compile, find, fold, Is, key } from '../../src/sentiment/dictionary.js';
import { en } from '../../src/sentiment/en.js';
import { tokenize } from '../../src/sentiment/tokenize.js';

/** The tokenizer and the compiled pack, as another rule (a reply's tone) would use them. */
describe('sentiment dictionary', () => {
  it('compiles a pack once and finds words, phrases and elongations from tokens', () => {
    const dict = compile(en);
    expect(compile(en)).to.equal(dict);
    const [not, working] = tokenize('not working');
    expect(find(dict, undefined, not!.w, not!.h)!.is & Is.Negator).to.equal(Is.Negator);
    const first = find(dict, undefined, not!.w, not!.h);
    const phrase = find(dict, first, working!.w, key(first, working!.h));
    expect(phrase).to.include({ w: 'working', cue: 'failure' });
    expect(phrase!.v).to.be.lessThan(0);
    const [sooo] = tokenize('sooo');
    expect(fold(sooo!, dict)!.boost).to.be.greaterThan(1);
    const [great] = tokenize('Great');
    expect(find(dict, undefined, great!.w, great!.h)!.v).to.equal(en.lexicon.get('great'));
  });
});
