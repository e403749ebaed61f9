import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { MoveTerms } from '../../i18n/move-terms.js';
import { errorView } from '../../internal/error-view.js';
import type { MoveRoute, RouteChoice, RouteOption, UnavailableRoute } from '../../move/routes.js';
import type { MoveSession } from './move-session.js';

export interface RoutesView {
  routes: readonly RouteChoice[];
  chosen: MoveRoute | undefined;
  session: MoveSession;
  terms: MoveTerms;
  errorTerms: ErrorTerms;
  choose(route: MoveRoute): void;
  /** Asks the host for the secure link again. */
  retryLink(): void;
}

function detail(option: RouteOption, t: MoveTerms): string {
  switch (option.route) {
    case 'dm':
      return t.routeDetail.dm(option.channel?.name ?? '', !!option.existing);
    case 'email':
      return t.routeDetail.email(option.address);
    case 'phone':
      return t.routeDetail.phone(option.address ?? '', option.dial === 'host');
    case 'secure-link':
      return t.routeDetail['secure-link'];
  }
}

function linkState(v: RoutesView): TemplateResult | typeof nothing {
  const s = v.session;
  if (v.chosen !== 'secure-link') return nothing;
  if (s.linkState === 'creating') return html`<p class="link-state">${v.terms.creatingLink}</p>`;
  if (s.linkState === 'failed')
    return errorView(s.linkError, { terms: v.errorTerms, subject: v.terms.subjects.link, onRetry: v.retryLink, part: 'error link-error' });
  return nothing;
}

function unavailable(routes: UnavailableRoute[], t: MoveTerms): TemplateResult | typeof nothing {
  if (!routes.length) return nothing;
  return html`<section part="unavailable" aria-labelledby="unavailable-title">
    <h3 id="unavailable-title">${t.unavailableTitle}</h3>
    <ul>
      ${routes.map(
        (r) => html`<li data-route=${r.route} data-why=${r.why}>
          <strong>${t.route[r.route]}</strong>: ${t.unavailable[r.why](r.route)}${r.detail ? html` <span class="detail">${r.detail}</span>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The routes open to this customer as a choice, and the others with why they are not; once the move went out, the route it took. */
export function routesView(v: RoutesView): TemplateResult {
  const t = v.terms;
  const taken = v.session.locked ? v.session.option : undefined;
  if (taken) return html`<p part="routes" class="taken">${t.routesLegend}: <strong>${t.route[taken.route]}</strong> <span class="detail">· <bdi>${detail(taken, t)}</bdi></span></p>`;
  const open = v.routes.filter((r): r is RouteOption => r.available);
  const closed = v.routes.filter((r): r is UnavailableRoute => !r.available);
  const locked = v.session.busy;
  return html`${open.length
      ? html`<fieldset part="routes">
          <legend>${t.routesLegend}</legend>
          ${open.map(
            (r) => html`<div class="route">
              <input type="radio" name="route" id="route-${r.route}" .checked=${live(r.route === v.chosen)} ?disabled=${locked}
                aria-describedby=${r.note ? `route-${r.route}-note` : nothing} @change=${() => v.choose(r.route)} />
              <label for="route-${r.route}">${t.route[r.route]} <span class="detail">· <bdi>${detail(r, t)}</bdi></span></label>
              ${r.note ? html`<span class="note" id="route-${r.route}-note">${r.note}</span>` : nothing}
            </div>`,
          )}
        </fieldset>`
      : html`<p part="no-route" role="alert"><span aria-hidden="true">⛔ </span>${t.noRoute}</p>`}
    ${linkState(v)} ${unavailable(closed, t)}`;
}
