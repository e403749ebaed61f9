import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { warmFormats } from '../../customer/format.js';
import { assessStanding, type CustomerStanding } from '../../customer/standing.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { customerTerms } from '../../i18n/customer-terms.js';
import { sentimentTerms } from '../../i18n/sentiment-terms.js';
import { standingTerms } from '../../i18n/standing-terms.js';
import { en } from '../../i18n/terms.js';
import { errorEn } from '../../i18n/error-terms.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Conversation, Customer, Interaction, Participant } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { CaseActions } from './case-actions.js';
import { customer360Styles } from './customer-360.styles.js';
import { CustomerLoader } from './customer-loader.js';
import { HistoryController } from './history-controller.js';
import { IdentityActions } from './identity-actions.js';
import { recordHandlers } from './record-handlers.js';
import { renderRecord, renderStatus, type RecordView } from './record-view.js';
import { Pager, type ViewContext } from './section.js';

/**
 * @tagname cx-customer-360
 * @summary Who the customer is: the CRM record, identities with their evidence, value and reach, cases, orders, offers and history.
 *
 * Give it a `customer-id`, or a `conversation-id` or an `interaction`: it then finds the customer from
 * the conversation's (or interaction's) `customerId`, and when there is none it shows the sender's
 * handle with the directory's candidates (`findCandidates`), best first, each with its evidence and
 * confidence. Nothing is ever linked without the agent: "Link" records `agent-linked` evidence with
 * the `agent` and the time, then logs an activity; "Not this person" rules a candidate out; "Ask the
 * customer to identify" fires `cx-identify-request` with a verification message.
 *
 * Works inside `<cx-desk>` or with its own `adapter`. Every action shows only where `adapter.has(...)`
 * says the host can do it. Each section shows what it has and says what is missing; it shows a
 * skeleton while loading and an error with Retry when its data could not be loaded. "Create case"
 * creates the case once however often it is clicked or retried (one client id per case).
 *
 * The reach / risk indicator explains every factor it used (`assessStanding`); clout never reorders
 * anything: it is shown, and `standingPriorityReason` offers it to a screen pop as a priority reason.
 * History and the sentiment trend come from `conversations`, which the host lists.
 *
 * Layout follows the element's own width: one column up to 40rem (compact at 320 px and below), two
 * columns from 40rem. Customer data is untrusted: it is shown as text, and only http(s) images and links go live.
 *
 * @event {CxIdentityLinkEvent} cx-identity-link - Before linking the unknown handle to a candidate; `identity` has the evidence. Cancelable.
 * @event {CxIdentityLinkedEvent} cx-identity-linked - The host linked it; `customer` is the updated record.
 * @event {CxIdentityUnlinkEvent} cx-identity-unlink - The agent confirmed unlinking `identity`. Cancelable.
 * @event {CxIdentityUnlinkedEvent} cx-identity-unlinked - The host unlinked it; `customer` is the updated record.
 * @event {CxIdentifyRequestEvent} cx-identify-request - Ask the customer to identify: `message` is the text to send. Cancel it when the host puts it in the reply box; otherwise the element shows it.
 * @event {CxCaseCreateEvent} cx-case-create - Before each attempt to create a case (retries keep `newCase.clientId`). Cancelable.
 * @event {CxCaseCreatedEvent} cx-case-created - The host created the case; `caseSummary` is it.
 * @event {CxActivityLogEvent} cx-activity-log - Before logging an activity. Cancelable.
 * @event {CxActivityLoggedEvent} cx-activity-logged - The host logged the activity.
 * @event {CxConversationOpenEvent} cx-conversation-open - The agent opened a conversation from the history; the host shows it.
 * @event {CxAdapterErrorEvent} cx-adapter-error - For developers: a call to the adapter failed or returned data that could not be used (`operation`, `path`, `problem`, the raw `value`). One per failure; one console warning per kind.
 *
 * @csspart base - Everything, the container the layouts follow.
 * @csspart status - The line shown when there is no customer to show.
 * @csspart header - Avatar, name, tier, record, local time, language, route and consent.
 * @csspart avatar - The avatar image, or the initials when there is none.
 * @csspart name - The customer's name (or the unknown sender).
 * @csspart vip - The VIP badge.
 * @csspart facts - Local time, language and preferred route.
 * @csspart consent - Consent per route, each in words and a sign.
 * @csspart do-not-contact - The do-not-contact warning.
 * @csspart section - Every section (each also has its own part, below).
 * @csspart record - The section that says the record could not be loaded.
 * @csspart identities - The identities section.
 * @csspart unknown - The section for a sender linked to nobody: candidates and "Ask the customer".
 * @csspart value - The value and reach section.
 * @csspart cases - The open cases section, with Create case and Log activity.
 * @csspart orders - The orders section.
 * @csspart offers - The next-best offers section.
 * @csspart history - The history section: sentiment trend and channels.
 * @csspart identity - One linked identity.
 * @csspart evidence - How an identity (or candidate) was matched, with its confidence.
 * @csspart confirm - The confirmation before unlinking.
 * @csspart candidates - The list of candidates for an unknown handle.
 * @csspart candidate - One candidate.
 * @csspart identify-message - The verification message, shown when no host took it.
 * @csspart standing - The reach / risk indicator and its factors.
 * @csspart case - One open case.
 * @csspart case-form - The form that creates a case.
 * @csspart activity-form - The form that logs an activity.
 * @csspart order - One order.
 * @csspart offer - One next-best offer.
 * @csspart trend - The sentiment trend: chart and words.
 * @csspart chart - The small sentiment chart.
 * @csspart channels - History by channel.
 * @csspart pager - Previous / Next of a long list.
 * @csspart skeleton - Placeholder while a section loads.
 * @csspart error - An error, with its Retry button.
 *
 * @cssproperty --cx-color-warning - Colour of the do-not-contact warning and of routes without consent.
 * @cssproperty --cx-color-danger - Colour of errors and of the Unlink confirmation.
 * @cssproperty --cx-color-success - Colour of granted consent and done actions.
 * @cssproperty --cx-color-border - Lines around sections.
 */
