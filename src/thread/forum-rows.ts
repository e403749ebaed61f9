import type { Conversation, Message } from '../model/index.js';
import type { ForumActions } from './forum-actions.js';
import { acceptedSolution, forumLayout, isForumConversation, type ForumLayout } from './forum-tree.js';
import { forumAnswerState, forumStaleness, type ForumStaleness } from './forum-staleness.js';

/** What a forum thread shows besides its rows: nesting, the question, its solution and how long it waited. */
export interface ForumShown extends ForumLayout {
  solution?: Message;
}

/**
 * The rows of a thread that is a forum: the filtered rows as the actions left them, in forum order
 * (`forumLayout`); in the customer view, posts hidden pending moderation are left out (every reader
 * sees the same public posts). Any other conversation's rows pass through unchanged. Recomputed
 * only when the rows, the actions' results or the view change.
 */
export class ForumRows {
  #cache?: { input: readonly Message[]; version: number; customerView: boolean; conversation: Conversation | undefined; shown: ForumShown };
  #current?: ForumShown;

  /** The rows to show, and the forum's layout (`shown`) when the conversation is a forum. */
  rows(input: readonly Message[], conversation: Conversation | undefined, customerView: boolean, actions: ForumActions, settled = true): readonly Message[] {
    if (!isForumConversation(conversation)) {
      this.#current = undefined;
      return input;
    }
    const cached = this.#cache;
    const same = cached && cached.version === actions.version && cached.customerView === customerView && cached.conversation === conversation;
    // While a page is still being stored in slices, the tree is laid out again only once the posts grew by
    // a quarter: a reply may go anywhere in a forum, so each relayout moves the rows on screen.
    if (same && (cached.input === input || (!settled && input.length < cached.input.length * 1.25))) {
      this.#current = cached.shown;
      return cached.shown.rows;
    }
    let posts = input.map((m) => actions.post(m));
    if (customerView) posts = posts.filter((m) => !m.community?.hidden);
    const layout = forumLayout(posts);
    const solution = acceptedSolution(posts, layout.question);
    const shown: ForumShown = { ...layout, ...(solution ? { solution } : {}) };
    this.#cache = { input, version: actions.version, customerView, conversation, shown };
    this.#current = shown;
    return shown.rows;
  }

  /** The layout of the last forum rows; undefined when the conversation is not a forum. */
  get shown(): ForumShown | undefined {
    return this.#current;
  }

  /** How long the question has gone unanswered at `now`. */
  staleness(now: number, staleAfterMs: number): ForumStaleness | undefined {
    const shown = this.#current;
    if (!shown) return undefined;
    const state = forumAnswerState(shown.rows);
    return state ? forumStaleness(state, now, staleAfterMs) : undefined;
  }
}
