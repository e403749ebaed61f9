import { html, nothing, type TemplateResult } from 'lit';
import { CxConversationOpenEvent } from '../events/conversation-open.js';
import { movedEn, type MovedTerms } from '../i18n/moved-terms.js';
import type { Message } from '../model/message.js';
import { continuationOf, latestContinuation, type PrivateContinuation } from '../move/continuation.js';

/** Asks the page to open a conversation: `cx-conversation-open` from `from`. */
function opener(from: HTMLElement, conversationId: string, kind: PrivateContinuation['channelKind']) {
  return () => from.dispatchEvent(new CxConversationOpenEvent(conversationId, kind ?? 'other'));
}

/**
 * On a "moved to private" marker: a button that opens the conversation it continues in (or came from),
 * by `cx-conversation-open`; the private channel's name when the conversation goes on in itself.
 */
export function markerLink(from: HTMLElement, message: Message, t: MovedTerms = movedEn): TemplateResult | typeof nothing {
  const c = continuationOf(message);
  if (!c) return nothing;
  if (c.privateConversationId)
    return html`<button part="continuation" type="button" @click=${opener(from, c.privateConversationId, c.channelKind)}>${t.openPrivate}</button>`;
  if (c.publicConversationId) return html`<button part="continuation" type="button" @click=${opener(from, c.publicConversationId, undefined)}>${t.openPublic}</button>`;
  return nothing;
}

/** The latest continuation of each list of messages seen: a thread passes the same list until it changes. */
const latest = new WeakMap<readonly Message[], PrivateContinuation | null>();

/**
 * Above a conversation that was moved to private: that it continues privately, where, and a way there.
 * `messages` (oldest first) is scanned once per list: a thread of any length pays it once per change.
 */
export function continuationNotice(from: HTMLElement, messages: readonly Message[], channelName: (id: string) => string | undefined, t: MovedTerms = movedEn): TemplateResult | typeof nothing {
  let c = latest.get(messages);
  if (c === undefined) latest.set(messages, (c = latestContinuation(messages) ?? null));
  if (!c) return nothing;
  const channel = c.channelName ?? (c.channelId ? channelName(c.channelId) : undefined);
  return html`<p part="continuation" role="note">
    <span aria-hidden="true">🔒 </span>${t.continuesPrivately(channel)}
    ${c.privateConversationId ? html`<button type="button" @click=${opener(from, c.privateConversationId, c.channelKind)}>${t.openPrivate}</button>` : nothing}
  </p>`;
}
