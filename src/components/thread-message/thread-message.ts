import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CxMessageRetryEvent } from '../../events/message-retry.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { movedEn } from '../../i18n/moved-terms.js';
import { threadEn } from '../../i18n/thread-terms.js';
import { markerLink } from '../../internal/continuation-view.js';
import { highlight, linkify, safeHttpUrl, searchPattern, tameCombiningMarks } from '../../internal/linkify.js';
import type { Attachment, Channel, ChannelKind, Message, SentimentScore, UnknownChannelKind } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { SentimentBatcher } from '../../sentiment/batch.js';
import { isSystemMessage } from '../../thread/thread-view.js';
import { timeFormat } from '../../thread/time-format.js';
import { threadMessageStyles } from './thread-message.styles.js';

/** A shape for each channel kind; the channel's name is always shown next to it. */
const CHANNEL_ICONS: Record<ChannelKind | UnknownChannelKind, string> = {
  x: '𝕏', facebook: 'f', instagram: '◎', linkedin: 'in', forum: '☷', review: '★', email: '✉',
  chat: '☰', sms: '✆', whatsapp: '◔', voice: '☎', note: '✎', other: '◇',
};
const VISIBILITY_ICONS = { public: '◯', private: '◐', internal: '✎' } as const;

/**
 * @tagname cx-thread-message
 * @summary One message of a conversation thread: channel, visibility in words, author and role,
 * time, reply context, text, attachments, markers and sentiment. A system event renders as one line.
 *
 * A customer message without a score from the adapter is scored through `scorer` (the thread's, which
 * batches the messages it shows), else through the adapter's sentiment service, else the built-in analyzer.
 *
 * Customer text is untrusted: it is rendered as text only, isolated for bidi (`dir="auto"`), wrapped
 * anywhere, with combining-mark floods clipped. Only absolute http(s) links and images go live.
 *
 * @csspart day - The day heading, on the first message of a day.
 * @csspart base - The message box.
 * @csspart header - Author, channel, visibility, time and sentiment.
 * @csspart author - Author name and role.
 * @csspart channel - Channel icon and name.
 * @csspart visibility - Public, Private or Internal note, in words.
 * @csspart time - Relative time; the exact one shows on hover and focus.
 * @csspart reply-to - What the message replies to.
 * @csspart text - The message text.
 * @csspart link - A live http(s) link in the text.
 * @csspart attachments - The attachments list.
 * @csspart markers - Edited, deleted and delivery markers.
 * @csspart retry - Sends a failed reply again (when `retryable`).
 * @csspart event - A system event line.
 * @csspart continuation - On a "moved to private" marker: opens the conversation it continues in (or came from).
 *
 * @slot byline - Under the header: what the host adds about the author and the post (a forum's rank, badge, accepted solution).
 * @slot - At the end of the message: what the host adds below it (a forum's kudos and actions).
 *
 * @cssproperty --cx-color-surface-raised - Background of internal notes and system events.
 *
 * @event {CxMessageRetryEvent} cx-message-retry - The agent asked to send this failed reply again.
 * @event {CxConversationOpenEvent} cx-conversation-open - The agent asked to open the conversation a "moved to private" marker links to (`details.privateConversationId`, or `publicConversationId` on the private side).
 */
export class CxThreadMessage extends LitElement {
  static override styles = threadMessageStyles;

  readonly #adapter = new AdapterController(this);
  readonly #i18n = new LocaleController(this, { thread: threadEn, move: movedEn });

  /** The score `scorer` gave, when the message came without one. */
  #lazySentiment?: SentimentScore;
  /** A score is on its way: the badge's place is kept, so the row does not grow when it lands. */
  #scoring = false;
  /** The message whose scoring has settled (scored or not): not asked again. */
  #settled?: Message;
  #ownScorer?: SentimentBatcher;

  /** The message to show. */
  @property({ attribute: false }) message?: Message;

  /** Its channel; unknown or missing channels show as "Other channel". */
  @property({ attribute: false }) channel?: Channel;

  /** The message it replies to, when loaded. */
  @property({ attribute: false }) replyTo?: Message;

  /** Day heading to show above it (the thread sets it on the first message of each day). */
  @property() day?: string;

  /** Search text to highlight. */
  @property() highlight = '';

  /** The time relative times count from, ms since the epoch. */
  @property({ type: Number }) now = Date.now();

  /** Language of the words and times (BCP 47, e.g. `es`, `ar`); by default `<cx-desk>`'s, else English words and the browser's times. */
  @property() locale?: string;

