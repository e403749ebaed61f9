import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction } from '../../model/interaction.js';
import type { PopViewContext } from './pop-view-context.js';

export interface AlertView {
  alert: { id: string; text: string; who: string } | undefined;
  /** Whether what the alert names still waits (it can be shown). */
  waiting: boolean;
  /** Whether to offer turning browser notifications on. */
  canAsk: boolean;
  ask(): void;
  clear(): void;
}

/** The in-page alert naming the latest arrival: Show, turn notifications on, hide. */
export function alertView(v: AlertView, c: PopViewContext): TemplateResult | typeof nothing {
  const { t } = c;
  const alert = v.alert;
  if (!alert) return nothing;
  return html`<div part="alert" class="alert">
    <span class="alert-text">${alert.text}</span>
    ${v.waiting ? html`<button type="button" aria-label=${t.show(alert.who)} @click=${() => c.on.show(alert.id)}>${t.showShort}</button>` : nothing}
    ${v.canAsk ? html`<button type="button" @click=${v.ask}>${t.enableNotifications}</button>` : nothing}
    <button type="button" aria-label=${t.dismissAlert} @click=${v.clear}>✕</button>
  </div>`;
}

/** The open pops as tabs, with previous and next. */
export function tabsView(interactions: readonly Interaction[], shownId: string | undefined, c: PopViewContext): TemplateResult | typeof nothing {
  if (interactions.length < 2) return nothing;
  const { t } = c;
  const titled = (label: string, action: 'previous' | 'next') => (c.keys(action) ? t.shortcut(label, c.keys(action)) : label);
  return html`<nav part="tabs" class="tabs" aria-label=${t.pops}>
    <button type="button" class="step" aria-label=${t.previous} title=${titled(t.previous, 'previous')} @click=${() => c.on.step(-1)}>‹</button>
    <ul>
      ${interactions.map(
        (i) => html`<li><button type="button" aria-current=${i.id === shownId ? 'true' : 'false'} data-state=${i.state} @click=${() => c.on.show(i.id)}>
          <bdi>${c.details(i.id)?.details.name ?? i.customerAddress}</bdi> <span class="muted">${t.state[i.state]}</span>
        </button></li>`,
      )}
    </ul>
    <button type="button" class="step" aria-label=${t.next} title=${titled(t.next, 'next')} @click=${() => c.on.step(1)}>›</button>
  </nav>`;
}
