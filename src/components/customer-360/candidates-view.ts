import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerCandidate } from '../../model/index.js';
import type { CustomerLoader } from './customer-loader.js';
import type { IdentityActions } from './identity-actions.js';
import { failed, missing, safe, section, skeleton, type ViewContext } from './section.js';

export interface CandidateHandlers {
  link: (candidate: CustomerCandidate) => void;
  dismiss: (candidate: CustomerCandidate) => void;
  identify: () => void;
  retry: () => void;
}

function renderCandidate(candidate: CustomerCandidate, ctx: ViewContext, actions: IdentityActions, on: CandidateHandlers, handle: string): TemplateResult {
  const { t } = ctx;
  const { customer } = candidate;
  const key = `link:${customer.id}`;
  const percent = Math.round(candidate.confidence * 100);
  return html`<li part="candidate" class="candidate">
    <div class="row-head">
      <strong class="candidate-name" dir="auto">${safe(customer.name)}</strong>
      ${customer.value.tier ? html`<span class="muted">${ctx.words.standing.tier[customer.value.tier]}</span>` : nothing}
      <span class="confidence"><meter min="0" max="100" value=${percent} aria-hidden="true"></meter> ${t.confidence(percent)}</span>
    </div>
    <p part="evidence" class="evidence" dir="auto">${safe(candidate.reason)}</p>
    ${actions.failure?.key === key ? failed(actions.failure.error, t.subjects.link, actions.failure.retry, ctx) : nothing}
    <div class="buttons">
      ${ctx.can('customers.linkIdentity')
        ? html`<button type="button" ?disabled=${!!actions.pending} aria-label=${safe(t.linkLabel(handle, customer.name))} @click=${() => on.link(candidate)}>
            ${actions.pending === key ? t.working : t.link}
          </button>`
        : nothing}
      <button type="button" ?disabled=${actions.pending === key} aria-label=${safe(t.notThisPersonLabel(customer.name))} @click=${() => on.dismiss(candidate)}>
        ${t.notThisPerson}
      </button>
    </div>
  </li>`;
}

/**
 * The unknown-handle flow: the directory's candidates, best first, each with its evidence and
 * confidence; Link, "Not this person", and "Ask the customer to identify". Nothing is linked without the agent.
 */
export function renderCandidates(loader: CustomerLoader, ctx: ViewContext, actions: IdentityActions, on: CandidateHandlers): TemplateResult {
  const { t } = ctx;
  const handle = loader.handle;
  const intro = handle ? t.unknownHandle(handle.handle, t.channel[handle.channel]) : t.unknownSender;
  let list: unknown = nothing;
  if (handle) {
    const state = loader.candidatesState;
    const candidates = loader.candidates;
    list =
      state === 'unsupported'
        ? missing(t.cannotSearch)
        : state === 'error'
          ? failed(loader.candidatesError, t.subjects.candidates, on.retry, ctx)
          : state === 'loading' || state === 'idle'
            ? skeleton(t.loading(t.what.candidates), 2)
            : candidates.length
              ? html`<h4>${t.candidates}</h4>
                  <ol part="candidates" class="rows">
                    ${candidates.map((c) => renderCandidate(c, ctx, actions, on, handle.handle))}
                  </ol>`
              : missing(t.noCandidates);
  }
  const message = actions.identifyMessage;
  const body = html`<p class="intro" dir="auto">${safe(intro)}</p>
    ${list}
    ${handle
      ? html`<div class="buttons">
          <button type="button" @click=${on.identify}>${t.askCustomer}</button>
        </div>`
      : nothing}
    ${message ? html`<div part="identify-message" class="identify-message" role="status"><p>${t.identifyShown}</p><p>${message}</p></div>` : nothing}`;
  return section('unknown', t.unknownTitle, body, { busy: loader.candidatesState === 'loading' });
}
