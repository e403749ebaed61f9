import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-desk.js';
import '../../src/define/cx-sentiment-badge.js';
import { loadExplanation } from '../../src/components/sentiment-badge/explanation-loader.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import type { RawSentiment } from '../../src/model/sentiment.js';
import { createAdapter } from '../../src/ports/adapter.js';
import type { Adapter } from '../../src/ports/ports.js';
import { until } from '../helpers/until.js';

interface Call {
  texts: string[];
  signal?: AbortSignal;
  resolve: (value: RawSentiment[]) => void;
  reject: (error: unknown) => void;
}

/** A host sentiment service on the −5..5 scale whose calls the test settles by hand. */
function fakeService(): { adapter: Adapter; calls: Call[] } {
  const calls: Call[] = [];
  const adapter = createAdapter({
    name: 'fake',
    sentiment: {
      analyze: (texts, options) =>
        new Promise<RawSentiment[]>((resolve, reject) => calls.push({ texts, signal: options?.signal, resolve, reject })),
    },
  });
  return { adapter, calls };
}

const words = (el: CxSentimentBadge) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const part = (el: CxSentimentBadge, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function explanation(el: CxSentimentBadge): Promise<string> {
  part(el, 'base')!.click();
  await el.updateComplete;
  const text = part(el, 'explanation')!.textContent!.replace(/\s+/g, ' ').trim();
  part(el, 'explanation')!.hidePopover();
  return text;
}

describe('<cx-sentiment-badge text>', () => {
  // The explanation is downloaded on first use (its own test: sentiment-badge-explanation-lazy); here it is in already.
  before(() => loadExplanation());
  it("scores through the adapter's service and normalises its scale (−5..5)", async () => {
    const { adapter, calls } = fakeService();
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Meh, it works"></cx-sentiment-badge>`);
    await until(() => calls.length, 'the service call');
    expect(calls[0].texts).to.deep.equal(['Meh, it works']);
    calls[0].resolve([{ value: 2, scale: '-5..5', confidence: 0.7, drivers: [{ text: 'works', weight: 2, kind: 'word' }] }]);
    await until(() => el.getAttribute('label'), 'a label');
    expect(el.label).to.equal('positive');
    const text = await explanation(el);
    expect(text).to.contain('Positive · score 0.40 · 70% confidence');
    expect(text).to.contain("Source: the desktop's sentiment service");
    expect(text).to.contain('+2.0 works');
  });

  it('uses the adapter <cx-desk> provides', async () => {
    const { adapter, calls } = fakeService();
    const desk = await fixture<HTMLElement & { adapter: Adapter }>(
      html`<cx-desk .adapter=${adapter}><cx-sentiment-badge text="This is awful"></cx-sentiment-badge></cx-desk>`,
    );
    const el = desk.querySelector('cx-sentiment-badge')!;
    await until(() => calls.length, 'the service call');
    calls[0].resolve([{ value: -5, scale: '-5..5' }]);
    await until(() => el.getAttribute('label'), 'a label');
    expect(el.label).to.equal('very-negative');
  });

  it('scores with the built-in analyzer when the adapter has no sentiment service', async () => {
    const el = await fixture<CxSentimentBadge>(
      html`<cx-sentiment-badge .adapter=${createAdapter({ name: 'none' })} text="Thanks, but I'm still waiting for my refund"></cx-sentiment-badge>`,
    );
    await until(() => el.getAttribute('label'), 'a label');
    expect(el.label).to.match(/negative/);
    const text = await explanation(el);
    expect(text).to.contain('Source: built-in analyzer');
    expect(text).to.match(/\u2212\d\.\d still waiting \(service failure, after 'but'\)/);
  });

  it('shows a quiet loading state meanwhile, without a button', async () => {
    const { adapter } = fakeService();
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Hello"></cx-sentiment-badge>`);
    expect(words(el)).to.equal('…Scoring sentiment…');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('aborts the scoring of the previous text when the text changes', async () => {
    const { adapter, calls } = fakeService();
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="first"></cx-sentiment-badge>`);
    await until(() => calls.length, 'the first call');
    el.text = 'second';
    await el.updateComplete;
    await until(() => calls.length === 2, 'the second call');
    expect(calls[0].signal!.aborted).to.equal(true);
    expect(calls[1].signal!.aborted).to.equal(false);
    calls[0].resolve([{ value: -5, scale: '-5..5' }]); // too late: ignored
    calls[1].resolve([{ value: 5, scale: '-5..5' }]);
    await until(() => el.getAttribute('label'), 'a label');
    expect(el.label).to.equal('very-positive');
  });

  it('shows the loading state, not the previous level, while a new text is scored', async () => {
    const { adapter, calls } = fakeService();
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="first"></cx-sentiment-badge>`);
    await until(() => calls.length, 'the first call');
    calls[0].resolve([{ value: -5, scale: '-5..5' }]);
    await until(() => el.getAttribute('label'), 'a label');
    el.text = 'second';
    await el.updateComplete;
    expect(words(el)).to.equal('…Scoring sentiment…');
    expect(el.hasAttribute('label')).to.equal(false);
    el.text = '';
    await el.updateComplete;
    expect(words(el)).to.equal('·No sentiment');
  });

  it('does not score when a sentiment is given', async () => {
    const { adapter, calls } = fakeService();
    const sentiment = { score: -0.5, label: 'negative' as const, confidence: 1, source: 'adapter' as const, drivers: [] };
    // A badge beside it with text and no sentiment is the control: once its call has come, the one with a
    // sentiment would have called too (same scheduling) if it were going to.
    const both = await fixture<HTMLElement>(html`<div>
      <cx-sentiment-badge .adapter=${adapter} .sentiment=${sentiment} text="Great"></cx-sentiment-badge>
      <cx-sentiment-badge .adapter=${adapter} text="Control text"></cx-sentiment-badge>
    </div>`);
    const el = both.querySelector<CxSentimentBadge>('cx-sentiment-badge')!;
    await until(() => calls.some((call) => call.texts.includes('Control text')), 'the control badge’s call');
    expect(calls.flatMap((call) => call.texts)).to.not.include('Great');
    expect(el.label).to.equal('negative');
  });

  it('shows an error with a retry when the service fails, and scores again on retry', async () => {
    const { adapter, calls } = fakeService();
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Where is my parcel?"></cx-sentiment-badge>`);
    await until(() => calls.length, 'the service call');
    calls[0].reject(new Error('503 Service Unavailable'));
    const retry = await until(() => part(el, 'retry'), 'the retry button');
    expect(words(el)).to.equal('!Sentiment unavailable Retry');
    expect(retry.localName).to.equal('button');
    await expect(el).to.be.accessible();
    retry.click();
    await el.updateComplete;
    expect(words(el)).to.equal('…Scoring sentiment…');
    await until(() => calls.length === 2, 'the second call');
    calls[1].resolve([{ value: 0, scale: '-5..5' }]);
    await until(() => el.getAttribute('label'), 'a label');
    expect(el.label).to.equal('neutral');
  });

  it('shows an error for a result that cannot be normalised', async () => {
    const adapter: Adapter = {
      name: 'raw',
      has: (c) => c === 'sentiment.analyze',
      sentiment: { analyze: async () => [{ value: 'furious', scale: '5-level' }] },
    };
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .adapter=${adapter} text="Hm"></cx-sentiment-badge>`);
    await until(() => part(el, 'retry'), 'the retry button');
  });
});
