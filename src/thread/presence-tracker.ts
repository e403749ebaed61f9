import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Presence } from '../model/index.js';

export interface PresenceEntry {
  presence: Presence;
  /** Its `expiresAt` has passed without a renewal. */
  stale: boolean;
}

/**
 * Other agents in the conversation (collision): the latest presence of each, and a re-render when
 * one expires so it shows as stale.
 */
export class PresenceTracker implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #byAgent = new Map<string, Presence>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, private readonly now: () => number = Date.now) {
    this.#host = host;
    host.addController(this);
  }

  update(presence: Presence): void {
    this.#byAgent.set(presence.agentId, presence);
    this.#schedule();
    this.#host.requestUpdate();
  }

  clear(): void {
    this.#byAgent.clear();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  get entries(): PresenceEntry[] {
    const now = this.now();
    return [...this.#byAgent.values()].map((presence) => ({ presence, stale: !(Date.parse(presence.expiresAt) > now) }));
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Wakes the host when the next presence expires. */
  #schedule(): void {
    clearTimeout(this.#timer);
    const now = this.now();
    const next = Math.min(...[...this.#byAgent.values()].map((p) => Date.parse(p.expiresAt)).filter((t) => t > now));
    if (!Number.isFinite(next)) return;
    this.#timer = setTimeout(() => {
      this.#host.requestUpdate();
      this.#schedule();
    }, Math.min(next - now + 5, 2 ** 31 - 1));
  }
}
