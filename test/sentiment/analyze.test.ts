import { expect } from '@open-wc/testing';
import type { SentimentDriver } from '../../src/model/sentiment.js';
import { analyze, en, languages } from '../../src/sentiment/index.js';
import { loadAnalyzer } from '../../src/sentiment/load.js';

const driver = (text: string, drivers: SentimentDriver[]) => drivers.find((d) => d.text.toLowerCase() === text.toLowerCase());
const mods = (text: string, sentence: string) => driver(text, analyze(sentence).drivers)?.modifiers ?? [];
const score = (sentence: string) => analyze(sentence).score;

describe('sentiment analyzer: result shape', () => {
  it('returns a built-in score in −1..1 with a five-level label and a confidence', () => {
    const r = analyze('The technician was great, thank you!');
    expect(r.source).to.equal('built-in');
    expect(r.score).to.be.greaterThan(0.2).and.at.most(1);
    expect(r.label).to.be.oneOf(['positive', 'very-positive']);
    expect(r.confidence).to.be.greaterThan(0).and.at.most(1);
  });

  it('is neutral with no drivers for empty or factual text', () => {
    for (const text of ['', '   ', 'I want to change my delivery address to 12 Elm Street.']) {
      const r = analyze(text);
      expect(r.label, text).to.equal('neutral');
      expect(r.score, text).to.equal(0);
      expect(r.drivers, text).to.deep.equal([]);
    }
  });

  it('grows more confident with more agreeing evidence', () => {
    expect(analyze('The courier was rude, the parcel is damaged and nobody answers. Terrible.').confidence).to.be.greaterThan(
      analyze('The courier was a bit rude.').confidence,
    );
  });

  it('picks English by default and by code, and rejects an unknown language', () => {
    expect(languages.en).to.equal(en);
    expect(analyze('awful', { language: 'en-GB' }).score).to.equal(analyze('awful').score);
    expect(() => analyze('awful', { language: 'xx' })).to.throw(RangeError, /xx/);
  });

  it('takes another language pack as an object', () => {
    const tiny = { ...en, code: 'zz', lexicon: new Map([['blorp', 4]]), cues: new Map() };
    expect(analyze('blorp', { language: tiny }).label).to.equal('very-positive');
    expect(analyze('happy', { language: tiny }).label).to.equal('neutral');
  });

  it('loads lazily through loadAnalyzer()', async () => {
    const { analyze: lazy } = await loadAnalyzer();
    expect(lazy('My order never arrived').label).to.equal(analyze('My order never arrived').label);
  });
});

describe('sentiment analyzer: negation', () => {
  it('flips a positive word after "not" and "n\'t"', () => {
    expect(score('The agent was helpful')).to.be.greaterThan(0);
    expect(score('The agent was not helpful')).to.be.lessThan(0);
    expect(score("The agent wasn't helpful at all")).to.be.lessThan(0);
    expect(mods('helpful', 'The agent was not helpful')).to.include('negated');
  });

  it('softens a negated negative word towards positive', () => {
    expect(score('The wait was not bad')).to.be.greaterThan(0);
    expect(score('The wait was not bad')).to.be.lessThan(score('The wait was good'));
  });

  it('reaches about three words and stops at punctuation', () => {
    expect(mods('happy', 'I am never really that happy with it')).to.include('negated');
    expect(mods('happy', 'No. I am happy with the new plan')).not.to.include('negated');
    expect(score('No, I am happy with the new plan')).to.be.greaterThan(0);
  });

  it('turns a negated service word into a service failure', () => {
    for (const text of ["I can't log in since this morning", 'Still no answer from your billing team', 'My parcel never arrived', 'The refund has not been received']) {
      const r = analyze(text);
      expect(r.label, text).to.be.oneOf(['negative', 'very-negative']);
      expect(r.drivers.some((d) => d.modifiers?.includes('service-failure')), text).to.equal(true);
    }
  });
});

