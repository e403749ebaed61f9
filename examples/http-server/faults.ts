/**
 * Faults the reference server injects on purpose, for tests and for trying a client out:
 * `POST /demo/faults {"operation": "conversations.send", "fault": {"kind": "lost-response"}, "times": 1}`.
 * Operations are the port operations ("conversations.loadMessages"; the streams are
 * "conversations.watch" and "interactions.subscribe").
 */
import { problem } from './http.js';

export type HttpFault =
  /** Answers this status as problem+json, with Retry-After when given (seconds or an HTTP date). */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Never answers (until the client gives up). */
  | { kind: 'timeout' }
  /** Answers after `ms`. */
  | { kind: 'slow'; ms: number }
  /** Answers 200 with a body that is not JSON. */
  | { kind: 'malformed-json' }
  /** Answers 200 with valid JSON of the wrong shape: the right data in an envelope, {"data": …}. */
  | { kind: 'wrong-shape' }
  /** Does the work, then drops the connection before answering. */
  | { kind: 'lost-response' }
  /** (Streams) closes the connection after this many events, in the middle of the next one. */
  | { kind: 'drop'; afterEvents: number };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Answers that break the contract on purpose say so, for the conformance check of the tests. */
const INJECTED = { 'content-type': 'application/json', 'x-injected-fault': 'true' };

export class FaultBook {
  readonly #queued = new Map<string, HttpFault[]>();
  /** How many requests each operation got, faults included. */
  readonly calls = new Map<string, number>();

  add(operation: string, fault: HttpFault, times = 1): void {
    const list = this.#queued.get(operation) ?? [];
    for (let i = 0; i < times; i += 1) list.push(fault);
    this.#queued.set(operation, list);
  }

  clear(): void {
    this.#queued.clear();
  }

  #next(operation: string): HttpFault | undefined {
    this.calls.set(operation, (this.calls.get(operation) ?? 0) + 1);
    return this.#queued.get(operation)?.shift();
  }

  /** The drop fault of a stream's next connection, if one is queued. */
  streamFault(operation: string): { dropAfter?: number } {
    const list = this.#queued.get(operation);
    const index = list?.findIndex((fault) => fault.kind === 'drop') ?? -1;
    if (index < 0) return {};
    const [fault] = list!.splice(index, 1);
    return fault?.kind === 'drop' ? { dropAfter: fault.afterEvents } : {};
  }

  /** Runs a route with the next fault queued for its operation, if any. */
  async around(operation: string, request: Request, run: () => Promise<Response> | Response): Promise<Response> {
    const fault = this.#next(operation);
    if (!fault || fault.kind === 'drop') {
      if (fault) this.add(operation, fault); // a stream's fault: applied by the stream itself
      return run();
    }
    switch (fault.kind) {
      case 'status':
        return problem(fault.status, `Injected fault: HTTP ${fault.status}.`, fault.retryAfter === undefined ? {} : { retryAfter: fault.retryAfter });
      case 'timeout':
        await sleep(2 ** 31 - 1, request.signal);
        return problem(503, 'Injected fault: no answer.');
      case 'slow':
        await sleep(fault.ms, request.signal);
        return run();
      case 'malformed-json':
        await run();
        return new Response('{"messages": [{"id": "m-1", "text": "cut off', { status: 200, headers: INJECTED });
      case 'wrong-shape': {
        const response = await run();
        const data = response.status === 204 ? null : await response.json();
        return new Response(JSON.stringify({ data }), { status: 200, headers: INJECTED });
      }
      case 'lost-response':
        await run();
        return Response.error();
    }
  }
}
