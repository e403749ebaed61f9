import { html, nothing, type TemplateResult } from 'lit';
import { isNoteChannel } from '../../compose/audience.js';
import type { CxMovedToPrivateEvent } from '../../events/move-to-private.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message } from '../../model/message.js';
import { errorView } from '../../internal/error-view.js';
import type { Adapter } from '../../ports/ports.js';
import type { ChecksController } from './checks-controller.js';
import type { ChoiceController } from './choice-controller.js';
import { audienceView, channelPicker, editorView, verdictView } from './composer.parts.js';
import type { ConversationController } from './conversation-controller.js';
import type { DraftController } from './draft-controller.js';
import type { GateController } from './gate-controller.js';
import { gateView } from './gate-view.js';
import { hostedMove } from './move-host.js';
import type { ReopenController } from './reopen-controller.js';
import type { SendController } from './send-controller.js';
import type { SnippetController } from './snippet-controller.js';
import { statusLine } from './status-line.js';

/** What the composer's form is drawn from: its controllers, inputs, words and what its controls do. */
export interface ComposerView {
  conversation: Conversation;
  messages: readonly Message[];
  adapter: Adapter | undefined;
  draft: DraftController;
  choice: ChoiceController;
  send: SendController;
  reopen: ReopenController;
  gates: GateController;
  checks: ChecksController;
  snippets: SnippetController;
  now: () => Date;
  serviceNumbers: readonly string[] | undefined;
  locale: string | undefined;
  t: ComposerTerms;
  errors: ErrorTerms;
  /** Under a reply with a knowledge snippet pasted as it is: adapt it to the customer. */
  snippetNote: string;
  /** What the status region reads out. */
  announcement: string;
  on: {
    edit(text: string): void;
    send(): void;
    /** The agent chose to send the text without the checks, which could not be downloaded. */
    sendUnchecked(): void;
    reopen(): void;
    moved(event: CxMovedToPrivateEvent): void;
  };
}

/**
 * The composer's form: channels, the closed or resolved line, why a channel can't be used, who reads the
 * text, the text box with its counter and state, checks that could not be downloaded, the open
 * confirmation, the hosted move to private and the knowledge slot.
 */
export function composerView(v: ComposerView): TemplateResult {
  const { conversation, choice, draft, t } = v;
  const channel = choice.channel;
  const verdict = choice.verdict;
  const note = draft.writing === 'note';
  const { text, clientId } = draft.draft;
  const pending = v.send.isPending(conversation.id);
  const failed = !pending && clientId !== undefined;
  const closed = v.reopen.closed(conversation);
  const checking = v.gates.checking;
  // Checks that could not be downloaded leave the length unknown: only their own "Send without the checks" sends.
  const counting = choice.counting && v.checks.error === undefined;
  const sendable = !!verdict?.ok && !!text.trim() && !closed && !pending && !checking;
  const blocked = closed || pending || checking || (!failed && (!verdict?.ok || !text.trim() || choice.counting || choice.length?.valid === false));
  const privateChannel = conversation.channels.find((c) => !c.public && !isNoteChannel(c) && choice.verdicts.get(c.id)?.ok);
  return html`<form part="base" @submit=${(e: Event) => e.preventDefault()}>
    ${channelPicker(conversation.channels, channel?.id, choice.verdicts, (id) => choice.choose(id), pending, t)}
    ${statusLine(conversation, v.reopen, closed, v.on.reopen, t, v.errors)}
    ${verdictView(verdict, closed)}
    ${audienceView(channel, t)}
    ${editorView({
      note, channel, text, pending, checking, failed, blocked, counting,
      describedBy: `audience counter ${verdict?.ok && !closed ? '' : 'reason'}`,
      length: choice.length,
      error: v.send.errors.get(conversation.id),
      edit: v.on.edit,
      useInReply: () => choice.useNoteInReply(),
      send: v.on.send,
      t,
      errors: v.errors,
    })}
    ${v.checks.view(choice.counting, sendable && !failed, v.on.sendUnchecked, t, v.errors)}
    ${!note && v.snippets.unadapted ? html`<p part="snippet-note" class="snippet-note">${v.snippetNote}</p>` : nothing}
    ${v.gates.gate ? gateView(v.gates.gate, v.gates.actions(privateChannel), t) : nothing}
    ${note ? nothing : hostedMove({ adapter: v.adapter, conversation, messages: v.messages, channel, text: draft.slot('reply').text,
      now: v.now, serviceNumbers: v.serviceNumbers, locale: v.locale, moved: v.on.moved })}
    <slot name="knowledge"></slot>
    <div role="status" class="sr-only">${v.announcement}</div>
  </form>`;
}

/**
 * Before there is a conversation to reply in: loading it, the load that failed (plain words chosen by the
 * kind of failure, Retry, the detail behind a disclosure; developers got `cx-adapter-error`), or none given.
 */
export function noConversationView(loader: ConversationController, t: ComposerTerms, errors: ErrorTerms): TemplateResult {
  if (loader.error !== undefined && !loader.loading) {
    return html`<div part="base">${errorView(loader.error, { subject: t.subjects.load, terms: errors, onRetry: () => loader.retry() })}</div>`;
  }
  return html`<p part="base" aria-busy=${loader.loading ? 'true' : 'false'}>${t.noConversation}</p>`;
}
