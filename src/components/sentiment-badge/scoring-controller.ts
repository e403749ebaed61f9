import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SentimentScore } from '../../model/sentiment.js';
import type { Adapter } from '../../ports/ports.js';

export type ScoringStatus = 'idle' | 'loading' | 'done' | 'error';

/**
 * Scores one text for its host through `scoreTexts` (the adapter's service, else the lazily loaded
 * built-in analyzer), itself loaded with the first text to score. Tracking another text or adapter aborts the scoring in flight; so does
 * disconnecting the host, which scores again when it comes back.
 */
export class SentimentScoringController implements ReactiveController {
  status: ScoringStatus = 'idle';
  value?: SentimentScore;
  error?: unknown;
  readonly #host: ReactiveControllerHost;
  #text?: string;
  #adapter?: Adapter;
  #tracked = false;
  #run?: AbortController;

  /** Where a failed call to the adapter's sentiment service is reported (`cx-adapter-error`). */
  readonly #report?: (operation: string, error: unknown) => void;

  constructor(host: ReactiveControllerHost, report?: (operation: string, error: unknown) => void) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
  }

  /** Call on every update (e.g. in `willUpdate`); scores again only when text or adapter changed. */
  track(text: string | undefined, adapter: Adapter | undefined): void {
    if (this.#tracked && text === this.#text && adapter === this.#adapter) return;
    this.#tracked = true;
    this.#text = text;
    this.#adapter = adapter;
    this.#start();
  }

  /** Scores the tracked text again (after an error). */
  retry(): void {
    this.#start();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (!this.#tracked) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status !== 'loading') return;
    this.#run?.abort();
    this.#tracked = false;
    this.status = 'idle';
  }

  #start(): void {
    this.#run?.abort();
    this.#run = undefined;
    this.value = undefined;
    this.error = undefined;
    if (this.#text === undefined) {
      this.status = 'idle';
      return;
    }
    const run = (this.#run = new AbortController());
    this.status = 'loading';
    // The scoring path (the adapter's service or the built-in analyzer) is downloaded on first use too.
    const [text, adapter] = [this.#text, this.#adapter];
    import('../../sentiment/score.js')
      .then(({ scoreTexts }) => scoreTexts(adapter, [text], { signal: run.signal }))
      .then(
        ([score]) => this.#settle(run, 'done', score, undefined),
        (error: unknown) => {
          if (!run.signal.aborted && adapter?.has('sentiment.analyze')) this.#report?.('sentiment.analyze', error);
          this.#settle(run, 'error', undefined, error);
        },
      );
  }

  #settle(run: AbortController, status: ScoringStatus, value: SentimentScore | undefined, error: unknown): void {
    if (run.signal.aborted) return;
    this.status = status;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }
}
