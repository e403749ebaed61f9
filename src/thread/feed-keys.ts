/** What a key does in the thread's feed (the WAI-ARIA feed pattern, plus reply). */
export type FeedAction = 'previous' | 'next' | 'first' | 'latest' | 'select' | 'reply' | 'before-feed' | 'after-feed';

/** The action of a key press on a message, or undefined to leave the key alone. */
export function feedAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): FeedAction | undefined {
  if (event.altKey) return undefined;
  const control = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
    case 'PageUp':
      return control ? undefined : 'previous';
    case 'ArrowDown':
    case 'PageDown':
      return control ? undefined : 'next';
    case 'Home':
      return control ? 'before-feed' : 'first';
    case 'End':
      return control ? 'after-feed' : 'latest';
    case 'Enter':
    case ' ':
      return control ? undefined : 'select';
    case 'r':
    case 'R':
      return control || event.shiftKey ? undefined : 'reply';
    default:
      return undefined;
  }
}
