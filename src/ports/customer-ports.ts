/**
 * The record host's port: the CRM that holds customers and cases (`CustomerDirectory`), as components
 * call it and as a host implements it (`CustomerDirectoryInput`).
 */
import type {
  Activity,
  CaseSummary,
  CaseSummaryInput,
  ChannelKind,
  Customer,
  CustomerCandidate,
  CustomerCandidateInput,
  CustomerInput,
  Identity,
  NewCase,
  RecordRef,
} from '../model/index.js';
import type { CallOptions, HostCallOptions } from './call-options.js';

/** An identity to look up: a handle or address on a channel. */
export interface IdentityQuery {
  channel: ChannelKind;
  handle: string;
}

/** The record host: the CRM (Salesforce, Dynamics, Zendesk, …) that holds customers and cases. */
export interface CustomerDirectory {
  getCustomer(id: string, options?: CallOptions): Promise<Customer>;
  /** Customers who may own an identity, best first. */
  findCandidates?(query: IdentityQuery, options?: CallOptions): Promise<CustomerCandidate[]>;
  linkIdentity?(customerId: string, identity: Identity, options?: CallOptions): Promise<Customer>;
  unlinkIdentity?(customerId: string, query: IdentityQuery, options?: CallOptions): Promise<Customer>;
  /** Opens the record in the host's own UI (a tab, a console subtab). */
  openRecord?(record: RecordRef, options?: CallOptions): Promise<void>;
  createCase?(newCase: NewCase, options?: CallOptions): Promise<CaseSummary>;
  logActivity?(activity: Activity, options?: CallOptions): Promise<void>;
}

/** A host's record directory, as passed to `createAdapter`. */
export interface CustomerDirectoryInput {
  getCustomer(id: string, options: HostCallOptions): Promise<CustomerInput>;
  findCandidates?(query: IdentityQuery, options: HostCallOptions): Promise<readonly CustomerCandidateInput[]>;
  linkIdentity?(customerId: string, identity: Identity, options: HostCallOptions): Promise<CustomerInput>;
  unlinkIdentity?(customerId: string, query: IdentityQuery, options: HostCallOptions): Promise<CustomerInput>;
  /** Resolves to nothing; throw to report a failure. */
  openRecord?(record: RecordRef, options: HostCallOptions): Promise<void>;
  createCase?(newCase: NewCase, options: HostCallOptions): Promise<CaseSummaryInput>;
  /** Resolves to nothing; throw to report a failure. */
  logActivity?(activity: Activity, options: HostCallOptions): Promise<void>;
}
