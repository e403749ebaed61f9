import type { CallSubject } from './errors.js';
import { checked, guarded, guardedWatch } from './guard.js';
import type {
  Adapter,
  AdapterPorts,
  AdapterPortsInput,
  CallOptions,
  Capability,
  CommunitySource,
  CommunitySourceInput,
  ConversationSource,
  ConversationSourceInput,
  CustomerDirectory,
  CustomerDirectoryInput,
  InteractionSource,
  InteractionSourceInput,
  KnowledgeSource,
  KnowledgeSourceInput,
  SentimentService,
  SentimentServiceInput,
} from './ports.js';
import { moveResult, validatePage } from './results.js';
import type { Check } from './schema.js';
import * as v from './validate.js';
import { knowledgeResults } from './validate-knowledge.js';
import { communityResult, type CommunityOutcome } from './validate-community.js';

export interface AdapterOptions {
  /** For logs and error messages. */
  name?: string;
  /** A call that has not settled by then fails as retryable. Default 15 000 ms; 0 turns it off. Validation is not timed. */
  timeoutMs?: number;
}

/** Ports that a host offers (or an adapter, whose ports are taken as they are), to pass to `createAdapter`. */
export type PortSource = AdapterPortsInput & { name?: string };

const DEFAULT_TIMEOUT_MS = 15_000;

function wrapInteractions(port: InteractionSourceInput, timeoutMs: number): InteractionSource {
  const subject = { resource: 'interaction', id: 'current' };
  const wrapped: InteractionSource = {
    subscribe: (listener, options) =>
      guardedWatch('interactions.subscribe', subject, (l, o) => port.subscribe(l, o), listener, v.interactionEvent, options),
  };
  const current = port.current?.bind(port);
  if (current) {
    const op = 'interactions.current';
    wrapped.current = (options) => guarded(op, subject, options, timeoutMs, (signal) => current({ signal }), checked(op, v.currentInteraction));
  }
  const accept = port.accept?.bind(port);
  if (accept) {
    const op = 'interactions.accept';
    wrapped.accept = (id, options) => guarded(op, { resource: 'interaction', id }, options, timeoutMs, (signal) => accept(id, { signal }), checked(op, v.interaction));
  }
  const dial = port.dial?.bind(port);
  if (dial) {
    const op = 'interactions.dial';
    wrapped.dial = (request, options) => guarded(op, { resource: 'phone number', id: request.phone }, options, timeoutMs, (signal) => dial(request, { signal }), checked(op, v.nothing));
  }
  return wrapped;
}

function wrapConversations(port: ConversationSourceInput, timeoutMs: number): ConversationSource {
  const conversation = (id: string) => ({ resource: 'conversation', id });
  const run = <T>(op: string, id: string, options: CallOptions | undefined, call: (signal: AbortSignal) => unknown, accept: (value: unknown, signal?: AbortSignal) => T | Promise<T>) =>
    guarded(`conversations.${op}`, conversation(id), options, timeoutMs, call, accept);
  const wrapped: ConversationSource = {
    getConversation: (id, options) => run('getConversation', id, options, (signal) => port.getConversation(id, { signal }), checked('conversations.getConversation', v.conversation)),
    loadMessages: (id, options) =>
      run(
        'loadMessages',
        id,
        options,
        (signal) => port.loadMessages(id, { cursor: options?.cursor ?? null, limit: options?.limit ?? 50, signal }),
        (value, signal) => validatePage(value, 'conversations.loadMessages', signal),
      ),
  };
  const { watch, send, moveToPrivate, createSecureLink, setPresence, setStatus } = port;
  if (watch) {
    wrapped.watch = (id, listener, options) =>
      guardedWatch('conversations.watch', conversation(id), (l, o) => watch.call(port, id, l, o), listener, v.conversationEvent, options);
  }
  if (send) {
    wrapped.send = (message, options) =>
      run('send', message.conversationId, options, (signal) => send.call(port, message, { signal }), checked('conversations.send', v.message));
  }
  if (moveToPrivate) {
    wrapped.moveToPrivate = (request, options) =>
      run('moveToPrivate', request.conversationId, options, (signal) => moveToPrivate.call(port, request, { signal }), checked('conversations.moveToPrivate', moveResult(request)));
  }
  if (createSecureLink) {
    wrapped.createSecureLink = (request, options) =>
      run('createSecureLink', request.conversationId, options, (signal) => createSecureLink.call(port, request, { signal }), checked('conversations.createSecureLink', v.secureLink));
  }
  if (setPresence) {
    wrapped.setPresence = (id, activity, options) =>
      run('setPresence', id, options, (signal) => setPresence.call(port, id, activity, { signal }), checked('conversations.setPresence', v.nothing));
  }
  if (setStatus) {
    wrapped.setStatus = (id, status, options) =>
      run('setStatus', id, options, (signal) => setStatus.call(port, id, status, { signal }), checked('conversations.setStatus', v.nothing));
  }
  return wrapped;
}

