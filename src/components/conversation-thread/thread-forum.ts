import type { ReactiveControllerHost } from 'lit';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Conversation, Message } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { ForumActions } from '../../thread/forum-actions.js';
import { ForumRows } from '../../thread/forum-rows.js';
import { isForumConversation } from '../../thread/forum-tree.js';
import { isUnshown, type ThreadRow } from '../../thread/unshown.js';
import type { ForumView } from './forum-view.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { ForumTerms } from '../../i18n/forum-terms.js';

/** The forum side of a thread: its rows in forum order, the agent's actions, and the view the feed renders them with. */
export class ThreadForum {
  readonly rows = new ForumRows();
  readonly actions: ForumActions;
  readonly #host: ReactiveControllerHost;
  #arranged?: { rows: readonly ThreadRow[]; conversation: Conversation | undefined; customerView: boolean; settled: boolean; version: number; arranged: readonly ThreadRow[] };

  constructor(host: ReactiveControllerHost & EventTarget & { localName?: string }, adapter: { readonly value: Adapter | undefined }) {
    this.#host = host;
    this.actions = new ForumActions(host, () => adapter.value, new AdapterProblems(host, adapter));
  }

  /**
   * The rows to show: in forum order on a forum, else as they are. A forum shows its posts only: the
   * placeholders of messages that could not be shown have no place in its tree (they are still reported).
   */
  arrange(rows: readonly ThreadRow[], conversation: Conversation | undefined, customerView: boolean, settled: boolean): readonly ThreadRow[] {
    // Asked for once a rendered row (and by every controller): the same inputs give the rows of last time.
    const last = this.#arranged;
    const version = this.actions.version;
    if (last && last.rows === rows && last.conversation === conversation && last.customerView === customerView && last.settled === settled && last.version === version) {
      return last.arranged;
    }
    const posts = isForumConversation(conversation) && rows.some(isUnshown) ? rows.filter((row): row is Message => !isUnshown(row)) : (rows as readonly Message[]);
    const forum = this.rows.rows(posts, conversation, customerView, this.actions, settled);
    const arranged = this.rows.shown ? forum : rows;
    this.#arranged = { rows, conversation, customerView, settled, version, arranged };
    return arranged;
  }

  /** What the feed renders a forum's posts with; undefined when the conversation is not a forum. */
  view(v: { t: ForumTerms; errors: ErrorTerms; conversation: Conversation | undefined; adapter: Adapter | undefined; now: number; staleAfterMs: number; goTo: (id: string) => void }): ForumView | undefined {
    const shown = this.rows.shown;
    if (!shown) return undefined;
    return {
      t: v.t,
      errors: v.errors,
      shown,
      actions: this.actions,
      conversation: v.conversation,
      adapter: v.adapter,
      staleness: this.rows.staleness(v.now, v.staleAfterMs),
      changed: () => this.#host.requestUpdate(),
      goTo: v.goTo,
    };
  }
}
