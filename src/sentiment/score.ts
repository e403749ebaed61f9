/**
 * Scores texts with whatever the desktop offers: the host's `SentimentService` when the adapter has
 * `sentiment.analyze` (its results normalised onto −1..1 with `normalizeRaw`), otherwise the built-in
 * analyzer, loaded on first use. Plain TypeScript, no DOM.
 *
 * The analyzer and its lexicon are only ever imported dynamically (through `loadAnalyzer()`), so a
 * page whose adapter supplies scores never downloads them.
 */
import type { SentimentScore } from '../model/sentiment.js';
import { AbortedError, InvalidDataError, throwIfAborted } from '../ports/errors.js';
import type { Adapter } from '../ports/ports.js';
import { loadAnalyzer } from './load.js';
import { normalizeRaw } from './normalize.js';

export interface ScoreTextsOptions {
  /** Aborting it rejects with an `AbortedError`, even when the host's service ignores the signal. */
  signal?: AbortSignal;
  /** Language of the texts (BCP 47). The built-in analyzer throws a `RangeError` for one it has no pack for. */
  language?: string;
}

/** Rejects as soon as `signal` aborts, whatever `promise` does. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortedError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * One score per text, in order. Scores from the host are marked `source: 'adapter'`, those of the
 * built-in analyzer `source: 'built-in'`. Fails with the adapter's error (an `AdapterError` when the
 * adapter came from `createAdapter`), an `InvalidDataError` for a result that cannot be normalised or
 * a wrong number of results, or an `AbortedError`.
 */
export async function scoreTexts(adapter: Adapter | undefined, texts: string[], options: ScoreTextsOptions = {}): Promise<SentimentScore[]> {
  const { signal, language } = options;
  throwIfAborted(signal);
  if (texts.length === 0) return [];
  const service = adapter?.has('sentiment.analyze') ? adapter.sentiment : undefined;
  if (service) {
    const raw = await abortable(service.analyze(texts, language === undefined ? { signal } : { signal, language }), signal);
    throwIfAborted(signal);
    if (!Array.isArray(raw) || raw.length !== texts.length)
      throw new InvalidDataError('sentiment.analyze', 'the result', `must be an array of ${texts.length} results`);
    return raw.map((result, i) => {
      try {
        return { ...normalizeRaw(result), source: 'adapter' as const };
      } catch (error) {
        const why = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
        throw new InvalidDataError('sentiment.analyze', `[${i}]`, `cannot be normalised (${why})`);
      }
    });
  }
  const { analyze } = await abortable(loadAnalyzer(), signal);
  throwIfAborted(signal);
  return texts.map((text) => ({ ...analyze(text, language === undefined ? {} : { language }), source: 'built-in' as const }));
}
