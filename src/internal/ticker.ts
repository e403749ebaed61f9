import { AsyncDirective, directive } from 'lit/async-directive.js';

/**
 * One timer for everything on the page that counts time (SLA clocks, wait times): it runs while
 * something listens and stops when nothing does, so a queue of 50 clocks costs one interval, and a
 * tick changes only the text that changed — never a re-render of the pop around it.
 */
export class Ticker {
  readonly #listeners = new Set<() => void>();
  readonly #periodMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(periodMs = 1000) {
    this.#periodMs = periodMs;
  }

  /** Calls `listener` on every tick until the returned function is called. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    this.#timer ??= setInterval(() => this.tick(), this.#periodMs);
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) {
        clearInterval(this.#timer);
        this.#timer = undefined;
      }
    };
  }

  /** How many listen now (for tests that check nothing is left behind). */
  get size(): number {
    return this.#listeners.size;
  }

  /** Runs every listener now. */
  tick(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The page's ticker: once a second. */
export const secondTicker = new Ticker(1000);

class TickingDirective extends AsyncDirective {
  #format?: () => string;
  #last?: string;
  #stop?: () => void;

  render(format: () => string): string {
    this.#format = format;
    this.#last = format();
    this.#listen();
    return this.#last;
  }

  #listen(): void {
    if (this.#stop || !this.isConnected) return;
    this.#stop = secondTicker.subscribe(() => {
      const text = this.#format?.();
      if (text !== undefined && text !== this.#last) {
        this.#last = text;
        this.setValue(text);
      }
    });
  }

  protected override disconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  protected override reconnected(): void {
    this.#listen();
    const text = this.#format?.();
    if (text !== undefined && text !== this.#last) this.setValue((this.#last = text));
  }

  override update(_part: unknown, [format]: [() => string]): string {
    return this.render(format);
  }
}

/**
 * Text that follows the clock: `${ticking(() => waitWords(now()))}` shows the text now and updates
 * that one text node on each tick of the page's ticker when the words change.
 */
export const ticking = directive(TickingDirective);
