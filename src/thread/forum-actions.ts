import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CxCommunityActedEvent, CxCommunityActionEvent, type CommunityRequest } from '../events/community.js';
import type { CommunityAction } from '../i18n/forum-terms.js';
import type { AdapterProblems } from '../internal/adapter-problems.js';
import { newClientId } from '../internal/client-id.js';
import type { CaseSummary, Conversation, Message } from '../model/index.js';
import { isAbortError, toAdapterError, type AdapterError } from '../ports/errors.js';
import type { Adapter, Capability } from '../ports/ports.js';
import { isSystemMessage } from './thread-view.js';

/** Where one action on one post stands. The client id stays the same over retries until it is done. */
export interface ActionState {
  clientId: string;
  status: 'running' | 'done' | 'failed';
  error?: AdapterError;
}

export interface ForumActionsHost extends ReactiveControllerHost, EventTarget {}

const CAPABILITY: Record<CommunityAction, Capability> = {
  accept: 'community.accept',
  endorse: 'community.endorse',
  thank: 'community.thank',
  hide: 'community.hide',
};

/**
 * The agent's actions on a forum thread's posts (accept as solution, endorse, thank, hide pending
 * moderation) and on its question (make it a case). Each action keeps one client id per post until
 * it is done, so a double click acts once and Retry after a lost answer repeats nothing; a click
 * while it runs does nothing. What the host returns is kept as the post's latest version (a
 * community change leaves the message's time as it was, so the thread's store would keep the old
 * one), and read back through `post()`.
 */
export class ForumActions implements ReactiveController {
  readonly #host: ForumActionsHost;
  readonly #adapter: () => Adapter | undefined;
  readonly #problems: AdapterProblems;
  readonly #states = new Map<string, ActionState>();
  /** Posts as the host returned them after an action. */
  readonly #posts = new Map<string, Message>();
  /** Posts as shown: the stored one with what the actions changed. */
  #shown = new WeakMap<Message, Message>();
  #acceptedId?: string;
  #abort = new AbortController();
  #version = 0;
  /** Reasons typed for a hide, by post id: kept until the hide is done. */
  readonly reasons = new Map<string, string>();
  /** Posts whose hide form is open. */
  readonly hiding = new Set<string>();
  caseState?: ActionState & { caseSummary?: CaseSummary };

  constructor(host: ForumActionsHost, adapter: () => Adapter | undefined, problems: AdapterProblems) {
    this.#host = host;
    this.#adapter = adapter;
    this.#problems = problems;
    host.addController(this);
  }

  /** Changes with every action's result: a view compares it to know the rows changed. */
  get version(): number {
    return this.#version;
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Another conversation: what ran is cancelled, nothing of it is kept. */
  reset(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#states.clear();
    this.#posts.clear();
    this.#shown = new WeakMap();
    this.#acceptedId = undefined;
    this.reasons.clear();
    this.hiding.clear();
    this.caseState = undefined;
    this.#version += 1;
  }

  /** The post as shown: the host's answer to an action on it, else the stored one; one accepted solution at a time. */
  post(stored: Message): Message {
    const cached = this.#shown.get(stored);
    if (cached) return cached;
    let post = this.#posts.get(stored.id);
    if (!post || Date.parse(stored.editedAt ?? stored.createdAt) > Date.parse(post.editedAt ?? post.createdAt)) post = stored;
    if (this.#acceptedId !== undefined && post.id !== this.#acceptedId && post.community?.accepted) {
      post = { ...post, community: { ...post.community, accepted: false } };
    }
    this.#shown.set(stored, post);
    return post;
  }

  state(action: CommunityAction, messageId: string): ActionState | undefined {
    return this.#states.get(`${action}:${messageId}`);
  }

  /**
   * Whether the agent is offered an action on a post: the host can do it, the post is someone else's
   * (not staff's, not an event), and it is not done already. Endorse and thank are for advocates'
   * posts; accept for any reply but the question; hide for any post not hidden.
   */
  offers(action: CommunityAction, post: Message, question: Message | undefined): boolean {
    const adapter = this.#adapter();
    if (!adapter?.has(CAPABILITY[action]) || isSystemMessage(post) || post.deleted || post.author?.role === 'agent') return false;
    if (post.delivery === 'pending' || post.delivery === 'failed' || post.visibility === 'internal') return false;
    const community = post.community;
    switch (action) {
      case 'accept':
        return post !== question && post.id !== question?.id && !community?.accepted && !community?.hidden;
      case 'endorse':
        return post.author?.role === 'community-advocate' && !community?.hidden;
      case 'thank':
        return post.author?.role === 'community-advocate';
      case 'hide':
        return !community?.hidden;
    }
  }

  /** Runs an action on a post, or runs it again with the same client id after a failure; nothing while it runs or once done. */
  async run(action: CommunityAction, post: Message, conversationId: string): Promise<void> {
    const key = `${action}:${post.id}`;
    const previous = this.#states.get(key);
    if (previous?.status === 'running' || previous?.status === 'done') return;
    const port = this.#adapter()?.community;
    const method = port?.[action];
    if (!method || !port) return;
    const request: CommunityRequest = { clientId: previous?.clientId ?? newClientId(), conversationId, messageId: post.id };
    if (action === 'hide') {
      const reason = (this.reasons.get(post.id) ?? '').trim();
      if (!reason) return;
      Object.assign(request, { reason });
    }
    const before = new CxCommunityActionEvent(action, request, post);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const state: ActionState = { clientId: request.clientId, status: 'running' };
    this.#states.set(key, state);
    this.#host.requestUpdate();
    const signal = this.#abort.signal;
    try {
      const result = await (method as (r: CommunityRequest, o: { signal: AbortSignal }) => Promise<Message>).call(port, request, { signal });
      if (signal.aborted) return;
      this.#states.set(key, { clientId: request.clientId, status: 'done' });
      this.#posts.set(result.id, result);
      if (action === 'accept') this.#acceptedId = result.id;
      if (action === 'hide') {
        this.reasons.delete(post.id);
        this.hiding.delete(post.id);
      }
      this.#changed();
      this.#host.dispatchEvent(new CxCommunityActedEvent(action, request, result));
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.#states.set(key, { clientId: request.clientId, status: 'failed', error: this.#problems.failed(`community.${action}`, error) });
      this.#host.requestUpdate();
    }
  }

  /** Whether the question can be made a case: the host creates cases and the conversation names its customer. */
  offersCase(conversation: Conversation | undefined): boolean {
    return !!conversation?.customerId && !!this.#adapter()?.has('customers.createCase') && this.caseState?.status !== 'done';
  }

  /** Makes the question a case (idempotent by client id, like the actions). */
  async makeCase(conversation: Conversation, subject: string): Promise<void> {
    const previous = this.caseState;
    const customers = this.#adapter()?.customers;
    if (previous?.status === 'running' || previous?.status === 'done' || !customers?.createCase || !conversation.customerId) return;
    const clientId = previous?.clientId ?? newClientId();
    this.caseState = { clientId, status: 'running' };
    this.#host.requestUpdate();
    const signal = this.#abort.signal;
    try {
      const created = await customers.createCase({ clientId, customerId: conversation.customerId, conversationId: conversation.id, subject }, { signal });
      if (signal.aborted) return;
      this.caseState = { clientId, status: 'done', caseSummary: created };
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      this.caseState = { clientId, status: 'failed', error: this.#problems.failed('customers.createCase', toAdapterError(error, 'customers.createCase')) };
    }
    this.#host.requestUpdate();
  }

  #changed(): void {
    this.#shown = new WeakMap();
    this.#version += 1;
    this.#host.requestUpdate();
  }
}
