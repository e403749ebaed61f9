// Its own file, so its own page: nothing else has loaded the analyzer here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-sentiment-badge.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import { createAdapter } from '../../src/ports/adapter.js';

// Every module the page fetches, also after the resource timing buffer is full.
const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });

/** The analyzer's modules (its entry, the English pack, the AFINN lexicon), as the dev server serves them. */
const analyzerModules = () => fetched.filter((url) => /\/src\/sentiment\/(index|en|afinn)\.ts$/.test(new URL(url).pathname));
const settle = () => new Promise((r) => setTimeout(r, 100));

async function scored(el: CxSentimentBadge): Promise<void> {
  for (let i = 0; i < 200 && !el.hasAttribute('label'); i++) await new Promise((r) => setTimeout(r, 10));
  expect(el.getAttribute('label'), 'scored').to.be.a('string');
}

describe('<cx-sentiment-badge text> loading the analyzer', () => {
  it('never downloads the analyzer when the adapter supplies scores', async () => {
    const adapter = createAdapter({ sentiment: { analyze: async (texts) => texts.map(() => ({ value: 4, scale: '5-level' as const })) } });
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Thanks a lot!"></cx-sentiment-badge>`);
    await scored(el);
    expect(el.label).to.equal('positive');
    await settle();
    expect(fetched.some((url) => url.includes('/src/sentiment/score.ts')), 'the observer sees module downloads').to.equal(true);
    expect(analyzerModules()).to.deep.equal([]);
  });

  it('downloads it on first use without such an adapter (the check above can see it)', async () => {
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge text="Thanks a lot!"></cx-sentiment-badge>`);
    await scored(el);
    await settle();
    expect(analyzerModules().length).to.be.greaterThan(0);
  });
});
