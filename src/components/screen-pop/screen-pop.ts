import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorView } from '../../internal/error-view.js';
import type { Conversation, Interaction, Participant } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { prioritize as defaultPrioritize } from '../../queue/prioritize.js';
import type { Prioritize, PrioritizeOptions, QueueItem } from '../../queue/types.js';
import { alertView, tabsView } from './chrome-view.js';
import type { PopNotifications } from './notifier.js';
import { popPane } from './pop-pane.js';
import { queueView } from './queue-view.js';
import { screenPopStyles } from './screen-pop.styles.js';
import { PopSession } from './session.js';
import { actionFor, type PopShortcuts } from './shortcuts.js';

/**
 * @tagname cx-screen-pop
 * @summary Pops the customer who just arrived — conversation, customer, sentiment, SLA — and keeps the rest in a queue ordered by urgency.
 *
 * Listens to the adapter's interactions (`interactions.subscribe`): an offered interaction pops when
 * nothing is shown and otherwise waits in the queue; an accepted one opens; an ended one stays until
 * the agent closes it. It also asks `interactions.current()` for the interaction the agent is on, and
 * follows an `interaction` the host sets. Accept goes through the host's `interactions.accept` when the
 * adapter has it; otherwise it is accepted here and `cx-interaction-accepted` tells the host.
 *
 * A pop shows the channel, handle and matched name, the wait, the SLA clocks, the sentiment with its
 * trend and the reasons it was raised; the thread with its composer; the customer 360; and the move to
 * private. Below 48rem it is one column of foldable sections; from 48rem the thread sits beside the
 * customer, and from 72rem the queue is a column of its own. The last `max-pops` pops stay open
 * (each keeps its draft, scroll position and folded sections); older ones are released.
 *
 * The queue is ordered by `prioritize` (replaceable), at most once per animation frame, with each
 * item's reasons; floods from many customers about one thing are one incident, a customer writing
 * repeatedly is one row. Bad events (duplicates, out of order, ended but never offered) are ignored and
 * reported as `cx-adapter-error`. Keyboard (scoped to the element, `shortcuts`): Alt+Shift+A accept,
 * Alt+Shift+N / Alt+Shift+P next / previous pop, Alt+Shift+W close.
 *
 * @slot actions - The host's own buttons in the header of the pop shown.
 * @slot move - The host's own move-to-private control, in place of the pop's `<cx-move-to-private>`.
 * @slot panel - The host's own panels, after the customer in the pop shown.
 * @slot idle - Shown instead of the idle message when there is nothing to pop.
 *
 * @event {CxInteractionAcceptEvent} cx-interaction-accept - Before the agent accepts an offered interaction. Cancelable: the host then accepts it in its CTI.
 * @event {CxInteractionAcceptedEvent} cx-interaction-accepted - The interaction was accepted (`byHost` says whether the adapter did it) and its pop is open.
 * @event {CxInteractionDismissEvent} cx-interaction-dismiss - Before the agent dismisses offered interactions (an incident's all at once). Cancelable.
 * @event {CxInteractionDismissedEvent} cx-interaction-dismissed - Offered interactions left the queue.
 * @event {CxInteractionSnoozeEvent} cx-interaction-snooze - Offered interactions were snoozed until `until`.
 * @event {CxPopEvent} cx-pop - A pop is shown; `cause` says why (offered, accepted, switched, host).
 * @event {CxPopClosedEvent} cx-pop-closed - A pop was closed by the agent, or released (`released`) to keep the last `max-pops`.
 * @event {CxAdapterErrorEvent} cx-adapter-error - An interaction event was ignored (duplicate, out of order, never offered) or a call failed.
 *
 * @csspart base - Everything: alert, pops and queue; the container the layouts follow.
 * @csspart alert - The in-page alert naming the latest arrival.
 * @csspart tabs - The open pops, with previous and next.
 * @csspart idle - The message shown when there is nothing to pop.
 * @csspart pop - One pop (only the one shown is visible); the shown one is also `pop-shown`.
 * @csspart pop-shown - The pop shown.
 * @csspart header - A pop's header.
 * @csspart channel - The channel, in words.
 * @csspart title - Who the interaction is from.
 * @csspart handle - The handle, beside a matched name.
 * @csspart unmatched - Says the sender is not matched to a customer yet.
 * @csspart state - Waiting, accepted or ended, in words.
 * @csspart wait - The time since the interaction arrived.
 * @csspart sla - The pop's SLA clocks (`<cx-sla-clock>`).
 * @csspart sentiment - The pop's sentiment badge.
 * @csspart reasons - The reasons an interaction was raised.
 * @csspart details-error - The note that the conversation's details could not be loaded, with Retry.
 * @csspart ended - The note that the interaction ended.
 * @csspart actions - Accept, dismiss and snooze, or close.
 * @csspart accept - The pop's Accept button.
 * @csspart dismiss - The pop's Dismiss button.
 * @csspart snooze - The pop's Snooze button.
 * @csspart close - The pop's Close button.
 * @csspart section - A foldable section of a pop (also `conversation-section`, `customer-section`).
 * @csspart conversation-section - The section with the thread.
 * @csspart customer-section - The section with the customer 360.
 * @csspart summary - A section's title, which folds it.
 * @csspart thread - The conversation thread (`<cx-conversation-thread>`).
 * @csspart no-conversation - Says the interaction has no conversation to show.
 * @csspart customer - The customer 360 (`<cx-customer-360>`).
 * @csspart move - The move to private of the pop shown (`<cx-move-to-private>`), unless the host fills the `move` slot.
 * @csspart queue - The queue.
 * @csspart queue-list - The ordered list of waiting items.
 * @csspart queue-item - One waiting interaction, repeat customer or incident.
 * @csspart queue-show - The name that shows an item's pop.
 * @csspart queue-empty - Says nobody waits.
 * @csspart queue-actions - An item's Accept, Dismiss and Snooze.
 * @csspart snippet - What the customer wrote last.
 * @csspart incident - An incident's count and topic.
 * @csspart repeat - How many times a customer wrote.
 * @csspart tier - The customer's tier.
 * @csspart reach - The customer's reach.
 * @csspart snoozed - The snoozed interactions.
 * @csspart error - The error when the interaction the agent is on could not be found, with Retry.
 *
 * @cssproperty --cx-color-warning - Edge of the note that details could not be loaded.
 * @cssproperty --cx-color-danger - Edge of urgent queue items, incidents, and flood and SLA reasons.
 * @cssproperty --cx-color-border - Lines around pops, sections and queue items.
 * @cssproperty --cx-screen-pop-thread-height - Height of the thread in a pop (it scrolls within it); 32rem by default.
 */
