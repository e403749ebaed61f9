import type {
  Activity,
  Conversation,
  ConversationEvent,
  Customer,
  DialRequest,
  Interaction,
  InteractionEvent,
  Message,
  Participant,
  RecordRef,
} from '../../model/index.js';
import { NotFoundError, RetryableError } from '../../ports/errors.js';
import type { DemoDataset, LiveLine } from './dataset.js';
import { MessageStore } from './message-store.js';
import { SeededRandom, sleep } from './random.js';

/** What the demo can do wrong on purpose. */
export type DemoFault =
  /** Fails with a retryable error. */
  | 'error'
  /** Never answers (the port boundary's timeout ends the call). */
  | 'timeout'
  /** Answers with malformed data (the port boundary rejects it, naming the field). */
  | 'junk'
  /** Does the work, then fails as if the answer was lost on the way back. */
  | 'lost-response';

export interface DemoTiming {
  /** Fixed latency in ms, or a range the seeded random picks from. */
  latency: number | { min: number; max: number };
  /** 0..1: chance that any call fails with a retryable error. */
  failureRate: number;
}

/** Shared in-memory state of one demo adapter. */
export class DemoState {
  readonly rng: SeededRandom;
  readonly agent: Participant;
  readonly colleagues: Participant[];
  readonly conversations = new Map<string, Conversation>();
  readonly customers = new Map<string, Customer>();
  readonly messages = new Map<string, MessageStore>();
  readonly liveLines: LiveLine[];
  readonly sentByClientId = new Map<string, Message>();
  readonly watchers = new Map<string, Set<(event: ConversationEvent) => void>>();
  readonly interactionListeners = new Set<(event: InteractionEvent) => void>();
  readonly interactions = new Map<string, Interaction>();
  readonly activities: Activity[] = [];
  readonly openedRecords: RecordRef[] = [];
  readonly dialled: DialRequest[] = [];
  readonly #faults = new Map<string, DemoFault[]>();
  current: Interaction | null = null;
  #sequence = 0;

  constructor(
    dataset: DemoDataset,
    seed: number,
    readonly clock: () => Date,
    readonly timing: DemoTiming,
  ) {
    this.rng = new SeededRandom(seed);
    this.agent = dataset.agent;
    this.colleagues = dataset.colleagues;
    this.liveLines = dataset.liveLines;
    for (const customer of dataset.customers) this.customers.set(customer.id, customer);
    for (const conversation of dataset.conversations) this.conversations.set(conversation.id, conversation);
    const grouped = new Map<string, Message[]>();
    for (const message of dataset.messages) {
      const list = grouped.get(message.conversationId) ?? [];
      list.push(message);
      grouped.set(message.conversationId, list);
    }
    for (const conversation of dataset.conversations) this.messages.set(conversation.id, new MessageStore(grouped.get(conversation.id) ?? []));
    for (const message of dataset.messages) if (message.clientId) this.sentByClientId.set(message.clientId, message);
  }

  now(): string {
    return this.clock().toISOString();
  }

  nextId(prefix: string): string {
    this.#sequence += 1;
    return `${prefix}-${this.#sequence}`;
  }

  conversation(id: string): Conversation {
    const conversation = this.conversations.get(id);
    if (!conversation) throw new NotFoundError('conversation', id);
    return conversation;
  }

  customer(id: string): Customer {
    const customer = this.customers.get(id);
    if (!customer) throw new NotFoundError('customer', id);
    return customer;
  }

  store(conversationId: string): MessageStore {
    this.conversation(conversationId);
    return this.messages.get(conversationId)!;
  }

  /** Queues faults for the next calls of an operation. */
  failNext(operation: string, fault: DemoFault, times: number): void {
    const queue = this.#faults.get(operation) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(fault);
    this.#faults.set(operation, queue);
  }

  /** Waits the configured latency, then picks the fault for this call, if any. */
  async enter(operation: string, signal: AbortSignal | undefined): Promise<DemoFault | null> {
    const { latency, failureRate } = this.timing;
    const ms = typeof latency === 'number' ? latency : this.rng.int(latency.min, latency.max);
    await sleep(ms, signal);
    const queued = this.#faults.get(operation)?.shift();
    if (queued) return queued;
    if (failureRate > 0 && this.rng.next() < failureRate) return 'error';
    return null;
  }

  /** The fault queued for one more call of `operation` (or a step of one), without waiting: null when none is. */
  take(operation: string): DemoFault | null {
    return this.#faults.get(operation)?.shift() ?? null;
  }

  /**
   * Starts a call: waits the latency, picks its fault and applies one that happens before the work
   * (error, timeout). The fault is returned for the caller to apply the others (junk, lost-response).
   * `name` is the operation as the error names it, by default `operation`.
   */
  async begin(operation: string, signal: AbortSignal | undefined, name = operation): Promise<DemoFault | null> {
    const fault = await this.enter(operation, signal);
    await this.failBefore(name, fault, signal);
    return fault;
  }

  /** Applies a fault that happens before the work: error or timeout. */
  async failBefore(operation: string, fault: DemoFault | null, signal: AbortSignal | undefined): Promise<void> {
    if (fault === 'error') throw new RetryableError(`The demo host failed ${operation} (injected fault).`, { retryAfterMs: 500 });
    if (fault === 'timeout') await sleep(2 ** 31 - 1, signal);
  }

  emit(conversationId: string, event: ConversationEvent): void {
    for (const listener of [...(this.watchers.get(conversationId) ?? [])]) listener(event);
  }

  emitInteraction(event: InteractionEvent): void {
    for (const listener of [...this.interactionListeners]) listener(event);
  }

  /** Adds a message and tells watchers. */
  addMessage(message: Message): void {
    this.store(message.conversationId).put(message);
    const conversation = this.conversation(message.conversationId);
    this.conversations.set(conversation.id, { ...conversation, updatedAt: message.createdAt });
    this.emit(message.conversationId, { type: 'message-added', message });
  }

  /** The conversation's customer as a participant. */
  customerParticipant(conversation: Conversation): Participant {
    const known = conversation.participants.find((p) => p.role === 'customer');
    if (known) return known;
    const customer = conversation.customerId ? this.customers.get(conversation.customerId) : undefined;
    return { id: customer?.id ?? `${conversation.id}-customer`, role: 'customer', displayName: customer?.name ?? 'Customer' };
  }
}

/** Fails a call whose work was done, as if its answer was lost on the way back (the "lost-response" fault); `done` says what was done. */
export function loseResponse(fault: DemoFault | null, done: string): void {
  if (fault === 'lost-response') throw new RetryableError(`The demo host ${done} but the answer was lost (injected fault).`);
}

/** Malformed stand-ins for each kind of answer, used by the "junk" fault. */
export const JUNK = {
  conversation: { id: '', status: 'on-fire', channels: 'x' },
  /** A page under the host's own key names: the page's shape is wrong, so the whole answer fails. */
  page: { items: [{ id: 'junk-1', conversationId: 'c', channelId: 'x', visibility: 'public', author: { id: 'a', role: 'customer', displayName: 'A' }, text: 'hi', createdAt: 'yesterday-ish' }], next: null },
  customer: { id: 'junk', name: 42 },
  message: { id: 7, text: null },
  interaction: { id: 'i', channel: 'pigeon' },
  move: { clientId: 42, steps: 'all of them' },
  secureLink: { id: 'link', url: 'javascript:alert(1)' },
} as const;
