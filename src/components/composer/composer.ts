import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isNoteChannel } from '../../compose/audience.js';
import type { DraftStore } from '../../compose/drafts.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { composerEn } from '../../i18n/composer-terms.js';
import { snippetEn } from '../../i18n/snippet-terms.js';
import { errorEn } from '../../i18n/error-terms.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Adapter } from '../../ports/ports.js';
import type { KnowledgeInsertOutcome } from '../../events/knowledge.js';
import type { ReplySender } from '../../thread/outbox.js';
import { composerStyles } from './composer.styles.js';
import { composerView, noConversationView } from './composer-view.js';
import { LengthLevel, reviewContextFor, textAtCaret } from './composer.parts.js';
import { ChecksController } from './checks-controller.js';
import { ChoiceController } from './choice-controller.js';
import { ConversationController } from './conversation-controller.js';
import { DraftController } from './draft-controller.js';
import { GateController } from './gate-controller.js';
import { clearMovedReply } from './move-host.js';
import { ReopenController } from './reopen-controller.js';
import { SendController } from './send-controller.js';
import { SnippetController } from './snippet-controller.js';
import { sendDraft, type SendFlow } from './send-flow.js';

/**
 * @tagname cx-composer
 * @summary Writes a reply on the channel the agent picks, or an internal note, with each channel's rules: length, reply windows,
 * private replies and caps, checks before sending (`reviewReply`), drafts that survive reloads, and nothing private going public by accident.
 *
 * The thread gives it `conversation`, `messages` (oldest first) and `sender` (its outbox, so a send shows in
 * the timeline at once). Alone it needs a `conversation` (or `conversation-id`) and an adapter from
 * `<cx-desk>`; it then loads what is missing and sends through an outbox of its own. Ctrl/Cmd+Enter sends.
 *
 * The reply and the internal note are separate drafts: choosing a note channel shows the note, choosing a
 * reply channel the reply, and text never changes audience on its own. Moving a note into the reply, or a
 * reply from a private channel to a public one, asks first, with keeping it where it was as the default.
 * A failed send's Retry sends it again exactly as it went out, on its own channel.
 * On a public channel it hosts `<cx-move-to-private>` (its button, and the review's "Move to private…") with
 * the reply carried over as the private message; that element's `cx-move-to-private-request` and `cx-moved-to-private` bubble out.
 *
 * @slot knowledge - A `<cx-knowledge>` docked under the reply (same conversation): its Insert link and Quote go into this reply.
 *
 * @csspart base - The form around everything.
 * @csspart channels - The group of channels to reply on.
 * @csspart reason - Why a reply is not possible on the chosen channel, or that the conversation is closed.
 * @csspart note - What the agent should know before replying on the chosen channel.
 * @csspart audience - Who will read the text, in words (internal note, private reply, public reply).
 * @csspart textarea - The reply (or note) text.
 * @csspart counter - Characters left, or how far over the limit.
 * @csspart status - Sending state, and a failed send in plain words (the send button becomes Retry).
 * @csspart error-detail - The technical detail of a failed send, of checks that could not be downloaded or of a failed load, behind a disclosure.
 * @csspart checks-error - The length counter and reply checks could not be downloaded: Retry, and the agent's choice to send without them.
 * @csspart error - The error inside `checks-error`, or the conversation that could not be loaded; with `error-retry`.
 * @csspart error-retry - Downloads the checks again, or loads the conversation again.
 * @csspart send - The send (or "Add note", or retry) button.
 * @csspart warning - The confirmation shown before a send with findings, a stale reply, or a text made more visible.
 * @csspart snippet-note - Says the reply holds knowledge text not yet in the agent's own words (a public send warns of a stock reply until it is).
 * @csspart move - The hosted `<cx-move-to-private>`: its button, and the dialog of the move (route, public acknowledgement, private message, each step's result).
 *
 * @cssproperty --cx-color-warning - Colour of warnings and of the over-limit counter.
 * @cssproperty --cx-color-note - Background of the text box while writing an internal note.
 *
 * @event {CxBeforeSendEvent} cx-before-send - Before each attempt to send (retries too); `message` is the reply. Cancelable: `preventDefault()` stops it and keeps the text.
 * @event {CxAfterSendEvent} cx-after-send - Once per reply the host confirmed (by its answer, or by the live watch after a lost answer); `message` is the sent Message.
 * @event {CxAdapterErrorEvent} cx-adapter-error - For developers: a send, loading the conversation or reopening it failed (`operation`, `problem`, the raw `value`). One per failure; one console warning per kind.
 */
