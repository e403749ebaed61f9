import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { property, query, state } from 'lit/decorators.js';
import type { DraftStore } from '../../compose/drafts.js';
import { lengthStatus, type LengthStatus } from '../../compose/length.js';
import { findPii } from '../../compose/pii.js';
import { canReply, customerWroteSince, type ReplyVerdict } from '../../compose/reply-rules.js';
import { stockReply } from '../../compose/stock.js';
import { checkTone } from '../../compose/tone.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import type { Adapter } from '../../ports/ports.js';
import type { ReplySender } from '../../thread/outbox.js';
import { newClientId } from './client-id.js';
import { toneAnalyzer } from './tone-loader.js';
import { composerStyles } from './composer.styles.js';
import { channelPicker, counter, gateView, lengthLevel, outgoing, statusView, type Gate, type GateActions } from './composer.parts.js';
import { ConversationController } from './conversation-controller.js';
import { DraftController } from './draft-controller.js';
import { MoveController } from './move-controller.js';
import { SendController } from './send-controller.js';
import { moveView } from './move-view.js';
import { composerEn as t } from '../../i18n/composer-terms.js';

/**
 * @tagname cx-composer
 * @summary Writes a reply on the channel the agent picks, with that channel's rules: length, reply windows,
 * private replies and caps, personal data, tone and stock-reply checks before a public post, and drafts that survive reloads.
 *
 * The thread gives it `conversation`, `messages` (oldest first) and `sender` (its outbox, so a send shows in
 * the timeline at once). Alone it needs a `conversation` (or `conversation-id`) and an adapter from
 * `<cx-desk>`; it then loads what is missing and sends through an outbox of its own. Ctrl/Cmd+Enter sends.
 *
 * @csspart base - The form around everything.
 * @csspart channels - The group of channels to reply on.
 * @csspart reason - Why a reply is not possible on the chosen channel.
 * @csspart note - What the agent should know before replying on the chosen channel.
 * @csspart textarea - The reply text.
 * @csspart counter - Characters left, or how far over the limit.
 * @csspart status - Sending state and errors.
 * @csspart send - The send (or retry) button.
 * @csspart warning - The confirmation shown before a public send or a stale reply.
 * @csspart move - The move to private: public acknowledgement and each step's result.
 *
 * @cssproperty --cx-color-warning - Colour of warnings and of the over-limit counter.
 *
 * @event {CxBeforeSendEvent} cx-before-send - Before each attempt to send (retries too); `message` is the reply. Cancelable: `preventDefault()` stops it and keeps the text.
 * @event {CxAfterSendEvent} cx-after-send - After the host confirmed a reply; `message` is the sent Message.
 * @event {CxMoveToPrivateRequestEvent} cx-move-to-private-request - The agent asked to move to private; `request` holds route and texts. Cancelable: `preventDefault()` if the host runs the move.
 * @event {CxMovedToPrivateEvent} cx-moved-to-private - A move the composer ran has finished; `result` holds each step.
 */
export class CxComposer extends LitElement {
  static override styles = composerStyles;

