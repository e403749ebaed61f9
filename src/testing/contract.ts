/**
 * The adapter contract, runner-agnostic: `runAdapterContract(adapter, options)` runs every case in
 * any JavaScript runtime (Node, a browser, a worker; no DOM) and returns a structured report;
 * `describeAdapterContract` registers the same cases with mocha, jest or vitest.
 */
import type { Adapter, IdentityQuery } from '../ports/ports.js';
import { boundaryCases } from './cases-boundary.js';
import { coreCases } from './cases-core.js';
import { customerCases } from './cases-customers.js';
import { hostCases } from './cases-hosts.js';
import { interactionCases } from './cases-interactions.js';

/** What `injectFault` may be asked for; the demo adapter's `failNext` takes the same. */
export type ContractFault = 'error' | 'timeout' | 'junk' | 'lost-response';

/** What the contract needs to know about the adapter under test. Everything but `conversationId` is optional: cases that need what is missing are skipped. */
export interface ContractOptions {
  /** A conversation with at least five messages. */
  conversationId: string;
  /** A channel of that conversation the agent can reply on; sending cases are skipped without it. */
  replyChannelId?: string;
  /** A customer the directory knows; customer cases are skipped without it. */
  customerId?: string;
  /** An identity linked to `customerId`, for `findCandidates`. */
  identity?: IdentityQuery;
  /** Whether the contract may write: send messages, link identities, create cases. Default true; false against a production host. */
  write?: boolean;
  /** Makes the next call of an operation ("conversations.send") fail in the given way; fault cases are skipped without it. */
  injectFault?(operation: string, fault: ContractFault): void;
  /** Makes a customer message arrive live in `conversationId`. */
  triggerLiveMessage?(): void | Promise<void>;
  /** Offers an interaction, as a CTI would; resolves with its id. */
  offerInteraction?(): string | Promise<string>;
  /** How long to wait for a live event or a cancelled call, ms. Default 5 000. */
  waitMs?: number;
  /** Ids of cases to leave out (see `contractCases`). */
  skip?: readonly string[];
}

/** An adapter and what the contract needs to know about it; `dispose` runs after each case. */
export interface ContractFixture extends ContractOptions {
  adapter: Adapter;
  dispose?(): void | Promise<void>;
}

/** One promise of the contract. */
export interface ContractCase {
  /** Stable id, e.g. "conversations/pages-newest-first". */
  id: string;
  /** "capabilities", "conversations", "sending", "live", "failures", "customers" or "boundary". */
  group: string;
  /** What an adapter must do, in words. */
  name: string;
  /** Why the case cannot run on this fixture (a missing capability or option), or undefined to run it. */
  needs?(fixture: ContractFixture): string | undefined;
  run(fixture: ContractFixture): Promise<void>;
}

export interface ContractCaseResult {
  id: string;
  group: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it was skipped. */
  reason?: string;
  /** Why it failed. */
  error?: { name: string; message: string };
  durationMs: number;
}

export interface ContractReport {
  /** The adapter's name. */
  adapter: string;
  /** True when no case failed. */
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  results: ContractCaseResult[];
  durationMs: number;
}

/** Every case, in the order they run. */
export const contractCases: readonly ContractCase[] = [...coreCases, ...interactionCases, ...customerCases, ...boundaryCases, ...hostCases];

function skipReason(testCase: ContractCase, fixture: ContractFixture): string | undefined {
  if (fixture.skip?.includes(testCase.id)) return 'left out by the options';
  return testCase.needs?.(fixture);
}

async function runCase(testCase: ContractCase, fixture: ContractFixture): Promise<ContractCaseResult> {
  const base = { id: testCase.id, group: testCase.group, name: testCase.name };
  const start = performance.now();
  const reason = skipReason(testCase, fixture);
  if (reason) return { ...base, status: 'skipped', reason, durationMs: 0 };
  try {
    await testCase.run(fixture);
    return { ...base, status: 'passed', durationMs: performance.now() - start };
  } catch (error) {
    const e = error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
    return { ...base, status: 'failed', error: e, durationMs: performance.now() - start };
  }
}

/**
 * Runs the whole contract against one adapter, case after case, and reports every result. Never
 * throws for a failing case: read `report.ok`, or print `formatContractReport(report)`.
 */
export async function runAdapterContract(adapter: Adapter, options: ContractOptions): Promise<ContractReport> {
  const fixture: ContractFixture = { ...options, adapter };
  const start = performance.now();
  const results: ContractCaseResult[] = [];
  for (const testCase of contractCases) results.push(await runCase(testCase, fixture));
  const count = (status: ContractCaseResult['status']) => results.filter((r) => r.status === status).length;
  return {
    adapter: adapter.name,
    ok: count('failed') === 0,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    results,
    durationMs: performance.now() - start,
  };
}

/** A report as text: one line per case, failures with their reason, and the totals. */
export function formatContractReport(report: ContractReport): string {
  const mark = { passed: '✓', failed: '✗', skipped: '-' } as const;
  const lines = report.results.map((r) => {
    const tail = r.status === 'failed' ? `\n    ${r.error?.message.replace(/\n/g, '\n    ')}` : r.status === 'skipped' ? ` (skipped: ${r.reason})` : '';
    return `${mark[r.status]} ${r.group}: ${r.name}${tail}`;
  });
  lines.push(`${report.adapter}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
  return lines.join('\n');
}

/** The `describe` and `it` of a test runner (mocha, jest, vitest: the globals, or vitest's imports). */
export interface TestRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: (this: unknown, ...context: unknown[]) => Promise<void>): unknown;
}

/**
 * Registers the contract as tests: one `describe` per group, one `it` per case, a fresh fixture per
 * case (`makeFixture`, then its `dispose`). A case that cannot run is skipped through the runner's
 * own skip where it has one (mocha's `this.skip()`, vitest's `context.skip()`), else it passes empty.
 */
export function describeAdapterContract(name: string, makeFixture: () => ContractFixture | Promise<ContractFixture>, runner?: TestRunner): void {
  const { describe, it } = runner ?? (globalThis as unknown as TestRunner);
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new TypeError('describeAdapterContract needs a test runner: call it from a test file, or pass { describe, it }.');
  }
  describe(`adapter contract: ${name}`, () => {
    for (const group of [...new Set(contractCases.map((c) => c.group))]) {
      describe(group, () => {
        for (const testCase of contractCases.filter((c) => c.group === group)) {
          // A rest parameter keeps the function's length 0: mocha and jest take a declared parameter for a `done` callback.
          it(testCase.name, async function (this: unknown, ...context: unknown[]) {
            const fixture = await makeFixture();
            try {
              const reason = skipReason(testCase, fixture);
              if (reason) {
                const owner = [this, context[0]].find((x) => typeof (x as { skip?: unknown } | undefined)?.skip === 'function') as { skip(): void } | undefined;
                owner?.skip();
                return;
              }
              await testCase.run(fixture);
            } finally {
              await fixture.dispose?.();
            }
          });
        }
      });
    }
  });
}
