import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { CxMessageSelectEvent } from '../../events/message-select.js';
import { threadEn } from '../../i18n/thread-terms.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import type { Message, Visibility } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { Announcer } from '../../thread/announcer.js';
import { feedAction } from '../../thread/feed-keys.js';
import { Outbox } from '../../thread/outbox.js';
import { PresenceTracker } from '../../thread/presence-tracker.js';
import { ThreadLoader } from '../../thread/thread-loader.js';
import type { StoreChange } from '../../thread/thread-store.js';
import { ThreadRows } from '../../thread/thread-rows.js';
import { timeFormat } from '../../thread/time-format.js';
import { conversationThreadStyles } from './conversation-thread.styles.js';
import { renderPresence, renderToolbar } from './thread-toolbar.js';

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
 * Keyboard, on a message: ↑/↓ and Page Up/Down move between messages, Home/End go to the first
 * loaded and the latest, Enter/Space select, `r` focuses the composer, Ctrl+Home/Ctrl+End leave the feed.
 *
 * @event cx-message-select - The agent selected a message; `event.message` is it.
 *
 * @csspart toolbar - Search, filters and the customer view switch.
 * @csspart presence - Other agents viewing or typing.
 * @csspart status - Loading, empty and older-page states.
 * @csspart error - The error state with its Retry button.
 * @csspart feed - The scrolling list of messages (role feed).
 * @csspart jump - The "new messages" and "first unread" buttons.
 * @csspart composer - The hosted composer.
 *
 * @cssproperty --cx-color-border - Lines between the thread's areas.
 * @cssproperty --cx-color-highlight - Background of search matches.
 */
export class CxConversationThread extends LitElement {
  static override styles = conversationThreadStyles;

