import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { en } from '../../i18n/terms.js';
import { isSentimentLabel, labelForScore, type SentimentLabel, type SentimentScore } from '../../model/sentiment.js';
import { sentimentBadgeStyles } from './sentiment-badge.styles.js';

/** A shape, not only a colour, for each level. */
const ICONS: Record<SentimentLabel, string> = {
  'very-negative': '⬇︎',
  negative: '↘︎',
  neutral: '→',
  positive: '↗︎',
  'very-positive': '⬆︎',
};

/**
 * @tagname cx-sentiment-badge
 * @summary Shows the sentiment of a message or conversation: label, shape and colour, never colour alone.
 *
 * Give it a full `sentiment` (from the analyzer or the adapter), or just a `score` (−1..1) or a
 * `label`. An invalid value shows "No sentiment" rather than a wrong one.
 *
 * @csspart base - The pill around icon and text.
 * @csspart icon - The shape that stands for the level.
 * @csspart label - The level in words.
 * @csspart detail - Score and confidence, when `show-details` is set.
 *
 * @cssproperty --cx-color-sentiment-very-negative - Colour of the very negative level.
 * @cssproperty --cx-color-sentiment-negative - Colour of the negative level.
 * @cssproperty --cx-color-sentiment-neutral - Colour of the neutral level.
 * @cssproperty --cx-color-sentiment-positive - Colour of the positive level.
 * @cssproperty --cx-color-sentiment-very-positive - Colour of the very positive level.
 */
export class CxSentimentBadge extends LitElement {
  static override styles = sentimentBadgeStyles;

  /** A full score from the analyzer or the adapter; wins over `score` and `label`. */
  @property({ attribute: false }) sentiment?: SentimentScore;

  /** A normalised score, −1..1. */
  @property({ type: Number }) score?: number;

  /** The level; reflected so styles can follow it. Derived from `sentiment` or `score` when those are set. */
  @property({ reflect: true }) label?: SentimentLabel;

  /** Shows score and confidence next to the label. */
  @property({ type: Boolean, attribute: 'show-details' }) showDetails = false;

  protected override willUpdate(): void {
    const derived = this.sentiment?.label ?? (this.validScore() === undefined ? undefined : labelForScore(this.validScore()!));
    if (derived && derived !== this.label) this.label = derived;
  }

  private validScore(): number | undefined {
    const value = this.sentiment?.score ?? this.score;
    return typeof value === 'number' && Number.isFinite(value) && value >= -1 && value <= 1 ? value : undefined;
  }

  override render(): TemplateResult {
    const label = isSentimentLabel(this.label) ? this.label : undefined;
    const score = this.validScore();
    const confidence = this.sentiment?.confidence;
    const text = label ? en.sentiment[label] : en.sentimentUnknown;
    return html`<span part="base" title=${label ? `Sentiment: ${text}` : text}>
      <span part="icon" aria-hidden="true">${label ? ICONS[label] : '·'}</span>
      <span part="label"><span class="sr-only">Sentiment: </span>${text}</span>
      ${this.showDetails && label
        ? html`<span part="detail"
            >(${en.score(score === undefined ? '–' : score.toFixed(2))}${confidence === undefined
              ? nothing
              : html`, ${en.confidence(Math.round(confidence * 100))}`})</span
          >`
        : nothing}
    </span>`;
  }
}
