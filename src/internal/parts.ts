/**
 * Part names that more than one element needs: an element that hosts another re-exports the hosted one's
 * parts under a prefix (`exportparts`), from the list here rather than a copy of its own.
 */

/** Every `part` of `<cx-composer>` (its class header documents each). */
export const COMPOSER_PARTS = ['base', 'channels', 'reason', 'note', 'audience', 'textarea', 'counter', 'status', 'send', 'warning', 'move', 'snippet-note', 'checks-error', 'error', 'error-retry', 'error-detail'] as const;

/** The `exportparts` value that re-exports `parts` as `<prefix>-<part>`. */
export function exportParts(parts: readonly string[], prefix: string): string {
  return parts.map((part) => `${part}: ${prefix}-${part}`).join(', ');
}
