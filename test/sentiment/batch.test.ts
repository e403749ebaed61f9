import { expect } from '@open-wc/testing';
import { createAdapter } from '../../src/ports/adapter.js';
import { AbortedError } from '../../src/ports/errors.js';
import type { SentimentService } from '../../src/ports/ports.js';
import { SentimentBatcher } from '../../src/sentiment/batch.js';

function service() {
  const calls: Array<{ texts: string[]; language?: string }> = [];
  let fail = false;
  const analyze: SentimentService['analyze'] = async (texts, options) => {
    calls.push({ texts, language: options?.language });
    if (fail) throw new Error('service down');
    return texts.map(() => ({ value: 4, scale: '5-level' as const }));
  };
  return { adapter: createAdapter({ name: 'fake', sentiment: { analyze } }), calls, failNext: () => (fail = true) };
}

describe('SentimentBatcher', () => {
  it('scores texts asked for in the same task in one call per language, each text once', async () => {
    const { adapter, calls } = service();
    const batcher = new SentimentBatcher(adapter);
    const scores = await Promise.all([batcher.score('a'), batcher.score('b'), batcher.score('a'), batcher.score('hola', 'es')]);
    expect(calls).to.deep.equal([
      { texts: ['a', 'b'], language: undefined },
      { texts: ['hola'], language: 'es' },
    ]);
    expect(scores.map((s) => s.source)).to.deep.equal(['adapter', 'adapter', 'adapter', 'adapter']);
    expect(scores[0]).to.equal(scores[2]);
    expect(batcher.peek('a')).to.equal(scores[0]);
    await batcher.score('b'); // cached: no new call
    expect(calls).to.have.length(2);
  });

  it('gives no score for texts whose scoring failed, and does not ask again', async () => {
    const { adapter, calls, failNext } = service();
    failNext();
    const batcher = new SentimentBatcher(adapter);
    const error = await batcher.score('x').catch((e: Error) => e);
    expect(String(error)).to.contain('service down');
    expect(batcher.peek('x')).to.equal(undefined);
    await batcher.score('x').catch(() => undefined);
    expect(calls).to.have.length(1);
  });

  it('stops when its signal aborts', async () => {
    const { adapter, calls } = service();
    const abort = new AbortController();
    const batcher = new SentimentBatcher(adapter, { signal: abort.signal });
    const pending = batcher.score('late');
    abort.abort();
    const error = await pending.catch((e: Error) => e);
    expect(error).to.be.instanceOf(AbortedError);
    expect(calls).to.have.length(0);
  });
});
