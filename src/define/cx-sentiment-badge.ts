import { CxSentimentBadge } from '../components/sentiment-badge/sentiment-badge.js';
import { defineElement } from '../internal/define.js';

defineElement('cx-sentiment-badge', CxSentimentBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cx-sentiment-badge': CxSentimentBadge;
  }
}
