/**
 * The two things both ends of the bridge check before anything else: that the sender's origin is one
 * the page allowed by name (never "*"), and that dropped messages are reported without letting a
 * flood of them flood the reporter too.
 */

/** Why a message was dropped. */
export type RejectionReason =
  /** From an origin not in `allowedOrigins`. */
  | 'origin'
  /** From an allowed origin but another window than the `target`. */
  | 'source'
  /** Not a well-formed bridge message. */
  | 'shape'
  /** A protocol version the other side does not speak. */
  | 'version'
  /** A call on a channel that never said hello (or was closed). */
  | 'channel'
  /** An operation that does not exist or was not exposed. */
  | 'operation'
  /** Arguments that are not what the operation takes. */
  | 'arguments'
  /** More calls at once than the host allows (`maxInFlight`). */
  | 'busy'
  /** An answer the widget could not read. */
  | 'answer';

/** A dropped message, as `onRejected` gets it: plain data, safe to log. */
export interface BridgeRejection {
  reason: RejectionReason;
  /** The sender's origin as the browser reported it. */
  origin: string;
  /** What was wrong, in words. */
  detail: string;
  /**
   * When more than `REPORTS_PER_SECOND` messages are dropped for one reason within a second, the
   * rest are not reported one by one: the next report counts them here.
   */
  suppressed?: number;
}

export type RejectionListener = (rejection: BridgeRejection) => void;

/** Reports per reason per second before the rest are only counted. */
export const REPORTS_PER_SECOND = 20;

/**
 * Checks a list of allowed origins: each must be an exact origin (`https://crm.example.com`,
 * `http://127.0.0.1:5174`), never "*", "null" or a URL with a path. Throws a TypeError that says
 * which entry is wrong: this is a set-up mistake, found when the page starts.
 */
export function allowedOriginSet(origins: unknown, who: string): ReadonlySet<string> {
  if (!Array.isArray(origins) || origins.length === 0) {
    throw new TypeError(`${who}: allowedOrigins must list the origins allowed to talk to this page, e.g. ["https://crm.example.com"].`);
  }
  const set = new Set<string>();
  for (const origin of origins) {
    if (origin === '*') throw new TypeError(`${who}: allowedOrigins may not contain "*": name each origin allowed to talk to this page.`);
    let parsed: URL | undefined;
    try {
      parsed = typeof origin === 'string' ? new URL(origin) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new TypeError(`${who}: allowedOrigins entry ${JSON.stringify(origin)} is not an origin (scheme, host and port, like "https://crm.example.com").`);
    }
    set.add(parsed.origin);
  }
  return set;
}

/** Calls `listener` for each rejection, at most `REPORTS_PER_SECOND` per reason per second; the rest are counted into the next report. */
export class RejectionReporter {
  readonly #listener: RejectionListener | undefined;
  readonly #windows = new Map<RejectionReason, { start: number; reported: number; suppressed: number; last?: BridgeRejection; timer?: ReturnType<typeof setTimeout> }>();

  constructor(listener: RejectionListener | undefined) {
    this.#listener = listener;
  }

  report(rejection: BridgeRejection): void {
    if (!this.#listener) return;
    const now = Date.now();
    let window = this.#windows.get(rejection.reason);
    if (!window || now - window.start >= 1000) {
      if (window?.timer) clearTimeout(window.timer);
      if (window && window.suppressed > 0) this.#emit({ ...window.last!, suppressed: window.suppressed });
      window = { start: now, reported: 0, suppressed: 0 };
      this.#windows.set(rejection.reason, window);
    }
    if (window.reported < REPORTS_PER_SECOND) {
      window.reported += 1;
      this.#emit(rejection);
      return;
    }
    window.suppressed += 1;
    window.last = rejection;
    const current = window;
    current.timer ??= setTimeout(() => {
      current.timer = undefined;
      if (current.suppressed > 0) this.#emit({ ...current.last!, suppressed: current.suppressed });
      current.suppressed = 0;
      current.reported = REPORTS_PER_SECOND;
    }, Math.max(0, 1000 - (now - current.start)));
  }

  /** Reports what is still counted, now. */
  flush(): void {
    for (const window of this.#windows.values()) {
      if (window.timer) clearTimeout(window.timer);
      window.timer = undefined;
      if (window.suppressed > 0) this.#emit({ ...window.last!, suppressed: window.suppressed });
      window.suppressed = 0;
    }
  }

  #emit(rejection: BridgeRejection): void {
    try {
      this.#listener?.(rejection);
    } catch {
      // A reporter that throws must not stop the bridge.
    }
  }
}

/** A short, inert description of dropped data for a report. */
export function summarize(data: unknown): string {
  let text: string;
  try {
    text = typeof data === 'string' ? JSON.stringify(data) : (JSON.stringify(data) ?? String(data));
  } catch {
    text = Object.prototype.toString.call(data);
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
