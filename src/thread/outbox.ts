import type { Message, OutgoingMessage, Participant } from '../model/index.js';
import { CapabilityMissingError, toAdapterError } from '../ports/errors.js';
import type { Adapter, ConversationSource } from '../ports/ports.js';
import type { ThreadStore } from './thread-store.js';

/** Sends replies; the thread gives one to its composer so sends show in the timeline at once. */
export interface ReplySender {
  /** Sends a reply. Rejects with an AdapterError on failure; the reply then stays failed, text kept. */
  send(message: OutgoingMessage): Promise<Message>;
  /** Sends a failed reply again with the same client id, so it is delivered exactly once. */
  retry(clientId: string): Promise<Message>;
  /** Whether a send or retry of this client id was confirmed by the host's answer (not only by the live watch). */
  confirmed?(clientId: string): boolean;
}

const YOU: Participant = { id: 'me', role: 'agent', displayName: 'You' };

/**
 * Optimistic sending: a reply shows as pending at once, then as sent, or as failed with its text
 * kept for a retry that reuses the client id. While a client id is being sent, sending or retrying
 * it again (the thread's Retry and the composer's at once) joins that attempt instead of starting another.
 */
export class Outbox implements ReplySender {
  readonly #outgoing = new Map<string, OutgoingMessage>();
  readonly #inFlight = new Map<string, Promise<Message>>();
  readonly #confirmed = new Set<string>();
  #detached = false;

  constructor(
    private readonly adapter: () => Adapter | undefined,
    private readonly store?: ThreadStore,
    private readonly onChange?: () => void,
    private readonly author: Participant = YOU,
  ) {}

  send(message: OutgoingMessage): Promise<Message> {
    const running = this.#inFlight.get(message.clientId);
    if (running) return running;
    const send = this.adapter()?.conversations?.send;
    if (!send) return Promise.reject(new CapabilityMissingError('conversations.send'));
    const attempt = this.#send(message, send); // always settles after the line below: it awaits the host
    this.#inFlight.set(message.clientId, attempt);
    return attempt;
  }

  async #send(message: OutgoingMessage, send: NonNullable<ConversationSource['send']>): Promise<Message> {
    this.#outgoing.set(message.clientId, message);
    this.store?.addPending({
      ...message,
      author: this.author,
      createdAt: new Date().toISOString(),
      attachments: message.attachments ?? [],
    });
    this.onChange?.();
    try {
      const sent = await send(message);
      this.#confirmed.add(message.clientId);
      if (!this.#detached) this.store?.upsert([sent]);
      this.#outgoing.delete(message.clientId);
      return sent;
    } catch (error) {
      const failure = toAdapterError(error, 'Sending the reply');
      if (!this.#detached) this.store?.markFailed(message.clientId, failure.message);
      throw failure;
    } finally {
      this.#inFlight.delete(message.clientId);
      if (!this.#detached) this.onChange?.();
    }
  }

  /**
   * Stops writing into the store: the thread moved to another conversation and the store now holds
   * that one. Sends under way still finish (and still settle their promises for the composer).
   */
  detach(): void {
    this.#detached = true;
  }

  retry(clientId: string): Promise<Message> {
    const running = this.#inFlight.get(clientId);
    if (running) return running;
    const message = this.#outgoing.get(clientId);
    if (!message) return Promise.reject(new RangeError(`No failed reply with client id "${clientId}" to retry.`));
    return this.send(message);
  }

  confirmed(clientId: string): boolean {
    return this.#confirmed.has(clientId);
  }

  /** The reply sent (or being sent) with this client id, until the host confirms it. */
  outgoing(clientId: string): OutgoingMessage | undefined {
    return this.#outgoing.get(clientId);
  }

  /** Whether a failed reply with this client id can be sent again from here. */
  canRetry(clientId: string | undefined): boolean {
    return clientId !== undefined && this.#outgoing.has(clientId) && !this.#inFlight.has(clientId) && this.store?.byClientId(clientId)?.delivery === 'failed';
  }

  /** Failed replies still waiting for a retry. */
  failed(): OutgoingMessage[] {
    return [...this.#outgoing.values()].filter((m) => this.store?.byClientId(m.clientId)?.delivery === 'failed');
  }
}
