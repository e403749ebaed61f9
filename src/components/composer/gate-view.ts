import { html, nothing, type TemplateResult } from 'lit';
import { audienceOf } from '../../compose/audience.js';
import type { ReplyFinding } from '../../compose/review.js';
import type { Channel } from '../../model/channel.js';
import type { Message } from '../../model/message.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';

/** An inline confirmation the composer waits for. */
export type Gate =
  | { kind: 'stale'; messages: Message[] }
  /** What `reviewReply` found in the text about to be sent on `channel`. */
  | { kind: 'review'; findings: ReplyFinding[]; text: string; channel: Channel }
  /** The text would reach more people than it was written for: a channel switch, or a note used in the reply. */
  | { kind: 'widen'; from: Channel; to: Channel; into: 'channel' | 'reply' };

export interface GateActions {
  /** A private channel of the conversation that can be replied on now. */
  privateChannel: Channel | undefined;
  confirm(): void;
  dismiss(): void;
  replyPrivately(): void;
  move(): void;
}

/** Hides the middle of personal data: enough to recognise it, not enough to read it out to the room. */
export const mask = (text: string) => (text.length <= 6 ? '•••' : `${text.slice(0, 2)}•••${text.slice(-4)}`);

const icon = html`<span aria-hidden="true">⚠ </span>`;

function finding(f: ReplyFinding, text: string): TemplateResult {
  const shown = f.kind === 'pii' ? `: ${f.spans.map((s) => mask(text.slice(s.start, s.end))).join(', ')}` : '';
  return html`<li data-kind=${f.kind} data-rule=${f.rule}>${f.message}${shown}</li>`;
}

/** The confirmation before a stale reply, a reply with findings, or a text shown to more people than it was written for. */
export function gateView(gate: Gate, a: GateActions, t: ComposerTerms): TemplateResult {
  if (gate.kind === 'stale') {
    const n = gate.messages.length;
    return html`<section part="warning" role="group" aria-labelledby="gate-title" data-gate="stale">
      <h3 id="gate-title">${icon}${t.staleTitle}</h3>
      <p>${t.staleCount(n)}: “${gate.messages[n - 1]!.text}”</p>
      <div class="actions">
        <button type="button" @click=${a.confirm}>${t.sendAnyway}</button>
        <button type="button" @click=${a.dismiss}>${t.keepEditing}</button>
      </div>
    </section>`;
  }
  if (gate.kind === 'widen') {
    const from = audienceOf(gate.from);
    const to = audienceOf(gate.to) === 'public' ? 'public' : 'private';
    // The safe choice comes first and takes the focus: Enter keeps the text where it was written.
    return html`<section part="warning" role="group" aria-labelledby="gate-title" aria-describedby="gate-text" data-gate="widen">
      <h3 id="gate-title">${icon}${t.widen.title(to)}</h3>
      <p id="gate-text">${t.widen.writtenAs(from, gate.from.name)} ${t.widen.question(to, gate.to.name, gate.into)}</p>
      <div class="actions">
        <button type="button" data-safe @click=${a.dismiss}>${t.widen.keep(from, gate.from.name)}</button>
        <button type="button" @click=${a.confirm}>${t.widen.go(to, gate.to.name)}</button>
      </div>
    </section>`;
  }
  const open = gate.channel.public;
  return html`<section part="warning" role="group" aria-labelledby="gate-title" data-gate="review">
    <h3 id="gate-title">${icon}${open ? t.publicTitle(gate.channel.name) : t.privateTitle(gate.channel.name)}</h3>
    <ul>
      ${gate.findings.map((f) => finding(f, gate.text))}
    </ul>
    <div class="actions">
      <button type="button" data-safe @click=${a.dismiss}>${t.keepEditing}</button>
      ${open && a.privateChannel ? html`<button type="button" @click=${a.replyPrivately}>${t.replyPrivately(a.privateChannel.name)}</button>` : nothing}
      ${open ? html`<button type="button" @click=${a.move}>${t.moveToPrivate}</button>` : nothing}
      <button type="button" @click=${a.confirm}>${open ? t.postAnyway : t.sendAnyway}</button>
    </div>
  </section>`;
}
