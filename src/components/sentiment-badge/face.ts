/**
 * The pill of a `<cx-sentiment-badge>`: for a shown level its sign, words, trend arrow, the agent's
 * note and (on request) score and confidence; without one, the pill of the scoring state (scoring,
 * failed with Retry, no sentiment). Plain template functions: the badge passes what it knows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BadgeWords } from './badge-locale.js';
import type { SentimentLabel, SentimentTrend } from '../../model/sentiment.js';
import { agentNote, formatScore, type Shown } from './panel.js';
import type { ScoringStatus } from './scoring-controller.js';

/** A sign, not only a colour, for each level. */
const ICONS: Record<SentimentLabel, string> = {
  'very-negative': '\u2212\u2212',
  negative: '\u2212',
  neutral: '\u25CB',
  positive: '+',
  'very-positive': '++',
};

const TREND_ARROWS: Record<SentimentTrend, string> = { improving: '\u2197', worsening: '\u2198', steady: '\u2192' };

/** Whether a value (a host's attribute, unchecked) is a trend the badge can show. */
export const isTrend = (value: unknown): value is SentimentTrend => typeof value === 'string' && value in TREND_ARROWS;

/** How the pill of a shown level is drawn. */
export interface FaceOptions {
  /** The compact variant: sign and short word, the rest for screen readers. */
  compact: boolean;
  /** Score and confidence beside the words (full variant only). */
  showDetails: boolean;
  trend?: SentimentTrend;
  /** The language of the numbers (BCP 47). */
  lang?: string;
}

/** The pill of a shown level: sign, words (short in the compact variant), trend, the agent's note, details. */
export function renderFace(c: BadgeWords, shown: Shown, { compact, showDetails, trend, lang }: FaceOptions): TemplateResult {
  const { sentiment: t, terms: en } = c;
  const words = en.sentiment[shown.label];
  const note = agentNote(c, shown);
  return html`<span part="icon" aria-hidden="true">${ICONS[shown.label]}</span>
    <span part="label"
      ><span class="sr-only">${t.srLabel} </span>${compact
        ? html`<span class="sr-only">${words}</span><span aria-hidden="true">${t.short[shown.label]}</span>`
        : words}</span
    >${trend
      ? html`<span part="trend"><span class="mirror" aria-hidden="true">${TREND_ARROWS[trend]}</span><span class="sr-only">, ${t.trend[trend]}</span></span>`
      : nothing}${note
      ? compact
        ? html`<span class="mark" aria-hidden="true">✎</span><span class="sr-only">(${note})</span>`
        : html`<span part="detail">(${note})</span>`
      : nothing}${showDetails && !compact && shown.score !== undefined ? renderDetails(c, shown, lang) : nothing}`;
}

/** "(score 0.42, confidence 80%)", the locale's way. */
function renderDetails(c: BadgeWords, shown: Shown, lang: string | undefined): TemplateResult {
  const { terms: en } = c;
  const confidence = shown.confidence === undefined ? nothing : html`, ${en.confidence(Math.round(shown.confidence * 100))}`;
  return html`<span part="detail">(${en.score(formatScore(shown.score!, lang))}${confidence})</span>`;
}

/** The pill when no level is shown: the scoring failed (with Retry), is under way, or there is nothing to show. */
export function renderStatus(c: BadgeWords, status: ScoringStatus, retry: () => void): TemplateResult {
  const { sentiment: t, terms: en } = c;
  if (status === 'error')
    return html`<span part="base" class="failed"
        ><span part="icon" aria-hidden="true">!</span><span part="label">${t.failed}</span></span
      >
      <button part="retry" type="button" @click=${retry}>${t.retry}</button>`;
  if (status === 'loading')
    return html`<span part="base" class="loading"><span part="icon" aria-hidden="true">…</span><span part="label">${t.loading}</span></span>`;
  return html`<span part="base"><span part="icon" aria-hidden="true">·</span><span part="label">${en.sentimentUnknown}</span></span>`;
}
