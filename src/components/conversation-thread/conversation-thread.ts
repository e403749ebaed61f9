import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { errorEn } from '../../i18n/error-terms.js';
import { forumEn } from '../../i18n/forum-terms.js';
import { movedEn } from '../../i18n/moved-terms.js';
import { threadEn } from '../../i18n/thread-terms.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import { continuationNotice } from '../../internal/continuation-view.js';
import type { Message } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { Announcer } from '../../thread/announcer.js';
import { PresenceTracker } from '../../thread/presence-tracker.js';
import { threadHost, type Feed } from '../../thread/thread-host.js';
import { ThreadLoader } from '../../thread/thread-loader.js';
import { ThreadScroller } from '../../thread/thread-scroller.js';
import { ThreadReplies } from '../../thread/thread-replies.js';
import { ThreadScoring } from '../../thread/thread-scoring.js';
import { ThreadSearch } from '../../thread/thread-search.js';
import { ThreadSelection } from '../../thread/thread-selection.js';
import type { StoreChange } from '../../thread/thread-store.js';
import { UnreadJump } from '../../thread/unread-jump.js';
import { conversationThreadStyles } from './conversation-thread.styles.js';
import { renderComposer } from './thread-composer.js';
import { renderBody, renderJumps } from './thread-feed.js';
import { renderPresence, renderToolbar } from './thread-toolbar.js';
import { forumStyles } from './forum.styles.js';
import { ThreadForum } from './thread-forum.js';
import { FORUM_STALE_AFTER_MS } from '../../thread/forum-staleness.js';

