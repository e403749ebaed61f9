import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { MoveTerms } from '../../i18n/move-terms.js';
import type { ChecksDownload } from '../../internal/checks-download.js';
import { errorView, plainWords, technicalDetail } from '../../internal/error-view.js';
import type { MoveStepResult } from '../../model/conversation.js';
import { telUrl } from '../../move/routes.js';
import type { MoveController } from './move-controller.js';
import type { MoveLoader } from './move-loader.js';
import { stepError, type MoveSession } from './move-session.js';
import type { MoveDraft, MoveTextState } from './move-texts.js';
import { routesView } from './routes-view.js';
import { textField, variablesHint } from './texts-view.js';

const ICONS: Record<MoveStepResult['status'], string> = { done: '✓', skipped: '–', failed: '✕' };

/** What the dialog's buttons do besides the engine's own actions. */
export interface MoveActions {
  confirm(): void;
  close(): void;
  /** Opens the private conversation (`cx-conversation-open`). */
  openPrivate(conversationId: string): void;
}

/** Each step's outcome; a failed one in plain words chosen by its kind, the host's own text behind a disclosure. */
function steps(session: MoveSession, t: MoveTerms, errors: ErrorTerms): TemplateResult | typeof nothing {
  const result = session.result;
  if (!result) return nothing;
  return html`<ul part="steps" aria-label=${t.title}>
    ${result.steps.map((s) => {
      const error = stepError(s);
      return html`<li data-step=${s.step} data-status=${s.status}>
        <span aria-hidden="true">${ICONS[s.status]} </span>${t.steps[s.step]}: ${t.status[s.status]}
        ${error ? html`<span class="error">${plainWords(error, t.stepSubjects[s.step], errors)}</span>` : nothing}
        ${error && s.error ? html`<details part="error-detail"><summary>${errors.details}</summary><pre>${technicalDetail(error)}</pre></details>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** After a done callback move: the host's click-to-dial, or a `tel:` link. */
function call(move: MoveController, session: MoveSession, t: MoveTerms, errors: ErrorTerms): TemplateResult | typeof nothing {
  const option = session.option;
  if (session.phase !== 'done' || option?.route !== 'phone' || !option.address) return nothing;
  if (option.dial === 'host') {
    return html`<button type="button" part="call" ?disabled=${session.dial === 'dialling'} @click=${() => void move.dial()}>${t.call(option.address)}</button>
      ${session.dial === 'failed' ? errorView(session.dialError, { terms: errors, subject: t.subjects.dial, onRetry: () => void move.dial() }) : nothing}`;
  }
  const href = telUrl(option.address);
  return href ? html`<a part="call" href=${href}>${t.call(option.address)}</a>` : nothing;
}

function actions(move: MoveController, draft: MoveDraft, a: MoveActions): TemplateResult {
  const { session, facts } = draft;
  const t = facts.terms;
  const route = session.request?.route ?? draft.option?.route;
  const warned = !!session.findings && (session.findings.acknowledgement.length > 0 || session.findings.opening.length > 0);
  const blocked = !!session.findings?.acknowledgement.some((f) => f.kind === 'pii');
  const privateId = session.result?.privateConversationId;
  let main: TemplateResult | typeof nothing = nothing;
  if (!session.locked && route) {
    const words = session.phase === 'checking' ? t.running : warned && !blocked ? t.confirmAnyway : t.confirm[route];
    main = html`<button type="button" part="confirm" ?disabled=${session.busy} @click=${a.confirm}>${words}</button>`;
  } else if (session.retryable) {
    main = html`<button type="button" part="confirm" data-action="retry" @click=${() => void move.retry()}>${t.retry}</button>`;
  } else if (session.phase === 'running') {
    main = html`<button type="button" part="confirm" disabled>${t.running}</button>`;
  }
  return html`<div part="actions">
    ${main} ${call(move, session, t, facts.errorTerms)}
    ${session.phase === 'done' && privateId ? html`<button type="button" part="open" @click=${() => a.openPrivate(privateId)}>${t.openPrivate}</button>` : nothing}
    <button type="button" part="close" @click=${a.close}>${session.locked && !session.busy ? t.close : t.cancel}</button>
  </div>`;
}

function outcome(move: MoveController, session: MoveSession, t: MoveTerms, errors: ErrorTerms): TemplateResult | typeof nothing {
  if (session.phase === 'done') return html`<p class="outcome" data-outcome="done"><span aria-hidden="true">✓ </span>${t.done}</p>`;
  if (session.phase === 'handed-over')
    return html`<p class="outcome" data-outcome=${session.error ? 'unsupported' : 'handed-over'}>${session.error ? t.unsupported : t.handedOver}</p>`;
  if (session.phase === 'failed') return html`${errorView(session.error, { terms: errors, subject: t.subjects.move, onRetry: () => void move.retry() })}<p class="retry-note">${t.retryNote}</p>`;
  if (session.phase === 'partial') return html`<p class="retry-note">${t.retryNote}</p>`;
  return nothing;
}

/** The dialog's content: where from, the routes, both texts, and once confirmed each step's outcome. */
export function moveView(move: MoveController, draft: MoveDraft, a: MoveActions): TemplateResult {
  const { session, facts, plan } = draft;
  const t = facts.terms;
  const from = plan.from;
  if (!from) return html`<p part="summary" class="already">${t.alreadyPrivate}</p>${actions(move, draft, a)}`;
  const chosen = session.request?.route ?? draft.option?.route;
  const readonly = session.locked || session.busy;
  // Once it went out, the texts are the request's: what was sent, whatever the templates say now.
  const request = session.request;
  const sent = (text: string | undefined): MoveTextState => ({ template: text ?? '', text: text ?? '', problems: [] });
  const ack = request ? sent(request.publicAcknowledgement?.text) : draft.text('acknowledgement');
  const opening = request ? (request.privateMessage ? sent(request.privateMessage) : undefined) : draft.hasOpening ? draft.text('opening') : undefined;
  return html`<p part="summary">${t.from(from.name)}${facts.customer ? html` · <bdi>${facts.customer.name}</bdi>` : nothing}</p>
    ${routesView({ routes: plan.routes, chosen, session, terms: t, errorTerms: facts.errorTerms, choose: (r) => move.choose(r), retryLink: () => void move.ensureLink(true) })}
    ${chosen
      ? html`${textField({
          which: 'acknowledgement',
          label: t.ackLabel(from.name),
          audience: t.ackAudience(from.name),
          state: ack,
          findings: session.findings?.acknowledgement,
          readonly,
          terms: t,
          edit: (value) => move.edit('acknowledgement', value),
        })}
        ${opening
          ? textField({
              which: 'opening',
              label: t.openingLabel(t.route[chosen]),
              audience: t.openingAudience,
              state: opening,
              findings: session.findings?.opening,
              readonly,
              terms: t,
              edit: (value) => move.edit('opening', value),
            })
          : html`<p class="no-opening">${t.noOpening}</p>`}
        ${readonly ? nothing : variablesHint(t)}`
      : nothing}
    ${steps(session, t, facts.errorTerms)} ${outcome(move, session, t, facts.errorTerms)} ${actions(move, draft, a)}`;
}

/** What the dialog's body is drawn from. */
export interface DialogBody {
  loader: MoveLoader;
  /** The download of the counters and checks both texts need before the move is shown. */
  checks: ChecksDownload;
  /** The move worked out for this update; undefined until the conversation and the checks are in. */
  draft: MoveDraft | undefined;
  move: MoveController;
  terms: MoveTerms;
  errors: ErrorTerms;
  actions: MoveActions;
}

/** The dialog's body: loading, the conversation or the checks that could not be loaded (with Retry), else the customer's state and the move. */
export function dialogBody(b: DialogBody): TemplateResult {
  const { loader, terms: t, errors } = b;
  const retry = () => loader.reload();
  if (!b.draft) {
    if (loader.error) return html`${errorView(loader.error, { terms: errors, subject: t.subjects.conversation, onRetry: retry })}`;
    if (b.checks.error !== undefined) return html`${errorView(b.checks.error, { terms: errors, subject: t.subjects.checks, onRetry: () => void b.checks.retry() })}`;
    return html`<p aria-busy="true">${t.loading}</p>`;
  }
  const customerNote = loader.loadingCustomer
    ? html`<p class="note customer-loading">${t.loadingCustomer}</p>`
    : loader.customerError
      ? errorView(loader.customerError, { terms: errors, subject: t.subjects.customer, onRetry: retry })
      : nothing;
  return html`${customerNote} ${moveView(b.move, b.draft, b.actions)}`;
}

/** The focused element, looking into shadow roots (a trigger inside another element's shadow tree). */
export function deepActive(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
