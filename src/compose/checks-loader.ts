import type * as Checks from './checks.js';

export type ComposerChecks = typeof Checks;

/**
 * The rule engines (./checks.ts) are downloaded on first use: in the composer the first keystroke, a
 * draft that already holds text, or a send (an empty composer never needs them, see `emptyLength`); in
 * `<cx-move-to-private>` the opening of its dialog. `value` is
 * set once they are in. `load` is a seam for tests, which replace it to hold the download (and reset
 * `value` and `loading`); pages leave it alone.
 * @internal
 */
export const composerChecks: {
  value?: ComposerChecks;
  loading?: Promise<ComposerChecks>;
  load: () => Promise<ComposerChecks>;
} = { load: () => import('./checks.js') };

/** Loads the checks once; later calls share the promise, and a failed download is tried again next time. */
export function loadChecks(): Promise<ComposerChecks> {
  const loading = (composerChecks.loading ??= composerChecks.load().then((checks) => (composerChecks.value = checks)));
  loading.catch(() => {
    if (composerChecks.loading === loading) composerChecks.loading = undefined;
  });
  return loading;
}