export class CxScreenPop extends LitElement {
  static override styles = screenPopStyles;

  readonly #s = new PopSession(this);

  /** The adapter; when unset, the one the nearest `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;

  /** An interaction the host sets (for hosts that only give context): popped as its `state` says. */
  @property({ attribute: false }) interaction?: Interaction;

  /** Orders the queue; `prioritize` by default (see its documentation). Must be pure. */
  @property({ attribute: false }) prioritize: Prioritize = defaultPrioritize;

  /** Options for the ordering: flood window and size, SLA threshold, weights, words to ignore. */
  @property({ attribute: false }) priorityOptions: PrioritizeOptions = {};

  /** Accepts offered interactions as they arrive while the agent is on no accepted one. */
  @property({ type: Boolean, attribute: 'auto-accept' }) autoAccept = false;

  /** Which notifications to give (alert, title, announce on; browser, sound off by default). */
  @property({ attribute: false }) notifications: Partial<PopNotifications> = {};

  /** Keyboard shortcuts, by action (`accept`, `next`, `previous`, `close`); null turns one off. Merged over the defaults. */
  @property({ attribute: false }) shortcuts: Partial<PopShortcuts> = {};

  /** How long Snooze puts an interaction aside, in minutes. */
  @property({ type: Number, attribute: 'snooze-minutes' }) snoozeMinutes = 5;

  /** How many pops stay open; opening one more releases the least recently shown. */
  @property({ type: Number, attribute: 'max-pops' }) maxPops = 20;

