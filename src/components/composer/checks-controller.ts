import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { composerChecks, loadChecks } from '../../compose/checks-loader.js';
import type { ReplyContext, ReplyFinding } from '../../compose/review.js';
import type { ComposerTerms } from '../../i18n/composer-terms.js';
import type { ErrorTerms } from '../../i18n/error-terms.js';
import { ChecksDownload } from '../../internal/checks-download.js';
import { errorView } from '../../internal/error-view.js';
import { toneAnalyzer } from './tone-loader.js';

/**
 * The composer's length counters and reply checks (`reviewReply`), downloaded on first use
 * (`ChecksDownload`, shared with `<cx-move-to-private>`), and what happens when that download fails.
 *
 * A failed download is shown in plain words with a Retry that downloads again. Until the checks are in,
 * nothing is sent: the length of the text is not known and the reply could not be checked for personal
 * data, tone or text meant for the team, and a public reply is read by anyone. The agent may still
 * choose, explicitly and for this exact text, to send it without the checks ("Send without the checks"):
 * an agent whose network keeps failing must not be stuck, but nothing goes out unchecked on its own.
 * Another text (the agent typed on) needs the checks, or the choice, again.
 */
export class ChecksController extends ChecksDownload {
  /** The text the agent chose to send without the checks. */
  #unchecked?: string;

  constructor(host: ReactiveControllerHost) {
    super(host, 'cx-composer');
  }

  /** Runs the reply checks (`reviewReply`) on a text; rejects, the failure shown, when they could not be downloaded. */
  async review(text: string, context: ReplyContext): Promise<ReplyFinding[]> {
    const checks = await loadChecks().catch((error: unknown) => {
      this.failed(error);
      throw error;
    });
    return checks.reviewReply(text, context, toneAnalyzer.load ?? checks.loadReplyTone);
  }

  /** The agent chose to send `text` without the checks (see above). */
  allowUnchecked(text: string): void {
    this.#unchecked = text;
  }

  /** Whether `text` may go out without the checks: they are not in, and the agent chose so for this very text. */
  unchecked(text: string): boolean {
    return !composerChecks.value && this.error !== undefined && this.#unchecked === text;
  }

  /** Another conversation: the choice was for a text of the previous one. */
  reset(): void {
    this.#unchecked = undefined;
  }

  /**
   * The failure, when the checks are needed (a text in the box): plain words, Retry, the technical detail
   * behind a disclosure, what a send without them misses, and the explicit choice to send anyway.
   */
  view(needed: boolean, canSend: boolean, sendUnchecked: () => void, t: ComposerTerms, errors: ErrorTerms): TemplateResult | typeof nothing {
    if (this.error === undefined || composerChecks.value || !needed) return nothing;
    return html`<div part="checks-error" class="checks-error">
      ${errorView(this.error, { subject: t.subjects.checks, terms: errors, onRetry: () => void this.retry() })}
      <p class="unchecked-note">${t.uncheckedNote}</p>
      ${canSend ? html`<button type="button" class="send-unchecked" @click=${sendUnchecked}>${t.sendUnchecked}</button>` : nothing}
    </div>`;
  }
}