  /** IANA time zone of times; the browser's when unset. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Whether the agent selected this message. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** Offers a Retry on a failed reply (the host sends it again on `cx-message-retry`). */
  @property({ type: Boolean }) retryable = false;

  /** The author's role in words, when the thread words it its own way (a forum's "Staff"); the role's usual name otherwise. */
  @property({ attribute: false }) roleLabel?: string;

  /** Scores customer messages that came without a score; shared by a thread so its messages go in batches. */
  @property({ attribute: false }) scorer?: SentimentBatcher;

  /** The adapter whose sentiment service scores the text when no `scorer` is given; by default `<cx-desk>`'s. */
  @property({ attribute: false }) adapter?: Adapter;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'article');
  }

  protected override willUpdate(): void {
    const m = this.message;
    this.#lazySentiment = undefined;
    this.#scoring = false;
    if (m && !m.sentiment && m.author?.role === 'customer' && !m.deleted && typeof m.text === 'string' && m.text.trim()) {
      const scorer = this.#scorer();
      const lang = typeof m.lang === 'string' && m.lang ? m.lang : undefined;
      this.#lazySentiment = scorer.peek(m.text, lang);
      this.#scoring = !this.#lazySentiment && this.#settled !== m;
      if (this.#scoring) {
        const settled = () => {
          if (this.message !== m) return;
          this.#settled = m;
          this.requestUpdate();
        };
        scorer.score(m.text, lang).then(settled, settled); // not scored: no badge, as with no adapter score
      }
    }
    if (m) this.setAttribute('aria-label', this.#label(m));
  }

  #scorer(): SentimentBatcher {
    if (this.scorer) return this.scorer;
    const adapter = this.#adapter.value;
    if (!this.#ownScorer || this.#ownScorer.adapter !== adapter) this.#ownScorer = new SentimentBatcher(adapter);
    return this.#ownScorer;
  }

  #retry(): void {
    if (this.message) this.dispatchEvent(new CxMessageRetryEvent(this.message));
  }

  #label(m: Message): string {
    const t = this.#i18n.t.thread;
    const who = m.author?.displayName || '—';
    const role = this.roleLabel ?? t.role[m.author?.role as keyof typeof t.role] ?? '';
    if (isSystemMessage(m)) return `${t.event[m.event?.type ?? 'other'] ?? t.event.other}, ${timeFormat(this.#i18n.lang, this.timeZone).exact(m.createdAt)}`;
    return t.messageLabel(who, role, t.visibility[m.visibility] ?? String(m.visibility), this.channel?.name ?? t.unknownChannel, timeFormat(this.#i18n.lang, this.timeZone).exact(m.createdAt));
  }

  #text(text: unknown): TemplateResult {
    const pattern = searchPattern(this.highlight);
    const marked = (value: string) =>
      highlight(tameCombiningMarks(value), pattern).map((p) => (p.match ? html`<mark>${p.text}</mark>` : p.text));
    const parts = linkify(typeof text === 'string' ? text : '');
    return html`${parts.map((p) =>
      p.kind === 'link'
        ? html`<a part="link" href=${p.href} target="_blank" rel="noopener noreferrer">${marked(p.text)}</a>`
        : marked(p.text),
    )}`;
  }

  #time(iso: string): TemplateResult {
    const format = timeFormat(this.#i18n.lang, this.timeZone);
    const exact = format.exact(iso);
    return html`<time part="time" datetime=${iso} title=${exact}
      ><span class="relative">${format.relative(iso, this.now)}</span><span class="exact"> · ${exact}</span></time
    >`;
  }

  #attachment(a: Attachment): TemplateResult {
    const url = safeHttpUrl(a?.url);
    const name = a?.name || '';
    if (url && typeof a.type === 'string' && a.type.startsWith('image/')) {
      return html`<li><img src=${url} alt=${a.alt || this.#i18n.t.thread.imageWithoutAlt(name)} loading="lazy" decoding="async" referrerpolicy="no-referrer" /></li>`;
    }
    if (url) return html`<li><a part="link" href=${url} target="_blank" rel="noopener noreferrer">${name || url}</a></li>`;
    return html`<li class="inert">${name || String(a?.url ?? '')} (${this.#i18n.t.thread.inertAddress})</li>`;
  }

  #markers(m: Message): TemplateResult | typeof nothing {
    const t = this.#i18n.t.thread;
    const edited = m.editedAt && !Number.isNaN(Date.parse(m.editedAt));
    if (!edited && !m.deleted && m.delivery !== 'pending' && m.delivery !== 'failed') return nothing;
    return html`<div part="markers">
      ${edited ? html`<span class="marker">✎ ${t.edited(timeFormat(this.#i18n.lang, this.timeZone).relative(m.editedAt!, this.now))}</span>` : nothing}
      ${m.deleted ? html`<span class="marker deleted" title=${t.deletedHint}>⊘ ${t.deleted}</span>` : nothing}
      ${m.delivery === 'pending' ? html`<span class="marker">… ${t.delivery.pending}</span>` : nothing}
      ${m.delivery === 'failed' ? html`<span class="marker failed">⚠ ${t.delivery.failed}${m.error ? html`: <span dir="auto">${m.error}</span>` : nothing}</span>` : nothing}
      ${m.delivery === 'failed' && this.retryable ? html`<button part="retry" type="button" @click=${this.#retry}>${t.retrySend}</button>` : nothing}
    </div>`;
  }

  #reply(m: Message): TemplateResult | typeof nothing {
    if (!m.inReplyTo) return nothing;
    const target = this.replyTo;
    if (!target) return html`<div part="reply-to"><span class="mirror" aria-hidden="true">↩</span> ${this.#i18n.t.thread.replyingToUnknown}</div>`;
    const excerpt = String(target.text ?? '').slice(0, 120);
    return html`<div part="reply-to">
      <span class="mirror" aria-hidden="true">↩</span> ${this.#i18n.t.thread.replyingTo} <bdi>${target.author?.displayName ?? ''}</bdi>:
      <q dir="auto">${tameCombiningMarks(excerpt)}${excerpt.length < String(target.text ?? '').length ? '…' : ''}</q>
    </div>`;
  }

  override render(): TemplateResult {
    const m = this.message;
    const day = this.day ? html`<div part="day" role="heading" aria-level="3">${this.day}</div>` : nothing;
    if (!m) return html`${day}`;
    const t = this.#i18n.t.thread;
    if (isSystemMessage(m)) {
      return html`${day}<div part="base event" class="system">
        <span aria-hidden="true">⚙</span> <strong>${t.event[m.event?.type ?? 'other'] ?? t.event.other}</strong>
        <span part="text" dir="auto">${this.#text(m.text)}</span> ${this.#time(m.createdAt)} ${markerLink(this, m, this.#i18n.t.move)}
      </div>`;
    }
    const kind = this.channel?.kind ?? 'other';
    const visibility = m.visibility in t.visibility ? m.visibility : 'internal';
    const sentiment = m.author?.role === 'customer' ? (m.sentiment ?? this.#lazySentiment) : undefined;
    const permalink = safeHttpUrl(m.url);
    return html`${day}<div part="base" class="message ${visibility} ${m.deleted ? 'deleted' : ''} ${m.delivery}">
      <div part="header">
        <span part="author"><bdi class="name">${m.author?.displayName || '—'}</bdi>
          <span class="role">${this.roleLabel ?? t.role[m.author?.role as keyof typeof t.role] ?? ''}</span></span>
        <span part="channel"><span class="icon" aria-hidden="true">${CHANNEL_ICONS[kind] ?? CHANNEL_ICONS.other}</span>
          <bdi>${this.channel?.name || t.unknownChannel}</bdi></span>
        <span part="visibility" class="visibility ${visibility}" title=${t.visibilityHint[visibility]}
          ><span aria-hidden="true">${VISIBILITY_ICONS[visibility]}</span> ${t.visibility[visibility]}</span>
        ${this.#time(m.createdAt)}
        ${sentiment ? html`<cx-sentiment-badge .sentiment=${sentiment} locale=${this.#i18n.lang ?? nothing}></cx-sentiment-badge>` : this.#scoring ? html`<span class="badge-space" aria-hidden="true">\u200b</span>` : nothing}
      </div>
      <slot name="byline"></slot>
      ${this.#reply(m)}
      <div part="text" class="text" dir="auto" lang=${m.lang || nothing}>${this.#text(m.text)}</div>
      ${Array.isArray(m.attachments) && m.attachments.length
        ? html`<ul part="attachments" aria-label=${t.attachment}>${m.attachments.map((a) => this.#attachment(a))}</ul>`
        : nothing}
      ${this.#markers(m)}
      ${permalink ? html`<a part="link" class="permalink" href=${permalink} target="_blank" rel="noopener noreferrer">${t.onPlatform}</a>` : nothing}
      <slot></slot>
    </div>`;
  }
}
