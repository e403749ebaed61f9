import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Conversation } from '../../model/conversation.js';
import type { Customer } from '../../model/customer.js';
import { compareMessages, type Message } from '../../model/message.js';
import { reportedAs } from '../../internal/reported-call.js';
import { isAbortError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';

/** What the element was given, and what it must load itself. */
export interface MoveLoadInputs {
  adapter: Adapter | undefined;
  conversationId: string | undefined;
  conversation: Conversation | undefined;
  messages: readonly Message[] | undefined;
  customer: Customer | undefined;
}

/**
 * Loads what the move needs and was not given: the conversation (`conversation-id`), its newest messages
 * (reply windows, the private reply already used) and its customer (`CustomerDirectory.getCustomer`, when
 * the conversation names one and the adapter has customers). Switching conversations aborts what was
 * loading. A customer that can't be loaded leaves the move working without one (no e-mail or phone).
 */
export class MoveLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #inputs: () => MoveLoadInputs;
  #key = '';
  #adapter?: Adapter;
  #abort?: AbortController;
  conversation?: Conversation;
  messages?: Message[];
  customer?: Customer;
  /** Loading the conversation or its messages. */
  loading = false;
  /** Loading the customer (the move can already be written meanwhile). */
  loadingCustomer = false;
  error?: unknown;
  /** Why the customer could not be loaded, when that failed. */
  customerError?: unknown;

  /** Where failed calls are reported (`cx-adapter-error`). */
  readonly #report?: (operation: string, error: unknown) => void;

  constructor(host: ReactiveControllerHost, inputs: () => MoveLoadInputs, report?: (operation: string, error: unknown) => void) {
    this.#host = host;
    this.#inputs = inputs;
    this.#report = report;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = '';
  }

  /** The conversation id the loaded data is for (given or loaded). */
  get conversationId(): string | undefined {
    const given = this.#inputs();
    return given.conversation?.id ?? given.conversationId;
  }

  /** Starts loading when the conversation (or the adapter) changed; a no-op otherwise. Call from `willUpdate`. */
  sync(): void {
    const given = this.#inputs();
    const id = this.conversationId;
    const key = `${id ?? ''}|${!given.conversation}|${!given.messages}|${!given.customer}|${given.conversation?.customerId ?? ''}`;
    if (key === this.#key && given.adapter === this.#adapter) return;
    this.#key = key;
    this.#adapter = given.adapter;
    this.reload();
  }

  /** Loads again (Retry, or after a move changed the conversation). */
  reload(): void {
    const given = this.#inputs();
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.conversation = undefined;
    this.messages = undefined;
    this.customer = undefined;
    this.error = undefined;
    this.customerError = undefined;
    this.loadingCustomer = false;
    const id = this.conversationId;
    this.loading = !!(id && given.adapter);
    if (this.loading) void this.#load(given, id!, abort.signal);
  }

  async #load(given: MoveLoadInputs, id: string, signal: AbortSignal): Promise<void> {
    const source = given.adapter!.conversations;
    // Each call's failure is reported under its own operation; the customer's below.
    const report = (operation: string, error: unknown) => this.#report?.(operation, error);
    const call = <T>(operation: string, promise: Promise<T> | undefined) => promise && reportedAs(operation, promise, report, signal);
    try {
      const [conversation, page] = await Promise.all([
        given.conversation ?? call('conversations.getConversation', source?.getConversation(id, { signal })),
        given.messages ? undefined : call('conversations.loadMessages', source?.loadMessages(id, { signal, limit: 100 })),
      ]);
      if (signal.aborted) return;
      this.conversation = given.conversation ? undefined : conversation;
      if (page) this.messages = [...page.messages].sort(compareMessages);
      this.loading = false;
      const customerId = conversation?.customerId;
      const directory = given.adapter!.customers;
      if (given.customer || !customerId || !directory) return;
      this.loadingCustomer = true;
      this.#host.requestUpdate();
      this.customer = await directory.getCustomer(customerId, { signal });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      if (this.loading) {
        this.error = error; // reported above, by the call that failed
      } else {
        this.#report?.('customers.getCustomer', error);
        this.customerError = error;
      }
    } finally {
      if (!signal.aborted) {
        this.loading = false;
        this.loadingCustomer = false;
        this.#host.requestUpdate();
      }
    }
  }
}
