import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatAgo, formatCount } from '../../customer/format.js';
import { safeHttpUrl } from '../../internal/linkify.js';
import type { CaseSummary, Customer } from '../../model/index.js';
import type { CaseActions } from './case-actions.js';
import { failed, memo, missing, pageOf, pagerView, safe, section, sortedBy, type ViewContext } from './section.js';

export const CASES_PER_PAGE = 10;
const RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const;
const PRIORITY_SIGN = { urgent: '‼ ', high: '! ', normal: '', low: '' } as const;

/** Most urgent first, then newest: computed once per list, however long. */
export const sortCases = memo((cases: readonly CaseSummary[]) =>
  sortedBy(cases, (c) => RANK[c.priority] ?? 2, (c) => -(Date.parse(c.openedAt) || 0)),
);

export interface CaseHandlers {
  openCase: (item: CaseSummary) => void;
  page: (page: number) => void;
  caseForm: (open: boolean) => void;
  subject: (subject: string) => void;
  createCase: () => void;
  activityForm: (open: boolean) => void;
  activity: (change: { type?: 'note' | 'call'; summary?: string }) => void;
  logActivity: () => void;
}

const submit = (run: () => void) => (event: SubmitEvent) => {
  event.preventDefault();
  run();
};

function renderCase(item: CaseSummary, ctx: ViewContext, on: CaseHandlers): TemplateResult {
  const { t, locale, now } = ctx;
  const url = safeHttpUrl(item.url);
  const id = ctx.can('customers.openRecord')
    ? html`<button type="button" class="linkish" aria-label=${safe(t.openCaseLabel(item.id))} @click=${() => on.openCase(item)}>${safe(item.id)}</button>`
    : url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${safe(item.id)}</a>`
      : html`<span>${safe(item.id)}</span>`;
  return html`<li part="case" class="case priority-${item.priority}">
    <div class="row-head">${id}<span class="subject" dir="auto">${safe(item.subject)}</span></div>
    <p class="meta">
      <span class="status">${t.caseStatus[item.status] ?? item.status}</span> ·
      <span class="priority"><span aria-hidden="true">${PRIORITY_SIGN[item.priority] ?? ''}</span>${t.casePriority[item.priority] ?? item.priority}</span> ·
      <span class="age">${t.opened(formatAgo(item.openedAt, now, locale) ?? t.notKnown)}</span>
    </p>
  </li>`;
}

function renderCaseForm(actions: CaseActions, ctx: ViewContext, on: CaseHandlers): TemplateResult {
  const { t } = ctx;
  const form = actions.caseForm!;
  return html`<form part="case-form" class="form" @submit=${submit(on.createCase)}>
    <label for="case-subject">${t.subject}</label>
    <input id="case-subject" .value=${live(form.subject)} ?readonly=${form.pending} required dir="auto" @input=${(e: InputEvent) => on.subject((e.target as HTMLInputElement).value)} />
    ${form.subjectMissing ? html`<p class="invalid" role="alert">${t.subjectRequired}</p>` : nothing}
    ${form.error ? html`${failed(form.error, t.subjects.createCase, on.createCase, ctx)}<p class="muted">${t.caseRetryNote}</p>` : nothing}
    <div class="buttons">
      <button type="submit" ?disabled=${form.pending}>${form.pending ? t.working : t.createCase}</button>
      <button type="button" ?disabled=${form.pending} @click=${() => on.caseForm(false)}>${t.cancel}</button>
    </div>
  </form>`;
}

function renderActivityForm(actions: CaseActions, ctx: ViewContext, on: CaseHandlers): TemplateResult {
  const { t } = ctx;
  const form = actions.activityForm!;
  return html`<form part="activity-form" class="form" @submit=${submit(on.logActivity)}>
    <label for="activity-type">${t.activityType}</label>
    <select id="activity-type" ?disabled=${form.pending} @change=${(e: Event) => on.activity({ type: (e.target as HTMLSelectElement).value as 'note' | 'call' })}>
      <option value="note" ?selected=${form.type === 'note'}>${t.activityTypes.note}</option>
      <option value="call" ?selected=${form.type === 'call'}>${t.activityTypes.call}</option>
    </select>
    <label for="activity-summary">${t.summary}</label>
    <textarea id="activity-summary" rows="2" required .value=${live(form.summary)} ?readonly=${form.pending} dir="auto"
      @input=${(e: InputEvent) => on.activity({ summary: (e.target as HTMLTextAreaElement).value })}></textarea>
    ${failed(form.error, t.subjects.logActivity, on.logActivity, ctx)}
    <div class="buttons">
      <button type="submit" ?disabled=${form.pending}>${form.pending ? t.working : t.log}</button>
      <button type="button" ?disabled=${form.pending} @click=${() => on.activityForm(false)}>${t.cancel}</button>
    </div>
  </form>`;
}

/** Open cases (status, priority, age), paged; Create case from this conversation and Log activity where the host can. */
export function renderCases(customer: Customer, ctx: ViewContext, actions: CaseActions, page: number, on: CaseHandlers): TemplateResult {
  const { t, locale } = ctx;
  const cases = sortCases(customer.openCases);
  const view = pageOf(cases, page, CASES_PER_PAGE);
  const canCreate = ctx.can('customers.createCase') && !actions.created;
  const canLog = ctx.can('customers.logActivity');
  const buttons = html`<div class="buttons">
    ${canCreate && !actions.caseForm ? html`<button type="button" @click=${() => on.caseForm(true)}>${t.createCase}</button>` : nothing}
    ${canLog && !actions.activityForm ? html`<button type="button" @click=${() => on.activityForm(true)}>${t.logActivity}</button>` : nothing}
  </div>`;
  return section(
    'cases',
    t.cases(formatCount(cases.length, locale)),
    html`${buttons}
      ${actions.created ? html`<p class="done" role="status"><span aria-hidden="true">✓ </span>${safe(t.caseCreated(actions.created.id))}</p>` : nothing}
      ${actions.caseForm && canCreate ? renderCaseForm(actions, ctx, on) : nothing}
      ${actions.activityForm && canLog ? renderActivityForm(actions, ctx, on) : nothing}
      ${actions.openError?.from === 'cases' ? failed(actions.openError.error, t.subjects.openRecord, actions.openError.retry, ctx) : nothing}
      ${cases.length
        ? html`<p class="muted">${t.casesOrder}</p>
            <ul class="rows">
              ${view.rows.map((item) => renderCase(item, ctx, on))}
            </ul>
            ${pagerView(t.what.cases, view, cases.length, CASES_PER_PAGE, on.page, t, locale)}`
        : missing(t.noCases)}`,
  );
}
