import type { SentimentLabel, SentimentScore } from '../model/sentiment.js';

interface OverrideDetail {
  /** The label the badge showed. */
  oldLabel: SentimentLabel;
  /** The label the agent picked. */
  newLabel: SentimentLabel;
  /** The score the badge shows with the agent's label: source `'agent'`, `originalLabel` kept. */
  sentiment: SentimentScore;
}

/**
 * An agent picked another label in a `<cx-sentiment-badge>`'s explanation. Cancelable: call
 * `preventDefault()` to keep the label the badge shows.
 */
export class CxSentimentOverrideEvent extends Event implements OverrideDetail {
  readonly oldLabel: SentimentLabel;
  readonly newLabel: SentimentLabel;
  readonly sentiment: SentimentScore;

  constructor(detail: OverrideDetail) {
    super('cx-sentiment-override', { bubbles: true, composed: true, cancelable: true });
    this.oldLabel = detail.oldLabel;
    this.newLabel = detail.newLabel;
    this.sentiment = detail.sentiment;
  }
}

/** A `<cx-sentiment-badge>` now shows the label an agent picked (after an uncancelled `cx-sentiment-override`). */
export class CxSentimentOverriddenEvent extends Event implements OverrideDetail {
  readonly oldLabel: SentimentLabel;
  readonly newLabel: SentimentLabel;
  readonly sentiment: SentimentScore;

  constructor(detail: OverrideDetail) {
    super('cx-sentiment-overridden', { bubbles: true, composed: true });
    this.oldLabel = detail.oldLabel;
    this.newLabel = detail.newLabel;
    this.sentiment = detail.sentiment;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-sentiment-override': CxSentimentOverrideEvent;
    'cx-sentiment-overridden': CxSentimentOverriddenEvent;
  }
}
