/**
 * The sentiment scores a thread's messages show: one batcher per conversation and adapter. Split out of
 * `<cx-conversation-thread>`, which hands the batcher to its rows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Adapter } from '../ports/ports.js';
import { SentimentBatcher } from '../sentiment/batch.js';
import type { ProblemReport } from './left-out.js';

/**
 * Scores a thread's messages in batches through the adapter's `sentiment.analyze`. Another conversation
 * (or adapter) gets a new batcher and stops the old one; so does the thread leaving the page. A failed
 * analysis is reported when the adapter offers the analysis (otherwise there is nothing to report).
 */
export class ThreadScoring implements ReactiveController {
  readonly #problems: Pick<ProblemReport, 'failed'>;
  #abort = new AbortController();
  #scorer = new SentimentBatcher(undefined);

  constructor(host: ReactiveControllerHost, problems: Pick<ProblemReport, 'failed'>) {
    this.#problems = problems;
    host.addController(this);
  }

  /** The batcher of the conversation loaded now. */
  get scorer(): SentimentBatcher {
    return this.#scorer;
  }

  /** Another conversation or adapter: a new batcher, the old one stopped. */
  reset(adapter: Adapter | undefined): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    this.#scorer = new SentimentBatcher(adapter, {
      signal: this.#abort.signal,
      onError: (error) => void (adapter?.has('sentiment.analyze') && this.#problems.failed('sentiment.analyze', error)),
    });
  }

  hostDisconnected(): void {
    this.#abort.abort();
  }
}