export class CxComposer extends LitElement {
  static override styles = composerStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  readonly #adapter = new AdapterController(this);
  readonly #i18n = new LocaleController(this, { composer: composerEn, knowledge: snippetEn, error: errorEn });
  readonly #problems = new AdapterProblems(this, this.#adapter);
  /** Reports a failed call (`cx-adapter-error`) and returns it typed, for the agent's plain words. */
  readonly #report = (operation: string, error: unknown) => this.#problems.failed(operation, error);
  readonly #checks = new ChecksController(this);
  readonly #draft = new DraftController(this, () => this.#conversation?.id);
  readonly #loader = new ConversationController(this, () => ({
    adapter: this.#adapter.value,
    conversationId: this.conversation?.id ?? this.conversationId,
    conversation: !this.conversation,
    messages: !this.messages,
  }), this.#report); // prettier-ignore
  readonly #send = new SendController(this, () => this.#adapter.value, this.#draft, (text) => this.#announce(text), () => this.#i18n.t, this.#report);
  readonly #choice = new ChoiceController(this, this.#draft, {
    conversation: () => this.#conversation,
    messages: () => this.#messages,
    now: () => this.now(),
    openGate: (gate) => void this.#gates.open(gate),
    rules: () => this.#i18n.t.composer.rules,
    requestChecks: () => this.#checks.request(),
  });
  readonly #gates = new GateController(this, {
    messages: () => this.#messages,
    review: (text, channel) => this.#checks.review(text, {
      ...reviewContextFor(this.#conversation, this.#messages, channel, this.serviceNumbers),
      terms: this.#i18n.t.composer.review,
      snippetFinding: this.#i18n.t.knowledge.adaptFinding,
      snippets: this.#snippets.snippets(),
    }),
    announce: (text) => this.#announce(text),
    terms: () => this.#i18n.t.composer,
    send: () => void this.send(),
    widen: (gate) => this.#choice.widen(gate),
    replyOn: (channel) => this.#choice.choose(channel.id),
    move: () => this.renderRoot.querySelector('cx-move-to-private')?.show(),
    focusText: () => void this.updateComplete.then(() => this.textarea?.focus()),
  });
  readonly #reopen = new ReopenController(this, () => this.#adapter.value, this.#report);
  readonly #snippets = new SnippetController(this, {
    conversationId: () => this.#conversation?.id,
    replyText: () => this.#draft.slot('reply').text,
    textAfter: (text) => this.#textAfter(text).text,
    channel: () => this.#choice.channel,
    insert: (text) => this.insertText(text),
  });
  readonly #flow: SendFlow = { conversation: () => this.#conversation, messages: () => this.#messages, draft: this.#draft, choice: this.#choice,
    checks: this.#checks, gates: this.#gates, send: this.#send, reopen: this.#reopen, added: (message) => this.#loader.add(message) }; // prettier-ignore
  #conversation?: Conversation;
  readonly #lengthLevel = new LengthLevel();

  @query('textarea#text') private textarea?: HTMLTextAreaElement;

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
  /** The brand's own phone numbers (any format): never flagged as personal data in a reply. */
  @property({ attribute: false }) serviceNumbers?: readonly string[];
  /** The clock for reply windows and draft times. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The language of the composer's words (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English. */
  @property() locale?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before reading what it loaded: a new `conversation-id` must not show (or send to) the old conversation.
    this.#loader.sync();
    this.#conversation = this.conversation ?? this.#loader.conversation;
    const channels = this.#conversation?.channels ?? [];
    if (this.#draft.sync((id) => channels.some((c) => c.id === id && isNoteChannel(c)))) {
      this.#gates.reset();
      this.#reopen.reset();
      this.#checks.reset();
    }
    if (changed.has('now')) this.#choice.tick();
    this.#choice.sync();
    this.#gates.outdated(this.#choice.channel);
    if (this.#conversation && this.#send.confirmedElsewhere(this.#conversation.id, (id) => this.#choice.confirmed(id))) this.#announce(this.#i18n.t.composer.announce.sent);
    this.#announce(this.#lengthLevel.cross(this.#choice.length, this.#i18n.t.composer));
  }

  get #messages(): readonly Message[] {
    return this.messages ?? this.#loader.messages ?? [];
  }

  #announce(text: string | undefined): void {
    if (!text) return;
    // Repeating the same words would not be read out again; a trailing no-break space makes them new.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** The agent changed the text: an edited failed reply is a new one (a retry would resend the old text). */
  #edit(text: string): void {
    const conversationId = this.#draft.conversationId;
    this.#draft.edit(text, this.#choice.channel?.id, !!conversationId && this.#send.isPending(conversationId));
    if (conversationId) this.#send.errors.delete(conversationId);
    this.#gates.edited();
  }

  /**
   * Sends the draft shown (a retry sends the failed one exactly as it went out). A reply is checked first:
   * confirmation if the customer wrote since it was started, and if `reviewReply` finds anything (personal
   * data, tone, stock replies, text meant for the team). Does nothing when a send isn't possible, nor while
   * the checks can't be downloaded (unless the agent chose to send this text without them: `ChecksController`).
   */
  async send(): Promise<void> {
    return sendDraft(this.#flow);
  }

  /**
   * Inserts `text` into the reply at the caret (replacing a selection), as if the agent typed it: it counts
   * as new reply text. Shows the reply if the note was shown. False when nothing was inserted (no
   * conversation, or a send or check is under way).
   */
  insertText(text: string): boolean {
    const conversation = this.#conversation;
    if (!conversation || !text || this.#send.isPending(conversation.id) || this.#gates.checking) return false;
    const { text: next, at } = this.#textAfter(text);
    this.#draft.show('reply');
    this.#edit(next);
    void this.updateComplete.then(() => this.textarea?.setSelectionRange(at, at));
    return true;
  }

  /** The reply after inserting `text` at the caret (at the end when the note is shown), and the caret after it. */
  #textAfter = (text: string) => textAtCaret(this.#draft.slot('reply').text, text, this.#draft.writing === 'reply' ? this.textarea : undefined);

  /**
   * Inserts knowledge text (a quote, a link) at the caret, like `insertText`, unless the reply would go over
   * the channel's limit. The reply then counts as a stock reply in the review until the agent has put it in
   * their own words. `<cx-knowledge>` calls this through its `cx-knowledge-insert` request.
   */
  insertSnippet(text: string): KnowledgeInsertOutcome {
    return this.#snippets.insert(text);
  }

  /** Focuses the text box (the element itself when there is nothing to write in yet). */
  override focus(options?: FocusOptions): void {
    if (this.textarea) this.textarea.focus(options);
    else super.focus(options);
  }

  override render(): TemplateResult {
    const conversation = this.#conversation;
    const t = this.#i18n.t.composer;
    if (!conversation) return noConversationView(this.#loader, t, this.#i18n.t.error);
    return composerView({
      conversation, messages: this.#messages, adapter: this.#adapter.value, draft: this.#draft, choice: this.#choice, send: this.#send, reopen: this.#reopen,
      gates: this.#gates, checks: this.#checks, snippets: this.#snippets, now: this.now, serviceNumbers: this.serviceNumbers, locale: this.#i18n.lang,
      t, errors: this.#i18n.t.error, snippetNote: this.#i18n.t.knowledge.adaptNote, announcement: this.announcement,
      on: {
        edit: (text) => this.#edit(text),
        send: () => void this.send(),
        sendUnchecked: () => {
          this.#checks.allowUnchecked(this.#draft.draft.text);
          void this.send();
        },
        reopen: () => void this.#reopen.reopen(conversation).then((ok) => ok && this.#announce(t.announce.reopened)),
        // A move to private sent the reply privately: it is cleared like a sent one.
        moved: (e) => clearMovedReply(e, this.#draft, this.#conversation?.id) && this.#announce(t.announce.moved),
      },
    }); // prettier-ignore
  }
}
