// Its own file, so its own page: nothing else has loaded the built-in analyzer here.
import { expect } from '@open-wc/testing';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import type { SentimentService } from '../../src/ports/ports.js';
import { SAM, threadDataset, threadMessage } from '../fixtures/thread-dataset.js';
import { mountThread } from './thread-harness.js';
import { until } from '../helpers/until.js';

const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource' });
const analyzerModules = () => fetched.filter((url) => /\/src\/sentiment\/(index|en|afinn)\.ts$/.test(new URL(url).pathname));

const badgeOf = (article: Element) => article.shadowRoot!.querySelector<CxSentimentBadge>('cx-sentiment-badge');

describe('<cx-conversation-thread> sentiment from the host', () => {
  it("shows the host service's scores on customer messages, in one call per render, without the built-in analyzer", async () => {
    const calls: string[][] = [];
    const sentiment: SentimentService = {
      analyze: async (texts) => {
        calls.push(texts);
        // The host's 5-level scale: "terrible" is level 1, anything else level 4; the analyzer would say otherwise.
        return texts.map((t) => ({ value: t.includes('terrible') ? 1 : 4, scale: '5-level' as const, confidence: 0.7 }));
      },
    };
    const extra = [
      threadMessage(100, { text: 'This is terrible' }),
      threadMessage(101, { text: 'Message that the analyzer would call neutral' }),
      threadMessage(102, { text: 'Scored by the adapter already', sentiment: { score: -0.1, label: 'neutral', confidence: 1, source: 'adapter', drivers: [] } }),
      threadMessage(103, { author: SAM, text: 'terrible news, sorry' }),
      threadMessage(104, { text: 'This is terrible' }),
    ];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 2000, sentiment });
    const [terrible, neutral, given, agent, again] = articles();
    await until(() => badgeOf(terrible!)?.sentiment && badgeOf(neutral!)?.sentiment && badgeOf(again!)?.sentiment, 'the service scored the messages');
    expect(badgeOf(terrible!)!.sentiment).to.include({ label: 'very-negative', source: 'adapter' });
    expect(badgeOf(neutral!)!.sentiment).to.include({ label: 'positive', source: 'adapter' });
    expect(badgeOf(again!)!.sentiment).to.include({ label: 'very-negative', source: 'adapter' });
    expect(badgeOf(given!)!.sentiment).to.include({ label: 'neutral', score: -0.1 });
    expect(badgeOf(agent!)).to.equal(null);
    // Each distinct text asked for once (batching itself: the SentimentBatcher unit test); none for the pre-scored one.
    expect(calls.flat().sort()).to.deep.equal(['Message that the analyzer would call neutral', 'This is terrible']);
    // The observer has delivered the downloads up to the scoring module's, the signal that it is current.
    await until(() => fetched.some((url) => url.includes('/src/sentiment/score.ts')), 'the observer to see module downloads');
    expect(analyzerModules()).to.deep.equal([]);
  });

  it('keeps each customer row’s height while its score is on the way, so nothing shifts when it lands', async () => {
    let land: () => void = () => {};
    const landed = new Promise<void>((resolve) => (land = resolve));
    let asked = 0;
    const sentiment: SentimentService = {
      analyze: async (texts) => {
        asked += 1;
        await landed;
        return texts.map(() => ({ value: 2, scale: '5-level' as const, confidence: 0.8 }));
      },
    };
    const extra = [threadMessage(200, { text: 'The router keeps dropping the connection every evening' }), threadMessage(201, { author: SAM, text: 'Sorry to hear that.' })];
    const { articles } = await mountThread(threadDataset({ count: 0, extra }), { height: 2000, sentiment });
    const [customer, agent] = articles();
    await until(() => asked > 0 && customer!.shadowRoot!.querySelector('.badge-space'), 'the scoring to start with the badge’s place kept');
    const before = customer!.getBoundingClientRect().height;
    const agentBefore = agent!.getBoundingClientRect().height;
    land();
    await until(() => badgeOf(customer!)?.sentiment, 'the score to land');
    await (badgeOf(customer!) as CxSentimentBadge).updateComplete;
    expect(customer!.shadowRoot!.querySelector('.badge-space')).to.equal(null);
    expect(customer!.getBoundingClientRect().height).to.equal(before);
    expect(agent!.getBoundingClientRect().height).to.equal(agentBefore);
  });
});
