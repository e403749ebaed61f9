import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CxSentimentBadge } from '../src/components/sentiment-badge/sentiment-badge.js';
import type { SentimentScore, SentimentTrend } from '../src/model/sentiment.js';
import type { Adapter } from '../src/ports/ports.js';

interface BadgeArgs {
  /** The level, or any string (an unknown one shows "No sentiment"). */
  label?: string;
  score?: number;
  sentiment?: SentimentScore;
  text?: string;
  trend?: SentimentTrend;
  variant?: 'compact' | 'full';
  adapter?: Adapter;
  showDetails: boolean;
}

const render = ({ label, score, sentiment, text, trend, variant, adapter, showDetails }: BadgeArgs): TemplateResult =>
  html`<cx-sentiment-badge
    label=${ifDefined(label)}
    score=${ifDefined(score)}
    text=${ifDefined(text)}
    trend=${ifDefined(trend)}
    variant=${ifDefined(variant)}
    .sentiment=${sentiment}
    .adapter=${adapter}
    ?show-details=${showDetails}
  ></cx-sentiment-badge>`;

const scored = (score: number, label: SentimentScore['label'], confidence: number): SentimentScore => ({
  score,
  label,
  confidence,
  source: 'built-in',
  drivers: [],
});

/** What the built-in analyzer says about "Thanks, but I'm STILL waiting. Not happy. Great service…". */
const explained: SentimentScore = {
  score: -0.74,
  label: 'very-negative',
  confidence: 0.83,
  source: 'built-in',
  drivers: [
    { text: 'Thanks', weight: 1, kind: 'word', modifiers: ['thanks', 'before-but'] },
    { text: 'STILL waiting', weight: -4.5, kind: 'phrase', modifiers: ['caps', 'service-failure', 'after-but'] },
    { text: 'happy', weight: -2.3, kind: 'word', modifiers: ['negated', 'after-but'] },
    { text: 'Great', weight: -4.5, kind: 'word', modifiers: ['sarcasm', 'after-but'] },
  ],
};

const overridden: SentimentScore = { ...explained, score: -0.4, label: 'negative', confidence: 1, source: 'agent', originalLabel: 'very-negative' };

/** A host whose sentiment service answers with `analyze`. */
const host = (analyze: NonNullable<Adapter['sentiment']>['analyze']): Adapter => ({
  name: 'story',
  has: (capability) => capability === 'sentiment.analyze',
  sentiment: { analyze },
});

const badge = (canvas: HTMLElement) => canvas.querySelector<CxSentimentBadge>('cx-sentiment-badge')!;

async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Opens the first badge's explanation, as a click on it would. */
async function openExplanation({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = badge(canvasElement);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="base"]')!.click();
  await el.updateComplete;
  // The explanation is downloaded on first use: the story shows it once it is in.
  await until(() => el.shadowRoot!.querySelector('[part="explanation"] [part="override"]'));
}

