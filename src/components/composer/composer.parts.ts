import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { audienceOf, type Audience } from '../../compose/audience.js';
import type { LengthStatus } from '../../compose/length-status.js';
import type { ReplyVerdict } from '../../compose/reply-rules.js';
import type { ReplyContext } from '../../compose/review.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message, OutgoingMessage } from '../../model/message.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import { plainWords, technicalDetail } from '../../internal/error-view.js';
import type { AdapterError } from '../../ports/errors.js';

export const lengthLevel = (s: LengthStatus): 'ok' | 'near' | 'over' => (s.over ? 'over' : s.near ? 'near' : 'ok');

/** What to tell screen readers when the draft crosses a length threshold: not on every keystroke. */
export class LengthLevel {
  #level: 'ok' | 'near' | 'over' = 'ok';

  /** The words to announce when `status` is at another level than last time, else undefined. */
  cross(status: LengthStatus | undefined, t: ComposerTerms): string | undefined {
    const level = status ? lengthLevel(status) : 'ok';
    const was = this.#level;
    this.#level = level;
    if (level === was) return undefined;
    if (level === 'over') return t.announce.overBy(-status!.remaining!);
    if (level === 'near') return t.announce.left(status!.remaining!);
    return was === 'over' ? t.announce.backWithin : undefined;
  }
}

/**
 * What the reply checks need to know: the messages, the brand's numbers, and the agent writing (the
 * conversation's assignee, whose own name in a reply is a signature, not a colleague).
 */
export function reviewContextFor(conversation: Conversation | undefined, messages: readonly Message[], channel: Channel, serviceNumbers?: readonly string[]): ReplyContext {
  const assignee = conversation?.assigneeId;
  const agent = assignee ? messages.find((m) => m.author.id === assignee)?.author : undefined;
  return { channel, messages, ...(agent ? { agent } : {}), ...(serviceNumbers ? { serviceNumbers } : {}) };
}

