import { html, nothing, type TemplateResult } from 'lit';
import type { CxMovedToPrivateEvent } from '../../events/move-to-private.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import type { Adapter } from '../../ports/ports.js';
import type { DraftController } from './draft-controller.js';

export interface HostedMove {
  adapter: Adapter | undefined;
  conversation: Conversation;
  messages: readonly Message[];
  /** The channel chosen in the composer: the move is offered from a public one. */
  channel: Channel | undefined;
  /** The reply typed so far, carried over as the private message. */
  text: string;
  now: () => Date;
  serviceNumbers: readonly string[] | undefined;
  /** The composer's own language, when it has one. */
  locale: string | undefined;
  moved(event: CxMovedToPrivateEvent): void;
}

/**
 * The composer's move to private is `<cx-move-to-private>` itself, hosted below the reply: its button is the
 * composer's "Move to private…", and the review's offer opens the same dialog (`show()`), with the reply
 * carried over as the private message. Its events bubble out of the composer.
 */
export function hostedMove(v: HostedMove): TemplateResult | typeof nothing {
  if (!v.channel?.public) return nothing;
  return html`<cx-move-to-private part="move" .adapter=${v.adapter} .conversation=${v.conversation} .messages=${v.messages} .fromChannel=${v.channel.id}
    .privateText=${v.text} .now=${v.now} .serviceNumbers=${v.serviceNumbers} locale=${v.locale ?? nothing} @cx-moved-to-private=${v.moved}></cx-move-to-private>`;
}

/**
 * The conversation whose reply a finished move sent privately: its private message was the reply, carried over
 * unchanged (`replyOf` reads a conversation's reply draft). Undefined when the agent wrote another message.
 */
export function replyMoved(event: CxMovedToPrivateEvent, replyOf: (conversationId: string) => string): string | undefined {
  const id = event.request?.conversationId;
  const reply = id ? replyOf(id).trim() : '';
  return id && reply && event.request?.privateMessage === reply ? id : undefined;
}

/**
 * A move to private sent the reply privately (even of a conversation no longer shown): that reply draft is
 * cleared like a sent one. True when it was the reply of `shownId`, the conversation shown.
 */
export function clearMovedReply(event: CxMovedToPrivateEvent, draft: DraftController, shownId: string | undefined): boolean {
  const id = replyMoved(event, (c) => (c === shownId ? draft.slot('reply').text : (draft.store.get(c)?.text ?? '')));
  if (id) draft.clear(id, 'reply');
  return !!id && id === shownId;
}
