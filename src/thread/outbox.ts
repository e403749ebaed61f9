import type { Message, OutgoingMessage, Participant } from '../model/index.js';
import { CapabilityMissingError, toAdapterError } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';
import type { ThreadStore } from './thread-store.js';

/** Sends replies; the thread gives one to its composer so sends show in the timeline at once. */
export interface ReplySender {
  /** Sends a reply. Rejects with an AdapterError on failure; the reply then stays failed, text kept. */
  send(message: OutgoingMessage): Promise<Message>;
  /** Sends a failed reply again with the same client id, so it is delivered exactly once. */
  retry(clientId: string): Promise<Message>;
}

const YOU: Participant = { id: 'me', role: 'agent', displayName: 'You' };

/**
 * Optimistic sending: a reply shows as pending at once, then as sent, or as failed with its text
 * kept for a retry that reuses the client id.
 */
export class Outbox implements ReplySender {
  readonly #outgoing = new Map<string, OutgoingMessage>();

  constructor(
    private readonly adapter: () => Adapter | undefined,
    private readonly store?: ThreadStore,
    private readonly onChange?: () => void,
    private readonly author: Participant = YOU,
  ) {}

  async send(message: OutgoingMessage): Promise<Message> {
    const send = this.adapter()?.conversations?.send;
    if (!send) throw new CapabilityMissingError('conversations.send');
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
      this.store?.upsert([sent]);
      this.#outgoing.delete(message.clientId);
      return sent;
    } catch (error) {
      const failure = toAdapterError(error, 'Sending the reply');
      this.store?.markFailed(message.clientId, failure.message);
      throw failure;
    } finally {
      this.onChange?.();
    }
  }

  retry(clientId: string): Promise<Message> {
    const message = this.#outgoing.get(clientId);
    if (!message) return Promise.reject(new RangeError(`No failed reply with client id "${clientId}" to retry.`));
    return this.send(message);
  }

  /** Failed replies still waiting for a retry. */
  failed(): OutgoingMessage[] {
    return [...this.#outgoing.values()].filter((m) => this.store?.byClientId(m.clientId)?.delivery === 'failed');
  }
}