/** The channels to reply on; those that can't be replied on now are disabled with the reason. */
export function channelPicker(
  channels: readonly Channel[],
  selected: string | undefined,
  verdicts: ReadonlyMap<string, ReplyVerdict>,
  choose: (id: string) => void,
  locked: boolean,
  t: ComposerTerms,
): TemplateResult {
  return html`<fieldset part="channels">
    <legend>${t.replyOn}</legend>
    ${channels.map((c) => {
      const verdict = verdicts.get(c.id);
      const why = verdict && !verdict.ok ? verdict.reason : undefined;
      return html`<div class="channel">
        <input type="radio" name="channel" id="channel-${c.id}" .value=${c.id} .checked=${live(c.id === selected)} ?disabled=${!!why || locked}
          aria-describedby=${why ? `why-${c.id}` : nothing} @change=${() => choose(c.id)} />
        <label for="channel-${c.id}">${c.name} <span class="visibility">(${t.visibility[audienceOf(c)]})</span></label>
        ${why ? html`<span class="why" id="why-${c.id}">${why}</span>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

const AUDIENCE_ICONS: Record<Audience, string> = { internal: '🔒', private: '✉', public: '🌐' };

/** Who will read the text, in words beside the box (with an icon and, for notes, a style of its own). */
export function audienceView(channel: Channel | undefined, t: ComposerTerms): TemplateResult | typeof nothing {
  if (!channel) return nothing;
  const audience = audienceOf(channel);
  const words = audience === 'internal' ? t.audience.internal : t.audience[audience](channel.name);
  return html`<p part="audience" id="audience" data-audience=${audience}><span aria-hidden="true">${AUDIENCE_ICONS[audience]} </span>${words}</p>`;
}

/** "243 characters left", "12 over the limit" or why the platform refuses the text, with a sign, never colour alone. */
export function counter(status: LengthStatus | undefined, t: ComposerTerms, counting = false): TemplateResult {
  // While the counters load (first keystroke, or a draft restored with text): a placeholder in the same place.
  if (counting) return html`<span part="counter" id="counter" data-level="counting" aria-busy="true">…</span>`;
  if (!status || status.remaining === null) return html`<span part="counter" id="counter"></span>`;
  const level = status.over || (status.valid || status.length === 0 ? lengthLevel(status) : 'over');
  const words = status.over
    ? t.overLimit(-status.remaining, status.max!)
    : status.valid || status.length === 0
      ? t.charactersLeft(status.remaining, status.max!)
      : t.refusedCharacters;
  return html`<span part="counter" id="counter" data-level=${level}>${level === 'ok' ? nothing : html`<span aria-hidden="true">⚠ </span>`}${words}</span>`;
}

/** The reply to send: a private reply names its comment; a public reply answers the customer's last post there. */
export function outgoing(
  conversation: Conversation,
  channel: Channel,
  verdict: ReplyVerdict,
  messages: readonly Message[],
  text: string,
  clientId: string,
): OutgoingMessage {
  const lastOnChannel = [...messages].reverse().find((m) => m.channelId === channel.id && m.author.role === 'customer');
  const inReplyTo = (verdict.ok && verdict.privateReplyTo) || (channel.public ? lastOnChannel?.id : undefined);
  return {
    clientId,
    conversationId: conversation.id,
    channelId: channel.id,
    visibility: audienceOf(channel),
    text,
    ...(inReplyTo ? { inReplyTo } : {}),
  };
}

/** Sending state in words; a failure says, in plain words, what went wrong and that the text is kept (the send button retries). */
export function statusView(state: 'idle' | 'checking' | 'pending' | 'failed', error: AdapterError | undefined, t: ComposerTerms, errors: ErrorTerms): TemplateResult {
  const words =
    state === 'pending'
      ? t.sending
      : state === 'checking'
        ? t.checking
        : state === 'failed'
          ? html`<span aria-hidden="true">⚠ </span>${t.notSent(error && plainWords(error, t.subjects.send, errors))}`
          : nothing;
  return html`<span part="status">${words}</span>`;
}

/** The technical detail of a failed send, for whoever supports the agent, behind a disclosure. */
export function sendDetail(error: AdapterError | undefined, errors: ErrorTerms): TemplateResult | typeof nothing {
  return error
    ? html`<details part="error-detail"><summary>${errors.details}</summary><pre>${technicalDetail(error)}</pre></details>`
    : nothing;
}

/** Why a reply is not possible on the chosen channel, or what to know before replying there. */
export function verdictView(verdict: ReplyVerdict | undefined, closed: boolean): TemplateResult | typeof nothing {
  if (verdict && !verdict.ok) return closed ? nothing : html`<p part="reason" id="reason"><span aria-hidden="true">⛔ </span>${verdict.reason}</p>`;
  return verdict?.note ? html`<p part="note">${verdict.note}</p>` : nothing;
}

export interface EditorView {
  /** Writing the internal note. */
  note: boolean;
  channel: Channel | undefined;
  text: string;
  pending: boolean;
  checking: boolean;
  failed: boolean;
  blocked: boolean;
  describedBy: string;
  length: LengthStatus | undefined;
  /** The counters are still loading: the length is not known yet. */
  counting?: boolean;
  /** Why the last send failed, when it did. */
  error: AdapterError | undefined;
  t: ComposerTerms;
  errors: ErrorTerms;
  edit(text: string): void;
  useInReply(): void;
  send(): void;
}

/** The reply after inserting `text` at the caret of `area` (replacing a selection), at the end without one; and the caret after it. */
export function textAtCaret(current: string, text: string, area: HTMLTextAreaElement | undefined): { text: string; at: number } {
  const start = area ? area.selectionStart : current.length;
  const end = area ? area.selectionEnd : current.length;
  return { text: current.slice(0, start) + text + current.slice(end), at: start + text.length };
}

/** Ctrl/Cmd+Enter sends. */
function sendKey(event: KeyboardEvent, send: () => void): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  send();
}

/** The text box with its label, the counter, the sending state and the buttons. */
export function editorView(v: EditorView): TemplateResult {
  const { t } = v;
  const state = v.pending ? 'pending' : v.failed ? 'failed' : v.checking ? 'checking' : 'idle';
  return html`<label for="text">${v.note ? t.noteLabel : t.replyLabel(v.channel?.name)}</label>
    <textarea id="text" part="textarea" rows="4" data-audience=${v.note ? 'internal' : 'reply'} .value=${live(v.text)} ?readonly=${v.pending || v.checking}
      aria-describedby=${v.describedBy} @input=${(e: Event) => v.edit((e.target as HTMLTextAreaElement).value)} @keydown=${(e: KeyboardEvent) => sendKey(e, v.send)}></textarea>
    <div class="footer">
      ${counter(v.length, t, v.counting)} ${statusView(state, v.error, t, v.errors)}
      ${v.note && v.text.trim() && !v.pending ? html`<button type="button" class="use" @click=${v.useInReply}>${t.useInReply}</button>` : nothing}
      <button part="send" type="button" ?disabled=${v.blocked} @click=${v.send}>${v.pending ? t.sending : v.failed ? t.retry : v.note ? t.addNote : t.send}</button>
    </div>
    ${state === 'failed' ? sendDetail(v.error, v.errors) : nothing}`;
}
