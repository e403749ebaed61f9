/**
 * One wrapper per port: turns a host's port (`…Input`) into the validated port components call. Each
 * method it offers runs through `guarded` (signal, timeout, typed errors) with the model's check for
 * its result, or through `guardedWatch` for a subscription; a method the host lacks stays absent, so
 * that `has()` can tell.
 */
import type { CallSubject } from './errors.js';
import { checked, guarded, guardedWatch } from './guard.js';
import type { CallOptions } from './call-options.js';
import type { AdapterPorts, AdapterPortsInput } from './ports.js';
import type { ConversationSource, ConversationSourceInput, InteractionSource, InteractionSourceInput } from './conversation-ports.js';
import type { CustomerDirectory, CustomerDirectoryInput } from './customer-ports.js';
import type { CommunitySource, CommunitySourceInput, KnowledgeSource, KnowledgeSourceInput, SentimentService, SentimentServiceInput } from './service-ports.js';
import { moveResult, validatePage } from './results.js';
import type { Check } from './schema.js';
import * as v from './validate.js';
import { knowledgeResults } from './validate-knowledge.js';
import { communityResult, type CommunityOutcome } from './validate-community.js';

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

/** The key of each port in `AdapterPorts` (and `AdapterPortsInput`). */
export type PortKey = keyof AdapterPorts;

/** What wraps the port under `key`: the host's port in, the validated port out. */
export type PortWrapper<K extends PortKey> = (port: NonNullable<AdapterPortsInput[K]>, timeoutMs: number) => NonNullable<AdapterPorts[K]>;

/** The wrapper of each port, by its key; the order is that of the adapter's own properties. */
export const PORT_WRAPPERS: { [K in PortKey]: PortWrapper<K> } = {
  interactions: wrapInteractions,
  conversations: wrapConversations,
  customers: wrapCustomers,
  sentiment: wrapSentiment,
  knowledge: wrapKnowledge,
  community: wrapCommunity,
};

/** Every port's key, in the order of `PORT_WRAPPERS`. */
export const PORT_KEYS = Object.keys(PORT_WRAPPERS) as PortKey[];