describe('sentiment analyzer: intensifiers and dampeners', () => {
  it('"very", "so", "extremely" raise the weight of the next sentiment word', () => {
    const plain = driver('happy', analyze('I am happy with the fix').drivers)!;
    const very = driver('happy', analyze('I am very happy with the fix').drivers)!;
    const extremely = driver('happy', analyze('I am extremely happy with the fix').drivers)!;
    expect(very.weight).to.be.greaterThan(plain.weight);
    expect(extremely.weight).to.be.greaterThan(very.weight);
    expect(very.modifiers).to.include('intensified');
    expect(score('The new app is so slow')).to.be.lessThan(score('The new app is slow'));
  });

  it('"slightly" and "kind of" lower it', () => {
    const plain = driver('disappointed', analyze('I am disappointed with the upgrade').drivers)!;
    const slightly = driver('disappointed', analyze('I am slightly disappointed with the upgrade').drivers)!;
    expect(Math.abs(slightly.weight)).to.be.lessThan(Math.abs(plain.weight));
    expect(slightly.modifiers).to.include('dampened');
    expect(mods('annoyed', 'Honestly I am kind of annoyed')).to.include('dampened');
  });

  it('folds elongated words ("sooo gooood")', () => {
    expect(analyze('the new router is sooo gooood').label).to.equal('very-positive');
  });
});

describe('sentiment analyzer: contrast', () => {
  it('weighs the clause after "but" more and the one before it less', () => {
    const a = analyze('The agent was friendly but my problem is still not fixed');
    expect(a.score).to.be.lessThan(0);
    expect(driver('friendly', a.drivers)!.modifiers).to.include('before-but');
    const b = analyze('Delivery took ages but the support team sorted it out brilliantly');
    expect(b.score).to.be.greaterThan(0);
    expect(b.drivers.some((d) => d.modifiers?.includes('after-but') && d.weight > 0)).to.equal(true);
  });

  it('keeps "but" from reading a mixed message as sarcasm', () => {
    expect(mods('great', 'The phone is great but the battery is broken')).not.to.include('sarcasm');
  });
});

describe('sentiment analyzer: capitals and exclamation marks', () => {
  it('emphasises a word in capitals when the message is not all capitals', () => {
    const lower = driver('terrible', analyze('This is terrible service').drivers)!;
    const caps = driver('TERRIBLE', analyze('This is TERRIBLE service').drivers)!;
    expect(caps.weight).to.be.lessThan(lower.weight);
    expect(caps.modifiers).to.include('caps');
  });

  it('does not single out words when the whole message shouts', () => {
    expect(mods('TERRIBLE', 'THIS IS TERRIBLE SERVICE')).not.to.include('caps');
  });

  it('applies capitals on a negator to what it negates', () => {
    expect(mods('acceptable', 'This is NOT acceptable')).to.include.members(['negated', 'caps']);
  });

  it('adds exclamation marks in the direction of the message, up to four', () => {
    expect(score('Thanks, it works now!!!')).to.be.greaterThan(score('Thanks, it works now'));
    expect(score('This is awful!!')).to.be.lessThan(score('This is awful'));
    expect(score('awful!!!!!!!!')).to.equal(score('awful!!!!'));
    expect(analyze('I need to update my address!').drivers).to.deep.equal([]);
  });
});

describe('sentiment analyzer: emoji and emoticons', () => {
  it('scores emoji', () => {
    expect(analyze('my order is here 👍').label).to.be.oneOf(['positive', 'very-positive']);
    expect(analyze('still waiting 😡').label).to.equal('very-negative');
    expect(analyze('🙏').score).to.be.greaterThan(0);
    expect(analyze('❤️').score).to.be.greaterThan(0); // with a variation selector
    expect(driver('😡', analyze('still waiting 😡').drivers)!.kind).to.equal('emoji');
  });

  it('scores emoticons by their mouth', () => {
    for (const e of [':)', ':-)', ':D', '(:', '<3', ';)']) expect(analyze(`ok ${e}`).score, e).to.be.greaterThan(0);
    for (const e of [':(', ':-(', ":'(", '):', '</3', '>:(', ':/']) expect(analyze(`ok ${e}`).score, e).to.be.lessThan(0);
    expect(driver(':-(', analyze('my flight moved :-(').drivers)!.kind).to.equal('emoticon');
  });

  it('does not read times, ratios or URLs as emoticons', () => {
    expect(analyze('Call me at 10:30 or see https://example.com/help').drivers).to.deep.equal([]);
  });
});

