import type { Interaction } from '../../model/interaction.js';

/** The sections of a pop the agent can fold. */
export type PopSection = 'conversation' | 'customer' | 'move';

/** One pop kept open: its interaction, whether it was accepted here only, and its folded sections. */
export interface Pop {
  readonly id: string;
  interaction: Interaction;
  /** Sections the agent folded away. */
  folded: Set<PopSection>;
  /** The customer the agent linked the sender to, in this pop. */
  linked?: { id: string; name: string };
}

/**
 * The pops the agent has open, in the order they were opened, and the one shown. At most `limit` are
 * kept: opening one more releases the least recently shown (its elements leave the page with it).
 * An offered interaction shown before it was accepted is a preview: it is dropped when the agent
 * shows another pop (it waits on in the queue). Plain TypeScript, no DOM.
 */
export class PopStack {
  readonly #pops = new Map<string, Pop>();
  /** Ids, least recently shown first. */
  #recent: string[] = [];
  #active?: string;
  limit: number;

  constructor(limit = 20) {
    this.limit = limit;
  }

  get pops(): Pop[] {
    return [...this.#pops.values()];
  }

  get active(): Pop | undefined {
    return this.#active ? this.#pops.get(this.#active) : undefined;
  }

  get(id: string): Pop | undefined {
    return this.#pops.get(id);
  }

  /** Opens (or updates) a pop and shows it; returns the pops released to stay within the limit. */
  open(interaction: Interaction): Pop[] {
    const known = this.#pops.get(interaction.id);
    if (known) known.interaction = interaction;
    else this.#pops.set(interaction.id, { id: interaction.id, interaction, folded: new Set() });
    return this.show(interaction.id);
  }

  /** Updates a kept pop's interaction (its state changed); false when it is not kept. */
  update(interaction: Interaction): boolean {
    const known = this.#pops.get(interaction.id);
    if (known) known.interaction = interaction;
    return !!known;
  }

  /** Shows a kept pop; a preview that was shown is dropped. Returns the pops released. */
  show(id: string): Pop[] {
    if (!this.#pops.has(id)) return [];
    const released: Pop[] = [];
    const previous = this.active;
    if (previous && previous.id !== id && previous.interaction.state === 'offered') released.push(...this.close(previous.id));
    this.#active = id;
    this.#recent = [...this.#recent.filter((known) => known !== id), id];
    while (this.#pops.size > this.limit) {
      const oldest = this.#recent.find((known) => known !== this.#active);
      if (!oldest) break;
      released.push(...this.close(oldest));
    }
    return released;
  }

  /** Closes a pop; the next one is shown (the most recently shown). Returns it, closed. */
  close(id: string): Pop[] {
    const pop = this.#pops.get(id);
    if (!pop) return [];
    this.#pops.delete(id);
    this.#recent = this.#recent.filter((known) => known !== id);
    if (this.#active === id) this.#active = this.#recent[this.#recent.length - 1];
    return [pop];
  }

  /** The pop after (`+1`) or before (`-1`) the shown one, in opening order, wrapping around. */
  step(delta: 1 | -1): Pop | undefined {
    const pops = this.pops;
    if (pops.length === 0) return undefined;
    const index = pops.findIndex((pop) => pop.id === this.#active);
    return pops[(index + delta + pops.length) % pops.length];
  }

  toggle(id: string, section: PopSection, open: boolean): void {
    const folded = this.#pops.get(id)?.folded;
    if (!folded) return;
    if (open) folded.delete(section);
    else folded.add(section);
  }
}
