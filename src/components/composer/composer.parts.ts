import { html, nothing, type TemplateResult } from 'lit';
import type { LengthStatus } from '../../compose/length.js';
import type { PiiFinding } from '../../compose/pii.js';
import type { ReplyVerdict } from '../../compose/reply-rules.js';
import type { StockWarning } from '../../compose/stock.js';
import type { ToneWarning } from '../../compose/tone.js';
import type { Channel } from '../../model/channel.js';
import type { Conversation } from '../../model/conversation.js';
import type { Message, OutgoingMessage } from '../../model/message.js';
import { composerEn as t } from '../../i18n/composer-terms.js';

/** An inline confirmation the send waits for. */
export type Gate =
  | { kind: 'stale'; messages: Message[] }
  | { kind: 'public'; findings: PiiFinding[]; tone: ToneWarning | null; stock: StockWarning | null };

export const lengthLevel = (s: LengthStatus): 'ok' | 'near' | 'over' => (s.over ? 'over' : s.near ? 'near' : 'ok');

/** The channels to reply on; those that can't be replied on now are disabled with the reason. */
export function channelPicker(
  channels: readonly Channel[],
  selected: string | undefined,
  verdicts: ReadonlyMap<string, ReplyVerdict>,
  choose: (id: string) => void,
  locked: boolean,
): TemplateResult {
  return html`<fieldset part="channels">
    <legend>${t.replyOn}</legend>
    ${channels.map((c) => {
      const verdict = verdicts.get(c.id);
      const why = verdict && !verdict.ok ? verdict.reason : undefined;
      return html`<div class="channel">
        <input type="radio" name="channel" id="channel-${c.id}" .value=${c.id} .checked=${c.id === selected} ?disabled=${!!why || locked}
          aria-describedby=${why ? `why-${c.id}` : nothing} @change=${() => choose(c.id)} />
        <label for="channel-${c.id}">${c.name} <span class="visibility">(${t.visibility[c.kind === 'note' ? 'internal' : c.public ? 'public' : 'private']})</span></label>
        ${why ? html`<span class="why" id="why-${c.id}">${why}</span>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

/** "243 characters left" or "12 over the limit", with a sign, never colour alone. */
export function counter(status: LengthStatus | undefined): TemplateResult {
  if (!status || status.remaining === null) return html`<span part="counter" id="counter"></span>`;
  const level = lengthLevel(status);
  const words = status.over ? t.overLimit(-status.remaining, status.max!) : t.charactersLeft(status.remaining, status.max!);
  return html`<span part="counter" id="counter" data-level=${level}>${level === 'ok' ? nothing : html`<span aria-hidden="true">⚠ </span>`}${words}</span>`;
}

/** Hides the middle of a finding: enough to recognise it, not enough to read it out to the room. */
const mask = (text: string) => (text.length <= 6 ? '•••' : `${text.slice(0, 2)}•••${text.slice(-4)}`);

export interface GateActions {
  channel: Channel | undefined;
  /** A private channel of the conversation that can be replied on now. */
  privateChannel: Channel | undefined;
  confirm(): void;
  dismiss(): void;
  replyPrivately(): void;
  move(): void;
}

/** The confirmation before a stale reply or a risky public post. */
export function gateView(gate: Gate, a: GateActions): TemplateResult {
  if (gate.kind === 'stale') {
    const n = gate.messages.length;
    return html`<section part="warning" role="group" aria-labelledby="gate-title">
      <h3 id="gate-title"><span aria-hidden="true">⚠ </span>${t.staleTitle}</h3>
      <p>${t.staleCount(n)}: “${gate.messages[n - 1]!.text}”</p>
      <div class="actions">
        <button type="button" @click=${a.confirm}>${t.sendAnyway}</button>
        <button type="button" @click=${a.dismiss}>${t.keepEditing}</button>
      </div>
    </section>`;
  }
  return html`<section part="warning" role="group" aria-labelledby="gate-title">
    <h3 id="gate-title"><span aria-hidden="true">⚠ </span>${t.publicTitle(a.channel?.name ?? '')}</h3>
    <ul>
      ${gate.findings.map((f) => html`<li data-kind=${f.kind}>${f.label}: ${mask(f.text)}</li>`)}
      ${gate.tone
        ? html`<li data-kind="tone">${gate.tone.message}${gate.tone.drivers.length ? ` (${gate.tone.drivers.map((d) => `“${d}”`).join(', ')})` : ''}</li>`
        : nothing}
      ${gate.stock
        ? html`<li data-kind="stock">${gate.stock.message}${gate.stock.phrases.length ? ` (${gate.stock.phrases.map((p) => `“${p}”`).join(', ')})` : ''}</li>`
        : nothing}
    </ul>
    <div class="actions">
      ${a.privateChannel ? html`<button type="button" @click=${a.replyPrivately}>${t.replyPrivately(a.privateChannel.name)}</button>` : nothing}
      <button type="button" @click=${a.move}>${t.moveToPrivate}</button>
      <button type="button" @click=${a.confirm}>${t.postAnyway}</button>
      <button type="button" @click=${a.dismiss}>${t.keepEditing}</button>
    </div>
  </section>`;
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
    visibility: channel.kind === 'note' ? 'internal' : channel.public ? 'public' : 'private',
    text,
    ...(inReplyTo ? { inReplyTo } : {}),
  };
}

/** Sending state in words; a failure says the text is kept. */
export function statusView(state: 'idle' | 'checking' | 'pending' | 'failed', error: string | undefined): TemplateResult {
  const words =
    state === 'pending'
      ? t.sending
      : state === 'checking'
        ? t.checking
        : state === 'failed'
          ? html`<span aria-hidden="true">⚠ </span>${t.notSent(error)}`
          : nothing;
  return html`<span part="status">${words}</span>`;
}
