/**
 * The explanation inside a `<cx-sentiment-badge>`'s popover: level, score and confidence, trend,
 * source, each driver with its signed weight and modifiers in words, and the agent's override.
 * Downloaded the first time a popover opens (or the badge is hovered or focused), with its styles:
 * see ./explanation-loader.ts. What the badge needs before that is in ./panel.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BadgeWords } from './badge-locale.js';
import {
  SENTIMENT_LABELS,
  isSentimentLabel,
  type SentimentDriver,
  type SentimentLabel,
  type SentimentTrend,
} from '../../model/sentiment.js';
import { agentNote, formatScore, type Shown } from './panel.js';

export { explanationStyles } from './explanation.styles.js';
export { agentNote, formatScore, placePanel, type Shown } from './panel.js';

/** "+2.0", "−3.0" (a real minus sign), "±0.0"; digits and decimal mark the locale's way. */
export function formatWeight(weight: number, lang?: string): string {
  const sign = weight > 0 ? '+' : weight < 0 ? '\u2212' : '±';
  return sign + new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(weight));
}


/** The driver's modifiers in words, e.g. "negated, after 'but'". */
export function describeModifiers(c: BadgeWords, modifiers: readonly string[] = [], lang?: string): string {
  const t = c.sentiment;
  if (lang) return new Intl.ListFormat(lang, { type: 'unit' }).format(modifiers.map((m) => t.modifier[m] ?? m.replace(/-/g, ' ')));
  return modifiers.map((m) => t.modifier[m] ?? m.replace(/-/g, ' ')).join(', ');
}

function renderDriver(c: BadgeWords, driver: SentimentDriver, lang?: string): TemplateResult {
  const mods = describeModifiers(c, driver.modifiers, lang);
  return html`<li part="driver">
    <span part="weight" class=${driver.weight < 0 ? 'down' : 'up'} dir="ltr">${formatWeight(driver.weight, lang)}</span>
    <q dir="auto">${driver.text}</q>${mods ? html` <span class="modifiers">(${mods})</span>` : nothing}
  </li>`;
}

/** The popover's content. `onOverride` returns whether the agent's label was applied. */
export function renderExplanation(
  c: BadgeWords,
  lang: string | undefined,
  shown: Shown,
  trend: SentimentTrend | undefined,
  onOverride: (label: SentimentLabel) => boolean,
): TemplateResult {
  const { sentiment: t, terms: en } = c;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (form.elements.namedItem('label') as HTMLSelectElement).value;
    if (!isSentimentLabel(value) || !onOverride(value)) form.reset();
  };
  const note = agentNote(c, shown);
  return html`<p class="summary">
      <strong>${en.sentiment[shown.label]}</strong>${shown.score === undefined ? nothing : html` · ${en.score(formatScore(shown.score, lang))}`}${shown.confidence ===
      undefined
        ? nothing
        : html` · ${en.confidence(Math.round(shown.confidence * 100))}`}
    </p>
    ${trend ? html`<p>${t.trendLine(t.trend[trend])}</p>` : nothing}
    ${shown.source ? html`<p part="source">${t.sourceLine(note ?? t.source[shown.source])}</p>` : nothing}
    <p class="title" id="drivers-title">${t.drivers}</p>
    ${shown.drivers.length
      ? html`<ul part="drivers" aria-labelledby="drivers-title">
          ${shown.drivers.map((d) => renderDriver(c, d, lang))}
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
