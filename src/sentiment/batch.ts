/**
 * Scores many texts that are asked for one by one (a thread rendering its messages) in as few calls as
 * possible: every text asked for in the same task goes to `scoreTexts` together, one call per language,
 * so a host's `SentimentService` sees one request per render, not one per message. Plain TypeScript, no DOM.
 */
import type { SentimentScore } from '../model/sentiment.js';
import type { Adapter } from '../ports/ports.js';
import { scoreTexts } from './score.js';

interface Waiting {
  resolve(score: SentimentScore): void;
  reject(error: unknown): void;
}

/**
 * Batches and caches scores for one adapter. Aborting `signal` stops it for good (what is waiting rejects).
 * A text whose scoring failed is not asked for again: it shows no score, as with no service at all.
 */
export class SentimentBatcher {
  /** The adapter whose service scores (the built-in analyzer when it has none). */
  readonly adapter: Adapter | undefined;
  readonly #signal: AbortSignal | undefined;
  /** Settled scores, so a message rendered again (virtualized rows come and go) shows at once. */
  readonly #scores = new Map<string, SentimentScore>();
  readonly #inFlight = new Map<string, Promise<SentimentScore>>();
  readonly #failed = new Map<string, Promise<SentimentScore>>();
  /** language → text → who waits for it. */
  #queue = new Map<string, Map<string, Waiting[]>>();
  #scheduled = false;
  /** How many calls to `scoreTexts` were made; for tests and diagnostics. */
  calls = 0;

  /** Told once per failed call (a batch), e.g. to report it as `cx-adapter-error`. */
  readonly #onError?: (error: unknown) => void;

  constructor(adapter: Adapter | undefined, options: { signal?: AbortSignal; onError?: (error: unknown) => void } = {}) {
    this.adapter = adapter;
    this.#signal = options.signal;
    this.#onError = options.onError;
  }

  /** The score of a text already scored, if any. */
  peek(text: string, language?: string): SentimentScore | undefined {
    return this.#scores.get(key(text, language));
  }

  /** Scores a text, together with every other text asked for in the same task. */
  score(text: string, language?: string): Promise<SentimentScore> {
    const k = key(text, language);
    const done = this.#scores.get(k);
    if (done) return Promise.resolve(done);
    const running = this.#inFlight.get(k) ?? this.#failed.get(k);
    if (running) return running;
    const promise = new Promise<SentimentScore>((resolve, reject) => {
      const texts = this.#queue.get(language ?? '') ?? new Map<string, Waiting[]>();
      this.#queue.set(language ?? '', texts);
      texts.set(text, [...(texts.get(text) ?? []), { resolve, reject }]);
    });
    this.#inFlight.set(k, promise);
    promise
      .then(
        (score) => this.#scores.set(k, score),
        () => this.#failed.set(k, promise),
      )
      .finally(() => this.#inFlight.delete(k));
    if (!this.#scheduled) {
      this.#scheduled = true;
      setTimeout(() => this.#flush(), 0);
    }
    return promise;
  }

  #flush(): void {
    this.#scheduled = false;
    const queue = this.#queue;
    this.#queue = new Map();
    for (const [language, waiting] of queue) {
      const texts = [...waiting.keys()];
      this.calls += 1;
      const options = language ? { signal: this.#signal, language } : { signal: this.#signal };
      scoreTexts(this.adapter, texts, options).then(
        (scores) => texts.forEach((text, i) => waiting.get(text)!.forEach((w) => w.resolve(scores[i]!))),
        (error: unknown) => {
          if (!this.#signal?.aborted) this.#onError?.(error);
          waiting.forEach((list) => list.forEach((w) => w.reject(error)));
        },
      );
    }
  }
}

const key = (text: string, language: string | undefined) => `${language ?? ''}\u0000${text}`;
