import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatDate, formatMoney, yearsSince } from '../../customer/format.js';
import { assessStanding, describeStanding } from '../../customer/standing.js';
import type { Customer } from '../../model/index.js';
import { safe, section, type ViewContext } from './section.js';

/** A "term: value" row; a value the record lacks says so. */
const row = (term: string, value: string | null | undefined, missingText: string) =>
  html`<div class="pair"><dt>${term}</dt> <dd class=${value ? '' : 'missing'} dir="auto">${value ? safe(value) : missingText}</dd></div>`;

/**
 * Lifetime value, tenure, tier and churn risk; followers, verification and reach; and the reach / risk
 * indicator with every factor it used. It is only shown: nothing is reordered by it.
 */
export function renderValue(customer: Customer, ctx: ViewContext): TemplateResult {
  const { t, locale, now } = ctx;
  const { value, influence } = customer;
  const since = value.since ? formatDate(value.since, locale) : null;
  const years = yearsSince(value.since, now);
  const followers = influence && Number.isFinite(influence.followers) && influence.followers >= 0 ? formatCount(influence.followers, locale) : null;
  const standing = assessStanding(customer, now);
  const words = describeStanding(standing, locale, ctx.words.standing);
  const level = standing.reach === 'high' || standing.value === 'high' || standing.churnRisk === 'high' ? 'high' : standing.notable ? 'medium' : 'low';
  return section(
    'value',
    t.valueTitle,
    html`<div part="standing" class="standing ${level}">
        <p class="headline"><span class="sign" aria-hidden="true">${level === 'high' ? '▲▲ ' : level === 'medium' ? '▲ ' : '● '}</span><strong>${words.headline}</strong></p>
        <p class="explain-title">${t.standingTitle}</p>
        <ul class="factors">
          ${words.factors.map((line) => html`<li>${line}</li>`)}
        </ul>
        <p class="muted">${t.standingNote}</p>
      </div>
      <dl class="pairs">
        ${row(t.lifetimeValue, value.lifetimeValue !== undefined && value.currency ? formatMoney(value.lifetimeValue, value.currency, locale) : null, t.notKnown)}
        ${row(t.since, since && years !== null ? t.sinceValue(since, years) : since, t.notKnown)}
        ${row(t.tierTitle, value.tier ? ctx.words.standing.tier[value.tier] : null, t.notKnown)}
        ${row(t.churnRisk, value.churnRisk ? ctx.words.standing.churn[value.churnRisk] : null, t.notKnown)}
        ${influence
          ? html`${row(t.followers, followers, t.notKnown)} ${row(t.verifiedAccount, influence.verified ? t.yes : t.no, t.notKnown)}
            ${row(t.reachScore, influence.reach !== undefined ? t.reachScoreValue(formatCount(influence.reach, locale)) : null, t.notKnown)}`
          : nothing}
      </dl>
      ${influence ? nothing : html`<p class="missing">${t.noInfluence}</p>`}`,
  );
}
