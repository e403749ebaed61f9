/**
 * What elements report about a failing or misbehaving adapter, caught for the tests that check it:
 * every `cx-adapter-error` that reaches the document, and every console warning (kept out of the
 * runner's output meanwhile). Call `catchAdapterErrors()` once at the top of a test file: it installs
 * the hooks that empty both lists before each test and put `console.warn` back after it.
 */
import type { CxAdapterErrorEvent } from '../../src/events/adapter-error.js';
import { until } from './until.js';

export interface CaughtAdapterErrors {
  /** The `cx-adapter-error` events of the current test, in order. */
  readonly events: CxAdapterErrorEvent[];
  /** The arguments of each `console.warn` call of the current test. */
  readonly warnings: unknown[][];
  /** Waits for the `cx-adapter-error` of an operation ("conversations.send" …) and resolves with it. */
  reported(operation: string): Promise<CxAdapterErrorEvent>;
}

export function catchAdapterErrors(): CaughtAdapterErrors {
  const events: CxAdapterErrorEvent[] = [];
  const warnings: unknown[][] = [];
  const collect = (event: CxAdapterErrorEvent) => void events.push(event);
  let originalWarn = console.warn;
  beforeEach(() => {
    events.length = 0;
    warnings.length = 0;
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    document.addEventListener('cx-adapter-error', collect);
  });
  afterEach(() => {
    console.warn = originalWarn;
    document.removeEventListener('cx-adapter-error', collect);
  });
  const reported = (operation: string) => until(() => events.find((e) => e.operation === operation), `cx-adapter-error for ${operation}`);
  return { events, warnings, reported };
}
