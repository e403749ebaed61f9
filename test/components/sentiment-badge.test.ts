import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cx-sentiment-badge.js';
import type { CxSentimentBadge } from '../../src/components/sentiment-badge/sentiment-badge.js';
import { SENTIMENT_LABELS, type SentimentScore } from '../../src/model/sentiment.js';

const text = (el: CxSentimentBadge) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<cx-sentiment-badge>', () => {
  it('shows a given label in words, with a shape, not by colour alone', async () => {
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label="very-negative"></cx-sentiment-badge>`);
    expect(text(el)).to.contain('Very negative');
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.textContent!.trim()).to.not.equal('');
    const others = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label="very-positive"></cx-sentiment-badge>`);
    expect(others.shadowRoot!.querySelector('[part="icon"]')!.textContent).to.not.equal(el.shadowRoot!.querySelector('[part="icon"]')!.textContent);
  });

  it('derives the label from a score and reflects it', async () => {
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge .score=${-0.45}></cx-sentiment-badge>`);
    expect(el.getAttribute('label')).to.equal('negative');
    expect(text(el)).to.contain('Negative');
    el.score = 0.9;
    await el.updateComplete;
    expect(el.getAttribute('label')).to.equal('very-positive');
  });

  it('shows score and confidence of a full sentiment on request', async () => {
    const sentiment: SentimentScore = { score: 0.31, label: 'positive', confidence: 0.72, source: 'adapter', drivers: [] };
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge show-details .sentiment=${sentiment}></cx-sentiment-badge>`);
    expect(text(el)).to.contain('Positive');
    expect(text(el)).to.contain('0.31');
    expect(text(el)).to.contain('72% confidence');
  });

  it('shows "No sentiment" for junk instead of a wrong level', async () => {
    const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label="furious" .score=${Number.NaN}></cx-sentiment-badge>`);
    expect(text(el)).to.contain('No sentiment');
  });

  it('names the level for screen readers and is accessible at every level', async () => {
    const words = ['Very negative', 'Negative', 'Neutral', 'Positive', 'Very positive'];
    for (const [i, label] of SENTIMENT_LABELS.entries()) {
      const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label=${label}></cx-sentiment-badge>`);
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).to.equal(`Sentiment: ${words[i]}`);
      expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    }
  });
});
