import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReplyFinding } from '../../compose/review.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation, MoveToPrivateRequest, MoveToPrivateResult } from '../../model/conversation.js';
import { toAdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import { newClientId } from './client-id.js';
import { CxMovedToPrivateEvent, CxMoveToPrivateRequestEvent } from '../../events/move-to-private.js';
import { composerEn } from '../../i18n/composer-terms.js';

export type MovePhase = 'closed' | 'editing' | 'running' | 'handed-over' | 'failed' | 'done';

export const DEFAULT_ACKNOWLEDGEMENT = "Thanks — we've sent you a direct message so we can help with your details privately.";

const SOCIAL = new Set(['x', 'facebook', 'instagram']);

/** The route a move from `channel` takes: a DM on social networks, else email when there is one. */
export function routeFor(channel: Channel, conversation: Conversation): MoveToPrivateRequest['route'] {
  if (SOCIAL.has(channel.kind)) return 'dm';
  return conversation.channels.some((c) => c.kind === 'email') ? 'email' : 'secure-link';
}

/**
 * The move to private: the public acknowledgement goes through the same reply checks as any public post
 * (`reviewReply`; findings are shown and a second press posts anyway), then the host is asked
 * (`cx-move-to-private-request`, cancelable) and, unless it took over, the acknowledgement is posted and the
 * draft sent privately in one adapter call, showing each step's result; failed steps are retried with the
 * same client id so nothing is posted twice.
 */
export class MoveController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #adapter: () => Adapter | undefined;
  readonly #done: (result: MoveToPrivateResult, conversationId: string) => void;
  readonly #review: (text: string, channel: Channel) => Promise<ReplyFinding[]>;
  phase: MovePhase = 'closed';
  /** What the checks found in the acknowledgement, until it is edited. */
  findings?: ReplyFinding[];
  #reviewed?: string;
  acknowledgement = DEFAULT_ACKNOWLEDGEMENT;
  request?: MoveToPrivateRequest;
  result?: MoveToPrivateResult;
  error?: string;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    adapter: () => Adapter | undefined,
    done: (result: MoveToPrivateResult, conversationId: string) => void,
    review: (text: string, channel: Channel) => Promise<ReplyFinding[]>,
  ) {
    this.#host = host;
    this.#adapter = adapter;
    this.#done = done;
    this.#review = review;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the adapter can run the move in one step. */
  get available(): boolean {
    return this.#adapter()?.has('conversations.moveToPrivate') ?? false;
  }

  open(): void {
    this.phase = 'editing';
    this.#host.requestUpdate();
  }

  /** Back to the composer. */
  reset(): void {
    this.phase = 'closed';
    this.request = undefined;
    this.result = undefined;
    this.error = undefined;
    this.findings = undefined;
    this.#reviewed = undefined;
    this.acknowledgement = DEFAULT_ACKNOWLEDGEMENT;
    this.#host.requestUpdate();
  }

  /** The agent edited the acknowledgement: it is checked again. */
  editAcknowledgement(text: string): void {
    this.acknowledgement = text;
    if (this.findings) {
      this.findings = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Checks the acknowledgement (once per wording), asks the host, then runs the move unless the host took it over. */
  async start(conversation: Conversation, from: Channel, text: string): Promise<void> {
    const ack = this.acknowledgement.trim();
    if (ack && this.#reviewed !== ack) {
      this.#reviewed = ack;
      const findings = await this.#review(ack, from);
      if (findings.length && this.acknowledgement.trim() === ack) {
        this.findings = findings;
        this.#host.requestUpdate();
        return;
      }
    }
    this.findings = undefined;
    const request: MoveToPrivateRequest = {
      clientId: newClientId(),
      conversationId: conversation.id,
      route: routeFor(from, conversation),
      ...(this.acknowledgement.trim() ? { publicAcknowledgement: { channelId: from.id, text: this.acknowledgement.trim() } } : {}),
      privateMessage: text,
    };
    const event = new CxMoveToPrivateRequestEvent(request);
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented || !this.available) {
      this.phase = 'handed-over';
      this.error = event.defaultPrevented ? undefined : composerEn.move.unsupported;
      this.#host.requestUpdate();
      return;
    }
    this.request = request;
    await this.retry();
  }

  /**
   * Runs the move again with the same client id: only the failed steps are repeated. When the composer moved
   * on (`reset()`, another conversation) while it ran, the result still finishes the move's own conversation
   * (its draft was sent privately) but is not shown as the new one's.
   */
  async retry(): Promise<void> {
    const move = this.#adapter()?.conversations?.moveToPrivate;
    const request = this.request;
    if (!move || !request) return;
    this.phase = 'running';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const result = await move(request);
      const failed = result.steps.some((s) => s.status === 'failed');
      if (this.request === request) {
        this.result = result;
        this.phase = failed ? 'failed' : 'done';
      }
      if (!failed) {
        this.#done(result, request.conversationId);
        this.#host.dispatchEvent(new CxMovedToPrivateEvent(result));
      }
    } catch (error) {
      if (this.request !== request) return;
      this.phase = 'failed';
      this.error = toAdapterError(error, 'Moving to private').message;
    } finally {
      this.#host.requestUpdate();
    }
  }
}
