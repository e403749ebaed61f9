import { CxAdapterErrorEvent, type AdapterProblem } from '../events/adapter-error.js';
import type { DataIssue, RejectedMessage } from '../model/issues.js';
import { InvalidDataError, isAbortError, toAdapterError, type AdapterError } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';

/** Kinds of problem already warned about in the console, per adapter (or per element without one). */
const warned = new WeakMap<object, Set<string>>();

/** "messages[3].createdAt" → "messages[].createdAt": the same problem in another message is the same kind. */
const kindOfPath = (path: string) => path.replace(/\[\d+\]/g, '[]');
/** "must be …, got the number 3" → "must be …": the same expectation is the same kind, whatever came. */
const kindOfProblem = (problem: string) => problem.replace(/, got [\s\S]*$/, '');

/**
 * Tells developers what an element could not use from the host's adapter: one `cx-adapter-error`
 * event per problem, dispatched on the element, and one console warning per kind of problem (per
 * adapter), so a page of 500 broken messages warns once and fires 500 events.
 *
 * Elements create one beside their `AdapterController` and report what they meet:
 *
 * ```ts
 * readonly #adapter = new AdapterController(this);
 * readonly #problems = new AdapterProblems(this, this.#adapter);
 *
 * const page = await port.loadMessages(id, { signal });
 * this.#problems.rejected('conversations.loadMessages', page.rejected); // a placeholder goes where each one was
 * this.#problems.corrected('conversations.loadMessages', page.warnings);  // console only
 * port.watch(id, onEvent, { signal, onError: (error) => this.#problems.failed('conversations.watch', error) });
 * ```
 *
 * An element that reports documents `@event {CxAdapterErrorEvent} cx-adapter-error - …` in its header.
 */
export class AdapterProblems {
  readonly #host: EventTarget & { localName?: string };
  readonly #adapter: { readonly value: Adapter | undefined };

  constructor(host: EventTarget & { localName?: string }, adapter: { readonly value: Adapter | undefined }) {
    this.#host = host;
    this.#adapter = adapter;
  }

  /** Messages a page left out: one event each, with the message's index, path, problem and raw value. */
  rejected(operation: string, rejected: readonly RejectedMessage[]): void {
    for (const message of rejected) {
      this.#report({ operation, path: message.path, problem: message.problem, value: message.value, issues: message.issues }, 'left out; a placeholder shows where it was');
    }
  }

  /** What the boundary corrected (a page put in order): a console warning per kind, no event. */
  corrected(operation: string, warnings: readonly DataIssue[]): void {
    for (const warning of warnings) this.#warn(operation, warning.path, warning.problem, warning.value, 'corrected');
  }

  /**
   * A call or a subscription that failed (from `catch` or a watch's `onError`). An invalid live
   * message keeps its detail (`error.rejected`); cancellations are not problems and are ignored.
   * Returns the error as an `AdapterError`, for the element's own error state.
   */
  failed(operation: string, error: unknown): AdapterError {
    const typed = toAdapterError(error, operation);
    if (isAbortError(typed)) return typed;
    if (typed instanceof InvalidDataError) {
      this.#report({ operation: typed.operation, path: typed.path, problem: typed.problem, value: typed.rejected?.value ?? typed.value, issues: typed.issues, error: typed }, typed.rejected ? 'dropped' : 'not shown');
    } else {
      this.#report({ operation, path: '', problem: typed.message, value: typed.cause, issues: [], error: typed }, typed.retryable ? 'the agent is offered Retry' : 'shown to the agent');
    }
    return typed;
  }

  #report(problem: AdapterProblem, outcome: string): void {
    this.#host.dispatchEvent(new CxAdapterErrorEvent(problem));
    this.#warn(problem.operation, problem.path, problem.problem, problem.value, outcome);
  }

  #warn(operation: string, path: string, problem: string, value: unknown, outcome: string): void {
    const owner = this.#adapter.value ?? this.#host;
    const kinds = warned.get(owner) ?? new Set<string>();
    warned.set(owner, kinds);
    const kind = `${operation}|${kindOfPath(path)}|${kindOfProblem(problem)}`;
    if (kinds.has(kind)) return;
    kinds.add(kind);
    const where = this.#host.localName ? `<${this.#host.localName}> ` : '';
    console.warn(
      `[screenpop] ${where}${operation}: ${path ? `${path} ` : ''}${problem} (${outcome}). ` +
        'Further problems of this kind are reported only as cx-adapter-error events. The value as the host sent it:',
      value,
    );
  }
}