/**
 * @tagname cx-conversation-thread
 * @summary One conversation across every channel the customer used, oldest at the top, live.
 *
 * Loads the conversation `conversation-id` through the adapter (its own `adapter`, or the one of the
 * enclosing `<cx-desk>`), pages older messages in on scroll-up, and applies the live watch in place:
 * the same message never shows twice, and order is by time then id whatever order events arrive in.
 * Long threads are virtualized; search runs over the loaded messages, not the DOM. The composer
 * (`<cx-composer>`, when defined) is hosted at the bottom and sends through the thread's outbox.
 *
 * "What the customer sees" shows public messages and private messages on the conversation's
 * customer-facing channels (any channel kind but `note`) that were delivered and not deleted; it
 * hides internal notes, system events, messages on internal channels, and pending or failed sends.
 *
 * A reply that failed shows "Not sent" with a Retry, which sends it again with the same client id (so it
 * goes out once) and fires `cx-before-send` and `cx-after-send` like the composer's sends.
 *
 * Keyboard, on a message: ↑/↓ and Page Up/Down move between messages, Home/End go to the first
 * loaded and the latest, Enter/Space select, `r` focuses the composer, Ctrl+Home/Ctrl+End leave the feed.
 *
 * Sizing: it fills its container's height (`height: 100%`), at least 16rem high, and may shrink to any
 * width; the feed takes what the toolbar and the composer leave, at least 8rem, and scrolls. Whatever
 * `display` a page sets on the element, its inner column keeps that layout (the `base` part holds it).
 * In a container with no height of its own, give the element one (`height` or `flex`).
 *
 * @event {CxMessageSelectEvent} cx-message-select - The agent selected a message; `message` is it.
 * @event {CxBeforeSendEvent} cx-before-send - Before a failed reply is sent again from the thread; `message` is the reply. Cancelable.
 * @event {CxAfterSendEvent} cx-after-send - After a reply sent again from the thread was confirmed; `message` is the sent Message.
 * @event {CxConversationOpenEvent} cx-conversation-open - The agent asked to open the private conversation this one continues in (the notice above the feed).
 * @event {CxAdapterErrorEvent} cx-adapter-error - For developers: a message of a page or a live event the adapter sent could not be shown (the agent sees "1 message could not be shown" in its place), or a call or the watch failed. One per problem; one console warning per kind.
 * @event {CxCommunityActionEvent} cx-community-action - On a forum, before each attempt of an action on a post (accept, endorse, thank, hide); `action`, `request` (with its `clientId`), `post`. Cancelable.
 * @event {CxCommunityActedEvent} cx-community-acted - On a forum, the host did the action; `post` is the post as it is now.
 *
 * A forum or community conversation (its first channel a `forum`) reads as a forum: the question, its
 * accepted solution pinned under it, then the replies nested by `inReplyTo` (a reply to a missing post
 * or inside a loop of replies is shown top-level), each author's role in words (staff, community
 * advocate — a volunteer, not staff —, moderator), rank and badge, kudos, official staff replies and
 * endorsements; an unanswered question says for how long. The agent's actions on posts (accept as
 * solution, endorse and thank an advocate, hide pending moderation) show when the adapter's
 * `community` port offers them, each idempotent by client id with its outcome or an error with Retry;
 * the question can be taken private (`<cx-move-to-private>`) or made a case (`createCase`). The customer
 * view of a forum shows what every reader sees: public posts, not the ones hidden pending moderation.
 *
 * @csspart base - The column holding everything; it fills the element.
 * @csspart toolbar - Search, filters and the customer view switch.
 * @csspart presence - Other agents viewing or typing.
 * @csspart continuation - Says the conversation continues privately (after a move to private), with a way there.
 * @csspart status - Loading, empty and older-page states.
 * @csspart error - The error state: plain words, a Retry button, the technical detail behind a disclosure.
 * @csspart unshown - In place of messages the adapter sent in a form that could not be shown, with their count.
 * @csspart feed - The scrolling list of messages (role feed).
 * @csspart jump - The "new messages" and "first unread" buttons.
 * @csspart composer - The hosted composer.
 * @csspart composer-base - The hosted composer's form (its `base` part).
 * @csspart composer-channels - The hosted composer's channels to reply on (its `channels` part).
 * @csspart composer-reason - Why a reply is not possible on the chosen channel (its `reason` part).
 * @csspart composer-note - What to know before replying on the chosen channel (its `note` part).
 * @csspart composer-audience - Who will read the text, in words (the composer's `audience` part).
 * @csspart composer-textarea - The hosted composer's reply text box (its `textarea` part): set its height to make the composer shorter.
 * @csspart composer-counter - Characters left (the composer's `counter` part).
 * @csspart composer-status - Sending state and errors (the composer's `status` part).
 * @csspart composer-send - The send button (the composer's `send` part).
 * @csspart composer-warning - The confirmation before a public send or a stale reply (the composer's `warning` part).
 * @csspart composer-move - The move to private (the composer's `move` part).
 * @csspart composer-snippet-note - The note that the reply holds knowledge text not yet in the agent's own words (the composer's `snippet-note` part).
 *
 * @csspart forum-byline - On a forum post: rank, badge, accepted solution, official reply, hidden.
 * @csspart forum-footer - On a forum post: kudos, endorsements, thanks, the actions and their outcome.
 * @csspart forum-actions - The actions on a forum post.
 * @csspart forum-pinned - The accepted solution pinned under the question.
 * @csspart forum-unanswered - How long the question has gone unanswered.
 * @csspart forum-error - An action that failed, with Retry.
 *
 * @cssproperty --cx-color-border - Lines between the thread's areas.
 * @cssproperty --cx-color-highlight - Background of search matches.
 */
export class CxConversationThread extends LitElement {
  static override styles = [conversationThreadStyles, forumStyles];

