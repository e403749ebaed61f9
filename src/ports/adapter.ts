import type { Message } from '../model/index.js';
import { AbortedError, InvalidDataError, RetryableError, isAbortError, throwIfAborted, toAdapterError } from './errors.js';
import type {
  Adapter,
  AdapterPorts,
  CallOptions,
  Capability,
  ConversationSource,
  CustomerDirectory,
  InteractionSource,
  SentimentService,
  WatchOptions,
} from './ports.js';
import { parse, type Check } from './schema.js';
import * as v from './validate.js';

export interface AdapterOptions {
  /** For logs and error messages. */
  name?: string;
  /** A call that has not settled by then fails as retryable. Default 15 000 ms; 0 turns it off. */
  timeoutMs?: number;
}

/** Ports that a host offers, or an adapter whose ports are taken as they are. */
export type PortSource = AdapterPorts & { name?: string };

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Runs one port call so that whatever the host does, the caller gets either valid data or an
 * `AdapterError`: it enforces the signal and a timeout even when the host ignores them, and
 * validates what comes back.
 */
async function guarded<T>(
  operation: string,
  options: CallOptions | undefined,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<unknown>,
  check?: Check<T>,
): Promise<T> {
  const outer = options?.signal;
  throwIfAborted(outer);
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new AbortedError(controller.signal.reason)), { once: true });
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        reject(new RetryableError(`${operation} timed out after ${timeoutMs / 1000} s.`));
        controller.abort(new DOMException('Timed out', 'TimeoutError'));
      }, timeoutMs);
    }
  });
  try {
    const value = await Promise.race([Promise.resolve().then(() => call(controller.signal)), stop]);
    return check ? parse(check, value, '', (path, problem) => new InvalidDataError(operation, path || 'the result', problem)) : (value as T);
  } catch (error) {
    if (outer?.aborted && isAbortError(error)) throw new AbortedError(outer.reason);
    throw toAdapterError(error, operation);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

/** Subscribes through a host's watch, validating each event; bad events go to `onError`, not to the listener. */
function guardedWatch<E>(
  operation: string,
  subscribe: (listener: (event: unknown) => void, options: WatchOptions) => () => void,
  listener: (event: E) => void,
  check: Check<E>,
  options: WatchOptions | undefined,
): () => void {
  if (options?.signal?.aborted) return () => {};
  let active = true;
  const onEvent = (raw: unknown) => {
    if (!active) return;
    let event: E;
    try {
      event = parse(check, raw, 'event', (path, problem) => new InvalidDataError(operation, path, problem));
    } catch (error) {
      options?.onError?.(error as Error);
      return;
    }
    listener(event);
  };
  const hostOptions: WatchOptions = { onError: (error) => active && options?.onError?.(toAdapterError(error, operation)) };
  if (options?.signal) hostOptions.signal = options.signal;
  const unsubscribe = subscribe(onEvent, hostOptions);
  const stop = () => {
    if (!active) return;
    active = false;
    options?.signal?.removeEventListener('abort', stop);
    unsubscribe();
  };
  options?.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

function wrapInteractions(port: InteractionSource, timeoutMs: number): InteractionSource {
  const wrapped: InteractionSource = {
    subscribe: (listener, options) =>
      guardedWatch('interactions.subscribe', (l, o) => port.subscribe(l, o), listener, v.interactionEvent, options),
  };
  if (port.current) {
    const current = port.current.bind(port);
    wrapped.current = (options) =>
      guarded('interactions.current', options, timeoutMs, (signal) => current({ signal }), (value, path) =>
        value === null || value === undefined ? null : v.interaction(value, path),
      );
  }
  return wrapped;
}

function wrapConversations(port: ConversationSource, timeoutMs: number): ConversationSource {
  const wrapped: ConversationSource = {
    getConversation: (id, options) =>
      guarded('conversations.getConversation', options, timeoutMs, (signal) => port.getConversation(id, { signal }), v.conversation),
    loadMessages: (conversationId, options) =>
      guarded(
        'conversations.loadMessages',
        options,
        timeoutMs,
        (signal) => port.loadMessages(conversationId, { cursor: options?.cursor ?? null, limit: options?.limit ?? 50, signal }),
        v.messagePage,
      ),
  };
  if (port.watch) {
    const watch = port.watch.bind(port);
    wrapped.watch = (conversationId, listener, options) =>
      guardedWatch('conversations.watch', (l, o) => watch(conversationId, l, o), listener, v.conversationEvent, options);
  }
  if (port.send) {
    const send = port.send.bind(port);
    wrapped.send = (message, options) =>
      guarded<Message>('conversations.send', options, timeoutMs, (signal) => send(message, { signal }), v.message);
  }
  if (port.moveToPrivate) {
    const move = port.moveToPrivate.bind(port);
    wrapped.moveToPrivate = (request, options) => guarded('conversations.moveToPrivate', options, timeoutMs, (signal) => move(request, { signal }));
  }
  if (port.setPresence) {
    const setPresence = port.setPresence.bind(port);
    wrapped.setPresence = (id, activity, options) =>
      guarded('conversations.setPresence', options, timeoutMs, (signal) => setPresence(id, activity, { signal }));
  }
  if (port.setStatus) {
    const setStatus = port.setStatus.bind(port);
    wrapped.setStatus = (id, status, options) => guarded('conversations.setStatus', options, timeoutMs, (signal) => setStatus(id, status, { signal }));
  }
  return wrapped;
}

function wrapCustomers(port: CustomerDirectory, timeoutMs: number): CustomerDirectory {
  const wrapped: CustomerDirectory = {
    getCustomer: (id, options) => guarded('customers.getCustomer', options, timeoutMs, (signal) => port.getCustomer(id, { signal }), v.customer),
  };
  const { findCandidates, linkIdentity, unlinkIdentity, openRecord, createCase, logActivity } = port;
  if (findCandidates)
    wrapped.findCandidates = (query, options) =>
      guarded('customers.findCandidates', options, timeoutMs, (signal) => findCandidates.call(port, query, { signal }), v.customerCandidates);
  if (linkIdentity)
    wrapped.linkIdentity = (customerId, identity, options) =>
      guarded('customers.linkIdentity', options, timeoutMs, (signal) => linkIdentity.call(port, customerId, identity, { signal }), v.customer);
  if (unlinkIdentity)
    wrapped.unlinkIdentity = (customerId, query, options) =>
      guarded('customers.unlinkIdentity', options, timeoutMs, (signal) => unlinkIdentity.call(port, customerId, query, { signal }), v.customer);
  if (openRecord)
    wrapped.openRecord = (record, options) => guarded('customers.openRecord', options, timeoutMs, (signal) => openRecord.call(port, record, { signal }));
  if (createCase)
    wrapped.createCase = (newCase, options) =>
      guarded('customers.createCase', options, timeoutMs, (signal) => createCase.call(port, newCase, { signal }), v.caseSummaryCheck);
  if (logActivity)
    wrapped.logActivity = (activity, options) => guarded('customers.logActivity', options, timeoutMs, (signal) => logActivity.call(port, activity, { signal }));
  return wrapped;
}

function wrapSentiment(port: SentimentService, timeoutMs: number): SentimentService {
  return {
    analyze: (texts, options) =>
      guarded('sentiment.analyze', options, timeoutMs, (signal) => port.analyze(texts, { ...options, signal }), (value, path) => {
        if (!Array.isArray(value) || value.length !== texts.length) {
          throw new InvalidDataError('sentiment.analyze', path || 'the result', `must be an array of ${texts.length} results`);
        }
        return value;
      }),
  };
}

const CAPABILITY_CHECKS: Record<Capability, (ports: AdapterPorts) => boolean> = {
  'interactions.subscribe': (p) => !!p.interactions,
  'interactions.current': (p) => !!p.interactions?.current,
  'conversations.get': (p) => !!p.conversations,
  'conversations.load': (p) => !!p.conversations,
  'conversations.watch': (p) => !!p.conversations?.watch,
  'conversations.send': (p) => !!p.conversations?.send,
  'conversations.moveToPrivate': (p) => !!p.conversations?.moveToPrivate,
  'conversations.setPresence': (p) => !!p.conversations?.setPresence,
  'conversations.setStatus': (p) => !!p.conversations?.setStatus,
  'customers.get': (p) => !!p.customers,
  'customers.findCandidates': (p) => !!p.customers?.findCandidates,
  'customers.linkIdentity': (p) => !!p.customers?.linkIdentity,
  'customers.unlinkIdentity': (p) => !!p.customers?.unlinkIdentity,
  'customers.openRecord': (p) => !!p.customers?.openRecord,
  'customers.createCase': (p) => !!p.customers?.createCase,
  'customers.logActivity': (p) => !!p.customers?.logActivity,
  'sentiment.analyze': (p) => !!p.sentiment,
};

const VALIDATED = Symbol('screenpop.validated');

/**
 * Turns the ports a host offers into an `Adapter`: every call is validated at the boundary, honours
 * its AbortSignal and a timeout, and fails only with typed `AdapterError`s; `has()` is derived from
 * which ports and methods exist.
 */
export function createAdapter(ports: PortSource, options: AdapterOptions = {}): Adapter {
  if ((ports as { [VALIDATED]?: boolean })[VALIDATED] && options.timeoutMs === undefined) return ports as Adapter;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const wrapped: AdapterPorts = {};
  if (ports.interactions) wrapped.interactions = wrapInteractions(ports.interactions, timeoutMs);
  if (ports.conversations) wrapped.conversations = wrapConversations(ports.conversations, timeoutMs);
  if (ports.customers) wrapped.customers = wrapCustomers(ports.customers, timeoutMs);
  if (ports.sentiment) wrapped.sentiment = wrapSentiment(ports.sentiment, timeoutMs);
  const adapter: Adapter & { [VALIDATED]: true } = {
    ...wrapped,
    name: options.name ?? ports.name ?? 'adapter',
    has: (capability) => CAPABILITY_CHECKS[capability]?.(wrapped) ?? false,
    [VALIDATED]: true,
  };
  return Object.freeze(adapter);
}

/**
 * Joins ports from different hosts into one adapter — say interactions from Amazon Connect,
 * customers from Salesforce, conversations from a social platform. For each port the first source
 * that offers it wins.
 */
export function composeAdapter(...sources: PortSource[]): Adapter {
  const pick = <K extends keyof AdapterPorts>(key: K) => sources.find((source) => source[key])?.[key];
  const ports: PortSource = {
    name: sources.map((source) => source.name ?? '?').join('+'),
  };
  const interactions = pick('interactions');
  const conversations = pick('conversations');
  const customers = pick('customers');
  const sentiment = pick('sentiment');
  if (interactions) ports.interactions = interactions;
  if (conversations) ports.conversations = conversations;
  if (customers) ports.customers = customers;
  if (sentiment) ports.sentiment = sentiment;
  return createAdapter(ports);
}
