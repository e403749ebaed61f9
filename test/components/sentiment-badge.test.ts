import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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

  describe('never colour alone', () => {
    const levels = async (variant: 'full' | 'compact') => {
      const root = await fixture<HTMLElement>(html`<div>
        ${SENTIMENT_LABELS.map((label) => html`<cx-sentiment-badge label=${label} variant=${variant}></cx-sentiment-badge>`)}
      </div>`);
      const badges = [...root.querySelectorAll('cx-sentiment-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      return badges;
    };
    const shownText = (el: CxSentimentBadge) =>
      [...el.shadowRoot!.querySelectorAll('[part="label"] [aria-hidden="true"], [part="label"]')].map((n) => n.textContent!.trim()).join('|');

    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    for (const variant of ['full', 'compact'] as const)
      it(`gives each level its own sign and words (${variant}), also in forced colours`, async () => {
        for (const forced of ['none', 'active'] as const) {
          await emulateMedia({ forcedColors: forced });
          const badges = await levels(variant);
          const icons = badges.map((b) => b.shadowRoot!.querySelector<HTMLElement>('[part="icon"]')!);
          expect(new Set(icons.map((i) => i.textContent!.trim())).size).to.equal(5);
          expect(new Set(badges.map(shownText)).size).to.equal(5);
          for (const icon of icons) expect(icon.getBoundingClientRect().width, `icon drawn (forced colours ${forced})`).to.be.greaterThan(0);
          // The words are in the DOM, not in CSS content or colour: screen readers and forced colours keep them.
          expect(badges.map((b) => b.shadowRoot!.querySelector('[part="label"]')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
            variant === 'full'
              ? ['Sentiment: Very negative', 'Sentiment: Negative', 'Sentiment: Neutral', 'Sentiment: Positive', 'Sentiment: Very positive']
              : [
                  'Sentiment: Very negativeVery neg.',
                  'Sentiment: NegativeNeg.',
                  'Sentiment: NeutralNeutral',
                  'Sentiment: PositivePos.',
                  'Sentiment: Very positiveVery pos.',
                ],
          );
        }
      });
  });

  describe('trend', () => {
    for (const [trend, arrow] of [
      ['improving', '\u2197'],
      ['worsening', '\u2198'],
      ['steady', '\u2192'],
    ] as const)
      it(`shows ${trend} as an arrow, and in words for screen readers`, async () => {
        const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label="negative" trend=${trend}></cx-sentiment-badge>`);
        const part = el.shadowRoot!.querySelector('[part="trend"]')!;
        expect(part.querySelector('[aria-hidden="true"]')!.textContent).to.equal(arrow);
        expect(part.querySelector('.sr-only')!.textContent).to.equal(`, ${trend}`);
        expect(text(el)).to.equal(`− Sentiment: Negative${arrow}, ${trend}`);
        await expect(el).to.be.accessible();
      });

    it('shows no arrow without a trend or for an unknown one', async () => {
      const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge label="negative" trend="sideways"></cx-sentiment-badge>`);
      expect(el.shadowRoot!.querySelector('[part="trend"]')).to.equal(null);
    });
  });

  describe('variants', () => {
    const agent: SentimentScore = { score: -0.4, label: 'negative', confidence: 1, source: 'agent', drivers: [], originalLabel: 'positive' };

    it('full (the default) shows the words, the agent note and, on request, score and confidence', async () => {
      const el = await fixture<CxSentimentBadge>(html`<cx-sentiment-badge show-details .sentiment=${agent}></cx-sentiment-badge>`);
      expect(el.variant).to.equal('full');
      expect(text(el)).to.equal('− Sentiment: Negative(set by agent, was Positive)(score -0.40, 100% confidence)');
    });

    it('compact shows sign and short word; the rest only for screen readers and in the explanation', async () => {
      const el = await fixture<CxSentimentBadge>(
        html`<cx-sentiment-badge variant="compact" show-details trend="worsening" .sentiment=${agent}></cx-sentiment-badge>`,
      );
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      const visible = [...base.querySelectorAll('[aria-hidden="true"]')].map((n) => n.textContent).join(' ');
      expect(visible).to.equal('− Neg. \u2198 ✎');
      expect(el.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
      expect(base.textContent!.replace(/\s+/g, ' ')).to.contain('Sentiment: Negative');
      expect(base.textContent).to.contain('(set by agent, was Positive)');
      expect(base.getBoundingClientRect().width).to.be.lessThan(
        (await fixture<CxSentimentBadge>(html`<cx-sentiment-badge show-details trend="worsening" .sentiment=${agent}></cx-sentiment-badge>`)).getBoundingClientRect().width,
      );
      await expect(el).to.be.accessible();
    });

    it('is accessible at every level, in both variants, with trend and details', async () => {
      for (const variant of ['full', 'compact'])
        for (const label of SENTIMENT_LABELS) {
          const sentiment: SentimentScore = { score: 0, label, confidence: 0.5, source: 'built-in', drivers: [] };
          const el = await fixture<CxSentimentBadge>(
            html`<cx-sentiment-badge variant=${variant} trend="improving" show-details .sentiment=${sentiment}></cx-sentiment-badge>`,
          );
          await expect(el).to.be.accessible();
        }
    });
  });
});
