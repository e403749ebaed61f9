/**
 * What `<cx-sentiment-badge>` needs before its explanation is downloaded: what it shows, the agent's
 * note in the pill, and where its popover goes.
 */
import { html, type TemplateResult } from 'lit';
import type { BadgeWords } from './badge-locale.js';
import type { SentimentDriver, SentimentLabel, SentimentSource } from '../../model/sentiment.js';

/** What a badge shows: a full score, or as much of one as it was given. */
export interface Shown {
  label: SentimentLabel;
  score?: number;
  confidence?: number;
  source?: SentimentSource;
  drivers: SentimentDriver[];
  originalLabel?: SentimentLabel;
}

/** "set by agent, was Positive" for an agent's label, else undefined. */
export function agentNote(c: BadgeWords, shown: Shown): string | undefined {
  const { sentiment: t, terms: en } = c;
  if (shown.source !== 'agent') return undefined;
  const was = shown.originalLabel && shown.originalLabel !== shown.label ? en.sentiment[shown.originalLabel] : undefined;
  return t.setByAgent(was);
}

/** A score (−1..1) with two decimals, the locale's way. */
export function formatScore(score: number, lang?: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** The popover's line while the explanation downloads, or why it did not, with Retry. */
export function pendingExplanation(c: BadgeWords, failed: boolean, retry: () => void): TemplateResult {
  const t = c.sentiment;
  return failed
    ? html`<p class="pending" role="alert">${t.explanationFailed}<button type="button" @click=${retry}>${t.retry}</button></p>`
    : html`<p class="pending" aria-busy="true">${t.explanationLoading}</p>`;
}

const GAP = 4;

/**
 * Puts the popover (in the top layer, so never clipped) under its button, aligned with the button's
 * start edge, or above it near the bottom of the viewport. Works before the popover has a size too.
 */
export function placePanel(panel: HTMLElement, anchor: HTMLElement): void {
  const a = anchor.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const viewWidth = document.documentElement.clientWidth;
  const fromStart = rtl ? viewWidth - a.right : a.left;
  const offset = Math.max(GAP, width ? Math.min(fromStart, viewWidth - width - GAP) : fromStart);
  let top = a.bottom + GAP;
  if (height && top + height > window.innerHeight - GAP && a.top - height - GAP >= GAP) top = a.top - height - GAP;
  panel.style.top = `${top}px`;
  panel.style.left = rtl ? 'auto' : `${offset}px`;
  panel.style.right = rtl ? `${offset}px` : 'auto';
}
