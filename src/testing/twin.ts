/** Helpers of the boundary cases: the adapter behind a second boundary, with methods that misbehave. */
import { createAdapter, type PortSource } from '../ports/adapter.js';
import type { Adapter, Capability, ConversationSourceInput, CustomerDirectoryInput, InteractionSourceInput, SentimentServiceInput } from '../ports/ports.js';
import type { ContractFixture } from './contract.js';
import { expectAdapterError, expectEqual, expectThat, until } from './tools.js';

export interface Patch {
  interactions?: Partial<InteractionSourceInput>;
  conversations?: Partial<ConversationSourceInput>;
  customers?: Partial<CustomerDirectoryInput>;
  sentiment?: SentimentServiceInput;
}

/** The adapter again behind a second boundary, with some methods replaced by ones that misbehave. */
export function twin(adapter: Adapter, patch: Patch): Adapter {
  const ports: PortSource = { name: `${adapter.name} (malformed)` };
  const { interactions: i, conversations: c, customers: u } = adapter;
  if (i) ports.interactions = { subscribe: (l, o) => i.subscribe(l, o), ...patch.interactions };
  if (c) ports.conversations = { getConversation: (id, o) => c.getConversation(id, o), loadMessages: (id, o) => c.loadMessages(id, o), ...patch.conversations };
  if (u) ports.customers = { getCustomer: (id, o) => u.getCustomer(id, o), ...patch.customers };
  if (patch.sentiment) ports.sentiment = patch.sentiment;
  return createAdapter(ports, { timeoutMs: 0 });
}

/** Checks an error is an `InvalidDataError` whose first problem (or one of its problems) is at `path`. */
export function expectInvalid(error: unknown, path: string, what: string, options: { first?: boolean; includes?: string } = {}): void {
  expectAdapterError(error, 'invalid-data', what);
  const e = error as unknown as { path: string; issues: { path: string; problem: string }[]; message: string };
  const issue = options.first === false ? e.issues.find((x) => x.path === path) : e.issues[0];
  expectEqual(issue ? issue.path || 'the result' : undefined, path, `${what}: the path of the problem`);
  expectThat(e.message.includes(path), `${what}: the message does not name ${path}: ${e.message}`);
  if (options.includes) expectThat(issue!.problem.includes(options.includes), `${what}: expected the problem to say "${options.includes}", got: ${issue!.problem}`);
}

export const lacks = (f: ContractFixture, capability: Capability) => (f.adapter.has(capability) ? undefined : `the adapter has no ${capability}`);
export const resolved = <T>(value: T) => async () => value as never;

/** What a subscription reports through `onError`, and whether its listener was called. */
export async function watchReport(f: ContractFixture, subscribe: (listener: () => void, onError: (error: Error) => void) => () => void) {
  const errors: Error[] = [];
  let events = 0;
  let stop: (() => void) | undefined;
  try {
    stop = subscribe(() => (events += 1), (error) => errors.push(error));
  } catch (error) {
    throw new Error(`the subscription threw into the caller: ${(error as Error).message}`);
  }
  await until(() => errors.length > 0, 'an error through onError', f.waitMs ?? 5_000);
  stop();
  return { error: errors[0]!, events };
}