const meta = {
  title: 'Components/Sentiment badge',
  component: 'cx-sentiment-badge',
  render,
  args: { showDetails: false },
  argTypes: {
    label: {
      control: 'select',
      options: ['very-negative', 'negative', 'neutral', 'positive', 'very-positive', 'not-a-level'],
    },
    score: { control: { type: 'range', min: -1, max: 1, step: 0.05 } },
    sentiment: { control: 'object' },
    text: { control: 'text' },
    trend: { control: 'select', options: [undefined, 'improving', 'worsening', 'steady'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    adapter: { control: false },
    showDetails: { control: 'boolean' },
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

export const VeryNegative: Story = { args: { label: 'very-negative' } };
export const Negative: Story = { args: { label: 'negative' } };
export const Neutral: Story = { args: { label: 'neutral' } };
export const Positive: Story = { args: { label: 'positive' } };
export const VeryPositive: Story = { args: { label: 'very-positive' } };

/** A full score from the analyzer, with score and confidence shown. */
export const WithDetails: Story = {
  args: { sentiment: scored(-0.72, 'very-negative', 0.86), showDetails: true },
};

/** Only a score: the level is derived from it (−0.45 is "Negative"). */
export const FromScore: Story = {
  args: { score: -0.45, showDetails: true },
};

/** A value that is not a level and a score out of range: "No sentiment", never a wrong level. */
export const Unknown: Story = {
  name: 'Unknown value',
  args: { label: 'furious', score: 7, showDetails: true },
};

/** The default variant: sign, words, trend arrow, and score and confidence on request. */
export const Full: Story = {
  args: { sentiment: explained, variant: 'full', trend: 'worsening', showDetails: true },
};

/** Sign and a short word; trend and details are read out to screen readers and shown in the explanation. */
export const Compact: Story = {
  args: { sentiment: explained, variant: 'compact', trend: 'worsening', showDetails: true },
};

export const TrendImproving: Story = { name: 'Trend: improving', args: { label: 'neutral', trend: 'improving' } };
export const TrendWorsening: Story = { name: 'Trend: worsening', args: { label: 'negative', trend: 'worsening' } };

/** The explanation open: each driver with its signed weight and modifiers, the source and the override. */
export const ExplanationOpen: Story = {
  name: 'Explanation (drivers) open',
  args: { sentiment: explained, trend: 'worsening' },
  play: openExplanation,
};

/** An agent set "Negative" where the analyzer said "Very negative". */
export const Overridden: Story = {
  args: { sentiment: overridden },
};

/** The same, compact, with its explanation open. */
export const OverriddenExplained: Story = {
  name: 'Overridden, compact, explanation open',
  args: { sentiment: overridden, variant: 'compact' },
  play: openExplanation,
};

/** Scoring `text` through a host service that has not answered yet. */
export const Loading: Story = {
  args: { text: 'Where is my order?', adapter: host(() => new Promise(() => {})) },
};

/** The host's service failed: a retry button scores again. */
export const ScoringFailed: Story = {
  name: 'Error with retry',
  args: { text: 'Where is my order?', adapter: host(() => Promise.reject(new Error('503 Service Unavailable'))) },
  play: async ({ canvasElement }) => until(() => badge(canvasElement).shadowRoot?.querySelector('[part="retry"]')),
};

/** Scored from `text` by the built-in analyzer, downloaded on first use since no adapter supplies scores. */
export const FromTextBuiltIn: Story = {
  name: 'Scored from text (built-in analyzer)',
  args: { text: "Thanks, but I'm STILL waiting for my refund. Not happy!", trend: 'worsening', showDetails: true },
  play: async (context) => {
    await until(() => badge(context.canvasElement).hasAttribute('label'));
    await openExplanation(context);
  },
};

/** Scored from `text` by a host service on the −5..5 scale, normalised to −1..1. */
export const FromTextAdapter: Story = {
  name: "Scored from text (host's service)",
  args: {
    text: 'Brilliant, sorted in minutes',
    showDetails: true,
    adapter: host(async (texts) => texts.map(() => ({ value: 4, scale: '-5..5' as const, confidence: 0.9, drivers: [{ text: 'Brilliant', weight: 4, kind: 'word' as const }] }))),
  },
};

const allLevels = (): TemplateResult => html`<div style="display: flex; flex-direction: column; gap: 0.75rem">
  <div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    <cx-sentiment-badge .sentiment=${explained} trend="worsening"></cx-sentiment-badge>
    <cx-sentiment-badge label="very-negative"></cx-sentiment-badge>
    <cx-sentiment-badge label="negative"></cx-sentiment-badge>
    <cx-sentiment-badge label="neutral" trend="steady"></cx-sentiment-badge>
    <cx-sentiment-badge label="positive" trend="improving"></cx-sentiment-badge>
    <cx-sentiment-badge label="very-positive"></cx-sentiment-badge>
    <cx-sentiment-badge .sentiment=${scored(0.35, 'positive', 0.7)} show-details></cx-sentiment-badge>
    <cx-sentiment-badge .sentiment=${overridden}></cx-sentiment-badge>
    <cx-sentiment-badge label="furious"></cx-sentiment-badge>
  </div>
  <div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    <cx-sentiment-badge variant="compact" label="very-negative" trend="worsening"></cx-sentiment-badge>
    <cx-sentiment-badge variant="compact" label="negative"></cx-sentiment-badge>
    <cx-sentiment-badge variant="compact" label="neutral"></cx-sentiment-badge>
    <cx-sentiment-badge variant="compact" label="positive"></cx-sentiment-badge>
    <cx-sentiment-badge variant="compact" label="very-positive" trend="improving"></cx-sentiment-badge>
    <cx-sentiment-badge variant="compact" .sentiment=${overridden}></cx-sentiment-badge>
    <cx-sentiment-badge text="Where is my order?" .adapter=${host(() => new Promise(() => {}))}></cx-sentiment-badge>
    <cx-sentiment-badge text="Where is my order?" .adapter=${host(() => Promise.reject(new Error('503')))}></cx-sentiment-badge>
  </div>
</div>`;

/** Every level, variant and state on the dark theme, which only sets public `--cx-*` tokens; the first explanation open. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: allLevels,
  play: openExplanation,
};

/** Inside a right-to-left page: icon, label, details and the explanation follow the direction. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: allLevels,
  play: openExplanation,
};
