/**
 * Whether a forum question went stale: no accepted answer, and no public reply from staff or a
 * community advocate, after a threshold (24 h by default: someone should look at least once a day).
 * Plain TypeScript, no DOM.
 */
import type { Message } from '../model/index.js';
import { isSystemMessage } from './thread-view.js';

/** The default: a day, the "check at least once a day" rule of communities. */
export const FORUM_STALE_AFTER_MS = 24 * 60 * 60_000;

export interface ForumAnswerState {
  /** When the question was asked (ISO 8601). */
  askedAt: string;
  /** It has an accepted answer, or a public staff or advocate reply. */
  answered: boolean;
}

export interface ForumStaleness extends ForumAnswerState {
  /** How long it has waited, ms (0 once answered). */
  waitingMs: number;
  stale: boolean;
}

const ANSWERING_ROLES = new Set(['agent', 'community-advocate', 'moderator']);

/** Whether a post answers the question: accepted, or a public staff / advocate reply that was sent and not deleted or hidden. */
export function answers(post: Message): boolean {
  if (post.community?.accepted) return true;
  if (isSystemMessage(post) || post.deleted || post.community?.hidden || post.visibility !== 'public') return false;
  if (post.delivery === 'pending' || post.delivery === 'failed') return false;
  return ANSWERING_ROLES.has(post.author?.role);
}

/** The question's answer state, from its posts oldest first (the first post that is not an event is the question); undefined without one. */
export function forumAnswerState(posts: readonly Message[]): ForumAnswerState | undefined {
  const question = posts.find((post) => !isSystemMessage(post));
  if (!question) return undefined;
  return { askedAt: question.createdAt, answered: posts.some((post) => post !== question && answers(post)) };
}

/** How stale the question is at `now` (ms since the epoch). */
export function forumStaleness(state: ForumAnswerState, now: number, staleAfterMs = FORUM_STALE_AFTER_MS): ForumStaleness {
  const asked = Date.parse(state.askedAt);
  const waitingMs = state.answered || Number.isNaN(asked) ? 0 : Math.max(0, now - asked);
  return { ...state, waitingMs, stale: !state.answered && waitingMs >= staleAfterMs };
}