  /** What the thread's controllers read from this element. */
  readonly #host = threadHost(this, {
    feed: () => this.feed,
    rows: () => this.#forum.arrange(this.#search.rows(this.customerView), this.#loader.conversation, this.customerView, !this.#loader.busy),
    rendered: () => super.getUpdateComplete(),
    pageSize: () => this.pageSize,
  });
  readonly #adapters = new AdapterController(this);
  readonly #problems = new AdapterProblems(this, this.#adapters);
  readonly #presence = new PresenceTracker(this);
  readonly #i18n = new LocaleController(this, { thread: threadEn, move: movedEn, forum: forumEn, error: errorEn });
  readonly #announcer = new Announcer(this, { summarize: (count, authors, text) => this.#i18n.t.thread.announce(count, authors, text) });
  readonly #loader = new ThreadLoader(this.#host, {
    onLive: (change) => this.#onLive(change),
    onPageStored: () => this.#scroller.stored(),
    onPresence: (presence) => this.#presence.update(presence),
    problems: this.#problems,
  });
  readonly #scroller = new ThreadScroller(this.#host, this.#loader);
  readonly #unread = new UnreadJump(this.#host, this.#loader, this.#scroller);
  readonly #search = new ThreadSearch(this.#host, this.#loader, this.#scroller);
  readonly #selection = new ThreadSelection(this, this.#host, this.#scroller);
  readonly #forum = new ThreadForum(this, this.#adapters);
  readonly #replies = new ThreadReplies(this, this.#loader, () => this.#adapters.value, this.#problems);
  readonly #scoring = new ThreadScoring(this, this.#problems);

  @query('[part~="feed"]') private feed?: Feed;

  @state() private now = Date.now();
  #clock?: ReturnType<typeof setInterval>;

  /** Id of the conversation to show. Changing it aborts what was loading for the previous one. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The adapter; when unset, the one of the enclosing `<cx-desk>`. */
  @property({ attribute: false }) adapter?: Adapter;

  /** Messages per page when loading. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Language of the words, dates and times (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's dates. */
  @property() locale?: string;

  /** IANA time zone of dates and times; the browser's when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** On a forum: a question with no accepted answer nor staff or advocate reply after this long (ms) is stale. Default 24 h. */
  @property({ type: Number, attribute: 'forum-stale-after' }) forumStaleAfter = FORUM_STALE_AFTER_MS;

  /** Shows only what the customer sees (see above). */
  @property({ type: Boolean, reflect: true, attribute: 'customer-view' }) customerView = false;

  /** The loaded messages, oldest first (all of them, whatever the filters). */
  get messages(): readonly Message[] {
    return this.#search.all();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => (this.now = Date.now()), 30_000);
    this.requestUpdate(); // moved in the DOM: the loader dropped its watch on disconnect, so load again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  /** Also waits for the scroll to the latest message that follows a load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#scroller.settling;
    return result;
  }

  protected override willUpdate(): void {
    const adapter = this.#adapters.value;
    if (this.#loader.isFor(adapter, this.conversationId)) return;
    this.#loader.load(adapter, this.conversationId);
    this.#presence.clear();
    this.#announcer.reset();
    this.#scroller.reset();
    this.#unread.cancel();
    this.#search.reset();
    this.#replies.reset();
    this.#forum.actions.reset();
    this.#scoring.reset(adapter);
    this.#selection.clear();
  }

  #onLive(change: StoreChange): void {
    this.#announcer.queue(change.added.filter((m) => m.author?.id !== 'me' && m.delivery !== 'pending'));
    this.#scroller.added(change.added.length);
  }

  /** Scrolls to the latest message. */
  scrollToLatest(): Promise<void> {
    return this.#scroller.toLatest(false);
  }

  /** Scrolls to a loaded message (shown with the current filters) and focuses it; false when it isn't shown. */
  scrollToMessage(id: string): Promise<boolean> {
    return this.#scroller.showMessage(id);
  }

  override render(): TemplateResult {
    const { conversation, state } = this.#loader;
    const search = this.#search;
    const { thread: t, move, forum, error } = this.#i18n.t;
    const lang = this.#i18n.lang;
    return html`<div part="base">${renderToolbar({
        t,
        conversation,
        search,
        customerView: this.customerView,
        onCustomerView: (on) => void ((this.customerView = on), search.filter()),
      })}
      ${renderPresence(this.#presence.entries, t)}
      ${continuationNotice(this, this.messages, (id) => conversation?.channels.find((c) => c.id === id)?.name, move)}
      ${renderBody({
        loader: this.#loader,
        scroller: this.#scroller,
        input: this.#selection.input,
        rows: this.#host.rows(),
        search,
        scorer: this.#scoring.scorer,
        selectedId: this.#selection.selectedId,
        now: this.now,
        locale: lang,
        t,
        timeZone: this.timeZone,
        canRetry: (m) => this.#replies.canRetry(m),
        retry: (event) => void this.#replies.retry(event.message),
        forum: this.#forum.view({ t: forum, errors: error, conversation, adapter: this.#adapters.value, now: this.now, staleAfterMs: this.forumStaleAfter, goTo: (id) => void this.scrollToMessage(id) }),
      })}
      ${state === 'ready' ? renderJumps({ t, scroller: this.#scroller, unread: this.#unread }) : nothing}
      ${renderComposer({ conversation, sender: this.#replies.outbox, messages: this.messages, locale: lang })}
      <div class="sr-only" role="status" aria-live="polite" part="announcer">${this.#announcer.text}</div></div>`;
  }
}
