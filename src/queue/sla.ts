/**
 * Where an SLA clock stands at a moment: plain TypeScript, no DOM. Used by `prioritize` and by
 * `<cx-sla-clock>`, so the queue's order and the clock's words always agree.
 *
 * - **met**: the clock has a `metAt`.
 * - **paused**: `paused` is set (the time left is not counted: hosts move `dueAt` when the clock resumes).
 * - **overdue**: `dueAt` has passed.
 * - **soon**: due within `soonMs` (default 15 minutes).
 * - **running**: otherwise.
 */
import type { SlaClock, SlaKind } from '../model/conversation.js';
import type { SlaState } from '../i18n/pop-terms.js';

export type { SlaState };

/** Fifteen minutes: a clock due within this is "due soon". */
export const SLA_SOON_MS = 15 * 60_000;

export interface SlaStatus {
  kind: SlaKind;
  state: SlaState;
  /** Milliseconds until due (negative once overdue); NaN for a due time that cannot be read. */
  remainingMs: number;
  clock: SlaClock;
}

export function slaStatus(clock: SlaClock, now: number, soonMs = SLA_SOON_MS): SlaStatus {
  const remainingMs = Date.parse(clock.dueAt) - now;
  let state: SlaState;
  if (clock.metAt) state = 'met';
  else if (clock.paused) state = 'paused';
  else if (remainingMs < 0) state = 'overdue';
  else if (remainingMs <= soonMs) state = 'soon';
  else state = 'running';
  return { kind: clock.kind, state, remainingMs, clock };
}

const PRESSING: Record<SlaState, number> = { overdue: 0, soon: 1, running: 2, paused: 3, met: 4 };

/**
 * The clock that matters most now: overdue before due soon before running (the earliest due first),
 * then paused, then met. Undefined when there are no clocks.
 */
export function mostPressing(clocks: readonly SlaClock[], now: number, soonMs = SLA_SOON_MS): SlaStatus | undefined {
  let best: SlaStatus | undefined;
  for (const clock of clocks) {
    const status = slaStatus(clock, now, soonMs);
    if (Number.isNaN(status.remainingMs)) continue;
    if (!best || PRESSING[status.state] < PRESSING[best.state] || (PRESSING[status.state] === PRESSING[best.state] && status.remainingMs < best.remainingMs)) {
      best = status;
    }
  }
  return best;
}
