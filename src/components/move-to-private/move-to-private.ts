import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CxConversationOpenEvent } from '../../events/conversation-open.js';
import { composerChecks } from '../../compose/checks-loader.js';
import { errorEn } from '../../i18n/error-terms.js';
import { moveEn, type MoveTemplates, type MoveTerms } from '../../i18n/move-terms.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import { ChecksDownload } from '../../internal/checks-download.js';
import { LocaleController } from '../../internal/locale-controller.js';
import type { Channel, ChannelKind } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Customer } from '../../model/customer.js';
import type { Message } from '../../model/message.js';
import type { Adapter } from '../../ports/ports.js';
import { MoveController } from './move-controller.js';
import { MoveLoader } from './move-loader.js';
import type { MoveDraft, MoveFacts } from './move-texts.js';
import { deepActive, dialogBody } from './move-view.js';
import { moveToPrivateStyles } from './move-to-private.styles.js';

/**
 * @tagname cx-move-to-private
 * @summary Takes a public conversation private in one step: the right route, a public acknowledgement, the first private message, nothing sent twice.
 *
 * Place it anywhere (a toolbar, a record page, next to a flagged post) with a `conversation-id`; the composer
 * hosts it too, carrying the agent's text over as the private message. Its button opens a dialog that offers
 * the private routes the conversation's channels and the customer allow — a DM on the same platform (its
 * consent, reply window and one private reply to a comment), e-mail (known and consented), a phone callback
 * (the host's click-to-dial, else a `tel:` link), a secure one-time link the host makes — and lists each
 * other route with why it is not open. The customer comes from the adapter's `CustomerDirectory` when the
 * conversation names one; without it e-mail and phone have no address.
 *
 * Both texts start from templates with variables (`{customerName}`, `{firstName}`, `{handle}`,
 * `{agentName}`, `{agentInitials}`, `{caseId}`, `{privateChannel}`, `{dmLink}`, `{secureLink}`), fitted to
 * the public channel's length rule; the agent edits them and sees what will be sent. An unknown variable,
 * or one with no value, is shown as an error and never sent. Both texts go through `reviewReply`: personal
 * data blocks the public text; other findings ask for a second confirmation.
 *
 * One confirmation fires `cx-move-to-private-request`, then runs `moveToPrivate` with a client id. Each step
 * (public acknowledgement, private message or channel, conversations linked, activity logged) is shown and
 * announced; Retry sends the same request again, so the host repeats only what failed and nothing goes out
 * twice, even after a lost answer. Escape or Cancel closes the dialog and keeps the texts; focus returns to
 * what opened it. Switching conversations closes it; a move under way finishes for its own conversation.
 *
 * @csspart trigger - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart summary - Where the move starts from, and the customer.
 * @csspart routes - The private routes open to this customer.
 * @csspart no-route - Said when no private route is open.
 * @csspart unavailable - The routes that are not open, each with why.
 * @csspart acknowledgement - The public acknowledgement: label, audience, text box, preview, counter.
 * @csspart opening - The first private message, likewise.
 * @csspart preview - What a text is sent as, its variables filled.
 * @csspart counter - Characters left on the text's channel.
 * @csspart problems - Variables a text can't be sent with.
 * @csspart findings - What the reply checks found in a text.
 * @csspart steps - Each step's outcome, once the move ran.
 * @csspart actions - The dialog's buttons.
 * @csspart confirm - Moves (or retries the failed steps).
 * @csspart call - Calls the customer back (click-to-dial, or a `tel:` link).
 * @csspart open - Opens the private conversation.
 * @csspart close - Cancels or closes.
 * @csspart error - A load, download, link or move failure, with Retry.
 * @csspart link-error - The secure link that could not be made, with Retry (also an `error`).
 * @csspart error-detail - The technical detail of a failure, or of a failed step (the host’s own text), behind a disclosure.
 *
 * @cssproperty --cx-color-warning - Colour of problems, findings and over-limit counters.
 *
 * @event {CxMoveToPrivateRequestEvent} cx-move-to-private-request - The agent confirmed; `request` holds the route and both texts. Cancelable: `preventDefault()` if the host runs the move (nothing is sent).
 * @event {CxMovedToPrivateEvent} cx-moved-to-private - The move finished with every step done or skipped; `result`, `request` and `privateConversationId`.
 * @event {CxConversationOpenEvent} cx-conversation-open - The agent asked to open the private conversation the move opened.
 * @event {CxAdapterErrorEvent} cx-adapter-error - For developers: loading, the secure link, the move or the call-back failed, or the adapter returned data that could not be used (`operation`, `path`, `problem`, the raw `value`). One per failure; one console warning per kind.
 */
