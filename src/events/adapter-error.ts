import type { DataIssue } from '../model/issues.js';
import type { AdapterError } from '../ports/errors.js';

/** What an element tells the developer about a problem with the host's adapter (see `CxAdapterErrorEvent`). */
export interface AdapterProblem {
  /** The port operation, e.g. "conversations.loadMessages", "conversations.watch". */
  operation: string;
  /** Where in what the host returned, e.g. "messages[3].createdAt"; "" when the problem is not about a field (a timeout). */
  path: string;
  /** What was expected and what came, or what failed, in words. */
  problem: string;
  /** The raw value as the host sent it: the rejected message, the event, the thrown value. */
  value: unknown;
  /** Every problem found in that value (the first 10 at most); `issues[0]` is `path` and `problem`. Empty when not about data. */
  issues: readonly DataIssue[];
  /** The typed error, when the problem failed a call or an event (absent for a message left out of a page). */
  error?: AdapterError;
}

/**
 * For developers, not agents: the host's adapter sent something an element could not use — a
 * message left out of a page (the agent sees a placeholder), a live event dropped, a call that
 * failed. Fired by the element that met it; bubbles and crosses shadow roots, so one listener on
 * the document (or `<cx-desk>`) hears every element. Each kind of problem is also warned about once
 * in the console.
 */
export class CxAdapterErrorEvent extends Event implements AdapterProblem {
  readonly operation: string;
  readonly path: string;
  readonly problem: string;
  readonly value: unknown;
  readonly issues: readonly DataIssue[];
  readonly error?: AdapterError;

  constructor(problem: AdapterProblem) {
    super('cx-adapter-error', { bubbles: true, composed: true });
    this.operation = problem.operation;
    this.path = problem.path;
    this.problem = problem.problem;
    this.value = problem.value;
    this.issues = problem.issues;
    if (problem.error) this.error = problem.error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-adapter-error': CxAdapterErrorEvent;
  }
}