describe('sentiment analyzer: customer service', () => {
  it('reads service failures as negative', () => {
    for (const text of [
      'My flight was delayed and then cancelled',
      'I have been on hold for forty minutes',
      'Still waiting for my replacement card',
      'You charged me twice for the same order',
      'The app is down again',
      'My parcel got lost in transit',
      'The checkout page is not working',
      "The card reader doesn't work",
      'The new router keeps crashing',
    ]) {
      expect(analyze(text).score, text).to.be.lessThan(-0.2);
      expect(analyze(text).drivers.some((d) => d.modifiers?.includes('service-failure')), text).to.equal(true);
    }
  });

  it('reads requests for help as mildly negative, not positive', () => {
    for (const text of ['Please help, my account is locked out', 'Can someone tell me where my order is?', 'How do I cancel my subscription?']) {
      const r = analyze(text);
      expect(r.score, text).to.be.lessThan(0);
      expect(r.drivers.some((d) => d.modifiers?.includes('help-request')), text).to.equal(true);
    }
    // a bare request is only mildly negative
    expect(analyze('How do I change my plan?').label).to.equal('negative');
  });

  it('reads thanks as positive', () => {
    for (const text of ['Thank you, that solved it', 'Thanks so much for the quick reply', 'I really appreciate your help']) {
      const r = analyze(text);
      expect(r.label, text).to.be.oneOf(['positive', 'very-positive']);
      expect(r.drivers.some((d) => d.modifiers?.includes('thanks')), text).to.equal(true);
    }
  });

  it('reads a resolved failure as resolved', () => {
    expect(analyze('Thank you for fixing my broken screen so quickly').label).to.equal('very-positive');
    expect(analyze('Thank you for fixing my broken screen so quickly').drivers.some((d) => d.text === 'broken')).to.equal(false);
    expect(analyze('You still have not fixed my broken screen').score).to.be.lessThan(0);
  });

  it('reads "no problem" and "can\'t wait" as positive', () => {
    expect(analyze('No problem at all, have a nice day').score).to.be.greaterThan(0);
    expect(analyze("Can't wait for the new model").score).to.be.greaterThan(0);
  });
});

describe('sentiment analyzer: sarcasm', () => {
  it('fixed phrases: "thanks for nothing", "yeah right"', () => {
    expect(analyze('Thanks for nothing').label).to.equal('very-negative');
    expect(analyze('Yeah right, the engineer is coming tomorrow').score).to.be.lessThan(0);
    expect(analyze('Yeah, right.').score).to.be.lessThan(0);
  });

  it('an ironic positive right before a failure: "love waiting", "thanks for losing"', () => {
    for (const text of ['I just love waiting on hold all afternoon', 'Thanks for losing my luggage', 'Love how the app keeps crashing']) {
      const r = analyze(text);
      expect(r.label, text).to.equal('very-negative');
      expect(r.drivers.some((d) => d.modifiers?.includes('sarcasm')), text).to.equal(true);
    }
  });

  it('a lone "oh great" in a message that reports a failure', () => {
    const r = analyze('Oh great, my train is cancelled again.');
    expect(r.score).to.be.lessThan(-0.5);
    expect(mods('great', 'Oh great, my train is cancelled again.')).to.include('sarcasm');
    // without a failure, "great" stays great
    expect(analyze('Oh great, my train is on time.').score).to.be.greaterThan(0);
  });

  it('a trailing "not" takes the praise back: "great job... not"', () => {
    expect(analyze('Great job... not').score).to.be.lessThan(0);
    expect(analyze('Excellent customer service. NOT!').score).to.be.lessThan(0);
    expect(analyze('Great job').score).to.be.greaterThan(0);
  });
});
