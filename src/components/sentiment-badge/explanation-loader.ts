import type * as Explanation from './explanation.js';

export type ExplanationModule = typeof Explanation;

/**
 * The badge's explanation (./explanation.ts, with its styles) is downloaded the first time a badge is
 * hovered, focused or opened; `value` is set once it is in. `load` is a seam for tests, which replace it
 * to hold the download (and reset `value` and `loading`); pages leave it alone.
 * @internal
 */
export const badgeExplanation: {
  value?: ExplanationModule;
  loading?: Promise<ExplanationModule>;
  load: () => Promise<ExplanationModule>;
} = { load: () => import('./explanation.js') };

/** Loads the explanation once; later calls share the promise, and a failed download is tried again next time. */
export function loadExplanation(): Promise<ExplanationModule> {
  const loading = (badgeExplanation.loading ??= badgeExplanation.load().then((m) => (badgeExplanation.value = m)));
  loading.catch(() => {
    if (badgeExplanation.loading === loading) badgeExplanation.loading = undefined;
  });
  return loading;
}
