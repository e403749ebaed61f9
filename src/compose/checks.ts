/**
 * The rule engines of the composer and of `<cx-move-to-private>`, a chunk of their own: X's weighted counter with its list of top-level
 * domains, and the reply checks (personal data, stock replies, text meant for the team). Loaded on first
 * use through `loadChecks` (./checks-loader.ts); elements never import it statically.
 */
export { lengthStatus } from './length.js';
export { loadReplyTone, reviewReply } from './review.js';
