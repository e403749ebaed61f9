import { expect } from '@open-wc/testing';
import type { RawSentiment } from '../../src/model/sentiment.js';
import { createAdapter } from '../../src/ports/adapter.js';
import { AdapterError } from '../../src/ports/errors.js';
import type { Adapter, SentimentService } from '../../src/ports/ports.js';
import { scoreTexts } from '../../src/sentiment/score.js';

const withService = (analyze: SentimentService['analyze']): Adapter => createAdapter({ name: 'fake', sentiment: { analyze } });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('scoreTexts', () => {
  it("normalises the service's scores, in order, as source 'adapter'", async () => {
    const seen: Array<{ texts: string[]; language?: string }> = [];
    const adapter = withService(async (texts, options) => {
      seen.push({ texts, language: options?.language });
      return texts.map((t): RawSentiment => ({ value: t.length > 5 ? -5 : 2.5, scale: '-5..5', confidence: 0.6 }));
    });
    const scores = await scoreTexts(adapter, ['terrible', 'ok'], { language: 'en-GB' });
    expect(seen).to.deep.equal([{ texts: ['terrible', 'ok'], language: 'en-GB' }]);
    expect(scores.map((s) => [s.score, s.label, s.source, s.confidence])).to.deep.equal([
      [-1, 'very-negative', 'adapter', 0.6],
      [0.5, 'positive', 'adapter', 0.6],
    ]);
  });

  it('keeps the drivers the service gives', async () => {
    const drivers = [{ text: 'late', weight: -2, kind: 'word' as const }];
    const [score] = await scoreTexts(withService(async () => [{ value: 'negative', scale: '3-level', drivers }]), ['late again']);
    expect(score).to.deep.include({ label: 'negative', source: 'adapter', drivers });
  });

  it("uses the built-in analyzer without an adapter or without 'sentiment.analyze', as source 'built-in'", async () => {
    for (const adapter of [undefined, createAdapter({ name: 'no-sentiment' })]) {
      const [bad, good] = await scoreTexts(adapter, ['This is terrible', 'Thank you so much!']);
      expect(bad.source).to.equal('built-in');
      expect(bad.score).to.be.below(0);
      expect(bad.drivers.map((d) => d.text)).to.include('terrible');
      expect(good.source).to.equal('built-in');
      expect(good.label).to.match(/positive/);
    }
  });

  it('returns nothing for no texts without calling anything', async () => {
    let called = false;
    expect(await scoreTexts(withService(async () => ((called = true), [])), [])).to.deep.equal([]);
    expect(called).to.equal(false);
  });

  it('passes the failure of the service on', async () => {
    const error = await rejection(scoreTexts(withService(async () => Promise.reject(new Error('boom'))), ['x']));
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.message).to.contain('boom');
  });

  it('rejects a wrong number of results or a value that is not on the scale, from an unvalidated adapter too', async () => {
    const raw = (results: unknown): Adapter => ({
      name: 'raw',
      has: (c) => c === 'sentiment.analyze',
      sentiment: { analyze: async () => results as RawSentiment[] },
    });
    const tooFew = await rejection(scoreTexts(raw([]), ['a']));
    expect(tooFew.message).to.contain('must be an array of 1 results');
    const junk = await rejection(scoreTexts(raw([{ value: 'furious', scale: '5-level' }]), ['a']));
    expect(junk).to.be.instanceOf(AdapterError);
    expect(junk.message).to.contain('[0] cannot be normalised');
  });

  it('rejects at once when aborted, even if the service ignores the signal', async () => {
    const controller = new AbortController();
    const adapter: Adapter = { name: 'slow', has: () => true, sentiment: { analyze: () => new Promise(() => {}) } };
    const pending = scoreTexts(adapter, ['x'], { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
    expect((await rejection(scoreTexts(undefined, ['x'], { signal: controller.signal }))).name).to.equal('AbortError');
  });

  it('rejects a language the built-in analyzer has no pack for', async () => {
    const error = await rejection(scoreTexts(undefined, ['bonjour'], { language: 'fr' }));
    expect(error).to.be.instanceOf(RangeError);
  });

  it('does not import the analyzer statically (it is a lazy chunk)', async () => {
    const source = await (await fetch(new URL('../../src/sentiment/score.ts', import.meta.url))).text();
    const imports = [...source.matchAll(/^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.length).to.be.greaterThan(0);
    expect(imports.filter((path) => /sentiment\/(index|en|afinn)(\.[jt]s)?$|^\.\/(index|en|afinn)(\.[jt]s)?$/.test(path))).to.deep.equal([]);
  });
});
