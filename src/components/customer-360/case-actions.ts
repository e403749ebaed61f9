import { CxActivityLogEvent, CxActivityLoggedEvent, CxCaseCreatedEvent, CxCaseCreateEvent } from '../../events/case.js';
import type { CustomerTerms } from '../../i18n/customer-terms.js';
import type { Activity, CaseSummary, NewCase, RecordRef } from '../../model/index.js';
import { isAbortError, type AdapterError } from '../../ports/errors.js';
import type { Adapter } from '../../ports/ports.js';
import type { CustomerLoader } from './customer-loader.js';
import type { IdentityActionsHost } from './identity-actions.js';

export interface CaseForm {
  subject: string;
  /** Set on the first attempt and kept for every retry, so the host creates the case once. */
  clientId?: string;
  pending: boolean;
  /** Submitted without a subject. */
  subjectMissing?: boolean;
  /** Why the host did not confirm the case (shown in plain words; the detail went to `cx-adapter-error`). */
  error?: AdapterError;
}

export interface ActivityForm {
  type: 'note' | 'call';
  summary: string;
  pending: boolean;
  error?: AdapterError;
}

/** Reports a failed call (`cx-adapter-error`) and returns it typed, for the agent's plain words. */
export type ReportFailure = (operation: string, error: unknown) => AdapterError;

export interface CaseActionsOptions {
  adapter: () => Adapter | undefined;
  loader: CustomerLoader;
  now: () => Date;
  terms: () => CustomerTerms;
  announce: (text: string) => void;
  /** Where failed calls are reported (`cx-adapter-error`). */
  report: ReportFailure;
}

const newClientId = () => `case-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`;

/**
 * The record-host actions of `<cx-customer-360>`: create a case from the conversation (exactly once:
 * double clicks are ignored while one attempt runs, and every retry sends the same client id), log
 * an activity (the typed summary is kept until the host confirmed it), open a record in the host.
 */
export class CaseActions {
  caseForm?: CaseForm;
  /** The case created from this conversation. */
  created?: CaseSummary;
  activityForm?: ActivityForm;
  /** Why the host could not open a record, where it was asked from, and how to ask again. */
  openError?: { from: 'header' | 'cases'; error: AdapterError; retry: () => void };
  readonly #host: IdentityActionsHost;
  readonly #o: CaseActionsOptions;

  constructor(host: IdentityActionsHost, options: CaseActionsOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Forgets everything about the previous customer or conversation. */
  reset(): void {
    this.caseForm = this.created = this.activityForm = this.openError = undefined;
  }

  /** The failure to show, reported to developers; undefined for a cancellation (another customer loaded). */
  #failure(error: unknown, operation: string, signal: AbortSignal): AdapterError | undefined {
    if (signal.aborted || isAbortError(error)) return undefined;
    return this.#o.report(operation, error);
  }

  openCaseForm(open: boolean): void {
    if (this.caseForm?.pending) return;
    this.caseForm = open ? { subject: this.#o.loader.conversation?.subject ?? '', pending: false } : undefined;
    this.#host.requestUpdate();
  }

  /** Edits the subject. The client id stays: an attempt whose answer was lost may have created the case already. */
  setSubject(subject: string): void {
    if (this.caseForm && !this.caseForm.pending) this.caseForm.subject = subject;
  }

  async createCase(): Promise<void> {
    const form = this.caseForm;
    const { loader, terms } = this.#o;
    const port = this.#o.adapter()?.customers;
    const customer = loader.customer;
    const signal = loader.signal;
    if (!form || form.pending || !port?.createCase || !customer || !signal) return;
    const subject = form.subject.trim();
    form.subjectMissing = !subject;
    if (!subject) {
      this.#host.requestUpdate();
      return;
    }
    form.clientId ??= newClientId();
    const conversationId = loader.conversation?.id;
    const newCase: NewCase = { clientId: form.clientId, customerId: customer.id, subject, ...(conversationId ? { conversationId } : {}) };
    const before = new CxCaseCreateEvent(newCase);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    form.pending = true;
    form.error = undefined;
    this.#host.requestUpdate();
    try {
      const created = await port.createCase(newCase, { signal });
      if (signal.aborted) return;
      this.caseForm = undefined;
      this.created = created;
      loader.addCase(created);
      this.#host.dispatchEvent(new CxCaseCreatedEvent(created, newCase));
      this.#o.announce(terms().caseCreated(created.id));
    } catch (error) {
      form.error = this.#failure(error, 'customers.createCase', signal);
    } finally {
      form.pending = false;
      this.#host.requestUpdate();
    }
  }

  openActivityForm(open: boolean): void {
    if (this.activityForm?.pending) return;
    this.activityForm = open ? { type: 'note', summary: '', pending: false } : undefined;
    this.#host.requestUpdate();
  }

  editActivity(change: Partial<Pick<ActivityForm, 'type' | 'summary'>>): void {
    if (this.activityForm && !this.activityForm.pending) Object.assign(this.activityForm, change);
  }

  async logActivity(): Promise<void> {
    const form = this.activityForm;
    const { loader, terms } = this.#o;
    const port = this.#o.adapter()?.customers;
    const customer = loader.customer;
    const signal = loader.signal;
    if (!form || form.pending || !port?.logActivity || !customer || !signal) return;
    const summary = form.summary.trim();
    if (!summary) return;
    const conversationId = loader.conversation?.id;
    const activity: Activity = { customerId: customer.id, type: form.type, summary, at: this.#o.now().toISOString(), ...(conversationId ? { conversationId } : {}) };
    const before = new CxActivityLogEvent(activity);
    this.#host.dispatchEvent(before);
    if (before.defaultPrevented) return;
    form.pending = true;
    form.error = undefined;
    this.#host.requestUpdate();
    try {
      await port.logActivity(activity, { signal });
      if (signal.aborted) return;
      this.activityForm = undefined;
      this.#host.dispatchEvent(new CxActivityLoggedEvent(activity));
      this.#o.announce(terms().logged);
    } catch (error) {
      form.error = this.#failure(error, 'customers.logActivity', signal);
    } finally {
      form.pending = false;
      this.#host.requestUpdate();
    }
  }

  /** Opens a record (the customer's, or a case) in the host's own UI. */
  async openRecord(record: RecordRef, from: 'header' | 'cases'): Promise<void> {
    const port = this.#o.adapter()?.customers;
    const signal = this.#o.loader.signal;
    if (!port?.openRecord || !signal) return;
    this.openError = undefined;
    try {
      await port.openRecord(record, { signal });
    } catch (error) {
      const failure = this.#failure(error, 'customers.openRecord', signal);
      if (failure) this.openError = { from, error: failure, retry: () => void this.openRecord(record, from) };
    }
    this.#host.requestUpdate();
  }
}
