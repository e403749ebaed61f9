/**
 * What a forum post shows in `<cx-conversation-thread>` beside the message itself, rendered into the
 * message's slots: its byline (rank, badge, accepted solution, official reply, hidden), its footer
 * (kudos, endorsements, thanks, the agent's actions with their outcome), and on the question how long
 * it has waited, its accepted solution pinned, and the moves that take it further.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { CommunityAction, ForumTerms } from '../../i18n/forum-terms.js';
import { errorView } from '../../internal/error-view.js';
import { tameCombiningMarks } from '../../internal/linkify.js';
import type { Conversation, Message } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { isOfficialReply } from '../../ports/validate-community.js';
import type { ForumActions } from '../../thread/forum-actions.js';
import type { ForumShown } from '../../thread/forum-rows.js';
import type { ForumStaleness } from '../../thread/forum-staleness.js';
import { FORUM_MAX_INDENT } from '../../thread/forum-tree.js';

export interface ForumView {
  /** The forum's words and the error view's, in the thread's locale. */
  t: ForumTerms;
  errors: ErrorTerms;
  shown: ForumShown;
  actions: ForumActions;
  conversation: Conversation | undefined;
  staleness: ForumStaleness | undefined;
  adapter: Adapter | undefined;
  /** Re-renders the thread (a hide form opened, a reason typed). */
  changed(): void;
  /** Scrolls to a post and focuses it. */
  goTo(id: string): void;
}

const ACTIONS: CommunityAction[] = ['accept', 'endorse', 'thank', 'hide'];

/** The author's role in a community, in words. */
export function forumRole(post: Message, question: Message | undefined, t: ForumTerms): string {
  switch (post.author?.role) {
    case 'agent':
      return t.role.staff;
    case 'community-advocate':
      return t.role.advocate;
    case 'moderator':
      return t.role.moderator;
    case 'bot':
      return t.role.bot;
    case 'system':
      return t.role.system;
    default:
      return question && post.author?.id === question.author?.id ? t.role.asker : t.role.customer;
  }
}

/** The indentation step of a post: its nesting, up to `FORUM_MAX_INDENT` steps (the styles indent by it). */
export function forumIndent(depth: number): number {
  return Math.min(FORUM_MAX_INDENT, Math.max(0, depth));
}

function byline(post: Message, f: ForumView): TemplateResult {
  const t = f.t;
  const c = post.community;
  const rank = typeof post.author?.rank === 'string' && post.author.rank ? post.author.rank : undefined;
  const badge = typeof post.author?.badge === 'string' && post.author.badge ? post.author.badge : undefined;
  const official = post !== f.shown.question && isOfficialReply(post);
  return html`<div slot="byline" class="forum-byline" part="forum-byline">
    ${rank ? html`<span class="forum-tag" part="forum-rank"><bdi>${t.rank(rank)}</bdi></span>` : nothing}
    ${badge ? html`<span class="forum-tag" part="forum-badge"><span aria-hidden="true">🏅</span> <bdi>${t.badge(badge)}</bdi></span>` : nothing}
    ${c?.accepted ? html`<strong class="forum-tag accepted" part="forum-accepted"><span aria-hidden="true">✔</span> ${t.acceptedMark}</strong>` : nothing}
    ${official ? html`<strong class="forum-tag official" part="forum-official"><span aria-hidden="true">◆</span> ${t.officialMark}</strong>` : nothing}
    ${c?.hidden ? html`<span class="forum-tag hidden" part="forum-hidden"><span aria-hidden="true">⊘</span> <bdi>${t.hiddenMark(c.hidden.reason)}</bdi></span>` : nothing}
  </div>`;
}

function outcome(action: CommunityAction, post: Message, f: ForumView): TemplateResult | typeof nothing {
  const t = f.t;
  const state = f.actions.state(action, post.id);
  if (!state) return nothing;
  if (state.status === 'running') return html`<p class="forum-status" role="status">${t.working}</p>`;
  if (state.status === 'done') return html`<p class="forum-status" role="status">${t.done[action]}</p>`;
  return errorView(state.error, { terms: f.errors, subject: t.actionSubject[action], part: 'forum-error', onRetry: () => void run(action, post, f) });
}

function run(action: CommunityAction, post: Message, f: ForumView): Promise<void> {
  return f.actions.run(action, post, post.conversationId);
}

function hideForm(post: Message, f: ForumView): TemplateResult {
  const t = f.t;
  const reason = f.actions.reasons.get(post.id) ?? '';
  const running = f.actions.state('hide', post.id)?.status === 'running';
  const submit = (event: Event) => {
    event.preventDefault();
    if ((f.actions.reasons.get(post.id) ?? '').trim()) void run('hide', post, f);
  };
  return html`<form class="forum-hide" part="forum-hide" @submit=${submit}>
    <label>${t.hideReason}
      <input type="text" required maxlength="500" .value=${reason} ?disabled=${running}
        @input=${(e: Event) => f.actions.reasons.set(post.id, (e.target as HTMLInputElement).value)} /></label>
    <button type="submit" ?disabled=${running}>${t.hideConfirm}</button>
    <button type="button" @click=${() => (f.actions.hiding.delete(post.id), f.changed())}>${t.hideCancel}</button>
  </form>`;
}

