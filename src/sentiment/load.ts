import type { analyze } from './index.js';

let loading: Promise<{ analyze: typeof analyze }> | undefined;

/**
 * Loads the built-in analyzer (and its lexicon) on first use, as a separate chunk; later calls share
 * the same promise. A page whose adapter supplies scores never calls this and never downloads it.
 */
export function loadAnalyzer(): Promise<{ analyze: typeof analyze }> {
  loading ??= import('./index.js').then((m) => ({ analyze: m.analyze }));
  loading.catch(() => (loading = undefined)); // let a failed download be retried
  return loading;
}
