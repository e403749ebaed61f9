import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation } from '../../model/conversation.js';
import { isAbortError, type AdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import type { ReportFailure } from './send-controller.js';

/**
 * Reopening a closed conversation through the adapter (`conversations.setStatus`), where the host can.
 * Until the conversation given to the composer shows the new status, the reopened id is remembered so the
 * composer can be used at once; switching conversations aborts a reopen under way.
 */
export class ReopenController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #adapter: () => Adapter | undefined;
  #abort?: AbortController;
  /** The conversation reopened here, and the status it had before. */
  #reopened?: { id: string; was: Conversation['status'] };
  running = false;
  /** Why the last reopen failed: shown in plain words (the Reopen button tries again); its detail went to `cx-adapter-error`. */
  error?: AdapterError;

  /** Where a failed reopen is reported (`cx-adapter-error`). */
  readonly #report: ReportFailure;

  constructor(host: ReactiveControllerHost, adapter: () => Adapter | undefined, report: ReportFailure) {
    this.#host = host;
    this.#report = report;
    this.#adapter = adapter;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Whether the host can change a conversation's status. */
  get available(): boolean {
    return this.#adapter()?.has('conversations.setStatus') ?? false;
  }

  /** The conversation's status as far as the composer is concerned: open once reopened here. */
  status(conversation: Conversation): Conversation['status'] {
    const reopened = this.#reopened;
    return reopened?.id === conversation.id && conversation.status === reopened.was ? 'open' : conversation.status;
  }

  closed(conversation: Conversation | undefined): boolean {
    return !!conversation && this.status(conversation) === 'closed';
  }

  /** Another conversation: forget this one's reopen. */
  reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.running = false;
    this.error = undefined;
  }

  async reopen(conversation: Conversation): Promise<boolean> {
    const setStatus = this.#adapter()?.conversations?.setStatus;
    if (!setStatus || this.running) return false;
    this.reset();
    const abort = (this.#abort = new AbortController());
    this.running = true;
    this.#host.requestUpdate();
    try {
      await setStatus(conversation.id, 'open', { signal: abort.signal });
      this.#reopened = { id: conversation.id, was: conversation.status };
      return true;
    } catch (error) {
      if (!abort.signal.aborted && !isAbortError(error)) this.error = this.#report('conversations.setStatus', error);
      return false;
    } finally {
      if (this.#abort === abort) this.running = false;
      this.#host.requestUpdate();
    }
  }
}
