import { html, nothing, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { CxMessageRetryEvent } from '../../events/message-retry.js';
import type { ThreadTerms } from '../../i18n/thread-terms.js';
import { errorView } from '../../internal/error-view.js';
import type { Message } from '../../model/index.js';
import type { SentimentBatcher } from '../../sentiment/batch.js';
import { feedLayout } from '../../thread/feed-layout.js';
import type { FeedInput } from '../../thread/feed-input.js';
import type { ThreadLoader } from '../../thread/thread-loader.js';
import type { ThreadScroller } from '../../thread/thread-scroller.js';
import type { ThreadSearch } from '../../thread/thread-search.js';
import { timeFormat } from '../../thread/time-format.js';
import type { UnreadJump } from '../../thread/unread-jump.js';
import { isUnshown, type ThreadRow } from '../../thread/unshown.js';
import { unshownRow } from './unshown-view.js';
import { forumItem, type ForumView } from './forum-view.js';

export interface FeedView {
  loader: ThreadLoader;
  scroller: ThreadScroller;
  input: FeedInput;
  rows: readonly ThreadRow[];
  /** The search (its query is highlighted) and the conversation's channels. */
  search: ThreadSearch;
  scorer: SentimentBatcher;
  selectedId: string | undefined;
  now: number;
  locale: string | undefined;
  t: ThreadTerms;
  timeZone: string | undefined;
  /** Whether a failed reply can be sent again from the thread. */
  canRetry(message: Message): boolean;
  retry(event: CxMessageRetryEvent): void;
  /** On a forum: each post's role in words, indentation and slotted byline and footer (`forum-view.ts`). */
  forum?: ForumView | undefined;
}

/** The states before the feed (loading, error, empty), or the older-page status and the virtualized feed. */
export function renderBody(v: FeedView): TemplateResult | typeof nothing {
  const { t } = v;
  const { loader, rows } = v;
  if (loader.state === 'error') return errorView(loader.error, { subject: t.subjects.conversation, onRetry: () => loader.retry() });
  if (loader.state !== 'ready') return html`<div part="status" role="status">${loader.state === 'loading' ? t.loading : nothing}</div>`;
  if (loader.messages.length === 0 && loader.unshown.size === 0) return html`<div part="status">${t.empty}</div>`;
  const format = timeFormat(v.locale, v.timeZone);
  const setSize = loader.complete ? rows.length : -1;
  const s = v.scroller;
  const channels = v.search.channels();
  const query = v.search.query;
  return html`${renderOlder(v)}
    ${rows.length ? nothing : html`<div part="status">${t.noMatchesInView}</div>`}
    <div part="feed" role="feed" aria-label=${t.feedLabel(loader.conversation?.subject ?? '')} aria-busy=${loader.loadingOlder ? 'true' : 'false'}
      @keydown=${v.input.onKeydown} @click=${v.input.onClick} @scroll=${s.onScroll} @visibilityChanged=${s.onVisibility}
      @focusin=${s.onFocusIn} @focusout=${s.onFocusOut} @cx-message-retry=${v.retry}>
      ${virtualize({
        items: rows as ThreadRow[],
        // Its own scroller, laid out from its own scroll box when off-screen (see FeedLayout).
        layout: feedLayout({ scrollBox: s.scrollBox }),
        scroller: true,
        // The virtualizer may ask for a stale range right after the rows shrink: render a gap then.
        keyFunction: (m: ThreadRow | undefined, i: number) => (isUnshown(m) ? m.key : m?.id ?? `gap-${i}`),
        renderItem: (m: ThreadRow | undefined, i: number) => {
          if (!m) return html`<div aria-hidden="true"></div>`;
          if (isUnshown(m)) return unshownRow({ row: m, index: i, setSize, tabStop: i === s.active });
          const key = format.dayKey(m.createdAt);
          const day = i === 0 || key !== format.dayKey(rows[i - 1]!.createdAt) ? format.day(m.createdAt) : undefined;
          const forum = v.forum ? forumItem(m, v.forum) : undefined;
          if (forum) return html`<cx-thread-message role="article" data-index=${i} aria-posinset=${i + 1} aria-setsize=${setSize}
            data-forum data-depth=${forum.depth} .roleLabel=${forum.roleLabel}
            tabindex=${i === s.active ? 0 : -1} .message=${m} .channel=${channels.get(m.channelId)}
            .replyTo=${m.inReplyTo ? loader.get(m.inReplyTo) : undefined} .day=${day} .highlight=${query}
            .now=${v.now} .locale=${v.locale} .timeZone=${v.timeZone} .scorer=${v.scorer}
            ?retryable=${m.delivery === 'failed' && v.canRetry(m)} ?selected=${m.id === v.selectedId}>${forum.content}</cx-thread-message>`;
          return html`<cx-thread-message role="article" data-index=${i} aria-posinset=${i + 1} aria-setsize=${setSize}
            tabindex=${i === s.active ? 0 : -1} .message=${m} .channel=${channels.get(m.channelId)}
            .replyTo=${m.inReplyTo ? loader.get(m.inReplyTo) : undefined} .day=${day} .highlight=${query}
            .now=${v.now} .locale=${v.locale} .timeZone=${v.timeZone} .scorer=${v.scorer}
            ?retryable=${m.delivery === 'failed' && v.canRetry(m)} ?selected=${m.id === v.selectedId}></cx-thread-message>`;
        },
      })}
    </div>`;
}

function renderOlder(v: FeedView): TemplateResult | typeof nothing {
  const loader = v.loader;
  if (loader.olderError) return errorView(loader.olderError, { subject: v.t.subjects.older, onRetry: () => void v.scroller.loadOlder(), part: 'status error' });
  if (loader.loadingOlder) return html`<div part="status">${v.t.loadingOlder}</div>`;
  return nothing;
}

/** "Jump to first unread", and "N new messages · Jump to latest" when the agent is not at the latest. */
export function renderJumps(v: Pick<FeedView, 'scroller' | 't'> & { unread: UnreadJump }): TemplateResult {
  const { t } = v;
  const s = v.scroller;
  return html`<div part="jump">
    ${v.unread.available ? html`<button type="button" class="unread" @click=${() => v.unread.jump()}>${t.jumpToUnread}</button>` : nothing}
    ${s.unseen > 0 || !s.atBottom
      ? html`<button type="button" class="latest" @click=${() => s.toLatest(true)}>
          ${s.unseen > 0 ? html`<span class="count">${t.newMessages(s.unseen)}</span> · ` : nothing}${t.jumpToLatest} ↓</button>`
      : nothing}
  </div>`;
}
