import type { ReactiveControllerHost } from 'lit';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ThreadRow } from './unshown.js';

/** The thread's feed: the virtualizer's host element, its own scroller. */
export type Feed = HTMLElement & VirtualizerHostElement;

/** What the element hosting a thread's controllers gives them to read. */
export interface ThreadInputs {
  /** The virtualized feed, once rendered. */
  feed(): Feed | null | undefined;
  /** The rows shown with the current filters, oldest first: messages, and placeholders for messages that could not be shown. */
  rows(): readonly ThreadRow[];
  /** Resolves when the pending render is done (the plain `updateComplete`, which must not wait for the scroll after it). */
  rendered(): Promise<unknown>;
  /** Messages per page when loading. */
  pageSize(): number;
}

/**
 * The one way a thread's controllers get their inputs: the host they add themselves to, with the
 * thread's inputs on it. A controller keeps what it owns private and offers results through its API.
 */
export interface ThreadHost extends ReactiveControllerHost, ThreadInputs {}

/** A `ThreadHost` over an element: its controller lifecycle, and the inputs it gives. */
export function threadHost(element: ReactiveControllerHost, inputs: ThreadInputs): ThreadHost {
  return {
    addController: (controller) => element.addController(controller),
    removeController: (controller) => element.removeController(controller),
    requestUpdate: () => element.requestUpdate(),
    get updateComplete() {
      return element.updateComplete;
    },
    feed: inputs.feed,
    rows: inputs.rows,
    rendered: inputs.rendered,
    pageSize: inputs.pageSize,
  };
}