  /** How many queue items are drawn; the rest are counted. */
  @property({ type: Number, attribute: 'queue-limit' }) queueLimit = 50;

  /** Language of the words, dates and numbers, and of the components inside (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's formats. */
  @property() locale?: string;

  /** The agent using the desktop (recorded when the customer 360 links an identity). */
  @property({ attribute: false }) agent?: Participant;

  /** A customer's conversations, for the customer 360's history; none when unset. */
  @property({ attribute: false }) conversationsOf?: (customerId: string) => readonly Conversation[];

  /** The clock for wait times and SLA clocks. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.#onKey(event));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#s.stack.limit = Math.max(1, this.maxPops);
    if (changed.has('interaction') && this.interaction) this.#s.actions.apply({ type: this.interaction.state, interaction: this.interaction }, 'interaction');
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#s.noteFocus(this.shadowRoot);
    super.update(changed);
  }

  protected override updated(): void {
    this.#s.restoreFocus(this.shadowRoot);
  }

  /** Shortcuts work only while focus is inside the element, so they never take the host's keys. */
  #onKey(event: KeyboardEvent): void {
    const action = actionFor(event, this.#s.shortcuts);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    this.#s.run(action);
  }

  /** Accepts an offered interaction (the one shown, or the queue's first, when no id is given). */
  accept(id?: string): Promise<void> {
    const target = id ?? this.#s.acceptTarget();
    return target ? this.#s.actions.accept(target) : Promise.resolve();
  }

  /** Dismisses a waiting interaction, with the rest of its queue item. */
  dismiss(id: string): void {
    this.#s.actions.dismiss(id);
  }

  /** Puts a waiting interaction, with the rest of its queue item, aside for `snooze-minutes`. */
  snooze(id: string): void {
    this.#s.actions.snooze(id);
  }

  /** Shows a pop, or previews a waiting interaction. */
  show(id: string): void {
    this.#s.actions.show(id);
  }

  /** Closes a pop; its elements leave the page. */
  close(id: string): void {
    this.#s.actions.close(id);
  }

  /** The interactions of the open pops, in the order they were opened. */
  get pops(): readonly Interaction[] {
    return this.#s.stack.pops.map((pop) => pop.interaction);
  }

  /** The interaction shown. */
  get shown(): Interaction | undefined {
    return this.#s.stack.active?.interaction;
  }

  /** The queue as ordered last (at most once per animation frame). */
  get queue(): readonly QueueItem[] {
    return this.#s.queue.items;
  }

  /** How many times the queue has been ordered (to check that a flood re-orders at most once per frame). */
  get orderings(): number {
    return this.#s.queue.orderings;
  }

  override render(): TemplateResult {
    const { stack, queue, notifier, feed } = this.#s;
    const c = this.#s.context();
    const shown = stack.active;
    const pops = stack.pops;
    const waiting = queue.waiting.length;
    const alert = { alert: notifier.alert, waiting: !!notifier.alert && queue.has(notifier.alert.id), canAsk: notifier.canAskPermission, ask: () => void notifier.askPermission(), clear: () => notifier.clearAlert() };
    return html`<div part="base" class="base" ?data-queue=${waiting > 0 || queue.snoozed.length > 0}>
      ${alertView(alert, c)}
      <div class="main">
        ${tabsView(pops.map((p) => p.interaction), shown?.id, c)}
        ${feed.currentError !== undefined ? errorView(feed.currentError, { terms: c.errors, subject: c.t.currentFailed, onRetry: () => feed.loadCurrent() }) : nothing}
        ${pops.length === 0
          ? html`<div part="idle" class="idle"><slot name="idle"><p>${c.t.idle}</p></slot></div>`
          : html`<div class="stack">${repeat(pops, (pop) => pop.id, (pop) => popPane(pop, pop.id === shown?.id, c))}</div>`}
      </div>
      ${queueView({ items: queue.items, snoozed: queue.snoozed, waiting, shown: shown?.id, limit: this.queueLimit }, c)}
      <div class="sr-only" role="status" aria-live="polite">${notifier.announcement}</div>
    </div>`;
  }
}
