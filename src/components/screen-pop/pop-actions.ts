import { CxInteractionAcceptedEvent, CxInteractionAcceptEvent, CxInteractionDismissedEvent, CxInteractionDismissEvent, CxInteractionSnoozeEvent, CxPopClosedEvent, CxPopEvent, type PopCause } from '../../events/interaction.js';
import type { PopTerms } from '../../i18n/pop-terms.js';
import type { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Interaction, InteractionEvent } from '../../model/interaction.js';
import { InvalidDataError } from '../../ports/errors.js';
import type { InteractionBook } from '../../queue/book.js';
import { textOf } from '../../queue/floods.js';
import type { DetailsController } from './details-controller.js';
import type { FeedSource, InteractionFeed } from './interaction-feed.js';
import type { Notifier } from './notifier.js';
import type { Pop, PopStack } from './pop-stack.js';
import { channelWord, snippetOf, whoOf } from './pop-view-context.js';
import type { QueueController } from './queue-controller.js';

export interface ActionsHost {
  element: HTMLElement & { requestUpdate(): void };
  book: InteractionBook;
  stack: PopStack;
  queue: QueueController;
  details: DetailsController;
  notifier: Notifier;
  feed: InteractionFeed;
  problems: AdapterProblems;
  terms(): PopTerms;
  autoAccept(): boolean;
  snoozeMs(): number;
  now(): Date;
}

/**
 * What happens to interactions in `<cx-screen-pop>`: the host's events applied (through the book,
 * which turns bad ones into warnings), and the agent's accept, dismiss, snooze, show and close, each
 * with its events. The element holds the state; this is its behaviour.
 */
export class PopActions {
  readonly #h: ActionsHost;
  /** Accept failures, by interaction id, shown in the pop. */
  readonly acceptErrors = new Map<string, unknown>();

  constructor(host: ActionsHost) {
    this.#h = host;
  }

