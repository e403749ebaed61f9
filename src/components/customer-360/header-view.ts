import { html, nothing, type TemplateResult } from 'lit';
import { languageName, localTime } from '../../customer/format.js';
import { safeHttpUrl } from '../../internal/linkify.js';
import type { Customer } from '../../model/index.js';
import type { AdapterError } from '../../ports/errors.js';
import { failed, safe, type ViewContext } from './section.js';

const CONSENTS = ['email', 'sms', 'phone', 'marketing'] as const;
const ROUTE_CONSENT = { email: 'email', sms: 'sms', phone: 'phone' } as const;

/** Up to two initials, whatever the name is made of. */
function initials(name: string): string {
  const words = safe(name).trim().split(/\s+/).filter(Boolean).slice(0, 2);
  return words.map((word) => Array.from(word)[0] ?? '').join('').toUpperCase();
}

/** An avatar that does not load leaves the initials under it showing. */
const hideBroken = (event: Event) => ((event.target as HTMLImageElement).hidden = true);

/** Whether the customer may be contacted on no route at all. */
export const doNotContact = (customer: Customer): boolean => !customer.consent.email && !customer.consent.sms && !customer.consent.phone;

export interface HeaderActions {
  openRecord: () => void;
  /** Opening the record in the host failed: shown in plain words with Retry. */
  openError: { error: AdapterError; retry: () => void } | undefined;
}

/** Name, avatar, tier, local time, language, route, consent and the do-not-contact flag (in words and a sign). */
export function renderHeader(customer: Customer, ctx: ViewContext, actions: HeaderActions): TemplateResult {
  const { t, locale, now } = ctx;
  const avatar = safeHttpUrl(customer.avatarUrl);
  const consent = customer.consent;
  const time = localTime(consent.timeZone, now, locale);
  const language = languageName(consent.language ?? customer.locale, locale);
  const route = consent.preferred;
  const routeBlocked = route && route in ROUTE_CONSENT && !consent[ROUTE_CONSENT[route as keyof typeof ROUTE_CONSENT]];
  const vip = customer.value.tier === 'vip';
  return html`<div part="header" class="header">
    <span part="avatar" class="avatar initials" aria-hidden="true"
      >${initials(customer.name)}${avatar
        ? html`<img src=${avatar} alt="" width="48" height="48" loading="lazy" referrerpolicy="no-referrer" @error=${hideBroken} />`
        : nothing}</span
    >
    <div class="who">
      <h2 part="name" class="name" dir="auto" tabindex="-1">${safe(customer.name)}</h2>
      <p class="tier">
        ${vip ? html`<span part="vip" class="vip"><span aria-hidden="true">★ </span>${t.vip}</span>` : customer.value.tier ? t.tierLine(ctx.words.standing.tier[customer.value.tier]) : nothing}
      </p>
      <p class="record">
        <span dir="auto">${safe(t.recordId(customer.record.system, customer.record.type, customer.record.id))}</span>
        ${ctx.can('customers.openRecord')
          ? html`<button type="button" @click=${actions.openRecord}>${safe(t.openRecord(customer.record.system))}</button>`
          : nothing}
      </p>
    </div>
    ${actions.openError ? failed(actions.openError.error, t.subjects.openRecord, actions.openError.retry, ctx) : nothing}
    ${doNotContact(customer)
      ? html`<p part="do-not-contact" class="dnc">
          <span class="sign" aria-hidden="true">⊘</span><strong>${t.doNotContact}.</strong> ${t.doNotContactDetail}
        </p>`
      : nothing}
    <ul part="facts" class="facts">
      <li>${time ? t.localTime(time) : t.noLocalTime}</li>
      <li>${language ? t.language(language) : t.noLanguage}</li>
      <li class=${routeBlocked ? 'warn' : ''}>
        ${routeBlocked ? html`<span class="sign" aria-hidden="true">⚠ </span>${t.routeWithoutConsent(t.route[route!])}` : route ? t.prefers(t.route[route]) : t.noRoute}
      </li>
    </ul>
    <ul part="consent" class="consent">
      ${CONSENTS.map((kind) =>
        consent[kind]
          ? html`<li class="yes"><span class="sign" aria-hidden="true">✓ </span>${t.allowed(t.consent[kind])}</li>`
          : html`<li class="no"><span class="sign" aria-hidden="true">✕ </span>${t.notAllowed(t.consent[kind])}</li>`,
      )}
    </ul>
  </div>`;
}

/** The header while the record loads, or for a sender linked to nobody. */
export function renderUnknownHeader(text: string): TemplateResult {
  return html`<div part="header" class="header unknown">
    <span part="avatar" class="avatar initials" aria-hidden="true">?</span>
    <div class="who"><h2 part="name" class="name" dir="auto">${safe(text)}</h2></div>
  </div>`;
}
