/**
 * Amazon Connect Streams as an `InteractionSource`: each contact's connecting, accepted and ended
 * events as offered, accepted and ended interactions, its contact attributes as the interaction's
 * attributes. Contacts of a type Screenpop has no channel for (tasks), contacts that cannot be read
 * and events out of order (accepted after ended) are dropped and reported to the subscribers' `onError`.
 */
import type { InteractionEventInput, InteractionInput, InteractionState } from '../../../model/index.js';
import type { HostWatchOptions, InteractionSourceInput } from '../../../ports/ports.js';
import { RejectedError, RetryableError } from '../../../ports/errors.js';
import { deadline, dropped, guardedHandler, isoDate } from '../bridge.js';
import { channelOf } from './channels.js';
import type { StreamsAgent, StreamsApi, StreamsContact } from './streams-api.js';

export interface ConnectStreamsOptions {
  /** The Streams global `connect`, after `connect.core.initCCP(…)`. */
  connect: StreamsApi;
  /** The contact attribute that holds the CRM's customer id (set it in the contact flow). Default "customerId". */
  customerIdAttribute?: string;
  /** The contact attribute that holds the customer's address when the endpoint has none (chat). Default "customerAddress". */
  addressAttribute?: string;
}

const RANK: Record<InteractionState, number> = { offered: 1, accepted: 2, ended: 3 };
const OP = 'interactions.subscribe';

type Listener = { listener: (event: InteractionEventInput) => void; options: HostWatchOptions };

/** Contacts as Streams reports them, and the subscribers to tell. */
export class ContactTracker {
  readonly contacts = new Map<string, { contact: StreamsContact; state?: InteractionState; interaction?: InteractionInput }>();
  readonly #listeners = new Set<Listener>();
  /** Told when a contact with a conversation (chat) is accepted: the chat source attaches to its session then. */
  onConversationAccepted?: (contactId: string) => void;
  #agent: StreamsAgent | undefined;
  #disposed = false;

  constructor(readonly options: ConnectStreamsOptions) {
    const report = (error: unknown) => this.#report(error);
    options.connect.agent(guardedHandler((agent: StreamsAgent) => (this.#agent = agent), report));
    options.connect.contact(guardedHandler((contact: StreamsContact) => this.#track(contact), report));
  }

  #report(error: unknown): void {
    for (const { options } of this.#listeners) options.onError(error);
  }

  #track(contact: StreamsContact): void {
    const id = contact.getContactId();
    if (typeof id !== 'string' || id === '') return this.#report(dropped(OP, 'contact.contactId', `must be the contact's id, got ${JSON.stringify(id)}: the contact is left out`, id));
    this.contacts.set(id, { contact });
    const on = (state: InteractionState) => guardedHandler(() => this.#move(id, state), (error) => this.#report(error));
    contact.onIncoming(on('offered'));
    contact.onConnecting(on('offered'));
    contact.onAccepted(on('accepted'));
    contact.onConnected(on('accepted'));
    contact.onMissed(on('ended'));
    contact.onEnded(on('ended'));
    contact.onDestroy(on('ended'));
  }

  /** Applies a contact event: once per state, in order; a late or unknown one is dropped with a report. */
  #move(id: string, state: InteractionState): void {
    if (this.#disposed) return;
    const entry = this.contacts.get(id)!;
    const now = entry.state ? RANK[entry.state] : 0;
    if (now === RANK[state]) return; // the same state again (accepted, then connected)
    if (now > RANK[state]) {
      return this.#report(dropped(OP, 'event.type', `"${state}" arrived after "${entry.state}" for contact ${id}: dropped (events out of order)`, state));
    }
    const interaction = this.#read(entry.contact, id, state);
    if (!interaction) return;
    entry.state = state;
    entry.interaction = interaction;
    for (const { listener } of this.#listeners) listener({ type: state, interaction });
    if (state === 'accepted' && interaction.conversationId) this.onConversationAccepted?.(id);
  }

  #read(contact: StreamsContact, id: string, state: InteractionState): InteractionInput | undefined {
    const type = contact.getType();
    const subtype = contact.getSegmentAttributes?.()['connect:Subtype']?.valueString;
    const channel = channelOf(type, subtype);
    if (!channel) {
      this.#report(dropped(OP, 'contact.type', `must be a voice, chat or email contact, got ${JSON.stringify(type)}: contact ${id} is not shown`, type));
      return undefined;
    }
    const attributes: Record<string, string> = {};
    for (const [key, attribute] of Object.entries(contact.getAttributes() ?? {})) {
      if (attribute && typeof attribute === 'object') attributes[attribute.name || key] = String(attribute.value ?? '');
    }
    const endpoint = contact.getInitialConnection()?.getEndpoint();
    const customerId = attributes[this.options.customerIdAttribute ?? 'customerId'];
    return {
      id,
      channel,
      direction: contact.isInbound() ? 'inbound' : 'outbound',
      customerAddress: endpoint?.phoneNumber || attributes[this.options.addressAttribute ?? 'customerAddress'] || endpoint?.name || '',
      conversationId: channel === 'voice' ? undefined : id,
      customerId: customerId || undefined,
      queue: contact.getQueue()?.name || undefined,
      attributes,
      receivedAt: isoDate(contact.getQueueTimestamp()) ?? new Date().toISOString(),
      state,
    };
  }

  subscribe(listener: (event: InteractionEventInput) => void, options: HostWatchOptions): void {
    const entry = { listener, options };
    this.#listeners.add(entry);
    options.signal.addEventListener('abort', () => this.#listeners.delete(entry), { once: true });
  }

  /** The contact the agent is on: connected first, else one being offered. */
  current(): InteractionInput | null {
    const live = [...this.contacts.values()].filter((c) => c.interaction && c.state !== 'ended');
    const ids = new Set((this.#agent?.getContacts() ?? []).map((c) => c.getContactId()));
    const mine = live.filter((c) => ids.size === 0 || ids.has(c.interaction!.id as string));
    const pick = mine.find((c) => c.state === 'accepted') ?? mine[0];
    return pick?.interaction ? { ...pick.interaction } : null;
  }

  /** Places an outbound call from the agent's softphone (the phone route of a move to private, click-to-dial). */
  dial(number: string): Promise<void> {
    const agent = this.#agent;
    const endpoint = this.options.connect.Endpoint;
    if (!agent?.connect || !endpoint) return Promise.reject(new RejectedError('Amazon Connect Streams has no agent to dial with yet (is the CCP initialised and the agent signed in?).'));
    return deadline(
      new Promise<void>((resolve, reject) =>
        agent.connect!(endpoint.byPhoneNumber(number), { success: () => resolve(), failure: (error) => reject(new RetryableError(`Amazon Connect could not dial ${number}${error ? `: ${error}` : ''}.`)) }),
      ),
      15_000,
      'Amazon Connect agent.connect',
    );
  }

  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
  }
}

/** The interaction source over a tracker. */
export function streamsInteractions(tracker: ContactTracker): InteractionSourceInput {
  return {
    subscribe: (listener, options) => tracker.subscribe(listener, options),
    current: async () => tracker.current(),
  };
}
