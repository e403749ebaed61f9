import { feedAction } from './feed-keys.js';

/** What the keys and clicks on a thread's messages lead to. */
export interface FeedTargets {
  /** How many rows are shown. */
  count(): number;
  focusRow(index: number): void;
  latest(): void;
  select(index: number): void;
  /** `r`: the composer. */
  reply(): void;
  /** Ctrl+Home: what comes before the feed (the search). */
  beforeFeed(): void;
  /** Ctrl+End: what comes after the feed (the composer, else the jump buttons). */
  afterFeed(): void;
}

/** The message element an event happened on: the feed renders them with role="article" and data-index. */
const isArticle = (node: EventTarget): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'article';

/**
 * Keyboard and pointer handling of a thread's feed (the WAI-ARIA feed pattern, plus reply): the keys
 * act on the message that has focus itself, never on a control inside one; a click selects a message
 * unless it was on a link or a button in it.
 */
export class FeedInput {
  readonly #targets: FeedTargets;

  constructor(targets: FeedTargets) {
    this.#targets = targets;
  }

  onKeydown = (event: KeyboardEvent): void => {
    const article = event.composedPath()[0];
    if (!article || !isArticle(article)) return;
    const action = feedAction(event);
    if (!action) return;
    const t = this.#targets;
    const index = Number(article.dataset.index);
    event.preventDefault();
    switch (action) {
      case 'previous':
        return t.focusRow(Math.max(0, index - 1));
      case 'next':
        return t.focusRow(Math.min(t.count() - 1, index + 1));
      case 'first':
        return t.focusRow(0);
      case 'latest':
        return t.latest();
      case 'select':
        return t.select(index);
      case 'reply':
        return t.reply();
      case 'before-feed':
        return t.beforeFeed();
      case 'after-feed':
        return t.afterFeed();
    }
  };

  onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    if (path.some((node) => node instanceof HTMLAnchorElement || node instanceof HTMLButtonElement)) return;
    const article = path.find(isArticle);
    if (article) this.#targets.select(Number(article.dataset.index));
  };
}
