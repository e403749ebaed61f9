import type { ReactiveController, ReactiveElement } from 'lit';
import type { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Interaction, InteractionEvent } from '../../model/interaction.js';
import { isAbortError } from '../../ports/errors.js';
import type { Adapter, CallOptions } from '../../ports/ports.js';

/** Where an event came from, for warnings: the subscription, `current()`, or the host's `interaction` property. */
export type FeedSource = 'interactions.subscribe' | 'interactions.current' | 'interaction';

export interface FeedHost {
  adapter(): Adapter | undefined;
  problems: AdapterProblems;
  onEvent(event: InteractionEvent, source: FeedSource): void;
}

/** The host's own accept, when its adapter has one (`interactions.accept`). */
type Accept = (id: string, options?: CallOptions) => Promise<Interaction>;

/**
 * The adapter's interaction events: subscribes while the element is connected (again when the
 * adapter changes), and asks `current()` once per adapter for the interaction the agent is already on.
 * Failures are reported (`cx-adapter-error`); a failed `current()` is kept for the element to show
 * with Retry.
 */
export class InteractionFeed implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: FeedHost;
  #adapter?: Adapter;
  #subscription?: AbortController;
  /** The failure of the last `current()`, shown to the agent with Retry. */
  currentError?: unknown;

  constructor(host: ReactiveElement, options: FeedHost) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#adapter = undefined; // subscribe again on the next update
  }

  hostDisconnected(): void {
    this.#subscription?.abort();
    this.#subscription = undefined;
  }

  hostUpdate(): void {
    const adapter = this.#options.adapter();
    if (adapter === this.#adapter && this.#subscription) return;
    this.#subscription?.abort();
    this.#subscription = new AbortController();
    this.#adapter = adapter;
    this.currentError = undefined;
    if (!adapter?.interactions) return;
    const { signal } = this.#subscription;
    if (adapter.has('interactions.subscribe')) {
      adapter.interactions.subscribe((event) => !signal.aborted && this.#options.onEvent(event, 'interactions.subscribe'), {
        signal,
        onError: (error) => this.#options.problems.failed('interactions.subscribe', error),
      });
    }
    this.loadCurrent();
  }

  /** Asks the host for the interaction the agent is on (again, after a failure). */
  loadCurrent(): void {
    const adapter = this.#adapter;
    const signal = this.#subscription?.signal;
    if (!adapter?.interactions?.current || !adapter.has('interactions.current') || !signal) return;
    this.currentError = undefined;
    adapter.interactions.current({ signal }).then(
      (interaction) => {
        if (signal.aborted || !interaction) return;
        this.#options.onEvent({ type: interaction.state, interaction }, 'interactions.current');
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        this.currentError = this.#options.problems.failed('interactions.current', error);
        this.#host.requestUpdate();
      },
    );
  }

  /** The host's accept, when its adapter offers `interactions.accept`; undefined otherwise (accept is then local). */
  hostAccept(): Accept | undefined {
    const adapter = this.#options.adapter();
    const accept = adapter?.interactions?.accept;
    if (!adapter?.has('interactions.accept') || !accept) return undefined;
    return (id, options) => accept.call(adapter.interactions, id, options);
  }
}
