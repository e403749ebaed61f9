import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation } from '../../model/conversation.js';
import type { ReopenController } from './reopen-controller.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import { plainWords } from '../../internal/error-view.js';

/**
 * A closed conversation says so (nothing can be sent) and a resolved one is noted; both offer to reopen where
 * the host can change the status, with the failure in words when it could not.
 */
export function statusLine(conversation: Conversation, reopen: ReopenController, closed: boolean, onReopen: () => void, t: ComposerTerms, errors: ErrorTerms): TemplateResult | typeof nothing {
  const resolved = !closed && reopen.status(conversation) === 'resolved';
  if (!closed && !resolved) return nothing;
  const action = reopen.available
    ? html`<button type="button" class="reopen" ?disabled=${reopen.running} @click=${onReopen}>${reopen.running ? t.reopening : t.reopen}</button>`
    : nothing;
  const problem = reopen.error ? html`<span class="problem"><span aria-hidden="true">⚠ </span>${plainWords(reopen.error, t.subjects.reopen, errors)}</span>` : nothing;
  return closed
    ? html`<p part="reason" id="reason" data-status="closed"><span aria-hidden="true">⛔ </span>${t.closed} ${action} ${problem}</p>`
    : html`<p part="note" data-status="resolved">${t.resolved} ${action} ${problem}</p>`;
}
