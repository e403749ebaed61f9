import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SentimentScore } from '../src/model/sentiment.js';

interface BadgeArgs {
  /** The level, or any string (an unknown one shows "No sentiment"). */
  label?: string;
  score?: number;
  sentiment?: SentimentScore;
  showDetails: boolean;
}

const render = ({ label, score, sentiment, showDetails }: BadgeArgs): TemplateResult =>
  html`<cx-sentiment-badge
    label=${ifDefined(label)}
    score=${ifDefined(score)}
    .sentiment=${sentiment}
    ?show-details=${showDetails}
  ></cx-sentiment-badge>`;

const scored = (score: number, label: SentimentScore['label'], confidence: number): SentimentScore => ({
  score,
  label,
  confidence,
  source: 'built-in',
  drivers: [],
});

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

const allLevels = (): TemplateResult => html`<div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
  <cx-sentiment-badge label="very-negative"></cx-sentiment-badge>
  <cx-sentiment-badge label="negative"></cx-sentiment-badge>
  <cx-sentiment-badge label="neutral"></cx-sentiment-badge>
  <cx-sentiment-badge label="positive"></cx-sentiment-badge>
  <cx-sentiment-badge label="very-positive"></cx-sentiment-badge>
  <cx-sentiment-badge .sentiment=${scored(0.35, 'positive', 0.7)} show-details></cx-sentiment-badge>
  <cx-sentiment-badge label="furious"></cx-sentiment-badge>
</div>`;

/** Every level on the dark theme, which only sets public `--cx-*` tokens. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: allLevels,
};

/** Inside a right-to-left page: icon, label and details follow the direction. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: allLevels,
};
