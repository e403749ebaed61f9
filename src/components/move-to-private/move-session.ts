import type { ReplyFinding } from '../../compose/review.js';
import type { MoveStepResult, MoveToPrivateRequest, MoveToPrivateResult, SecureLink } from '../../model/conversation.js';
import type { MoveRoute, RouteOption } from '../../move/routes.js';
import { toAdapterError, type AdapterError } from '../../ports/errors.js';

/**
 * A failed step as an error, for the agent's plain words (`plainWords`) and the technical detail: the host
 * gives a step's failure only as its own text, which goes to the detail, never into the agent's words.
 * It is a passing failure: "Retry failed steps" repeats just that step.
 */
export function stepError(s: MoveStepResult): AdapterError | undefined {
  if (s.status !== 'failed') return undefined;
  return toAdapterError(new Error(s.error ?? 'no reason given'), `conversations.moveToPrivate (step ${s.step})`);
}

/**
 * Where a move stands: being written, its texts being checked, asked of the host, running, finished with
 * a step failed (`partial`), failed as a whole (`failed`: no answer), done, or taken over by the host.
 */
export type MovePhase = 'editing' | 'checking' | 'running' | 'partial' | 'failed' | 'done' | 'handed-over';

/** The move's two texts. */
export type MoveText = 'acknowledgement' | 'opening';

/**
 * One conversation's move: what the agent chose and wrote (kept when the dialog is closed, even by Escape),
 * and, once confirmed, the request (fixed from then on: a retry repeats exactly it) and its result.
 */
export class MoveSession {
  phase: MovePhase = 'editing';
  route?: MoveRoute;
  /** The texts the agent edited, as templates; a text not edited follows its template. */
  readonly edited = new Map<MoveText, string>();
  /** What the checks found, for the texts as they were checked (`reviewed`). */
  findings?: { acknowledgement: ReplyFinding[]; opening: ReplyFinding[] };
  reviewed?: string;
  /** The secure link made for this move, or its state. */
  link?: SecureLink;
  linkState: 'idle' | 'creating' | 'failed' = 'idle';
  linkError?: unknown;
  readonly linkClientId: string;
  request?: MoveToPrivateRequest;
  /** The route as it was when the move was confirmed (its address, how to call). */
  option?: RouteOption;
  result?: MoveToPrivateResult;
  error?: unknown;
  dial: 'idle' | 'dialling' | 'done' | 'failed' = 'idle';
  dialError?: unknown;

  constructor(
    readonly conversationId: string,
    newId: () => string,
  ) {
    this.linkClientId = newId();
  }

  /** The request went out (to the adapter or the host): the route and the texts can't change any more. */
  get locked(): boolean {
    return this.request !== undefined;
  }

  get busy(): boolean {
    return this.phase === 'checking' || this.phase === 'running';
  }

  /** A step that failed, or the whole call: Retry repeats the same request. */
  get retryable(): boolean {
    return this.request !== undefined && (this.phase === 'partial' || this.phase === 'failed');
  }
}
