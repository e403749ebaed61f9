import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { customerWroteSince } from '../../compose/reply-rules.js';
import type { ReplyFinding } from '../../compose/review.js';
import type { Channel } from '../../model/channel.js';
import type { Message } from '../../model/message.js';
import type { Gate, GateActions } from './gate-view.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';

export interface GateInputs {
  messages(): readonly Message[];
  /** Runs the reply checks (`reviewReply`) on a text for a channel; rejects when they could not be downloaded (shown by `ChecksController`). */
  review(text: string, channel: Channel): Promise<ReplyFinding[]>;
  announce(text: string): void;
  /** The words in the composer's language. */
  terms(): ComposerTerms;
  /** Sends again after a confirmation. */
  send(): void;
  /** The agent agreed to show a text to more people. */
  widen(gate: Extract<Gate, { kind: 'widen' }>): void;
  /** Reply on this channel instead (the review's "reply privately"). */
  replyOn(channel: Channel): void;
  /** Opens the move to private. */
  move(): void;
  /** Back to the text box. */
  focusText(): void;
}

type GateHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The confirmations a send waits for: the customer wrote since the reply was started, the checks found
 * something, or a text is about to reach more people than it was written for. Each opens inline and takes
 * the focus on its safe choice; a confirmed text is not checked again until it changes.
 */
export class GateController implements ReactiveController {
  readonly #host: GateHost;
  readonly #in: GateInputs;
  readonly #seenCustomerIds = new Set<string>();
  #checkedText?: string;
  gate: Gate | null = null;
  /** The checks are running (their rules may be downloading). */
  checking = false;

  constructor(host: GateHost, inputs: GateInputs) {
    this.#host = host;
    this.#in = inputs;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Another conversation: nothing open, nothing confirmed. */
  reset(): void {
    this.gate = null;
    this.#checkedText = undefined;
  }

  /** A reply went out: its confirmation is used up. */
  sent(): void {
    this.#checkedText = undefined;
  }

  /** The text changed, or the channel: a review of the old one no longer applies. */
  outdated(channel: Channel | undefined): void {
    if (this.gate?.kind === 'review' && this.gate.channel !== channel) this.gate = null;
  }

  edited(): void {
    if (this.gate?.kind === 'review') this.gate = null;
  }

  /**
   * Whether a reply may go out now: asks first if the customer wrote since `startedAt`, then runs the checks
   * (unless the agent confirmed this very text, or chose to send it `unchecked` because the checks could not
   * be downloaded). `current()` says whether the draft is still the one to send after the checks ran (the
   * agent may have typed on or switched conversations meanwhile). Checks that fail to download stop the send.
   */
  async allows(text: string, startedAt: string, channel: Channel, current: () => boolean, unchecked = false): Promise<boolean> {
    const fresh = startedAt ? customerWroteSince(this.#in.messages(), startedAt).filter((m) => !this.#seenCustomerIds.has(m.id)) : [];
    if (fresh.length) {
      void this.open({ kind: 'stale', messages: fresh });
      return false;
    }
    if (this.#checkedText !== text && !unchecked) {
      this.checking = true;
      this.#host.requestUpdate();
      let findings: ReplyFinding[];
      try {
        findings = await this.#in.review(text, channel);
      } catch {
        return false; // the checks could not be downloaded: the reply is not sent, and the failure is shown with Retry
      } finally {
        this.checking = false;
        this.#host.requestUpdate();
      }
      if (!current()) return false;
      if (findings.length) {
        void this.open({ kind: 'review', findings, text, channel });
        return false;
      }
    }
    this.gate = null;
    return true;
  }

  /** Shows a confirmation and moves focus to its safe choice (else its first), so keyboard users land on it. */
  async open(gate: Gate): Promise<void> {
    this.gate = gate;
    this.#host.requestUpdate();
    const t = this.#in.terms();
    this.#in.announce(gate.kind === 'stale' ? t.announce.stale : gate.kind === 'widen' ? t.widen.title(gate.to.public ? 'public' : 'private') : t.announce.checkPublic);
    await this.#host.updateComplete;
    const buttons = [...this.#host.renderRoot.querySelectorAll<HTMLButtonElement>('[part="warning"] button')];
    (buttons.find((b) => b.hasAttribute('data-safe')) ?? buttons[0])?.focus();
  }

  /** Closes the confirmation: a confirmed widening is applied, any other confirmation sends; else back to the text. */
  close(confirmed: boolean): void {
    const gate = this.gate;
    this.gate = null;
    this.#host.requestUpdate();
    if (gate?.kind === 'stale') for (const m of gate.messages) this.#seenCustomerIds.add(m.id);
    if (confirmed && gate?.kind === 'review') this.#checkedText = gate.text;
    if (confirmed && gate?.kind === 'widen') {
      this.#in.widen(gate);
      if (gate.into === 'reply') this.#in.announce(this.#in.terms().announce.usedInReply);
    }
    if (confirmed && gate && gate.kind !== 'widen') this.#in.send();
    else if (gate) this.#in.focusText();
  }

  /** What the buttons of the open confirmation do. */
  actions(privateChannel: Channel | undefined): GateActions {
    return {
      privateChannel,
      confirm: () => this.close(true),
      dismiss: () => this.close(false),
      replyPrivately: () => {
        this.gate = null;
        if (privateChannel) this.#in.replyOn(privateChannel);
        this.#in.announce(this.#in.terms().announce.replyingOn(privateChannel?.name ?? ''));
      },
      move: () => {
        this.gate = null;
        this.#in.move();
      },
    };
  }
}
