import type { ReactiveControllerHost } from 'lit';
import {
  CxIdentifyRequestEvent,
  CxIdentityLinkedEvent,
  CxIdentityLinkEvent,
  CxIdentityUnlinkedEvent,
  CxIdentityUnlinkEvent,
} from '../../events/identity.js';
import type { CustomerTerms } from '../../i18n/customer-terms.js';
import type { Activity, CustomerCandidate, Identity, Participant } from '../../model/index.js';
import { isAbortError, toAdapterError, type AdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import type { ReportFailure } from './case-actions.js';
import type { CustomerLoader } from './customer-loader.js';

/** How sure a link an agent confirmed is: below a verified login (1), above any automatic match. */
export const AGENT_LINK_CONFIDENCE = 0.9;

/** What went wrong with an action, and how to try it again. */
export interface Failure {
  /** Which action: `link:<customerId>`, `unlink`, `activity`. */
  key: string;
  /** Shown in plain words by its kind; the detail went to `cx-adapter-error`. */
  error: AdapterError;
  retry: () => void;
}

/** The port operation of each action, as `cx-adapter-error` names it. */
const OPERATION = { link: 'customers.linkIdentity', unlink: 'customers.unlinkIdentity', activity: 'customers.logActivity' } as const;

export interface IdentityActionsHost extends ReactiveControllerHost, EventTarget {}

export interface IdentityActionsOptions {
  adapter: () => Adapter | undefined;
  loader: CustomerLoader;
  agent: () => Participant | undefined;
  now: () => Date;
  terms: () => CustomerTerms;
  announce: (text: string) => void;
  /** Where failed calls are reported (`cx-adapter-error`). */
  report: ReportFailure;
}

const sameIdentity = (a: Identity, b: Identity) => a.channel === b.channel && a.handle === b.handle;

/**
 * Links a candidate to the unknown handle (recording `agent-linked` evidence with the agent and the
 * time, then logging an activity), unlinks an identity after the agent confirmed, and asks the
 * customer to identify. Each fires its cancelable event before and its event after.
 */
export class IdentityActions {
  /** The action running: `link:<customerId>` or `unlink`. */
  pending?: string;
  failure?: Failure;
  /** The identity the agent is asked to confirm unlinking. */
  confirming?: Identity;
  /** The verification message, shown when the host did not take it. */
  identifyMessage?: string;
  readonly #host: IdentityActionsHost;
  readonly #o: IdentityActionsOptions;

  constructor(host: IdentityActionsHost, options: IdentityActionsOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Forgets everything about the previous customer. */
  reset(): void {
    this.pending = this.failure = this.confirming = this.identifyMessage = undefined;
  }

  #fail(key: string, error: unknown, retry: () => void): void {
    if (isAbortError(error)) return;
    const action = key === 'activity' || key === 'unlink' ? key : 'link';
    this.failure = { key, error: this.#o.report(OPERATION[action], error), retry };
  }

  async link(candidate: CustomerCandidate): Promise<void> {
    const { loader, adapter: getAdapter, terms } = this.#o;
    const port = getAdapter()?.customers;
    const handle = loader.handle;
    const signal = loader.signal;
    if (!port?.linkIdentity || !handle || !signal || this.pending) return;
    const agent = this.#o.agent();
    const identity: Identity = {
      channel: handle.channel,
      handle: handle.handle,
      verified: false,
      evidence: {
        method: 'agent-linked',
        source: agent?.id ?? 'agent',
        linkedAt: this.#o.now().toISOString(),
        confidence: AGENT_LINK_CONFIDENCE,
        note: terms().linkNote(Math.round(candidate.confidence * 100), candidate.reason),
      },
    };
    const conversationId = loader.conversation?.id;
    const before = new CxIdentityLinkEvent(candidate.customer.id, identity, conversationId);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const key = `link:${candidate.customer.id}`;
    this.pending = key;
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const customer = await port.linkIdentity(candidate.customer.id, identity, { signal });
      if (signal.aborted) return;
      loader.adopt(customer);
      this.#host.dispatchEvent(new CxIdentityLinkedEvent(customer, identity));
      this.#o.announce(terms().linked(identity.handle, customer.name));
      const activity: Activity = {
        customerId: customer.id,
        ...(conversationId ? { conversationId } : {}),
        type: 'identity-linked',
        summary: terms().linkActivity(identity.handle, terms().channel[identity.channel], customer.name),
        at: identity.evidence.linkedAt,
      };
      await this.#logLinkActivity(activity, signal);
    } catch (error) {
      if (!signal.aborted) this.#fail(key, error, () => void this.link(candidate));
    } finally {
      if (this.pending === key) this.pending = undefined;
      this.#host.requestUpdate();
    }
  }

  async #logLinkActivity(activity: Activity, signal: AbortSignal): Promise<void> {
    const port = this.#o.adapter()?.customers;
    if (!port?.logActivity) return;
    try {
      await port.logActivity(activity, { signal });
    } catch (error) {
      if (!signal.aborted) this.#fail('activity', error, () => void this.#logLinkActivity(activity, signal).then(() => this.#host.requestUpdate()));
      return;
    }
    if (this.failure?.key === 'activity') this.failure = undefined;
  }

  /** The agent ruled a candidate out. */
  dismiss(candidate: CustomerCandidate): void {
    this.#o.loader.dismiss(candidate.customer.id);
    this.#o.announce(this.#o.terms().dismissed(candidate.customer.name));
  }

  /** Asks the agent to confirm unlinking (nothing changes yet). */
  askUnlink(identity: Identity | undefined): void {
    this.confirming = identity;
    if (identity) this.failure = undefined;
    this.#host.requestUpdate();
  }

  async confirmUnlink(): Promise<void> {
    const { loader, terms } = this.#o;
    const port = this.#o.adapter()?.customers;
    const identity = this.confirming;
    const customer = loader.customer;
    const signal = loader.signal;
    if (!port?.unlinkIdentity || !identity || !customer || !signal || this.pending) return;
    const before = new CxIdentityUnlinkEvent(customer, identity);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    this.pending = 'unlink';
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const query = { channel: identity.channel, handle: identity.handle };
      const updated = await port.unlinkIdentity(customer.id, query, { signal }).catch(async (error: unknown) => {
        // Not found: an earlier attempt whose answer was lost did unlink it. The record says so.
        const fresh = toAdapterError(error, OPERATION.unlink).code === 'not-found' ? await port.getCustomer(customer.id, { signal }) : undefined;
        if (!fresh || fresh.identities.some((i) => sameIdentity(i, identity))) throw error;
        return fresh;
      });
      if (signal.aborted) return;
      this.confirming = undefined;
      loader.adopt(updated);
      this.#host.dispatchEvent(new CxIdentityUnlinkedEvent(updated, identity));
      this.#o.announce(terms().unlinked(identity.handle));
    } catch (error) {
      if (!signal.aborted) this.#fail('unlink', error, () => void this.confirmUnlink());
    } finally {
      if (this.pending === 'unlink') this.pending = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Whether this identity is the one waiting for confirmation. */
  isConfirming(identity: Identity): boolean {
    return !!this.confirming && sameIdentity(this.confirming, identity);
  }

  /** Fires `cx-identify-request`; shows the message when no host took it. */
  identify(): void {
    const { loader, terms } = this.#o;
    if (!loader.handle) return;
    const event = new CxIdentifyRequestEvent(terms().identifyMessage, loader.handle, loader.conversation?.id);
    this.#host.dispatchEvent(event);
    this.identifyMessage = event.defaultPrevented ? undefined : event.message;
    this.#host.requestUpdate();
  }
}
