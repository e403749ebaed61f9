/**
 * The Amazon Connect agent workspace's app SDK (`@amazon-connect/contact`'s `ContactClient`, in an
 * app built with `@amazon-connect/app`) as an `InteractionSource`. Its lifecycle events carry only
 * ids and types, so the bridge asks the SDK for the attributes, queue and queue time of each contact
 * — each with a deadline, since an SDK call may never answer — and emits a contact's events in the
 * order they came, whatever order those answers arrive in.
 */
import type { InteractionEventInput, InteractionInput, InteractionState } from '../../../model/index.js';
import type { HostWatchOptions, InteractionSourceInput } from '../../../ports/ports.js';
import { deadline, dropped, isoDate } from '../bridge.js';
import { channelOf } from './channels.js';

/** A contact lifecycle event of the workspace SDK (`BaseContactLifecycleEvent`). */
export interface WorkspaceContactEvent {
  contactId: string;
  initialContactId?: string | undefined;
  type: string;
  subtype: string;
}

type Handler = (event: WorkspaceContactEvent) => Promise<void>;

/** The parts of `ContactClient` the bridge uses (written from `@amazon-connect/contact`'s typings; a type test checks they fit). */
export interface WorkspaceContactClient {
  onIncoming(handler: Handler): void;
  offIncoming(handler: Handler): void;
  onConnecting(handler: Handler): void;
  offConnecting(handler: Handler): void;
  onConnected(handler: Handler): void;
  offConnected(handler: Handler): void;
  onMissed(handler: Handler): void;
  offMissed(handler: Handler): void;
  onCleared(handler: Handler): void;
  offCleared(handler: Handler): void;
  onDestroyed(handler: Handler): void;
  offDestroyed(handler: Handler): void;
  getAttributes(contactId: string, attributes: string[] | '*'): Promise<Record<string, string>>;
  getQueue(contactId: string): Promise<{ name: string }>;
  getQueueTimestamp(contactId: string): Promise<Date | undefined>;
}

export interface ConnectWorkspaceOptions {
  /** `new ContactClient()` in an app started with `AmazonConnectApp.init(…)`. */
  contact: WorkspaceContactClient;
  /** The contact attribute that holds the CRM's customer id. Default "customerId". */
  customerIdAttribute?: string;
  /** The contact attribute that holds the customer's address. Default "customerAddress". */
  addressAttribute?: string;
  /** How long to wait for each SDK look-up; after that the contact is shown without it. Default 5 000 ms. */
  lookupMs?: number;
}

const RANK: Record<InteractionState, number> = { offered: 1, accepted: 2, ended: 3 };
const OP = 'interactions.subscribe';

export function workspaceInteractions(options: ConnectWorkspaceOptions): InteractionSourceInput & { dispose(): void } {
  const { contact: client } = options;
  const listeners = new Set<{ listener: (event: InteractionEventInput) => void; options: HostWatchOptions }>();
  const contacts = new Map<string, { state?: InteractionState; chain: Promise<void>; details?: Promise<Omit<InteractionInput, 'state'> | undefined> }>();
  const report = (error: unknown) => listeners.forEach((l) => l.options.onError(error));
  const lookupMs = options.lookupMs ?? 5_000;

  const details = async (event: WorkspaceContactEvent): Promise<Omit<InteractionInput, 'state'> | undefined> => {
    const channel = channelOf(event.type, event.subtype);
    if (!channel) {
      report(dropped(OP, 'event.type', `must be a voice, chat or email contact, got ${JSON.stringify(event.type)}: contact ${event.contactId} is not shown`, event.type));
      return undefined;
    }
    const look = <T>(call: () => Promise<T>, what: string, fallback: T) =>
      deadline(Promise.resolve().then(call), lookupMs, `Amazon Connect ${what} for contact ${event.contactId}`).catch((error: unknown) => {
        report(error);
        return fallback;
      });
    const [attributes, queue, since] = await Promise.all([
      look(() => client.getAttributes(event.contactId, '*'), 'getAttributes', {} as Record<string, string>),
      look(() => client.getQueue(event.contactId), 'getQueue', undefined),
      look(() => client.getQueueTimestamp(event.contactId), 'getQueueTimestamp', undefined),
    ]);
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(attributes ?? {})) clean[key] = String(value ?? '');
    return {
      id: event.contactId,
      channel,
      direction: 'inbound',
      customerAddress: clean[options.addressAttribute ?? 'customerAddress'] ?? '',
      conversationId: channel === 'voice' ? undefined : event.contactId,
      customerId: clean[options.customerIdAttribute ?? 'customerId'] || undefined,
      queue: queue?.name || undefined,
      attributes: clean,
      receivedAt: isoDate(since) ?? new Date().toISOString(),
    };
  };

  const on = (state: InteractionState): Handler => async (event) => {
    try {
      if (!event || typeof event.contactId !== 'string' || event.contactId === '') {
        return report(dropped(OP, 'event.contactId', 'must be the contact’s id: the event is dropped', event));
      }
      let entry = contacts.get(event.contactId);
      if (!entry) contacts.set(event.contactId, (entry = { chain: Promise.resolve() }));
      const current = entry;
      current.details ??= details(event);
      // One contact's events are emitted in the order they came, after its details are read.
      current.chain = current.chain.then(async () => {
        const read = await current.details;
        const now = current.state ? RANK[current.state] : 0;
        if (!read || now === RANK[state]) return;
        if (now > RANK[state]) return report(dropped(OP, 'event.type', `"${state}" arrived after "${current.state}" for contact ${event.contactId}: dropped (events out of order)`, state));
        current.state = state;
        listeners.forEach(({ listener }) => listener({ type: state, interaction: { ...read, state } }));
      });
      await current.chain;
    } catch (error) {
      report(error);
    }
  };
  const handlers: [keyof WorkspaceContactClient, keyof WorkspaceContactClient, Handler][] = [
    ['onIncoming', 'offIncoming', on('offered')],
    ['onConnecting', 'offConnecting', on('offered')],
    ['onConnected', 'offConnected', on('accepted')],
    ['onMissed', 'offMissed', on('ended')],
    ['onCleared', 'offCleared', on('ended')],
    ['onDestroyed', 'offDestroyed', on('ended')],
  ];
  for (const [subscribe, , handler] of handlers) (client[subscribe] as (h: Handler) => void).call(client, handler);

  return {
    subscribe(listener, hostOptions) {
      const entry = { listener, options: hostOptions };
      listeners.add(entry);
      hostOptions.signal.addEventListener('abort', () => listeners.delete(entry), { once: true });
    },
    dispose() {
      listeners.clear();
      for (const [, unsubscribe, handler] of handlers) (client[unsubscribe] as (h: Handler) => void).call(client, handler);
    },
  };
}