  readonly #adapter = new AdapterController(this);
  readonly #draft = new DraftController(this, () => this.#conversation?.id);
  readonly #loader = new ConversationController(this, () => ({
    adapter: this.#adapter.value,
    conversationId: this.conversation?.id ?? this.conversationId,
    conversation: !this.conversation,
    messages: !this.messages,
  }));
  readonly #move = new MoveController(this, () => this.#adapter.value, (_result, conversationId) => {
    // The draft went out privately: forget it, even when the agent has switched to another conversation since.
    this.#draft.clear(conversationId);
    if (conversationId === this.#conversation?.id) this.#announce(t.announce.moved);
  });
  #conversation?: Conversation;
  #verdicts = new Map<string, ReplyVerdict>();
  #length?: LengthStatus;
  readonly #send = new SendController(this, () => this.#adapter.value, this.#draft, (text) => this.#announce(text));
  readonly #seenCustomerIds = new Set<string>();
  #checkedText?: string;
  #lengthLevel: 'ok' | 'near' | 'over' = 'ok';
  #tick?: ReturnType<typeof setInterval>;

  @query('textarea#text') private textarea?: HTMLTextAreaElement;

  @state() private checking = false;
  @state() private gate: Gate | null = null;
  @state() private announcement = '';

  /** The adapter; when unset, the one the nearest `<cx-desk>` provides. */
  @property({ attribute: false }) adapter?: Adapter;
  /** The conversation to reply in. */
  @property({ attribute: false }) conversation?: Conversation;
  /** Loads the conversation from the adapter when `conversation` is not given. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** The conversation's messages, oldest first; loaded from the adapter when not given. */
  @property({ attribute: false }) messages?: readonly Message[];
  /** Sends replies (the thread's outbox); an outbox over the adapter when not given. */
  @property({ attribute: false }) sender?: ReplySender;
  /** Where drafts are kept; by default localStorage (memory when it is unavailable). */
  @property({ attribute: false }) drafts?: DraftStore;
  /** The clock for reply windows and draft times. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tick = setInterval(() => this.requestUpdate(), 30_000); // reply windows close while the agent writes
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
  }

  protected override willUpdate(): void {
    // Before reading what it loaded: a new `conversation-id` must not show (or send to) the old conversation.
    this.#loader.sync();
    this.#conversation = this.conversation ?? this.#loader.conversation;
    if (this.#draft.sync()) {
      this.gate = null;
      this.#checkedText = undefined;
      this.#move.reset();
    }
    const conversation = this.#conversation;
    const messages = this.#messages;
    this.#deliveredElsewhere(conversation, messages);
    const now = this.now();
    this.#verdicts = new Map(conversation?.channels.map((c) => [c.id, canReply(c, conversation, messages, now)]));
    const channel = this.#channel;
    this.#length = channel ? lengthStatus(this.#draft.draft.text, channel.capabilities.counting, channel.capabilities.maxLength) : undefined;
    this.#announceLength(this.#length);
  }

  /** The failed reply of this draft went out another way (the thread's Retry): the draft is done. */
  #deliveredElsewhere(conversation: Conversation | undefined, messages: readonly Message[]): void {
    const { clientId } = this.#draft.draft;
    if (!conversation || !clientId || this.#send.isPending(conversation.id)) return;
    if (!messages.some((m) => m.clientId === clientId && m.delivery !== 'pending' && m.delivery !== 'failed')) return;
    this.#draft.clear(conversation.id);
    this.#send.errors.delete(conversation.id);
    this.#announce(t.announce.sent);
  }

  /** Tells screen readers when the draft crosses a threshold, not on every keystroke. */
  #announceLength(status: LengthStatus | undefined): void {
    const level = status ? lengthLevel(status) : 'ok';
    if (level === this.#lengthLevel) return;
    if (level === 'over') this.#announce(t.announce.overBy(-status!.remaining!));
    else if (level === 'near') this.#announce(t.announce.left(status!.remaining!));
    else if (this.#lengthLevel === 'over') this.#announce(t.announce.backWithin);
    this.#lengthLevel = level;
  }

  get #messages(): readonly Message[] {
    return this.messages ?? this.#loader.messages ?? [];
  }

  /** The chosen channel: the draft's, else where the customer last wrote, else the first that allows a reply. */
  get #channel(): Channel | undefined {
    const channels = this.#conversation?.channels ?? [];
    const chosen = channels.find((c) => c.id === this.#draft.draft.channelId);
    if (chosen) return chosen;
    const ok = (c: Channel) => this.#verdicts.get(c.id)?.ok === true;
    const last = [...this.#messages].reverse().find((m) => m.author.role === 'customer');
    return channels.find((c) => c.id === last?.channelId && ok(c)) ?? channels.find(ok) ?? channels[0];
  }

  #announce(text: string): void {
    // Repeating the same words would not be read out again; a trailing no-break space makes them new.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  #onInput(event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    const conversationId = this.#draft.conversationId;
    const failedClientId = this.#draft.draft.clientId && !(conversationId && this.#send.isPending(conversationId));
    // Editing a reply that failed makes it a new one: a retry would resend the old text.
    this.#draft.edit(text);
    if (failedClientId) this.#draft.update({ clientId: undefined });
    if (!this.#draft.draft.channelId && this.#channel) this.#draft.update({ channelId: this.#channel.id });
    if (conversationId) this.#send.errors.delete(conversationId);
    if (this.gate?.kind === 'public') this.gate = null;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.send();
    }
  }

  #choose(channelId: string): void {
    this.#draft.update({ channelId });
    if (this.gate?.kind === 'public') this.gate = null;
  }

  /**
   * Sends the draft: confirms first if the customer wrote since it was started, and before a public post
   * with personal data, a negative or sarcastic tone, or that reads as a stock reply. Does nothing when a reply isn't possible.
   */
  async send(): Promise<void> {
    const conversation = this.#conversation;
    const channel = this.#channel;
    const verdict = channel && this.#verdicts.get(channel.id);
    const { text, startedAt, clientId } = this.#draft.draft;
    if (!conversation || !channel || !verdict?.ok || !text.trim() || this.#length?.over) return;
    if (this.#send.isPending(conversation.id) || this.checking) return;
    const fresh = startedAt ? customerWroteSince(this.#messages, startedAt).filter((m) => !this.#seenCustomerIds.has(m.id)) : [];
    if (fresh.length) return this.#openGate({ kind: 'stale', messages: fresh });
    if (channel.public && this.#checkedText !== text) {
      this.checking = true;
      const findings = findPii(text);
      const stock = stockReply(text, this.#messages);
      const tone = await checkTone(text, toneAnalyzer.load);
      this.checking = false;
      // The check may have downloaded the analyzer: if the agent typed on or switched conversations meanwhile,
      // this text is no longer the draft to send (sending it would clear what they added, or write into another draft).
      if (this.#conversation?.id !== conversation.id || this.#draft.draft.text !== text) return;
      if (findings.length || tone || stock) return this.#openGate({ kind: 'public', findings, tone, stock });
    }
    this.gate = null;
    const message = outgoing(conversation, channel, verdict, this.#messages, text, clientId ?? newClientId());
    const sent = await this.#send.deliver(message, clientId !== undefined);
    if (sent) {
      this.#loader.add(sent);
      this.#checkedText = undefined;
    }
  }

  /** Shows a confirmation and moves focus to its first choice, so keyboard users land on it. */
  async #openGate(gate: Gate): Promise<void> {
    this.gate = gate;
    this.#announce(gate.kind === 'stale' ? t.announce.stale : t.announce.checkPublic);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[part="warning"] button')?.focus();
  }

  #confirmGate(): void {
    if (this.gate?.kind === 'stale') for (const m of this.gate.messages) this.#seenCustomerIds.add(m.id);
    else this.#checkedText = this.#draft.draft.text;
    this.gate = null;
    void this.send();
  }

  #dismissGate(): void {
    if (this.gate?.kind === 'stale') for (const m of this.gate.messages) this.#seenCustomerIds.add(m.id);
    this.gate = null;
    this.textarea?.focus();
  }

  #gateActions(privateChannel: Channel | undefined): Omit<GateActions, 'channel' | 'privateChannel'> {
    return {
      confirm: () => this.#confirmGate(),
      dismiss: () => this.#dismissGate(),
      replyPrivately: () => {
        this.gate = null;
        if (privateChannel) this.#choose(privateChannel.id);
        this.#announce(t.announce.replyingOn(privateChannel?.name ?? ''));
      },
      move: () => {
        this.gate = null;
        this.#move.open();
      },
    };
  }

  override render(): TemplateResult {
    const conversation = this.#conversation;
    if (!conversation) return html`<p part="base" aria-busy=${this.#loader.loading ? 'true' : 'false'}>${t.noConversation}</p>`;
    const channel = this.#channel;
    const verdict = channel ? this.#verdicts.get(channel.id) : undefined;
    const { text, clientId } = this.#draft.draft;
    const pending = this.#send.isPending(conversation.id);
    const error = this.#send.errors.get(conversation.id);
    const failed = !pending && clientId !== undefined;
    const blocked = !verdict?.ok || !text.trim() || !!this.#length?.over || this.checking || pending;
    const privateChannel = conversation.channels.find((c) => !c.public && c.kind !== 'note' && this.#verdicts.get(c.id)?.ok);
    return html`<form part="base" @submit=${(e: Event) => e.preventDefault()}>
      ${channelPicker(conversation.channels, channel?.id, this.#verdicts, (id) => this.#choose(id), pending)}
      ${verdict && !verdict.ok ? html`<p part="reason" id="reason"><span aria-hidden="true">⛔ </span>${verdict.reason}</p>` : nothing}
      ${verdict?.ok && verdict.note ? html`<p part="note">${verdict.note}</p>` : nothing}
      <label for="text">${t.replyLabel(channel?.name)}</label>
      <textarea id="text" part="textarea" rows="4" .value=${live(text)} ?readonly=${pending || this.checking} aria-describedby="counter ${verdict?.ok ? '' : 'reason'}"
        @input=${this.#onInput} @keydown=${this.#onKeydown}></textarea>
      <div class="footer">
        ${counter(this.#length)}
        ${statusView(pending ? 'pending' : failed ? 'failed' : this.checking ? 'checking' : 'idle', error)}
        <button part="send" type="button" ?disabled=${blocked} @click=${() => this.send()}>${pending ? t.sending : failed ? t.retry : t.send}</button>
      </div>
      ${this.gate ? gateView(this.gate, { channel, privateChannel, ...this.#gateActions(privateChannel) }) : nothing}
      ${channel ? moveView(this.#move, conversation, channel, text) : nothing}
      <div role="status" class="sr-only">${this.announcement}</div>
    </form>`;
  }
}
