import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../model/index.js';

export interface AnnouncerOptions {
  /** Shortest time between two announcements, ms. Default 2 000. */
  interval?: number;
  /** How long to gather a burst before the first announcement, ms. Default 300. */
  gather?: number;
  /** The words of one announcement. */
  summarize: (count: number, authors: string[], text?: string) => string;
  /** Time and timers; the page's by default (tests pass a manual clock). */
  clock?: AnnouncerClock;
}

export interface AnnouncerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: AnnouncerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const EXCERPT = 140;

/**
 * Announces new messages through a live region, never the history: at most one announcement per
 * interval, summarising everything that arrived since the last one ("3 new messages from Dana").
 * The host renders `text` into an element with `role="status"`.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: Required<AnnouncerOptions>;
  #queue: Message[] = [];
  #timer: unknown;
  #last = -Infinity;
  /** The current announcement. */
  text = '';
  /** How many announcements were made; for tests and diagnostics. */
  count = 0;

  constructor(host: ReactiveControllerHost, options: AnnouncerOptions) {
    this.#host = host;
    this.#options = { interval: 2_000, gather: 300, clock: pageClock, ...options };
    host.addController(this);
  }

  /** Queues messages that just arrived live. */
  queue(messages: readonly Message[]): void {
    if (messages.length === 0) return;
    this.#queue.push(...messages);
    if (this.#timer !== undefined) return;
    const { clock, gather, interval } = this.#options;
    const wait = Math.max(gather, this.#last + interval - clock.now());
    this.#timer = clock.setTimeout(() => this.#flush(), wait);
  }

  /** Forgets what was queued and what was said (another conversation was opened). */
  reset(): void {
    if (this.#timer !== undefined) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue = [];
    this.text = '';
  }

  hostDisconnected(): void {
    this.reset();
  }

  #flush(): void {
    this.#timer = undefined;
    const messages = this.#queue;
    this.#queue = [];
    if (messages.length === 0) return;
    const authors = [...new Set(messages.map((m) => m.author?.displayName || 'someone'))];
    const only = messages.length === 1 ? String(messages[0]!.text ?? '') : undefined;
    const text = only === undefined ? undefined : only.length > EXCERPT ? `${only.slice(0, EXCERPT)}…` : only;
    this.text = this.#options.summarize(messages.length, authors, text);
    this.count += 1;
    this.#last = this.#options.clock.now();
    this.#host.requestUpdate();
  }
}
