/**
 * The composer a thread hosts at its bottom: `<cx-composer>` on the loaded conversation, sending through
 * the thread's outbox, its parts re-exported as `composer-<part>`. Split out of `<cx-conversation-thread>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { COMPOSER_PARTS, exportParts } from '../../internal/parts.js';
import type { Conversation, Message } from '../../model/index.js';
import type { ReplySender } from '../../thread/outbox.js';

/** The hosted composer's parts, each as `composer-<part>` on the thread (listed in the thread's header). */
const COMPOSER_EXPORTPARTS = exportParts(COMPOSER_PARTS, 'composer');

export interface HostedComposer {
  conversation: Conversation | undefined;
  /** The thread's outbox, so a send shows in the timeline at once. */
  sender: ReplySender;
  /** The loaded messages, oldest first. */
  messages: readonly Message[];
  locale: string | undefined;
}

/** The hosted `<cx-composer>`, once the conversation is loaded. */
export function renderComposer(v: HostedComposer): TemplateResult | typeof nothing {
  if (!v.conversation) return nothing;
  return html`<cx-composer part="composer" exportparts=${COMPOSER_EXPORTPARTS} .conversation=${v.conversation} .sender=${v.sender}
    .messages=${v.messages} locale=${v.locale ?? nothing}></cx-composer>`;
}