  /** An event from the host: offered, accepted or ended; a bad one is reported and ignored. */
  apply(event: InteractionEvent, source: FeedSource): void {
    const h = this.#h;
    const outcome = h.book.apply(event);
    if (outcome.kind === 'ignored') {
      // `current()` is a snapshot that may trail the events, and a host may set the same interaction twice: only events are wrong.
      const reported = source === 'interactions.subscribe' || (source === 'interaction' && outcome.why !== 'duplicate');
      if (reported) h.problems.failed(source, new InvalidDataError(source, 'type', outcome.problem, { value: event }));
      return;
    }
    const interaction = outcome.interaction;
    if (outcome.kind === 'offered') {
      h.queue.add(interaction);
      h.details.want(interaction);
      const t = h.terms();
      const who = whoOf(interaction, h.details.get(interaction.id));
      const channel = channelWord(interaction.channel, t);
      h.notifier.arrived(interaction.id, who, t.alert(channel, who, h.queue.waiting.length), { title: t.notificationTitle(channel, who), body: snippetOf(textOf({ id: interaction.id, interaction })) });
      if (h.autoAccept() && !this.#busy()) void this.accept(interaction.id);
      else if (!h.stack.active) this.#open(interaction, 'offered');
    } else if (outcome.kind === 'accepted' || outcome.kind === 'confirmed') {
      h.queue.remove(interaction.id);
      h.notifier.clearAlert(interaction.id);
      this.acceptErrors.delete(interaction.id);
      if (outcome.kind === 'accepted' || !h.stack.update(interaction)) this.#open(interaction, source === 'interaction' ? 'host' : 'accepted');
    } else {
      h.queue.remove(interaction.id);
      h.notifier.clearAlert(interaction.id);
      h.stack.update(interaction);
      if (!h.stack.get(interaction.id)) h.details.drop(interaction.id);
    }
    this.#changed();
  }

  /** Accepts an offered interaction: through the host's accept when it has one, else here. */
  async accept(id: string): Promise<void> {
    const h = this.#h;
    const interaction = h.queue.get(id) ?? h.stack.get(id)?.interaction;
    if (!interaction || h.book.state(id) !== 'offered') return;
    const before = new CxInteractionAcceptEvent(interaction);
    h.element.dispatchEvent(before);
    if (before.defaultPrevented) return;
    const hostAccept = h.feed.hostAccept();
    const sameConversation = this.#sameConversation(id, interaction);
    h.book.acceptLocally(id); // the host's own "accepted" event confirms it
    this.#take(id);
    // The customer's other messages in the same conversation are in the pop now: off the queue with it.
    for (const other of sameConversation) this.#take(other);
    let accepted: Interaction = { ...interaction, state: 'accepted' };
    if (hostAccept) {
      try {
        accepted = await hostAccept(id);
      } catch (error) {
        h.book.revertAccept(id);
        h.queue.add(interaction);
        this.acceptErrors.set(id, h.problems.failed('interactions.accept', error));
        this.#open(interaction, 'offered');
        this.#changed();
        return;
      }
    }
    this.acceptErrors.delete(id);
    this.#open(accepted, 'accepted');
    this.#changed();
    h.element.dispatchEvent(new CxInteractionAcceptedEvent(accepted, !!hostAccept));
  }

  /** Dismisses an offered interaction, with the rest of its item (a repeat customer, an incident). */
  dismiss(id: string): void {
    const h = this.#h;
    const ids = this.#itemIds(id);
    const interactions = ids.map((known) => h.queue.get(known)).filter((i): i is Interaction => !!i);
    if (interactions.length === 0) return;
    const before = new CxInteractionDismissEvent(interactions);
    h.element.dispatchEvent(before);
    if (before.defaultPrevented) return;
    for (const interaction of interactions) this.#take(interaction.id, true);
    this.#changed();
    h.element.dispatchEvent(new CxInteractionDismissedEvent(interactions));
  }

  snooze(id: string): void {
    const h = this.#h;
    const ids = this.#itemIds(id).filter((known) => h.queue.get(known));
    if (ids.length === 0) return;
    const until = h.now().getTime() + h.snoozeMs();
    const interactions = ids.map((known) => h.queue.get(known)!);
    h.queue.snooze(ids, until);
    for (const known of ids) if (h.stack.get(known)?.interaction.state === 'offered') this.#release(h.stack.close(known));
    this.#changed();
    h.element.dispatchEvent(new CxInteractionSnoozeEvent(interactions, new Date(until)));
  }

  /** Shows a kept pop, or previews a waiting interaction. */
  show(id: string): void {
    const h = this.#h;
    const kept = h.stack.get(id);
    const waiting = h.queue.get(id);
    if (!kept && !waiting) return;
    if (kept) this.#release(h.stack.show(id));
    this.#open(kept?.interaction ?? waiting!, kept ? 'switched' : 'offered');
    this.#changed();
  }

  close(id: string): void {
    const h = this.#h;
    const closed = h.stack.close(id);
    this.#release(closed, false);
    const next = h.stack.active;
    if (next) this.#open(next.interaction, 'switched');
    this.#changed();
  }

  /** Other waiting interactions of the same sender's row in the same conversation. */
  #sameConversation(id: string, interaction: Interaction): string[] {
    const item = this.#h.queue.itemOf(id);
    if (item?.kind !== 'repeat' || !interaction.conversationId) return [];
    return item.entries.filter((e) => e.id !== id && e.interaction.conversationId === interaction.conversationId).map((e) => e.id);
  }

  /** Whether the agent is on an accepted interaction that has not ended. */
  #busy(): boolean {
    return this.#h.stack.pops.some((pop) => pop.interaction.state === 'accepted');
  }

  /** The ids of the queue item an interaction is part of (itself when it waits alone). */
  #itemIds(id: string): string[] {
    const item = this.#h.queue.itemOf(id);
    return item ? item.entries.map((entry) => entry.id) : [id];
  }

  /** Takes an interaction off the queue (and its preview pop, when dismissed). */
  #take(id: string, dismissed = false): void {
    const h = this.#h;
    h.queue.remove(id);
    h.notifier.clearAlert(id);
    if (dismissed) {
      this.#release(h.stack.close(id), false);
      h.details.drop(id);
    }
  }

  #open(interaction: Interaction, cause: PopCause): void {
    const h = this.#h;
    h.details.want(interaction);
    this.#release(h.stack.open(interaction));
    const t = h.terms();
    const who = whoOf(interaction, h.details.get(interaction.id));
    const text = snippetOf(textOf({ id: interaction.id, interaction, ...h.details.get(interaction.id)?.details }), 100);
    h.notifier.announce(interaction.id, t.announce(interaction.state, channelWord(interaction.channel, t), who, text));
    h.element.dispatchEvent(new CxPopEvent(interaction, cause));
  }

  /** Pops that left the stack: their details are dropped unless still queued. */
  #release(pops: Pop[], released = true): void {
    const h = this.#h;
    for (const pop of pops) {
      if (!h.queue.has(pop.id)) h.details.drop(pop.id);
      if (pop.interaction.state !== 'offered') h.element.dispatchEvent(new CxPopClosedEvent(pop.interaction, released));
    }
  }

  #changed(): void {
    this.#h.notifier.waiting(this.#h.queue.waiting.length);
    this.#h.element.requestUpdate();
  }
}
