/**
 * What the contract's cases use: assertions that say what was expected, waiting for a condition,
 * and small helpers over an adapter. No test runner, no DOM.
 */
import type { Message } from '../model/index.js';
import type { AdapterErrorCode } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';

/** A broken promise of the contract: the message says what was expected and what happened. */
export class ContractFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractFailure';
  }
}

/** Fails the case with `message` unless `condition` holds. */
export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (show(actual) !== show(expected)) throw new ContractFailure(`${what}: expected ${show(expected)}, got ${show(actual)}.`);
}

/** The error a promise rejects with; fails the case when it resolves. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ContractFailure(`${what}: expected the call to fail, but it succeeded.`);
}

/**
 * Checks that `error` is an `AdapterError` with `code`. By code and name, not `instanceof`, so an
 * adapter built with another copy of the library (a standalone bundle) is judged the same.
 */
export function expectAdapterError(error: unknown, code: AdapterErrorCode, what: string): asserts error is Error & { code: AdapterErrorCode; retryable: boolean } {
  const e = error as { code?: unknown; name?: unknown; message?: unknown } | null;
  expectThat(
    e !== null && typeof e === 'object' && e.code === code,
    `${what}: expected an AdapterError with code "${code}", got ${e && typeof e === 'object' ? `${String(e.name)} (code ${show(e.code)}): ${String(e.message)}` : show(e)}.`,
  );
}

/** Waits until `condition` holds, checking every 5 ms; fails after `timeoutMs` naming what it waited for. */
export async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new ContractFailure(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let sequence = 0;
/** A client id no earlier run used. */
export const newClientId = (): string => `contract-${Date.now().toString(36)}-${(sequence += 1)}`;

/** Every message of a conversation, page by page (newest first), checking each page on the way. */
export async function allMessages(adapter: Adapter, conversationId: string, limit: number): Promise<Message[]> {
  const out: Message[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10_000; pages += 1) {
    const page = await adapter.conversations!.loadMessages(conversationId, { cursor, limit });
    expectThat(page.messages.length <= limit, `loadMessages returned ${page.messages.length} messages for a limit of ${limit}.`);
    expectThat(page.messages.length > 0 || page.nextCursor === null, 'loadMessages returned an empty page with a next cursor: paging would never end.');
    out.push(...page.messages);
    if (page.nextCursor === null) return out;
    expectThat(page.nextCursor !== cursor, `loadMessages returned the cursor it was given (${JSON.stringify(cursor)}): paging would never end.`);
    cursor = page.nextCursor;
  }
  throw new ContractFailure('Paging never ended after 10 000 pages.');
}

/** Collects what a subscription delivers. */
export function collect<E>(subscribe: (listener: (event: E) => void) => () => void): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const stop = subscribe((event) => events.push(event));
  return { events, stop };
}
