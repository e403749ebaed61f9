import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ticking } from '../../internal/ticker.js';
import type { QueueReason } from '../../queue/types.js';
import type { Pop } from './pop-stack.js';
import { channelWord, sinceArrival, type PopViewContext } from './pop-view-context.js';

/** The reasons an interaction is where it is, each in words with its kind for styling. */
export function reasonList(reasons: readonly QueueReason[], label: string, part = 'reasons'): TemplateResult | typeof nothing {
  if (reasons.length === 0) return nothing;
  return html`<ul part=${part} class="reasons" aria-label=${label}>
    ${reasons.map((r) => html`<li data-kind=${r.kind}><span aria-hidden="true" class="mark">${r.kind === 'flood' || r.kind === 'sla' ? '!' : '•'}</span>${r.text}</li>`)}
  </ul>`;
}

/** The actions on a pop: accept, dismiss and snooze while it is offered; close otherwise. */
function actions(pop: Pop, who: string, active: boolean, c: PopViewContext): TemplateResult {
  const { t, on } = c;
  const id = pop.id;
  const title = (label: string, action: 'accept' | 'close') => (c.keys(action) ? t.shortcut(label, c.keys(action)) : label);
  return html`<div part="actions" class="actions">
    ${pop.interaction.state === 'offered'
      ? html`<button type="button" part="accept" class="primary" title=${title(t.accept, 'accept')} aria-label=${t.acceptNamed(who)} @click=${() => on.accept(id)}>${t.accept}</button>
          <button type="button" part="dismiss" aria-label=${t.dismissNamed(who, 1)} @click=${() => on.dismiss(id)}>${t.dismiss}</button>
          <button type="button" part="snooze" aria-label=${t.snoozeNamed(who, c.snoozeMinutes)} @click=${() => on.snooze(id)}>${t.snooze(c.snoozeMinutes)}</button>`
      : html`<button type="button" part="close" title=${title(t.close, 'close')} aria-label=${t.closeNamed(who)} @click=${() => on.close(id)}>${t.close}</button>`}
    ${active ? html`<slot name="actions"></slot>` : nothing}
  </div>`;
}

/**
 * The pop's header: channel, who (name when matched, and the handle), state, time since it arrived,
 * SLA clocks, sentiment with its trend, the reasons it was raised, and the actions.
 */
export function popHeader(pop: Pop, active: boolean, c: PopViewContext): TemplateResult {
  const { t } = c;
  const interaction = pop.interaction;
  const known = c.details(pop.id);
  const details = known?.details;
  const name = pop.linked?.name ?? details?.name;
  const handle = interaction.customerAddress;
  const state = interaction.state;
  const waitWords = () => {
    const since = sinceArrival(interaction, c.now, c.locale);
    return since ? (state === 'offered' ? t.waiting(since) : t.handling(since)) : '';
  };
  return html`<header part="header" class="header">
    <div class="who">
      <span part="channel" class="channel" data-channel=${interaction.channel}>${channelWord(interaction.channel, t)}</span>
      <h2 part="title" class="title" id=${`pop-title-${pop.id}`} tabindex="-1"><bdi>${name ?? handle}</bdi></h2>
      ${name && handle ? html`<span part="handle" class="muted"><bdi>${handle}</bdi></span>` : nothing}
      ${!name && !known?.loading ? html`<span part="unmatched" class="muted">${t.notMatched}</span>` : nothing}
      <span part="state" class="state" data-state=${state}>${t.state[state]}</span>
      <span part="wait" class="muted">${ticking(waitWords)}</span>
    </div>
    <div class="facts">
      ${details?.sla?.length ? html`<cx-sla-clock part="sla" .clocks=${details.sla} .now=${c.now} locale=${ifDefined(c.locale)}></cx-sla-clock>` : nothing}
      ${details?.sentiment
        ? html`<cx-sentiment-badge part="sentiment" .sentiment=${details.sentiment} trend=${ifDefined(details.trend)} .adapter=${c.adapter} locale=${ifDefined(c.locale)}></cx-sentiment-badge>`
        : nothing}
    </div>
    ${reasonList(c.reasons(interaction), t.reasons)}
    ${known?.failed !== undefined
      ? html`<p part="details-error" class="problem"><span aria-hidden="true">⚠ </span>${t.detailsFailed}
          <button type="button" @click=${() => c.on.retry(pop.id)}>${t.retry}</button></p>`
      : nothing}
    ${state === 'ended' ? html`<p part="ended" class="ended"><span aria-hidden="true">⏹ </span>${t.endedNote}</p>` : nothing}
    ${actions(pop, name ?? handle, active, c)}
  </header>`;
}
