/**
 * A draft's length state from its length: the small part of `./length.ts` a composer needs before the
 * counters themselves (links, X's list of top-level domains) are loaded. Plain TypeScript, no DOM.
 */
import type { LengthCounting } from '../model/channel.js';

export interface LengthStatus {
  /** The length under the rule. */
  length: number;
  /** Null when the channel has no limit (or counts nothing). */
  max: number | null;
  /** max − length; negative when over. Null without a limit. */
  remaining: number | null;
  over: boolean;
  /** Within the last tenth of the limit (at least 10, at most 100 left), not over. */
  near: boolean;
  /**
   * Whether the platform would take it: not over the limit and, on X, not empty and free of the
   * characters X refuses (U+FFFE, U+FEFF, U+FFFF), as X's reference decides.
   */
  valid: boolean;
}

/** The state of a length under a channel's rule and limit; `refused`: the platform refuses the text whatever its length. */
export function statusOf(length: number, refused: boolean, counting: LengthCounting, max: number | null): LengthStatus {
  if (max === null || counting === 'none') return { length, max: null, remaining: null, over: false, near: false, valid: !refused };
  const remaining = max - length;
  const margin = Math.min(100, Math.max(10, Math.round(max / 10)));
  return { length, max, remaining, over: remaining < 0, near: remaining >= 0 && remaining <= margin, valid: remaining >= 0 && !refused };
}

/** The state of an empty draft (`lengthStatus('', counting, max)`): X refuses an empty post. */
export function emptyLength(counting: LengthCounting, max: number | null): LengthStatus {
  return statusOf(0, counting === 'x-weighted', counting, max);
}