export class CxCustomer360 extends LitElement {
  static override styles = customer360Styles;

  readonly #adapters = new AdapterController(this);
  readonly #i18n = new LocaleController(this, { customer: customerTerms, standing: standingTerms, terms: en, sentiment: sentimentTerms, error: errorEn });
  readonly #problems = new AdapterProblems(this, this.#adapters);
  /** Reports a failed call (`cx-adapter-error`) and returns it typed, for the agent's plain words. */
  readonly #report = (operation: string, error: unknown) => this.#problems.failed(operation, error);
  readonly #loader = new CustomerLoader(this, this.#report);
  readonly #history = new HistoryController(this, this.#report);
  readonly #actionOptions = {
    adapter: () => this.#adapters.value,
    loader: this.#loader,
    now: () => this.now(),
    terms: () => this.#i18n.t.customer,
    announce: (text: string) => this.#announce(text),
    report: this.#report,
  };
  readonly #identity = new IdentityActions(this, { ...this.#actionOptions, agent: () => this.agent });
  readonly #cases = new CaseActions(this, this.#actionOptions);
  readonly #pager = new Pager();
  readonly #on = recordHandlers({
    loader: this.#loader,
    history: this.#history,
    identity: this.#identity,
    cases: this.#cases,
    pager: this.#pager,
    focusAfter: (selector) => this.#focusAfter(selector),
    requestUpdate: () => this.requestUpdate(),
    dispatchEvent: (event) => this.dispatchEvent(event),
  });

  @state() private announcement = '';
  @state() private tick = 0;
  #clock?: ReturnType<typeof setInterval>;
  #focus?: string;

  /** Id of the customer to show; wins over the conversation's and the interaction's. */
  @property({ attribute: 'customer-id' }) customerId?: string;

  /** A conversation: its customer is shown (or its sender's candidates), and cases are created from it. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The interaction the agent is on: its customer, conversation or address is used as above. */
  @property({ attribute: false }) interaction?: Interaction;

  /** The adapter; when unset, the one the nearest `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;

  /** The customer's conversations, for the history by channel and the sentiment trend; hidden when unset. */
  @property({ attribute: false }) conversations?: readonly Conversation[];

  /** The agent using the desktop: recorded as who linked an identity. */
  @property({ attribute: false }) agent?: Participant;

  /** Language of the words, numbers, money, dates and times (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's formats. */
  @property() locale?: string;

  /** The clock for ages, local time and link times. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The customer shown, when there is one. */
  get customer(): Customer | undefined {
    return this.#loader.state === 'ready' ? this.#loader.customer : undefined;
  }

  /** The reach / risk indicator of the customer shown, for a screen pop to offer as a priority reason. */
  get standing(): CustomerStanding | undefined {
    const customer = this.customer;
    return customer ? assessStanding(customer, this.now()) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => (this.tick += 1), 30_000);
    // Intl loads locale data on first use: do it while idle, not in the first record's render.
    (window.requestIdleCallback ?? setTimeout)(() => warmFormats(this.#i18n.lang, this.now()));
    this.requestUpdate(); // after a move in the DOM the loader loads again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  protected override willUpdate(): void {
    const adapter = this.#adapters.value;
    const started = this.#loader.track(adapter, { customerId: this.customerId, conversationId: this.conversationId, interaction: this.interaction });
    if (started) {
      this.#identity.reset();
      this.#cases.reset();
      this.#pager.reset();
    }
    this.#history.track(adapter, this.#loader.state === 'ready' ? this.conversations : undefined);
  }

  protected override updated(): void {
    if (!this.#focus) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  #announce(text: string): void {
    // The same words twice in a row are still announced.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #focusAfter(selector: string): void {
    this.#focus = selector;
    this.requestUpdate();
  }

  #recordView(): RecordView {
    const { agent, conversations } = this;
    return { loader: this.#loader, history: this.#history, identity: this.#identity, cases: this.#cases, pager: this.#pager, agent, conversations, on: this.#on };
  }

  override render(): TemplateResult {
    const adapter = this.#adapters.value;
    const ctx: ViewContext = { t: this.#i18n.t.customer, words: this.#i18n.t, locale: this.#i18n.lang, now: this.now(), can: (c) => !!adapter?.has(c) };
    const state = this.#loader.state;
    return html`<div part="base" class="base">
      ${state === 'idle' || state === 'unsupported'
        ? renderStatus(state, ctx)
        : renderRecord(this.#recordView(), ctx)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement || nothing}</div>
    </div>`;
  }
}
