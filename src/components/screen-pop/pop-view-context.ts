import type { ErrorTerms } from '../../i18n/error-terms.js';
import type { PopTerms } from '../../i18n/pop-terms.js';
import { durationWords } from '../../i18n/pop-terms.js';
import type { Conversation, Interaction, Participant } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import type { QueueReason } from '../../queue/types.js';
import type { Known } from './details-controller.js';
import type { PopSection } from './pop-stack.js';

/** What the pop's and the queue's templates need from the element. */
export interface PopViewContext {
  t: PopTerms;
  /** The shared error view's words, in the same language. */
  errors: ErrorTerms;
  locale: string | undefined;
  now: () => Date;
  adapter: Adapter | undefined;
  agent: Participant | undefined;
  conversationsOf: ((customerId: string) => readonly Conversation[]) | undefined;
  details(id: string): Known | undefined;
  reasons(interaction: Interaction): QueueReason[];
  snoozeMinutes: number;
  /** The shortcut of an action in words, for button titles; empty when it has none. */
  keys(action: 'accept' | 'next' | 'previous' | 'close'): string;
  on: {
    accept(id: string): void;
    dismiss(id: string): void;
    snooze(id: string): void;
    close(id: string): void;
    show(id: string): void;
    step(delta: 1 | -1): void;
    retry(id: string): void;
    toggle(id: string, section: PopSection, open: boolean): void;
    wake(id: string): void;
    /** The agent linked the sender to a customer in the pop's customer 360. */
    linked(id: string, customer: { id: string; name: string }): void;
  };
}

/** A channel kind in words; a kind Screenpop does not know is named as such, never dropped. */
export function channelWord(kind: string, t: PopTerms): string {
  return Object.hasOwn(t.channel, kind) ? t.channel[kind as keyof PopTerms['channel']] : t.unknownChannel(kind);
}

/** Who an interaction is from: the matched (or linked) customer's name, else the handle or address. */
export function whoOf(interaction: Interaction, known: Known | undefined, linked?: { name: string }): string {
  return linked?.name ?? known?.details.name ?? (interaction.customerAddress || interaction.id);
}

/** Time since the interaction arrived, in words ("4 min"). */
export function sinceArrival(interaction: Interaction, now: () => Date, locale?: string): string {
  const at = Date.parse(interaction.receivedAt);
  return Number.isNaN(at) ? '' : durationWords(now().getTime() - at, locale);
}

/** At most `max` characters of customer text on one line, for the queue. */
export function snippetOf(text: string | undefined, max = 140): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}
