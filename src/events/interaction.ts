import type { Interaction } from '../model/interaction.js';

/**
 * The agent is about to accept an offered interaction. Cancelable: `preventDefault()` when the host
 * accepts it in its own CTI (its `accepted` event then opens the pop).
 */
export class CxInteractionAcceptEvent extends Event {
  readonly interaction: Interaction;

  constructor(interaction: Interaction) {
    super('cx-interaction-accept', { bubbles: true, composed: true, cancelable: true });
    this.interaction = interaction;
  }
}

/** The interaction was accepted — by the host's `interactions.accept`, or here when the host has none — and its pop is open. */
export class CxInteractionAcceptedEvent extends Event {
  readonly interaction: Interaction;
  /** True when the host's adapter accepted it; false when only this desktop marked it accepted. */
  readonly byHost: boolean;

  constructor(interaction: Interaction, byHost: boolean) {
    super('cx-interaction-accepted', { bubbles: true, composed: true });
    this.interaction = interaction;
    this.byHost = byHost;
  }
}

/** The agent is about to dismiss offered interactions (a whole incident at once). Cancelable. */
export class CxInteractionDismissEvent extends Event {
  readonly interactions: readonly Interaction[];

  constructor(interactions: readonly Interaction[]) {
    super('cx-interaction-dismiss', { bubbles: true, composed: true, cancelable: true });
    this.interactions = interactions;
  }
}

/** Offered interactions left the queue: the agent dismissed them. */
export class CxInteractionDismissedEvent extends Event {
  readonly interactions: readonly Interaction[];

  constructor(interactions: readonly Interaction[]) {
    super('cx-interaction-dismissed', { bubbles: true, composed: true });
    this.interactions = interactions;
  }
}

/** The agent snoozed offered interactions until `until`; they come back to the queue then. */
export class CxInteractionSnoozeEvent extends Event {
  readonly interactions: readonly Interaction[];
  readonly until: Date;

  constructor(interactions: readonly Interaction[], until: Date) {
    super('cx-interaction-snooze', { bubbles: true, composed: true });
    this.interactions = interactions;
    this.until = until;
  }
}

/** Why a pop is shown: it arrived, it was accepted, the agent switched to it, or the host set it. */
export type PopCause = 'offered' | 'accepted' | 'switched' | 'host';

/** A pop is shown: the host may follow it (open its own record, log the contact). */
export class CxPopEvent extends Event {
  readonly interaction: Interaction;
  readonly cause: PopCause;

  constructor(interaction: Interaction, cause: PopCause) {
    super('cx-pop', { bubbles: true, composed: true });
    this.interaction = interaction;
    this.cause = cause;
  }
}

/** The agent closed a pop (or it was released as the 21st newer one opened, `released` true). */
export class CxPopClosedEvent extends Event {
  readonly interaction: Interaction;
  readonly released: boolean;

  constructor(interaction: Interaction, released: boolean) {
    super('cx-pop-closed', { bubbles: true, composed: true });
    this.interaction = interaction;
    this.released = released;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-interaction-accept': CxInteractionAcceptEvent;
    'cx-interaction-accepted': CxInteractionAcceptedEvent;
    'cx-interaction-dismiss': CxInteractionDismissEvent;
    'cx-interaction-dismissed': CxInteractionDismissedEvent;
    'cx-interaction-snooze': CxInteractionSnoozeEvent;
    'cx-pop': CxPopEvent;
    'cx-pop-closed': CxPopClosedEvent;
  }
}
