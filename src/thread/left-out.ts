import type { MessagePage } from '../model/index.js';
import type { DataIssue, RejectedMessage } from '../model/issues.js';
import { InvalidDataError, toAdapterError, type AdapterError } from '../ports/errors.js';
import { UnshownMessages, placeRejected } from './unshown.js';

/** Where a thread reports what it could not use (`AdapterProblems` of the element: `cx-adapter-error` and the console). */
export interface ProblemReport {
  rejected(operation: string, rejected: readonly RejectedMessage[]): void;
  corrected(operation: string, warnings: readonly DataIssue[]): void;
  failed(operation: string, error: unknown): AdapterError;
}

/**
 * What a thread leaves out of what the host sent: the messages of a page that could not be shown and
 * the live messages that failed validation each get a placeholder in the timeline (`unshown`) and are
 * reported to the developer; a failed call or watch is reported too. Never silent, never a blank thread.
 */
export class LeftOut {
  readonly unshown = new UnshownMessages();
  readonly #report?: ProblemReport;

  constructor(report?: ProblemReport) {
    this.#report = report;
  }

  /** A page arrived: its rejected messages go into the timeline and are reported, what was corrected is warned about. */
  page(operation: string, page: MessagePage): void {
    if (page.rejected.length) {
      this.unshown.add(placeRejected(page.messages, page.rejected));
      this.#report?.rejected(operation, page.rejected);
    }
    if (page.warnings.length) this.#report?.corrected(operation, page.warnings);
  }

  /**
   * The watch reported an error: an invalid event is dropped (a new message that could not be read
   * gets a placeholder where it came), a failed subscription is reported. Cancellations are ignored.
   */
  watch(operation: string, error: unknown): void {
    const typed = this.#report?.failed(operation, error) ?? toAdapterError(error, operation);
    if (!(typed instanceof InvalidDataError) || !typed.rejected) return;
    if ((typed.value as { type?: unknown } | null)?.type === 'message-added') this.unshown.add(placeRejected([], [typed.rejected]));
  }

  /** A call failed: reported, and returned as the typed error for the thread's own error state. */
  failed(operation: string, error: unknown): AdapterError {
    return this.#report?.failed(operation, error) ?? toAdapterError(error, operation);
  }

  clear(): void {
    this.unshown.clear();
  }
}
