import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message, OutgoingMessage } from '../../model/message.js';
import type { Adapter } from '../../ports/ports.js';
import { Outbox, type ReplySender } from '../../thread/outbox.js';
import { CxAfterSendEvent, CxBeforeSendEvent } from '../../events/send.js';
import type { DraftController } from './draft-controller.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import { plainWords } from '../../internal/error-view.js';
import type { AdapterError } from '../../ports/errors.js';

/** Reports a failed call (`cx-adapter-error`) and returns it typed, for the agent's plain words. */
export type ReportFailure = (operation: string, error: unknown) => AdapterError;

export interface SendHost extends ReactiveControllerHost, HTMLElement {
  sender?: ReplySender | undefined;
}

/**
 * Optimistic sending through the thread's ReplySender (or an Outbox of its own): the client id and the reply
 * as sent are saved with the draft before the send, so a retry (even after a reload) sends the same reply, on
 * the same channel and audience, with the same id, and it goes out once; the draft is cleared only when the
 * host confirms. `cx-after-send` fires once per reply, however it was confirmed.
 */
export class SendController implements ReactiveController {
  readonly #host: SendHost;
  readonly #adapter: () => Adapter | undefined;
  readonly #draft: DraftController;
  readonly #announce: (text: string) => void;
  readonly #terms: () => { composer: ComposerTerms; error: ErrorTerms };
  readonly #pending = new Map<string, string>();
  #ownOutbox?: Outbox;
  /** The last failure, by conversation id: shown in plain words; its detail went to `cx-adapter-error`. */
  readonly errors = new Map<string, AdapterError>();

  /** Where failed sends are reported (`cx-adapter-error`). */
  readonly #report: ReportFailure;

  /** `terms` gives the composer's words and the shared error words, in the composer's language. */
  constructor(host: SendHost, adapter: () => Adapter | undefined, draft: DraftController, announce: (text: string) => void, terms: () => { composer: ComposerTerms; error: ErrorTerms }, report: ReportFailure) {
    this.#terms = terms;
    this.#host = host;
    this.#report = report;
    this.#adapter = adapter;
    this.#draft = draft;
    this.#announce = announce;
    host.addController(this);
  }

  hostConnected(): void {}

  get #sender(): ReplySender {
    return this.#host.sender ?? (this.#ownOutbox ??= new Outbox(this.#adapter));
  }

  isPending(conversationId: string): boolean {
    return this.#pending.has(conversationId);
  }

  /**
   * A failed send of a draft of `conversationId` went out another way (the live watch after a lost answer,
   * or the thread's Retry): its draft is done. `cx-after-send` fires here unless the sender confirmed it
   * itself (whoever retried through it has fired the event). True when a draft was finished.
   */
  confirmedElsewhere(conversationId: string, confirmed: (clientId: string | undefined) => Message | undefined): boolean {
    if (this.isPending(conversationId)) return false;
    let done = false;
    for (const slot of ['reply', 'note'] as const) {
      const sent = confirmed(this.#draft.slot(slot).clientId);
      if (!sent) continue;
      this.#draft.clear(conversationId, slot);
      this.errors.delete(conversationId);
      if (!(sent.clientId && this.#sender.confirmed?.(sent.clientId))) this.#host.dispatchEvent(new CxAfterSendEvent(sent));
      done = true;
    }
    return done;
  }

  /** Sends `message` (a retry when its client id was tried before); resolves with the sent message, if any. */
  async deliver(message: OutgoingMessage, retry: boolean): Promise<Message | undefined> {
    const before = new CxBeforeSendEvent(message);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return undefined;
    const { conversationId, clientId } = message;
    const slot = message.visibility === 'internal' ? 'note' : 'reply';
    this.#draft.update({ clientId, outgoing: message }, { slot, now: true });
    this.#pending.set(conversationId, clientId);
    this.errors.delete(conversationId);
    this.#announce(this.#terms().composer.announce.sending);
    this.#host.requestUpdate();
    try {
      const sender = this.#sender;
      // A sender that no longer knows the client id (a new outbox after a reload) sends it again: same id.
      const sent = retry
        ? await sender.retry(clientId).catch((e: unknown) => (e instanceof RangeError ? sender.send(message) : Promise.reject(e)))
        : await sender.send(message);
      this.#draft.clear(conversationId, slot);
      this.#announce(this.#terms().composer.announce.sent);
      this.#host.dispatchEvent(new CxAfterSendEvent(sent));
      return sent;
    } catch (error) {
      const typed = this.#report('conversations.send', error);
      this.errors.set(conversationId, typed);
      const { composer: t, error: words } = this.#terms();
      this.#announce(t.announce.notSent(plainWords(typed, t.subjects.send, words)));
      return undefined;
    } finally {
      this.#pending.delete(conversationId);
      this.#host.requestUpdate();
    }
  }
}
