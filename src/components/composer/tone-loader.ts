import { loadReplyTone } from '../../compose/review.js';

/**
 * Where the composer's reply checks get the tone rules (downloaded on first use). A seam for tests, which
 * replace `load` to make the check slow; pages leave it alone.
 * @internal
 */
export const toneAnalyzer: { load: typeof loadReplyTone } = { load: loadReplyTone };