function wrapCustomers(port: CustomerDirectoryInput, timeoutMs: number): CustomerDirectory {
  const run = <T>(op: string, subject: CallSubject, options: CallOptions | undefined, call: (signal: AbortSignal) => unknown, check: Check<T>) =>
    guarded(`customers.${op}`, subject, options, timeoutMs, call, checked(`customers.${op}`, check));
  const customer = (id: string) => ({ resource: 'customer', id });
  const wrapped: CustomerDirectory = {
    getCustomer: (id, options) => run('getCustomer', customer(id), options, (signal) => port.getCustomer(id, { signal }), v.customer),
  };
  const { findCandidates, linkIdentity, unlinkIdentity, openRecord, createCase, logActivity } = port;
  if (findCandidates)
    wrapped.findCandidates = (query, options) =>
      run('findCandidates', { resource: `${query.channel} identity`, id: query.handle }, options, (signal) => findCandidates.call(port, query, { signal }), v.customerCandidates);
  if (linkIdentity)
    wrapped.linkIdentity = (id, identity, options) => run('linkIdentity', customer(id), options, (signal) => linkIdentity.call(port, id, identity, { signal }), v.customer);
  if (unlinkIdentity)
    wrapped.unlinkIdentity = (id, query, options) => run('unlinkIdentity', customer(id), options, (signal) => unlinkIdentity.call(port, id, query, { signal }), v.customer);
  if (openRecord)
    wrapped.openRecord = (record, options) =>
      run('openRecord', { resource: `${record.system} ${record.type}`, id: record.id }, options, (signal) => openRecord.call(port, record, { signal }), v.nothing);
  if (createCase)
    wrapped.createCase = (newCase, options) => run('createCase', customer(newCase.customerId), options, (signal) => createCase.call(port, newCase, { signal }), v.caseSummary);
  if (logActivity)
    wrapped.logActivity = (activity, options) => run('logActivity', customer(activity.customerId), options, (signal) => logActivity.call(port, activity, { signal }), v.nothing);
  return wrapped;
}

function wrapSentiment(port: SentimentServiceInput, timeoutMs: number): SentimentService {
  const op = 'sentiment.analyze';
  return {
    analyze: (texts, options) =>
      guarded(op, { resource: 'sentiment service', id: '' }, options, timeoutMs, (signal) => port.analyze(texts, { ...options, signal }), checked(op, v.rawSentiments(texts.length))),
  };
}

function wrapKnowledge(port: KnowledgeSourceInput, timeoutMs: number): KnowledgeSource {
  const accept = (op: string) => (value: unknown) => knowledgeResults(value, op);
  const wrapped: KnowledgeSource = {
    search: (query, options) =>
      guarded('knowledge.search', { resource: 'knowledge search', id: query }, options, timeoutMs, (signal) => port.search(query, { signal, ...(options?.lang ? { lang: options.lang } : {}), ...(options?.channel ? { channel: options.channel } : {}) }), accept('knowledge.search')),
  };
  const suggest = port.suggest?.bind(port);
  if (suggest) {
    wrapped.suggest = (id, options) => guarded('knowledge.suggest', { resource: 'conversation', id }, options, timeoutMs, (signal) => suggest(id, { signal }), accept('knowledge.suggest'));
  }
  return wrapped;
}

