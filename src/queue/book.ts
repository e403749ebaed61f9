/**
 * The interactions a desktop has been told about, and what each event means for them. Plain
 * TypeScript, no DOM: `<cx-screen-pop>` applies every event from the host here first, and shows
 * or reports what comes back.
 *
 * - `offered` for a new id: offered. Again while offered: a duplicate. After it was accepted or
 *   ended: out of order.
 * - `accepted`: opens it, offered or not (many hosts announce only accepted interactions). Again:
 *   a duplicate — except right after the agent accepted it here, when the host's event confirms it.
 *   After it ended: out of order.
 * - `ended`: ends it. Again: a duplicate. For an id never offered nor accepted: ignored.
 *
 * Ignored events come back as `{ kind: 'ignored', why, problem }`, for a warning. The book forgets
 * the oldest ended ids beyond `memory` (default 1 000).
 */
import type { Interaction, InteractionEvent, InteractionState } from '../model/interaction.js';

export type IgnoredWhy = 'duplicate' | 'out-of-order' | 'never-offered';

export type BookOutcome =
  | { kind: 'offered' | 'accepted' | 'ended'; interaction: Interaction; previous?: InteractionState }
  | { kind: 'confirmed'; interaction: Interaction }
  | { kind: 'ignored'; why: IgnoredWhy; problem: string; interaction: Interaction };

const PROBLEM: Record<IgnoredWhy, (type: string, state?: string) => string> = {
  duplicate: (type) => `is a duplicate "${type}" event for an interaction already ${type}; ignored`,
  'out-of-order': (type, state) => `is "${type}" for an interaction already ${state}; ignored as out of order`,
  'never-offered': (type) => `is "${type}" for an interaction never offered nor accepted; ignored`,
};

export class InteractionBook {
  readonly #states = new Map<string, { state: InteractionState; local?: boolean }>();
  readonly #memory: number;

  constructor(memory = 1000) {
    this.#memory = memory;
  }

  /** The state of an interaction, if the book knows it. */
  state(id: string): InteractionState | undefined {
    return this.#states.get(id)?.state;
  }

  apply(event: InteractionEvent): BookOutcome {
    const { type, interaction } = event;
    const known = this.#states.get(interaction.id);
    const ignored = (why: IgnoredWhy): BookOutcome => ({ kind: 'ignored', why, problem: PROBLEM[why](type, known?.state), interaction });
    if (type === 'offered') {
      if (!known) return this.#set(interaction, 'offered');
      return ignored(known.state === 'offered' ? 'duplicate' : 'out-of-order');
    }
    if (type === 'accepted') {
      if (!known || known.state === 'offered') return this.#set(interaction, 'accepted', known?.state);
      if (known.state === 'accepted' && known.local) {
        known.local = false;
        return { kind: 'confirmed', interaction };
      }
      return ignored(known.state === 'accepted' ? 'duplicate' : 'out-of-order');
    }
    if (!known) return ignored('never-offered');
    if (known.state === 'ended') return ignored('duplicate');
    return this.#set(interaction, 'ended', known.state);
  }

  /**
   * The agent accepted it here (before the host's `interactions.accept` answers, or without one): the
   * host's own `accepted` event that may follow confirms it rather than repeating it.
   */
  acceptLocally(id: string): void {
    const known = this.#states.get(id);
    if (known && known.state === 'offered') this.#states.set(id, { state: 'accepted', local: true });
  }

  /** The host refused to accept it: it is offered again. */
  revertAccept(id: string): void {
    const known = this.#states.get(id);
    if (known?.state === 'accepted' && known.local) this.#states.set(id, { state: 'offered' });
  }

  #set(interaction: Interaction, state: InteractionState, previous?: InteractionState): BookOutcome {
    this.#states.delete(interaction.id); // re-inserted last: the map's order is the order of change
    this.#states.set(interaction.id, { state });
    if (state === 'ended' && this.#states.size > this.#memory) {
      for (const [id, known] of this.#states) {
        if (this.#states.size <= this.#memory) break;
        if (known.state === 'ended') this.#states.delete(id);
      }
    }
    return { kind: state, interaction, ...(previous ? { previous } : {}) };
  }
}
