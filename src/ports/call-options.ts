/**
 * The options of a port call, on both sides of the boundary: what a component may pass (`CallOptions`,
 * `WatchOptions`) and what the boundary always passes on to a host (`HostCallOptions`, with a signal
 * every time).
 */

/** Options every port call takes. Aborting the signal cancels the call. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of a subscription. Aborting the signal ends it, like calling the returned function. */
export interface WatchOptions extends CallOptions {
  /**
   * Called with an `AdapterError` when the host sends an event that is not valid (an
   * `InvalidDataError` naming the field; the event is dropped, the watch goes on), reports an error
   * of its own, or fails to subscribe at all.
   */
  onError?: (error: Error) => void;
}

export type Unsubscribe = () => void;

/** What the boundary passes to every call of a host's port: always an object, always a signal. */
export interface HostCallOptions {
  /** Aborts when the caller cancels or the call times out: pass it on to `fetch`. */
  signal: AbortSignal;
}

/** What the boundary passes to a host's `watch` / `subscribe`. */
export interface HostWatchOptions extends HostCallOptions {
  /** Report a failure of the subscription itself (connection lost); it reaches the caller's `onError` as a typed error. */
  onError: (error: unknown) => void;
}

/** What the boundary passes to a host's `loadMessages`. */
export interface HostLoadMessagesOptions extends HostCallOptions {
  /** A previous page's `nextCursor`; null for the newest page. */
  cursor: string | null;
  /** How many messages at most (the host may return fewer). */
  limit: number;
}
