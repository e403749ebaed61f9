import { html, nothing, type TemplateResult } from 'lit';
import type { Channel } from '../../model/channel.js';
import type { Conversation, MoveStepResult } from '../../model/conversation.js';
import type { MoveController } from './move-controller.js';
import { composerEn } from '../../i18n/composer-terms.js';

const t = composerEn.move;

const ICONS: Record<MoveStepResult['status'], string> = { done: '✓', skipped: '–', failed: '✕' };

const step = (s: MoveStepResult): TemplateResult =>
  html`<li data-step=${s.step} data-status=${s.status}>
    ${t.steps[s.step]}: <span aria-hidden="true">${ICONS[s.status]}</span> ${t.status[s.status]}${s.error ? html` (${s.error})` : nothing}
  </li>`;

/** The move to private: the acknowledgement to post publicly, then each step's result. */
export function moveView(move: MoveController, conversation: Conversation, from: Channel, text: string): TemplateResult | typeof nothing {
  if (move.phase === 'closed') return nothing;
  const busy = move.phase === 'running';
  const editable = move.phase === 'editing';
  return html`<section part="move" aria-labelledby="move-title">
    <h3 id="move-title">${t.title}</h3>
    ${editable
      ? html`<label for="ack">${t.publicReply(from.name)}</label>
          <textarea id="ack" rows="2" .value=${move.acknowledgement} @input=${(e: Event) => move.editAcknowledgement((e.target as HTMLTextAreaElement).value)}></textarea>
          <p>${t.thenPrivate}</p>`
      : nothing}
    ${editable && move.findings?.length
      ? html`<ul class="findings">
          ${move.findings.map((f) => html`<li data-kind=${f.kind} data-rule=${f.rule}>${f.message}</li>`)}
        </ul>`
      : nothing}
    ${move.result ? html`<ul class="steps">${move.result.steps.map(step)}</ul>` : nothing}
    ${move.error ? html`<p class="problem"><span aria-hidden="true">⚠ </span>${move.error}</p>` : nothing}
    ${move.phase === 'handed-over' && !move.error ? html`<p>${t.handedOver}</p>` : nothing}
    ${move.phase === 'done' ? html`<p>${t.done}</p>` : nothing}
    <div class="actions">
      ${editable ? html`<button type="button" @click=${() => move.start(conversation, from, text)}>${move.findings?.length ? t.startAnyway : t.start}</button>` : nothing}
      ${move.phase === 'failed' ? html`<button type="button" @click=${() => move.retry()}>${t.retry}</button>` : nothing}
      ${busy ? html`<span>${t.running}</span>` : html`<button type="button" @click=${() => move.reset()}>${editable || move.phase === 'failed' ? t.cancel : t.close}</button>`}
    </div>
  </section>`;
}
