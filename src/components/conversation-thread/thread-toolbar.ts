import { html, nothing, type TemplateResult } from 'lit';
import type { ThreadTerms } from '../../i18n/thread-terms.js';
import { VISIBILITIES, type Conversation, type Visibility } from '../../model/index.js';
import type { PresenceEntry } from '../../thread/presence-tracker.js';
import type { ThreadSearch } from '../../thread/thread-search.js';

export interface ToolbarState {
  conversation?: Conversation;
  /** The search and filters the toolbar shows and sets. */
  search: ThreadSearch;
  customerView: boolean;
  t: ThreadTerms;
  onCustomerView(on: boolean): void;
}

/** Search, filters and the customer view switch of `<cx-conversation-thread>`. */
export function renderToolbar(s: ToolbarState): TemplateResult {
  const { t } = s;
  const channels = Array.isArray(s.conversation?.channels) ? s.conversation.channels : [];
  const { search } = s;
  const { query, match } = search;
  const { channelFilter, visibilityFilter } = search.filters;
  const hits = search.hits().length;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search.step(event.shiftKey ? -1 : 1);
  };
  return html`<div part="toolbar">
    <div role="search" aria-label=${t.search} class="search">
      <input type="search" aria-label=${t.search} placeholder=${t.search} .value=${query}
        @input=${(e: Event) => search.search(value(e))} @keydown=${onSearchKey} />
      <button type="button" aria-label=${t.previousMatch} title=${t.previousMatch} ?disabled=${hits === 0} @click=${() => search.step(-1)}>↑</button>
      <button type="button" aria-label=${t.nextMatch} title=${t.nextMatch} ?disabled=${hits === 0} @click=${() => search.step(1)}>↓</button>
      <span class="count" role="status">${query.trim() ? (hits ? t.matchCount(match + 1, hits) : t.noMatches) : nothing}</span>
    </div>
    <label>${t.channelFilter}
      <select @change=${(e: Event) => search.filter({ channelFilter: value(e) })}>
        <option value="" ?selected=${!channelFilter}>${t.allChannels}</option>
        ${channels.map((c) => html`<option value=${c.id} ?selected=${channelFilter === c.id}>${c.name || c.id}</option>`)}
      </select>
    </label>
    <label>${t.visibilityFilter}
      <select @change=${(e: Event) => search.filter({ visibilityFilter: value(e) as Visibility | '' })}>
        <option value="" ?selected=${!visibilityFilter}>${t.allVisibilities}</option>
        ${VISIBILITIES.map((v) => html`<option value=${v} ?selected=${visibilityFilter === v}>${t.visibility[v]}</option>`)}
      </select>
    </label>
    <label class="switch">
      <input type="checkbox" .checked=${s.customerView} @change=${(e: Event) => s.onCustomerView((e.target as HTMLInputElement).checked)} />
      ${t.customerView}
    </label>
    ${s.customerView ? html`<p class="note">${t.customerViewOn}</p>` : nothing}
  </div>`;
}

/** Other agents in the conversation; a stale one is marked in words, not only greyed. */
export function renderPresence(entries: PresenceEntry[], t: ThreadTerms): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<ul part="presence" aria-label=${t.presenceLabel}>
    ${entries.map(
      ({ presence, stale }) => html`<li class=${stale ? 'stale' : presence.activity} data-agent=${presence.agentId}>
        <span aria-hidden="true">${stale ? '◌' : presence.activity === 'typing' ? '✎' : '👁'}</span>
        <bdi>${presence.displayName}</bdi> ${t.presence(presence.activity, stale)}
      </li>`,
    )}
  </ul>`;
}
