import type { loadReplyTone } from '../../compose/review.js';

/**
 * Where the composer's reply checks get the tone rules (downloaded on first use); unset, the checks' own
 * loader. A seam for tests, which set `load` to make the check slow; pages leave it alone.
 * @internal
 */
export const toneAnalyzer: { load?: typeof loadReplyTone } = {};
