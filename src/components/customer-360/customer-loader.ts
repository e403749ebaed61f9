import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseSummary, ChannelKind, Conversation, Customer, CustomerCandidate, Interaction } from '../../model/index.js';
import { isAbortError, type AdapterError } from '../../ports/errors.js';
import type { Adapter, IdentityQuery } from '../../ports/ports.js';
import type { ReportFailure } from './case-actions.js';

/** Where the element finds its customer: an id, else a conversation's or interaction's customer, else their handle. */
export interface CustomerSource {
  customerId?: string | undefined;
  conversationId?: string | undefined;
  interaction?: Interaction | undefined;
}

/**
 * - `idle`: nothing to show; `loading`; `ready`: a customer; `error`: the record could not be loaded;
 * - `unknown`: the sender is linked to nobody (`handle` says who, when known);
 * - `unsupported`: the adapter has no customer directory.
 */
export type RecordState = 'idle' | 'loading' | 'ready' | 'unknown' | 'error' | 'unsupported';
export type CandidatesState = 'idle' | 'loading' | 'ready' | 'error' | 'unsupported';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const keyOf = (s: CustomerSource) => JSON.stringify([s.customerId, s.conversationId, s.interaction?.id, s.interaction?.customerId, s.interaction?.customerAddress]);

/** The customer participant's handle on the conversation's first social or messaging channel. */
function senderOf(conversation: Conversation): IdentityQuery | undefined {
  const who = conversation.participants.find((p) => p.role === 'customer');
  const channel = conversation.channels.find((c) => c.kind !== 'note' && c.kind !== 'other');
  if (!who || !channel) return undefined;
  return { channel: channel.kind as ChannelKind, handle: who.handle ?? who.displayName };
}

/**
 * Finds and loads the customer for `<cx-customer-360>`: by id, else from the conversation or
 * interaction, else the candidates for the sender's handle. Each load has its own AbortSignal;
 * another source aborts it, and nothing from it lands afterwards.
 */
export class CustomerLoader implements ReactiveController {
  state: RecordState = 'idle';
  error?: AdapterError;
  customer?: Customer;
  /** The conversation the element was given (for the case subject and links), when it loaded. */
  conversation?: Conversation;
  /** The sender's handle, when nobody is linked to it. */
  handle?: IdentityQuery;
  candidatesState: CandidatesState = 'idle';
  candidatesError?: AdapterError;
  #candidates: CustomerCandidate[] = [];
  readonly #dismissed = new Set<string>();
  readonly #host: ReactiveControllerHost;
  #abort?: AbortController;
  #adapter?: Adapter;
  #source: CustomerSource = {};
  #key?: string;

  /** Where failed calls are reported (`cx-adapter-error`); it returns the error typed, for the agent's plain words. */
  readonly #report: ReportFailure;

  constructor(host: ReactiveControllerHost, report: ReportFailure) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = undefined; // connected again, it loads again
  }

  /** The signal of the current load: aborted when another customer loads. */
  get signal(): AbortSignal | undefined {
    return this.#abort?.signal;
  }

  /** The candidates the agent has not ruled out, best first (the directory's order). */
  get candidates(): readonly CustomerCandidate[] {
    return this.#candidates.filter((c) => !this.#dismissed.has(c.customer.id));
  }

  /** Loads for this adapter and source unless that is what is loaded already; true when it started a load. */
  track(adapter: Adapter | undefined, source: CustomerSource): boolean {
    const key = keyOf(source);
    if (adapter === this.#adapter && key === this.#key) return false;
    this.#adapter = adapter;
    this.#source = source;
    this.#key = key;
    void this.load();
    return true;
  }

  /** Loads the same source again (Retry); resolves when the record (or the unknown sender) is shown or failed. */
  load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    Object.assign(this, { customer: undefined, conversation: undefined, handle: undefined, error: undefined, candidatesError: undefined });
    this.#candidates = [];
    this.#dismissed.clear();
    this.candidatesState = 'idle';
    const adapter = this.#adapter;
    const source = this.#source;
    const anything = source.customerId || source.conversationId || source.interaction;
    this.state = !adapter || !anything ? 'idle' : adapter.customers ? 'loading' : 'unsupported';
    this.#host.requestUpdate();
    return this.state === 'loading' ? this.#load(adapter!, source, abort.signal) : Promise.resolve();
  }

  async #load(adapter: Adapter, source: CustomerSource, signal: AbortSignal): Promise<void> {
    const conversationId = source.conversationId ?? source.interaction?.conversationId;
    const conversation =
      conversationId && adapter.conversations ? adapter.conversations.getConversation(conversationId, { signal }) : Promise.resolve(undefined);
    conversation.catch(() => undefined); // awaited below, or not needed
    // Named in cx-adapter-error: the call whose failure is shown.
    let operation = 'conversations.getConversation';
    try {
      let customerId = source.customerId ?? source.interaction?.customerId;
      if (!customerId) customerId = (await conversation)?.customerId;
      if (signal.aborted) return;
      if (customerId) {
        operation = 'customers.getCustomer';
        // The record shows without its conversation (only case subjects and links need it); developers still hear of it.
        const optional = conversation.catch((error: unknown) => {
          if (!signal.aborted) this.#report('conversations.getConversation', error);
          return undefined;
        });
        const [customer, loaded] = await Promise.all([adapter.customers!.getCustomer(customerId, { signal }), optional]);
        // A big record took a while to validate: render it in a task of its own.
        await nextTask();
        if (signal.aborted) return;
        Object.assign(this, { customer, conversation: loaded, state: 'ready' });
      } else {
        const loaded = await conversation;
        if (signal.aborted) return;
        const interaction = source.interaction;
        this.conversation = loaded;
        this.handle = interaction?.customerAddress ? { channel: interaction.channel, handle: interaction.customerAddress } : loaded && senderOf(loaded);
        this.state = 'unknown';
        void this.findCandidates();
      }
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.error = this.#report(operation, error);
      this.state = 'error';
    }
    this.#host.requestUpdate();
  }

  /** Asks the directory who might own the unknown handle (again, after an error). */
  findCandidates(): Promise<void> {
    const adapter = this.#adapter;
    const signal = this.#abort?.signal;
    if (!adapter || !signal || !this.handle) return Promise.resolve();
    if (!adapter.customers?.findCandidates) {
      this.candidatesState = 'unsupported';
      return Promise.resolve();
    }
    this.candidatesState = 'loading';
    this.candidatesError = undefined;
    this.#host.requestUpdate();
    return adapter.customers.findCandidates(this.handle, { signal }).then(
      (candidates) => {
        if (signal.aborted) return;
        this.#candidates = candidates;
        this.candidatesState = 'ready';
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        this.candidatesError = this.#report('customers.findCandidates', error);
        this.candidatesState = 'error';
        this.#host.requestUpdate();
      },
    );
  }

  /** The agent ruled a candidate out. */
  dismiss(customerId: string): void {
    this.#dismissed.add(customerId);
    this.#host.requestUpdate();
  }

  /** Shows the customer the host returned after a change (link, unlink). */
  adopt(customer: Customer): void {
    this.customer = customer;
    this.state = 'ready';
    this.candidatesState = 'idle';
    this.#host.requestUpdate();
  }

  /** Adds a case the host created, unless the customer already lists it. */
  addCase(created: CaseSummary): void {
    const customer = this.customer;
    if (!customer || customer.openCases.some((c) => c.id === created.id)) return;
    this.customer = { ...customer, openCases: [...customer.openCases, created] };
    this.#host.requestUpdate();
  }
}