export class CxMoveToPrivate extends LitElement {
  static override styles = moveToPrivateStyles;

  readonly #adapter = new AdapterController(this);
  readonly #i18n = new LocaleController(this, { move: moveEn, error: errorEn });
  readonly #problems = new AdapterProblems(this, this.#adapter);
  readonly #report = (operation: string, error: unknown) => void this.#problems.failed(operation, error);
  readonly #loader = new MoveLoader(this, () => ({
    adapter: this.#adapter.value,
    conversationId: this.conversationId,
    conversation: this.conversation,
    messages: this.messages,
    customer: this.customer,
  }), this.#report); // prettier-ignore
  readonly #checks = new ChecksDownload(this, 'cx-move-to-private');
  readonly #move = new MoveController(this, {
    adapter: () => this.#adapter.value,
    facts: () => this.#facts(),
    announce: (text) => this.#announce(text),
    settled: () => void this.#focus('[data-action="retry"], [part~="open"], [part~="call"], [part~="close"]'),
    report: this.#report,
  });
  #returnTo?: HTMLElement;
  #shownFor?: string;
  /** The dialog opened before its content was ready: focus goes in once it is. */
  #focusPending = false;
  /** The move worked out for this update (only while the dialog is open). */
  #draft?: MoveDraft;

  @query('dialog') private dialog?: HTMLDialogElement;

  @state() private announcement = '';

  /** The adapter; when unset, the one the nearest `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;
  /** The conversation to move; loaded through the adapter when `conversation` is not given. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** The conversation itself (the composer gives it). */
  @property({ attribute: false }) conversation?: Conversation;
  /** Its messages, oldest first; loaded (the newest 100) when not given. */
  @property({ attribute: false }) messages?: readonly Message[];
  /** The customer; loaded from the adapter's `CustomerDirectory` when not given and the conversation names one. */
  @property({ attribute: false }) customer?: Customer;
  /** Id of the public channel to move from; by default the one the customer last wrote on publicly. */
  @property({ attribute: 'from-channel' }) fromChannel?: string;
  /** The agent's own text, used as the private message (the composer carries its reply over). */
  @property({ attribute: false }) privateText = '';
  /** The agent's name for `{agentName}` and `{agentInitials}`; by default the conversation's assignee. */
  @property({ attribute: 'agent-name' }) agentName?: string;
  /** Templates to use instead of the built-in ones, per text and route (see `MoveTemplates`). */
  @property({ attribute: false }) templates?: Partial<MoveTemplates>;
  /** Links (https) that open a DM with the brand, by platform, for `{dmLink}`: `{ x: 'https://x.com/messages/compose?recipient_id=…' }`. */
  @property({ attribute: false }) dmLinks: Partial<Record<ChannelKind, string>> = {};
  /** The brand's own phone numbers: never flagged as personal data in the public text. */
  @property({ attribute: false }) serviceNumbers?: readonly string[];
  /** The words (and default templates) of the element; English by default. */
  @property({ attribute: false }) terms?: MoveTerms;

  /** The language of the dialog's words and the move's texts (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English. `terms` wins over it. */
  @property() locale?: string;

  get #terms(): MoveTerms {
    return this.terms ?? this.#i18n.t.move;
  }
  /** The clock for reply windows. */
  @property({ attribute: false }) now: () => Date = () => new Date();
  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#loader.sync();
    const id = this.#loader.conversationId;
    // Another conversation: the dialog of the previous one closes (its texts are kept with it).
    if (this.open && this.#shownFor !== undefined && id !== this.#shownFor && !changed.has('open')) this.open = false;
    if (changed.has('open') && this.open) this.#announce(this.#terms.announce.opened);
    if (this.open) void this.#move.ensureLink();
    // The counters and checks of both texts are downloaded on first opening; the dialog says it is loading meanwhile, or that they could not be, with Retry.
    if (this.open) this.#checks.request();
    this.#draft = this.open && composerChecks.value ? this.#move.draft : undefined;
  }

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#returnTo = deepActive();
      this.#shownFor = this.#loader.conversationId;
      dialog.showModal();
      this.#focusPending = true;
    } else if (!this.open && dialog.open) dialog.close();
    // Into the dialog once its routes show with the customer's (the chosen route can depend on them).
    if (this.open && this.#focusPending && this.#draft && !this.#loader.loading && !this.#loader.loadingCustomer) {
      this.#focusPending = false;
      void this.#focus('input[name="route"]:checked, textarea, [part~="close"]');
    }
  }

  #facts(): MoveFacts | undefined {
    const conversation = this.conversation ?? this.#loader.conversation;
    if (!conversation) return undefined;
    const adapter = this.#adapter.value;
    const customer = this.customer ?? this.#loader.customer;
    const from = this.fromChannel ? conversation.channels.find((c) => c.id === this.fromChannel && c.public) : undefined;
    return {
      conversation,
      messages: this.messages ?? this.#loader.messages ?? [],
      ...(customer ? { customer } : {}),
      ...(from ? { from } : {}),
      carried: this.privateText,
      ...(this.agentName ? { agentName: this.agentName } : {}),
      templates: { ...this.#terms.templates, ...this.templates },
      terms: this.#terms,
      errorTerms: this.#i18n.t.error,
      dmLinks: this.dmLinks,
      ...(this.serviceNumbers ? { serviceNumbers: this.serviceNumbers } : {}),
      can: { dial: !!adapter?.has('interactions.dial'), secureLink: !!adapter?.has('conversations.createSecureLink') },
      now: this.now(),
    };
  }

  #announce(text: string): void {
    // The same words again would not be read out: a trailing no-break space makes them new.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.dialog?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The dialog closed (Escape, Cancel, Close, `open` set false): focus goes back to what opened it. */
  #onClose(): void {
    if (this.dialog?.open) return; // the close of an earlier opening, arriving after a new one
    this.open = false;
    this.#shownFor = undefined;
    const back = this.#returnTo?.isConnected ? this.#returnTo : this.renderRoot.querySelector<HTMLElement>('[part~="trigger"]');
    this.#returnTo = undefined;
    back?.focus();
  }

  /** What the dialog's buttons do besides the move's own actions. */
  readonly #actions = { confirm: () => void this.#confirm(), close: () => this.close(), openPrivate: (id: string) => this.#openPrivate(id) };

  async #confirm(): Promise<void> {
    const which = await this.#move.confirm();
    if (which) void this.#focus(`#${which}`);
  }

  #openPrivate(conversationId: string): void {
    const kind = this.#move.session?.result?.channel?.kind ?? 'other';
    this.dispatchEvent(new CxConversationOpenEvent(conversationId, kind as Channel['kind']));
    this.close();
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; what the agent wrote is kept. */
  close(): void {
    this.open = false;
  }

  override render(): TemplateResult {
    const t = this.#terms;
    return html`<button part="trigger" type="button" aria-haspopup="dialog" @click=${() => this.show()}>${t.trigger}</button>
      <dialog part="dialog" aria-labelledby="title" @close=${() => this.#onClose()} @cancel=${() => this.#move.session?.locked || this.#announce(t.announce.cancelled)}>
        ${this.open ? html`<div class="body"><h2 id="title">${t.title}</h2>${dialogBody({ loader: this.#loader, checks: this.#checks, draft: this.#draft, move: this.#move, terms: t, errors: this.#i18n.t.error, actions: this.#actions })}</div>` : nothing}
        <div role="status" class="sr-only">${this.open ? this.announcement : ''}</div>
      </dialog>
      <div role="status" class="sr-only">${this.open ? '' : this.announcement}</div>`;
  }
}
