import { html, nothing, type TemplateResult } from 'lit';
import type { Channel } from '../../model/channel.js';
import type { Conversation, MoveStepName, MoveStepResult } from '../../model/conversation.js';
import type { MoveController } from './move-controller.js';

const STEP_NAMES: Record<MoveStepName, string> = {
  'public-acknowledgement': 'Public acknowledgement',
  'private-channel': 'Private message',
  link: 'Secure link',
  audit: 'Note in the conversation',
};

const STATUS: Record<MoveStepResult['status'], [icon: string, words: string]> = {
  done: ['✓', 'Done'],
  skipped: ['–', 'Skipped'],
  failed: ['✕', 'Failed'],
};

const step = (s: MoveStepResult): TemplateResult =>
  html`<li data-step=${s.step} data-status=${s.status}>
    ${STEP_NAMES[s.step]}: <span aria-hidden="true">${STATUS[s.status][0]}</span> ${STATUS[s.status][1]}${s.error ? html` (${s.error})` : nothing}
  </li>`;

/** The move to private: the acknowledgement to post publicly, then each step's result. */
export function moveView(move: MoveController, conversation: Conversation, from: Channel, text: string): TemplateResult | typeof nothing {
  if (move.phase === 'closed') return nothing;
  const busy = move.phase === 'running';
  const editable = move.phase === 'editing';
  return html`<section part="move" aria-labelledby="move-title">
    <h3 id="move-title">Move to private</h3>
    ${editable
      ? html`<label for="ack">Public reply on ${from.name}</label>
          <textarea id="ack" rows="2" .value=${move.acknowledgement} @input=${(e: Event) => (move.acknowledgement = (e.target as HTMLTextAreaElement).value)}></textarea>
          <p>Your reply is then sent privately, not posted.</p>`
      : nothing}
    ${move.result ? html`<ul class="steps">${move.result.steps.map(step)}</ul>` : nothing}
    ${move.error ? html`<p class="problem"><span aria-hidden="true">⚠ </span>${move.error}</p>` : nothing}
    ${move.phase === 'handed-over' && !move.error ? html`<p>Your desktop is moving the conversation to private.</p>` : nothing}
    ${move.phase === 'done' ? html`<p>Moved to private. Your reply was sent privately.</p>` : nothing}
    <div class="actions">
      ${editable ? html`<button type="button" @click=${() => move.start(conversation, from, text)}>Post and send privately</button>` : nothing}
      ${move.phase === 'failed' ? html`<button type="button" @click=${() => move.retry()}>Retry failed steps</button>` : nothing}
      ${busy ? html`<span>Moving…</span>` : html`<button type="button" @click=${() => move.reset()}>${editable || move.phase === 'failed' ? 'Cancel' : 'Close'}</button>`}
    </div>
  </section>`;
}
