/**
 * The explanation inside a `<cx-sentiment-badge>`'s popover: level, score and confidence, trend,
 * source, each driver with its signed weight and modifiers in words, and the agent's override.
 * Downloaded the first time a popover opens (or the badge is hovered or focused), with its styles:
 * see ./explanation-loader.ts. What the badge needs before that is in ./panel.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sentimentTerms as t } from '../../i18n/sentiment-terms.js';
import { en } from '../../i18n/terms.js';
import {
  SENTIMENT_LABELS,
  isSentimentLabel,
  type SentimentDriver,
  type SentimentLabel,
  type SentimentTrend,
} from '../../model/sentiment.js';
import { agentNote, type Shown } from './panel.js';

export { explanationStyles } from './explanation.styles.js';
export { agentNote, placePanel, type Shown } from './panel.js';

/** "+2.0", "−3.0" (a real minus sign), "±0.0". */
export function formatWeight(weight: number): string {
  const sign = weight > 0 ? '+' : weight < 0 ? '\u2212' : '±';
  return sign + Math.abs(weight).toFixed(1);
}

/** The driver's modifiers in words, e.g. "negated, after 'but'". */
export function describeModifiers(modifiers: readonly string[] = []): string {
  return modifiers.map((m) => t.modifier[m] ?? m.replace(/-/g, ' ')).join(', ');
}

function renderDriver(driver: SentimentDriver): TemplateResult {
  const mods = describeModifiers(driver.modifiers);
  return html`<li part="driver">
    <span part="weight" class=${driver.weight < 0 ? 'down' : 'up'} dir="ltr">${formatWeight(driver.weight)}</span>
    <q dir="auto">${driver.text}</q>${mods ? html` <span class="modifiers">(${mods})</span>` : nothing}
  </li>`;
}

/** The popover's content. `onOverride` returns whether the agent's label was applied. */
export function renderExplanation(shown: Shown, trend: SentimentTrend | undefined, onOverride: (label: SentimentLabel) => boolean): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (form.elements.namedItem('label') as HTMLSelectElement).value;
    if (!isSentimentLabel(value) || !onOverride(value)) form.reset();
  };
  const note = agentNote(shown);
  return html`<p class="summary">
      <strong>${en.sentiment[shown.label]}</strong>${shown.score === undefined ? nothing : html` · ${en.score(shown.score.toFixed(2))}`}${shown.confidence ===
      undefined
        ? nothing
        : html` · ${en.confidence(Math.round(shown.confidence * 100))}`}
    </p>
    ${trend ? html`<p>${t.trendLine(t.trend[trend])}</p>` : nothing}
    ${shown.source ? html`<p part="source">${t.sourceLine(note ?? t.source[shown.source])}</p>` : nothing}
    <p class="title" id="drivers-title">${t.drivers}</p>
    ${shown.drivers.length
      ? html`<ul part="drivers" aria-labelledby="drivers-title">
          ${shown.drivers.map(renderDriver)}
        </ul>`
      : html`<p class="none">${t.noDrivers}</p>`}
    <form part="override" @submit=${submit}>
      <label for="override-label">${t.overrideLabel}</label>
      <select id="override-label" name="label">
        ${SENTIMENT_LABELS.map((label) => html`<option value=${label} ?selected=${label === shown.label}>${en.sentiment[label]}</option>`)}
      </select>
      <button type="submit">${t.overrideApply}</button>
    </form>`;
}