function actions(post: Message, f: ForumView): TemplateResult | typeof nothing {
  const t = f.t;
  const offered = ACTIONS.filter((a) => f.actions.offers(a, post, f.shown.question) && f.actions.state(a, post.id)?.status !== 'done');
  const shown = ACTIONS.filter((a) => f.actions.state(a, post.id));
  if (!offered.length && !shown.length) return nothing;
  const click = (action: CommunityAction) => () => {
    if (action === 'hide') {
      f.actions.hiding.add(post.id);
      f.changed();
    } else void run(action, post, f);
  };
  return html`${offered.length
      ? html`<div class="forum-actions" part="forum-actions" role="group" aria-label=${t.actionsLabel(post.author?.displayName || '—')}>
          ${offered.map((a) => {
            const running = f.actions.state(a, post.id)?.status === 'running';
            return html`<button type="button" data-action=${a} aria-disabled=${running ? 'true' : 'false'} @click=${click(a)}>${t.action[a]}</button>`;
          })}
        </div>`
      : nothing}
    ${f.actions.hiding.has(post.id) && f.actions.state('hide', post.id)?.status !== 'done' ? hideForm(post, f) : nothing}
    ${shown.map((a) => outcome(a, post, f))}`;
}

function footer(post: Message, f: ForumView): TemplateResult {
  const t = f.t;
  const c = post.community;
  const endorsers = c?.endorsements.map((e) => e.byName) ?? [];
  return html`<div class="forum-footer" part="forum-footer">
    ${c && c.kudos > 0 ? html`<span class="forum-tag" part="forum-kudos"><span aria-hidden="true">▲</span> ${t.kudos(c.kudos)}</span>` : nothing}
    ${endorsers.length ? html`<span class="forum-tag endorsed" part="forum-endorsed"><span aria-hidden="true">★</span> <bdi>${t.endorsedBy(endorsers)}</bdi></span>` : nothing}
    ${c && c.thanks > 0 ? html`<span class="forum-tag" part="forum-thanked"><span aria-hidden="true">♥</span> ${t.thanked(c.thanks)}</span>` : nothing}
    ${actions(post, f)}
    ${post === f.shown.question ? question(post, f) : nothing}
  </div>`;
}

function pinned(solution: Message, f: ForumView): TemplateResult {
  const t = f.t;
  const text = tameCombiningMarks(String(solution.text ?? ''));
  return html`<section class="forum-pinned" part="forum-pinned" aria-label=${t.pinnedHeading}>
    <p><strong><span aria-hidden="true">✔</span> ${t.pinnedHeading}</strong>
      <bdi>${t.pinnedBy(solution.author?.displayName || '—', forumRole(solution, f.shown.question, t))}</bdi></p>
    <p class="forum-pinned-text" dir="auto" lang=${ifDefined(solution.lang || undefined)}>${text}</p>
    <button type="button" @click=${() => f.goTo(solution.id)}>${t.goToSolution}</button>
  </section>`;
}

function question(post: Message, f: ForumView): TemplateResult {
  const t = f.t;
  const stale = f.staleness;
  const conversation = f.conversation;
  const caseState = f.actions.caseState;
  const canMove = !!f.adapter?.has('conversations.moveToPrivate');
  return html`${stale && !stale.answered
      ? html`<p class="forum-unanswered" part="forum-unanswered" ?data-stale=${stale.stale}>
          <span aria-hidden="true">${stale.stale ? '⚠' : '⏱'}</span> ${t.unanswered(t.waited(stale.waitingMs))}</p>`
      : nothing}
    ${f.shown.solution ? pinned(f.shown.solution, f) : nothing}
    ${canMove || f.actions.offersCase(conversation) || caseState
      ? html`<div class="forum-actions" part="forum-question-actions" role="group" aria-label=${t.questionActions}>
          ${canMove && conversation ? html`<cx-move-to-private conversation-id=${conversation.id} .adapter=${f.adapter}></cx-move-to-private>` : nothing}
          ${f.actions.offersCase(conversation) && conversation
            ? html`<button type="button" data-action="case" aria-disabled=${caseState?.status === 'running' ? 'true' : 'false'}
                @click=${() => void f.actions.makeCase(conversation, t.caseSubject(String(post.text ?? '')))}>${t.makeCase}</button>`
            : nothing}
        </div>`
      : nothing}
    ${caseState?.status === 'running' ? html`<p class="forum-status" role="status">${t.working}</p>` : nothing}
    ${caseState?.status === 'done' ? html`<p class="forum-status" role="status">${t.caseMade(caseState.caseSummary?.id ?? '')}</p>` : nothing}
    ${caseState?.status === 'failed' && conversation
      ? errorView(caseState.error, { terms: f.errors, subject: t.caseAction, part: 'forum-error', onRetry: () => void f.actions.makeCase(conversation, t.caseSubject(String(post.text ?? ''))) })
      : nothing}`;
}

/** What the thread puts into a forum post's `cx-thread-message`: its role in words, its indentation, and its slotted byline and footer. */
export function forumItem(post: Message, f: ForumView): { roleLabel: string; depth: number; content: TemplateResult } {
  return {
    roleLabel: forumRole(post, f.shown.question, f.t),
    depth: forumIndent(f.shown.depth.get(post.id) ?? 1),
    content: html`${byline(post, f)}${footer(post, f)}`,
  };
}
