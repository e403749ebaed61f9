import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../../model/interaction.js';
import type { Prioritize, PrioritizeOptions, QueueEntry, QueueItem } from '../../queue/types.js';
import type { Known } from './details-controller.js';

export interface QueueHost {
  prioritize(): Prioritize;
  options(): PrioritizeOptions;
  details(id: string): Known | undefined;
  now(): Date;
  /** The order changed: render it. */
  ordered(): void;
}

/** How often the order is read again while nothing arrives (SLA clocks cross into "due soon"). */
const REORDER_EVERY_MS = 30_000;

/**
 * The interactions waiting for the agent: offered, not yet accepted, dismissed or ended. Snoozed
 * ones sit apart until their time. The order (`prioritize`) is computed at most once per animation
 * frame, however many interactions arrive or load in it, so a flood re-orders the queue 60 times a
 * second at most, not 500 times.
 */
export class QueueController implements ReactiveController {
  readonly #options: QueueHost;
  readonly #waiting = new Map<string, Interaction>();
  readonly #snoozed = new Map<string, { interaction: Interaction; until: number }>();
  readonly #entries = new Map<string, { interaction: Interaction; details: Known['details'] | undefined; entry: QueueEntry }>();
  #items: QueueItem[] = [];
  #frame?: number;
  #timer?: ReturnType<typeof setTimeout>;
  #orderings = 0;

  constructor(host: ReactiveControllerHost, options: QueueHost) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  /** Every render looks for snoozed interactions whose time has come (the clock may be the host's). */
  hostUpdate(): void {
    if (this.#snoozed.size === 0) return;
    const now = this.#options.now().getTime();
    for (const snoozed of this.#snoozed.values()) if (snoozed.until <= now) return this.schedule();
  }

  hostDisconnected(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    clearTimeout(this.#timer);
  }

  /** The ordered items, as of the last frame. */
  get items(): readonly QueueItem[] {
    return this.#items;
  }

  /** How many times the queue was ordered (for checks that it is at most once per frame). */
  get orderings(): number {
    return this.#orderings;
  }

  get waiting(): readonly Interaction[] {
    return [...this.#waiting.values()];
  }

  get snoozed(): readonly Interaction[] {
    return [...this.#snoozed.values()].sort((a, b) => a.until - b.until).map((s) => s.interaction);
  }

  has(id: string): boolean {
    return this.#waiting.has(id) || this.#snoozed.has(id);
  }

  get(id: string): Interaction | undefined {
    return this.#waiting.get(id) ?? this.#snoozed.get(id)?.interaction;
  }

  /** The item an interaction is part of. */
  itemOf(id: string): QueueItem | undefined {
    return this.#items.find((item) => item.entries.some((entry) => entry.id === id));
  }

  add(interaction: Interaction): void {
    this.#waiting.set(interaction.id, interaction);
    this.schedule();
  }

  remove(id: string): boolean {
    const removed = this.#waiting.delete(id) || this.#snoozed.delete(id);
    if (removed) this.schedule();
    return removed;
  }

  snooze(ids: readonly string[], until: number): void {
    for (const id of ids) {
      const interaction = this.#waiting.get(id);
      if (!interaction) continue;
      this.#waiting.delete(id);
      this.#snoozed.set(id, { interaction, until });
    }
    this.schedule();
  }

  wake(id: string): void {
    const snoozed = this.#snoozed.get(id);
    if (!snoozed) return;
    this.#snoozed.delete(id);
    this.#waiting.set(id, snoozed.interaction);
    this.schedule();
  }

  /** Orders the queue on the next animation frame (once, however often it is asked in the meantime). */
  schedule(): void {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#order();
    });
  }

  /**
   * The entry for an interaction: what the host announced, with what has loaded. The same object
   * while neither changes, so `prioritize` can keep what it worked out about it (its topics).
   */
  entry(interaction: Interaction): QueueEntry {
    const details = this.#options.details(interaction.id)?.details;
    const cached = this.#entries.get(interaction.id);
    if (cached && cached.interaction === interaction && cached.details === details) return cached.entry;
    const { conversation: _conversation, customer: _customer, ...known } = details ?? {};
    const entry: QueueEntry = { ...known, id: interaction.id, interaction };
    this.#entries.set(interaction.id, { interaction, details, entry });
    return entry;
  }

  #order(): void {
    const now = this.#options.now().getTime();
    for (const [id, snoozed] of this.#snoozed) {
      if (snoozed.until > now) continue;
      this.#snoozed.delete(id);
      this.#waiting.set(id, snoozed.interaction);
    }
    for (const id of this.#entries.keys()) if (!this.#waiting.has(id)) this.#entries.delete(id);
    this.#orderings += 1;
    const entries = [...this.#waiting.values()].map((interaction) => this.entry(interaction));
    this.#items = this.#options.prioritize()(entries, { now, ...this.#options.options() });
    clearTimeout(this.#timer);
    const nextWake = Math.min(...[...this.#snoozed.values()].map((s) => s.until)) - now;
    this.#timer = setTimeout(() => this.schedule(), Math.max(50, Math.min(REORDER_EVERY_MS, nextWake)));
    this.#options.ordered();
  }
}
