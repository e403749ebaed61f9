// Its own file, so its own page: nothing else has loaded the analyzer here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-sentiment-badge.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import { createAdapter } from '../../src/ports/adapter.js';
import { until } from '../helpers/until.js';

// Every module the page fetches, also after the resource timing buffer is full.
// A module's entry is recorded when its response ends, before it runs; `takeRecords()` reads the ones not
// yet delivered to the observer, so a check made after the badge is scored sees every download it caused.
const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
observer.observe({ type: 'resource' });
const allFetched = () => {
  fetched.push(...observer.takeRecords().map((e) => e.name));
  return fetched;
};

/** The analyzer's modules (its entry, the English pack, the AFINN lexicon), as the dev server serves them. */
const analyzerModules = () => allFetched().filter((url) => /\/src\/sentiment\/(index|en|afinn)\.ts$/.test(new URL(url).pathname));
/** Waits until the badge has its label: by then it has decided (and, with the analyzer, downloaded it). */
async function scored(el: CxSentimentBadge): Promise<void> {
  await until(() => el.hasAttribute('label'), 'the badge scored');
}

describe('<cx-sentiment-badge text> loading the analyzer', () => {
  it('never downloads the analyzer when the adapter supplies scores', async () => {
    const adapter = createAdapter({ sentiment: { analyze: async (texts) => texts.map(() => ({ value: 4, scale: '5-level' as const })) } });
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Thanks a lot!"></cx-sentiment-badge>`);
    await scored(el);
    expect(el.label).to.equal('positive');
    expect(allFetched().some((url) => url.includes('/src/sentiment/score.ts')), 'the observer sees module downloads').to.equal(true);
    expect(analyzerModules()).to.deep.equal([]);
  });

  it('downloads it on first use without such an adapter (the check above can see it)', async () => {
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge text="Thanks a lot!"></cx-sentiment-badge>`);
    await scored(el);
    expect(analyzerModules().length).to.be.greaterThan(0);
  });
});