function wrapCommunity(port: CommunitySourceInput, timeoutMs: number): CommunitySource {
  const wrapped: CommunitySource = {};
  const bind = <R extends { conversationId: string; messageId: string }>(
    name: 'accept' | 'endorse' | 'thank' | 'hide',
    outcome: CommunityOutcome,
    method: ((request: R, options: { signal: AbortSignal }) => Promise<unknown>) | undefined,
  ) => {
    if (!method) return undefined;
    const op = `community.${name}`;
    return (request: R, options?: CallOptions) =>
      guarded(op, { resource: 'community post', id: request.messageId }, options, timeoutMs, (signal) => method.call(port, request, { signal }), checked(op, communityResult(request, outcome)));
  };
  const accept = bind('accept', 'accepted', port.accept);
  const endorse = bind('endorse', 'endorsed', port.endorse);
  const thank = bind('thank', 'thanked', port.thank);
  const hide = bind('hide', 'hidden', port.hide);
  if (accept) wrapped.accept = accept;
  if (endorse) wrapped.endorse = endorse;
  if (thank) wrapped.thank = thank;
  if (hide) wrapped.hide = hide;
  return wrapped;
}

const CAPABILITY_CHECKS: Record<Capability, (ports: AdapterPorts) => boolean> = {
  'interactions.subscribe': (p) => !!p.interactions,
  'interactions.current': (p) => !!p.interactions?.current,
  'interactions.accept': (p) => !!p.interactions?.accept,
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
  'conversations.createSecureLink': (p) => !!p.conversations?.createSecureLink,
  'interactions.dial': (p) => !!p.interactions?.dial,
  'knowledge.search': (p) => !!p.knowledge,
  'knowledge.suggest': (p) => !!p.knowledge?.suggest,
  'community.accept': (p) => !!p.community?.accept,
  'community.endorse': (p) => !!p.community?.endorse,
  'community.thank': (p) => !!p.community?.thank,
  'community.hide': (p) => !!p.community?.hide,
};

const VALIDATED = Symbol('screenpop.validated');

/** Marks a port (or adapter) as the boundary's own, so it is not wrapped twice. */
function mark<T extends object>(port: T): T {
  Object.defineProperty(port, VALIDATED, { value: true });
  return port;
}

/**
 * Turns the ports a host offers into an `Adapter`: every call is validated at the boundary, honours
 * its AbortSignal and a timeout, and fails only with typed `AdapterError`s; `has()` is derived from
 * which ports and methods exist.
 */
export function createAdapter(ports: PortSource, options: AdapterOptions = {}): Adapter {
  if ((ports as { [VALIDATED]?: boolean })[VALIDATED] && options.timeoutMs === undefined) return ports as Adapter;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A port of another adapter (composeAdapter) is validated already: validating again would only cost time.
  const keep = options.timeoutMs === undefined;
  const wrap = <I extends object, O extends object>(port: I, wrapper: (port: I, timeoutMs: number) => O): O =>
    keep && (port as { [VALIDATED]?: boolean })[VALIDATED] ? (port as unknown as O) : mark(wrapper(port, timeoutMs));
  const wrapped: AdapterPorts = {};
  if (ports.interactions) wrapped.interactions = wrap(ports.interactions, wrapInteractions);
  if (ports.conversations) wrapped.conversations = wrap(ports.conversations, wrapConversations);
  if (ports.customers) wrapped.customers = wrap(ports.customers, wrapCustomers);
  if (ports.sentiment) wrapped.sentiment = wrap(ports.sentiment, wrapSentiment);
  if (ports.knowledge) wrapped.knowledge = wrap(ports.knowledge, wrapKnowledge);
  if (ports.community) wrapped.community = wrap(ports.community, wrapCommunity);
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
  const pick = <K extends keyof AdapterPortsInput>(key: K) => sources.find((source) => source[key])?.[key];
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
  const knowledge = pick('knowledge');
  if (knowledge) ports.knowledge = knowledge;
  const community = pick('community');
  if (community) ports.community = community;
  return createAdapter(ports);
}
