import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatCompact } from '../../customer/format.js';
import { ticking } from '../../internal/ticker.js';
import type { Interaction } from '../../model/interaction.js';
import type { QueueItem } from '../../queue/types.js';
import { textOf } from '../../queue/floods.js';
import { reasonList } from './pop-header.js';
import { channelWord, sinceArrival, snippetOf, whoOf, type PopViewContext } from './pop-view-context.js';

export interface QueueViewState {
  items: readonly QueueItem[];
  snoozed: readonly Interaction[];
  /** Interactions waiting (each member of an incident counts). */
  waiting: number;
  /** The id of the pop shown, to mark its row. */
  shown: string | undefined;
  /** Rows rendered at most; the rest are counted. */
  limit: number;
}

/** Tier and reach of the lead's customer, in words. */
function standing(item: QueueItem, c: PopViewContext): TemplateResult | typeof nothing {
  const s = item.lead.standing;
  if (!s) return nothing;
  const reach = s.reach === 'unknown' ? '' : `${c.t.reach[s.reach]}${s.followers !== undefined ? ` (${formatCompact(s.followers, c.locale)})` : ''}`;
  return html`${s.tier ? html`<span part="tier" class="tag">${c.t.tier[s.tier]}</span>` : nothing}
    ${reach ? html`<span part="reach" class="tag">${reach}</span>` : nothing}`;
}

function row(item: QueueItem, state: QueueViewState, c: PopViewContext): TemplateResult {
  const { t, on } = c;
  const lead = item.lead;
  const interaction = lead.interaction;
  const who = whoOf(interaction, c.details(lead.id));
  const shown = item.entries.some((entry) => entry.id === state.shown);
  const ids = item.entries.length;
  return html`<li part="queue-item" class="item" data-key=${item.key} data-lead=${lead.id} data-kind=${item.kind} ?data-urgent=${item.urgent} aria-current=${ifDefined(shown ? 'true' : undefined)}>
    <div class="line">
      <span part="channel" class="channel" data-channel=${interaction.channel}>${channelWord(interaction.channel, t)}</span>
      <button type="button" part="queue-show" class="who linkish" data-action="show" @click=${() => on.show(lead.id)} aria-label=${t.show(who)}><bdi>${who}</bdi></button>
      ${item.kind === 'incident' ? html`<strong part="incident" class="tag urgent">${t.incident(item.customers)}</strong>` : nothing}
      ${item.kind === 'repeat' ? html`<span part="repeat" class="tag">${t.repeat(ids)}</span>` : nothing}
      ${shown ? html`<span class="tag">${t.shownNow}</span>` : nothing}
      <span part="wait" class="muted wait">${ticking(() => sinceArrival(interaction, c.now, c.locale))}</span>
    </div>
    <p part="snippet" class="snippet"><bdi>${snippetOf(textOf(lead))}</bdi></p>
    <div class="facts">
      ${lead.sentiment
        ? html`<cx-sentiment-badge variant="compact" .sentiment=${lead.sentiment} trend=${ifDefined(lead.trend)} .adapter=${c.adapter} locale=${ifDefined(c.locale)}></cx-sentiment-badge>`
        : nothing}
      ${standing(item, c)}
      ${lead.sla?.length ? html`<cx-sla-clock compact .clocks=${lead.sla} .now=${c.now} locale=${ifDefined(c.locale)}></cx-sla-clock>` : nothing}
    </div>
    ${reasonList(item.reasons, t.reasons)}
    <div part="queue-actions" class="actions">
      <button type="button" class="primary" data-action="accept" aria-label=${t.acceptNamed(who)} @click=${() => on.accept(lead.id)}>${t.accept}</button>
      <button type="button" data-action="dismiss" aria-label=${t.dismissNamed(who, ids)} @click=${() => on.dismiss(lead.id)}>${t.dismiss}</button>
      <button type="button" data-action="snooze" aria-label=${t.snoozeNamed(who, c.snoozeMinutes)} @click=${() => on.snooze(lead.id)}>${t.snooze(c.snoozeMinutes)}</button>
    </div>
  </li>`;
}

/** The queue: waiting interactions in priority order with their reasons, and the snoozed ones apart. */
export function queueView(state: QueueViewState, c: PopViewContext): TemplateResult {
  const { t } = c;
  const shown = state.items.slice(0, state.limit);
  const more = state.items.length - shown.length;
  return html`<section part="queue" class="queue" aria-labelledby="queue-title">
    <h2 id="queue-title" class="queue-title">${t.queueTitle(state.waiting)}</h2>
    ${state.items.length === 0
      ? html`<p part="queue-empty" class="muted">${t.queueEmpty}</p>`
      : html`<ol part="queue-list" class="list">${repeat(shown, (item) => item.key, (item) => row(item, state, c))}</ol>`}
    ${more > 0 ? html`<p class="muted">${t.queueMore(more)}</p>` : nothing}
    ${state.snoozed.length
      ? html`<details part="snoozed" class="snoozed">
          <summary>${t.snoozed(state.snoozed.length)}</summary>
          <ul>
            ${state.snoozed.map((interaction) => {
              const who = whoOf(interaction, c.details(interaction.id));
              return html`<li><button type="button" class="linkish" @click=${() => c.on.wake(interaction.id)}>${t.wake(who)}</button></li>`;
            })}
          </ul>
        </details>`
      : nothing}
  </section>`;
}