  readonly #adapters = new AdapterController(this);
  readonly #presence = new PresenceTracker(this);
  readonly #announcer = new Announcer(this, { summarize: threadEn.announce });
  readonly #loader = new ThreadLoader(this, {
    pageSize: () => this.pageSize,
    onLive: (change) => this.#onLive(change),
    onPresence: (presence) => this.#presence.update(presence),
  });
  readonly #rows = new ThreadRows();
  #outbox = this.#newOutbox();

  @query('[part~="feed"]') private feed?: HTMLElement & VirtualizerHostElement;

  @state() private query = '';
  @state() private match = -1;
  @state() private channelFilter = '';
  @state() private visibilityFilter: Visibility | '' = '';
  @state() private active = -1;
  @state() private unseen = 0;
  @state() private selectedId?: string;
  @state() private now = Date.now();
  #atBottom = true;
  /** Whether the first scroll to the latest message is done (older pages load only after it). */
  #settled = false;
  /** An older page is loading or the view is being put back: no further page until it is done. */
  #restoring = false;
  #focusInFeed = false;
  #visible = { first: 0, last: -1 };
  #afterRender?: () => void | Promise<void>;
  #clock?: ReturnType<typeof setInterval>;

  /** Id of the conversation to show. Changing it aborts what was loading for the previous one. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** The adapter; when unset, the one of the enclosing `<cx-desk>`. */
  @property({ attribute: false }) adapter?: Adapter;

  /** Messages per page when loading. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Locale of dates and times (BCP 47); the browser's when unset. */
  @property() locale?: string;

  /** IANA time zone of dates and times; the browser's when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Shows only what the customer sees (see above). */
  @property({ type: Boolean, reflect: true, attribute: 'customer-view' }) customerView = false;

  /** The loaded messages, oldest first (all of them, whatever the filters). */
  get messages(): readonly Message[] {
    return this.#rows.all(this.#loader.store);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => (this.now = Date.now()), 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  protected override willUpdate(): void {
    const adapter = this.#adapters.value;
    if (!this.#loader.isFor(adapter, this.conversationId)) {
      this.#loader.load(adapter, this.conversationId);
      this.#presence.clear();
      this.#announcer.reset();
      this.#outbox = this.#newOutbox();
      Object.assign(this, { active: -1, unseen: 0, match: -1, selectedId: undefined });
      this.#atBottom = true;
      this.#settled = false;
      this.#restoring = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    const wasLoading = changed.has('conversationId') || this.#loader.state !== this.#lastState;
    if (wasLoading && this.#loader.state === 'ready' && this.#lastState !== 'ready') {
      this.#afterRender = async () => {
        await this.#toLatest(false);
        this.#settled = true;
      };
    }
    this.#lastState = this.#loader.state;
    const next = this.#afterRender;
    this.#afterRender = undefined;
    if (next) void next();
  }
  #lastState = this.#loader.state;

  #newOutbox(): Outbox {
    return new Outbox(() => this.#adapters.value, this.#loader.store, () => this.#loader.changed());
  }

  #onLive(change: StoreChange): void {
    const fresh = change.added.filter((m) => m.author?.id !== 'me' && m.delivery !== 'pending');
    this.#announcer.queue(fresh);
    if (change.added.length === 0) return;
    if (this.#atBottom) this.#afterRender ??= () => this.#toLatest(false);
    else this.unseen += change.added.length;
  }

  #onScroll(): void {
    const feed = this.feed;
    if (!feed) return;
    this.#atBottom = feed.scrollHeight - feed.scrollTop - feed.clientHeight < 48;
    if (this.#atBottom && this.unseen) this.unseen = 0;
  }

  #onVisibility(event: VisibilityChangedEvent): void {
    this.#visible = { first: event.first, last: event.last };
    const rows = this.#currentRows();
    if (!this.#focusInFeed && (this.active < event.first || this.active > event.last)) this.active = Math.min(event.last, rows.length - 1);
    if (this.#settled && !this.#restoring && event.first <= 1 && this.#loader.nextCursor !== null && !this.#loader.loadingOlder && !this.#loader.olderError) void this.#loadOlder();
  }

  /** Loads the next older page, then puts the message that was at the top back where it was. */
  async #loadOlder(): Promise<void> {
    const rows = this.#currentRows();
    const anchor = rows[this.#visible.first];
    const anchorEl = anchor && this.#articleFor(this.#visible.first);
    const offset = anchorEl && this.feed ? anchorEl.getBoundingClientRect().top - this.feed.getBoundingClientRect().top : 0;
    const activeId = rows[this.active]?.id;
    this.#restoring = true;
    const added = await this.#loader.loadOlder();
    if (!added || !anchor) {
      this.#restoring = false;
      return;
    }
    this.#afterRender = async () => {
      const now = this.#currentRows();
      const index = now.indexOf(anchor);
      if (activeId) this.active = now.findIndex((m) => m.id === activeId);
      if (index >= 0) {
        await this.#nextFrame(); // the virtualizer takes the new items asynchronously
        this.#virtualizer()?.element(index)?.scrollIntoView({ block: 'start' });
        await this.#layoutComplete();
        const el = this.#articleFor(index);
        if (el && this.feed) this.feed.scrollTop += el.getBoundingClientRect().top - this.feed.getBoundingClientRect().top - offset;
      }
      this.#restoring = false;
    };
    this.requestUpdate();
  }

  #onKeydown(event: KeyboardEvent): void {
    const article = event.composedPath()[0];
    if (!(article instanceof HTMLElement) || article.getAttribute('role') !== 'article') return;
    const action = feedAction(event);
    if (!action) return;
    const rows = this.#currentRows();
    const index = Number(article.dataset.index);
    event.preventDefault();
    switch (action) {
      case 'previous':
        return void this.#focusRow(Math.max(0, index - 1));
      case 'next':
        return void this.#focusRow(Math.min(rows.length - 1, index + 1));
      case 'first':
        return void this.#focusRow(0);
      case 'latest':
        return void this.#toLatest(true);
      case 'select':
        return this.#select(index);
      case 'reply':
        return this.renderRoot.querySelector<HTMLElement>('cx-composer')?.focus();
      case 'before-feed':
        return this.renderRoot.querySelector<HTMLElement>('input[type="search"]')?.focus();
      case 'after-feed':
        return (this.renderRoot.querySelector<HTMLElement>('cx-composer') ?? this.renderRoot.querySelector<HTMLElement>('[part~="jump"] button'))?.focus();
    }
  }

  #onClick(event: MouseEvent): void {
    const path = event.composedPath();
    if (path.some((node) => node instanceof HTMLAnchorElement)) return;
    const article = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'article');
    if (article) this.#select(Number(article.dataset.index));
  }

  #select(index: number): void {
    const message = this.#currentRows()[index];
    if (!message) return;
    this.active = index;
    this.selectedId = message.id;
    this.dispatchEvent(new CxMessageSelectEvent(message));
  }

  #virtualizer() {
    return this.feed?.[virtualizerRef];
  }

  /**
   * Resolves when the virtualizer has laid out, or soon when it had nothing to do (its promise then
   * waits for the next layout) or was disconnected (its promise then rejects).
   */
  #layoutComplete(): Promise<void> {
    const done = this.#virtualizer()?.layoutComplete.catch(() => {});
    return done ? Promise.race([done, new Promise<void>((r) => setTimeout(r, 300))]) : Promise.resolve();
  }

  #nextFrame(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }

  #articleFor(index: number): HTMLElement | null {
    return this.feed?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null;
  }

  /** Scrolls a row into view and, when asked, moves focus to it. */
  async #showRow(index: number, focus: boolean, block: ScrollLogicalPosition = 'nearest'): Promise<void> {
    if (index < 0) return;
    this.active = index;
    await this.updateComplete;
    const virtualizer = this.#virtualizer();
    virtualizer?.element(index)?.scrollIntoView({ block });
    let el = this.#articleFor(index);
    if (!el || block !== 'nearest') {
      await this.#layoutComplete();
      el = this.#articleFor(index);
    }
    if (focus) el?.focus({ preventScroll: block !== 'nearest' });
  }

  #focusRow(index: number): Promise<void> {
    return this.#showRow(index, true);
  }

  async #toLatest(focus: boolean): Promise<void> {
    this.unseen = 0;
    this.#atBottom = true;
    await this.#showRow(this.#currentRows().length - 1, focus, 'end');
    // Sizes were estimates until measured: settle on the real bottom.
    const feed = this.feed;
    if (feed) feed.scrollTop = feed.scrollHeight;
    this.#atBottom = true;
  }

  #currentRows(): readonly Message[] {
    return this.#rows.view(this.#loader.store, this.#loader.conversation, {
      channelId: this.channelFilter || null,
      visibility: this.visibilityFilter || null,
      customerView: this.customerView,
    });
  }

  #search(query: string): void {
    this.query = query;
    const hits = this.#rows.matches(this.#currentRows(), query);
    this.match = hits.length ? hits.length - 1 : -1;
    if (hits.length) void this.#showRow(hits[this.match]!, false, 'center');
  }

  #step(delta: number): void {
    const hits = this.#rows.matches(this.#currentRows(), this.query);
    if (!hits.length) return;
    this.match = (this.match + delta + hits.length) % hits.length;
    void this.#showRow(hits[this.match]!, false, 'center');
  }

  #filter(change: Partial<{ channelFilter: string; visibilityFilter: Visibility | ''; customerView: boolean }>): void {
    Object.assign(this, change);
    this.match = -1;
    this.#afterRender = () => {
      if (this.query) this.#search(this.query);
      return this.#toLatest(false);
    };
  }

  /** Scrolls to the latest message. */
  scrollToLatest(): Promise<void> {
    return this.#toLatest(false);
  }

  /** Scrolls to a loaded message (shown with the current filters) and focuses it; false when it isn't shown. */
  async scrollToMessage(id: string): Promise<boolean> {
    const index = this.#currentRows().findIndex((m) => m.id === id);
    if (index >= 0) await this.#showRow(index, true, 'center');
    return index >= 0;
  }

  #renderBody(rows: readonly Message[]): TemplateResult {
    const t = threadEn;
    const loader = this.#loader;
    if (loader.state === 'error')
      return html`<div part="error" role="alert">
        <p><strong>${t.loadFailed}</strong></p>
        <p>${loader.error?.message}</p>
        <button type="button" @click=${() => loader.retry()}>${t.retry}</button>
      </div>`;
    if (loader.state !== 'ready') return html`<div part="status" role="status">${loader.state === 'loading' ? t.loading : nothing}</div>`;
    if (loader.store.size === 0) return html`<div part="status">${t.empty}</div>`;
    const format = timeFormat(this.locale, this.timeZone);
    const channels = this.#rows.channels(loader.conversation);
    const setSize = loader.nextCursor === null ? rows.length : -1;
    return html`${this.#renderOlder()}
      ${rows.length ? nothing : html`<div part="status">${t.noMatchesInView}</div>`}
      <div part="feed" role="feed" aria-label=${t.feedLabel(loader.conversation?.subject ?? '')} aria-busy=${loader.loadingOlder ? 'true' : 'false'}
        @keydown=${this.#onKeydown} @click=${this.#onClick} @scroll=${this.#onScroll} @visibilityChanged=${this.#onVisibility}
        @focusin=${() => (this.#focusInFeed = true)} @focusout=${() => (this.#focusInFeed = false)}>
        ${virtualize({
          items: rows as Message[],
          layout: flow(),
          scroller: true,
          // The virtualizer may ask for a stale range right after the rows shrink: render a gap then.
          keyFunction: (m: Message | undefined, i: number) => m?.id ?? `gap-${i}`,
          renderItem: (m: Message | undefined, i: number) => {
            if (!m) return html`<div aria-hidden="true"></div>`;
            const key = format.dayKey(m.createdAt);
            const day = i === 0 || key !== format.dayKey(rows[i - 1]!.createdAt) ? format.day(m.createdAt) : undefined;
            return html`<cx-thread-message role="article" data-index=${i} aria-posinset=${i + 1} aria-setsize=${setSize}
              tabindex=${i === this.active ? 0 : -1} .message=${m} .channel=${channels.get(m.channelId)}
              .replyTo=${m.inReplyTo ? loader.store.get(m.inReplyTo) : undefined} .day=${day} .highlight=${this.query}
              .now=${this.now} .locale=${this.locale} .timeZone=${this.timeZone} ?selected=${m.id === this.selectedId}></cx-thread-message>`;
          },
        })}
      </div>`;
  }

  #renderOlder(): TemplateResult | typeof nothing {
    const loader = this.#loader;
    if (loader.olderError)
      return html`<div part="status" role="alert">${threadEn.olderFailed} ${loader.olderError.message}
        <button type="button" @click=${() => { loader.olderError = undefined; void this.#loadOlder(); }}>${threadEn.retry}</button></div>`;
    if (loader.loadingOlder) return html`<div part="status">${threadEn.loadingOlder}</div>`;
    return nothing;
  }

  #renderJumps(rows: readonly Message[]): TemplateResult {
    const t = threadEn;
    const store = this.#loader.store;
    const lastRead = this.#loader.conversation?.lastReadMessageId;
    const unreadAt = lastRead ? store.indexAfter(lastRead) : -1;
    const unreadIndex = unreadAt >= 0 ? rows.indexOf(store.messages[unreadAt]!) : -1;
    return html`<div part="jump">
      ${unreadIndex >= 0 ? html`<button type="button" @click=${() => this.#showRow(unreadIndex, true, 'start')}>${t.jumpToUnread}</button>` : nothing}
      ${this.unseen > 0 || !this.#atBottom
        ? html`<button type="button" class="latest" @click=${() => this.#toLatest(true)}>
            ${this.unseen > 0 ? html`<span class="count">${t.newMessages(this.unseen)}</span> · ` : nothing}${t.jumpToLatest} ↓</button>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const loader = this.#loader;
    const rows = this.#currentRows();
    const conversation = loader.conversation;
    const hits = this.#rows.matches(rows, this.query);
    return html`${renderToolbar({
        conversation,
        query: this.query,
        hits: hits.length,
        match: this.match,
        channelFilter: this.channelFilter,
        visibilityFilter: this.visibilityFilter,
        customerView: this.customerView,
        onSearch: (q) => this.#search(q),
        onStep: (d) => this.#step(d),
        onChannel: (channelFilter) => this.#filter({ channelFilter }),
        onVisibility: (visibilityFilter) => this.#filter({ visibilityFilter }),
        onCustomerView: (customerView) => this.#filter({ customerView }),
      })}
      ${renderPresence(this.#presence.entries)}
      ${this.#renderBody(rows)}
      ${loader.state === 'ready' ? this.#renderJumps(rows) : nothing}
      ${conversation
        ? html`<cx-composer part="composer" .conversation=${conversation} .sender=${this.#outbox} .messages=${this.messages}></cx-composer>`
        : nothing}
      <div class="sr-only" role="status" aria-live="polite" part="announcer">${this.#announcer.text}</div>`;
  }
}
