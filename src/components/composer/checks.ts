/**
 * The composer's rule engines, a chunk of their own: X's weighted counter with its list of top-level
 * domains, and the reply checks (personal data, stock replies, text meant for the team). Loaded on first
 * use through `loadChecks` (./checks-loader.ts), never imported statically.
 */
export { lengthStatus } from '../../compose/length.js';
export { loadReplyTone, reviewReply } from '../../compose/review.js';
