import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../customer/format.js';
import type { Customer, Identity, IdentityEvidence, Participant } from '../../model/index.js';
import type { IdentityActions } from './identity-actions.js';
import { failed, missing, safe, section, type ViewContext } from './section.js';

export interface IdentityHandlers {
  askUnlink: (identity: Identity | undefined) => void;
  confirmUnlink: () => void;
}

/** Who linked an identity: the agent's name when it is this agent, else the source as the host wrote it. */
const who = (source: string, agent: Participant | undefined) => (agent && source === agent.id ? agent.displayName : source);

/** The evidence in words, with the confidence: "Linked by an agent: Sam Rivera, 3 Mar 2025 · 90% confidence". */
export function evidenceWords(evidence: IdentityEvidence, ctx: ViewContext, agent: Participant | undefined): string {
  const { t, locale } = ctx;
  const date = formatDate(evidence.linkedAt, locale) ?? t.notKnown;
  return `${t.evidence[evidence.method](who(evidence.source, agent), date)} · ${t.confidence(Math.round(evidence.confidence * 100))}`;
}

function renderConfirm(customer: Customer, identity: Identity, ctx: ViewContext, actions: IdentityActions, on: IdentityHandlers, agent?: Participant): TemplateResult {
  const { t } = ctx;
  const channel = t.channel[identity.channel];
  const busy = actions.pending === 'unlink';
  return html`<div
    part="confirm"
    class="confirm"
    role="group"
    aria-labelledby="confirm-question"
    aria-describedby="confirm-consequence"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && !busy && on.askUnlink(undefined)}
  >
    <p id="confirm-question"><strong dir="auto">${safe(t.unlinkQuestion(identity.handle, channel, customer.name))}</strong></p>
    <p id="confirm-consequence" dir="auto">${safe(t.unlinkConsequence(identity.handle, evidenceWords(identity.evidence, ctx, agent)))}</p>
    ${actions.failure?.key === 'unlink' ? failed(actions.failure.error, t.subjects.unlink, actions.failure.retry, ctx) : nothing}
    <div class="buttons">
      <button type="button" class="danger" ?disabled=${busy} @click=${on.confirmUnlink}>${busy ? t.working : t.unlink}</button>
      <button type="button" ?disabled=${busy} @click=${() => on.askUnlink(undefined)}>${t.keep}</button>
    </div>
  </div>`;
}

/** Each linked handle with its channel, verified state and evidence; Unlink asks first and says what changes. */
export function renderIdentities(customer: Customer, ctx: ViewContext, actions: IdentityActions, on: IdentityHandlers, agent?: Participant): TemplateResult {
  const { t } = ctx;
  const canUnlink = ctx.can('customers.unlinkIdentity');
  const body = customer.identities.length
    ? html`<ul class="rows">
        ${customer.identities.map(
          (identity, index) => html`<li part="identity" class="identity">
            <div class="row-head">
              <span class="channel">${t.channel[identity.channel]}</span>
              <span class="handle" dir="auto">${safe(identity.handle)}</span>
              <span class="verified ${identity.verified ? 'yes' : 'no'}"
                ><span aria-hidden="true">${identity.verified ? '✓ ' : '○ '}</span>${identity.verified ? t.verified : t.notVerified}</span
              >
            </div>
            <p part="evidence" class="evidence" dir="auto">${safe(evidenceWords(identity.evidence, ctx, agent))}</p>
            ${identity.evidence.note ? html`<p class="note" dir="auto">${safe(t.note(identity.evidence.note))}</p>` : nothing}
            ${actions.isConfirming(identity)
              ? renderConfirm(customer, identity, ctx, actions, on, agent)
              : canUnlink
                ? html`<button type="button" class="unlink" data-index=${index} aria-label=${safe(t.unlinkLabel(identity.handle, t.channel[identity.channel]))} @click=${() => on.askUnlink(identity)}>
                    ${t.unlink}
                  </button>`
                : nothing}
          </li>`,
        )}
      </ul>`
    : missing(t.noIdentities);
  // Linking worked but its activity was not logged: say so where the new identity shows.
  const activity = actions.failure?.key === 'activity' ? failed(actions.failure.error, t.subjects.linkActivity, actions.failure.retry, ctx) : nothing;
  return section('identities', t.identities, html`${body}${activity}`);
}
