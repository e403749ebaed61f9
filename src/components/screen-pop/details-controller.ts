import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Interaction } from '../../model/interaction.js';
import type { Adapter } from '../../ports/ports.js';
import { enrich, Limiter, type Details } from '../../queue/enrich.js';

export interface Known {
  details: Details;
  loading: boolean;
  /** The first failed part, for the agent's note with Retry. */
  failed?: unknown;
}

export interface DetailsHost {
  adapter(): Adapter | undefined;
  now(): Date;
  problems: AdapterProblems;
  /** Details of an interaction changed (the queue re-orders, the pop header re-renders). */
  changed(id: string): void;
}

/** Loads in parallel at most this many interactions' details. */
const CONCURRENCY = 6;

/**
 * What is known about each interaction the queue or a pop shows (`enrich`), loaded once per
 * interaction, a few at a time, and dropped — its loading cancelled — when neither needs it.
 */
export class DetailsController implements ReactiveController {
  readonly #options: DetailsHost;
  readonly #known = new Map<string, Known & { abort: AbortController; interaction: Interaction }>();
  #limiter = new Limiter(CONCURRENCY);
  #adapter?: Adapter;

  constructor(host: ReactiveControllerHost, options: DetailsHost) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.clear();
  }

  get(id: string): Known | undefined {
    return this.#known.get(id);
  }

  /** Starts loading an interaction's details unless they are known or loading. */
  want(interaction: Interaction): void {
    const adapter = this.#options.adapter();
    if (adapter !== this.#adapter) {
      this.clear();
      this.#adapter = adapter;
    }
    const known = this.#known.get(interaction.id);
    if (known) {
      known.interaction = interaction;
      return;
    }
    this.#load(interaction);
  }

  /** Loads again (after a failure). */
  retry(id: string): void {
    const known = this.#known.get(id);
    if (!known) return;
    this.drop(id);
    this.#load(known.interaction);
  }

  drop(id: string): void {
    this.#known.get(id)?.abort.abort();
    this.#known.delete(id);
  }

  /** Drops every interaction's details but the ones in `keep`. */
  keepOnly(keep: ReadonlySet<string>): void {
    for (const id of [...this.#known.keys()]) if (!keep.has(id)) this.drop(id);
  }

  clear(): void {
    for (const id of [...this.#known.keys()]) this.drop(id);
    this.#limiter = new Limiter(CONCURRENCY);
  }

  #load(interaction: Interaction): void {
    const adapter = this.#options.adapter();
    const abort = new AbortController();
    const entry = { details: {}, loading: !!adapter, abort, interaction };
    this.#known.set(interaction.id, entry);
    if (!adapter) return;
    const { signal } = abort;
    this.#limiter
      .run(() => enrich(adapter, interaction, { signal, now: () => this.#options.now() }), signal)
      .then(({ details, failures }) => {
        if (signal.aborted) return;
        Object.assign(entry, { details, loading: false, failed: failures[0]?.error });
        for (const failure of failures) this.#options.problems.failed(failure.operation, failure.error);
        this.#options.changed(interaction.id);
      })
      .catch(() => undefined); // cancelled: the interaction left the queue and the pops
  }
}
