import type { ReactiveElement } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { errorEn } from '../../i18n/error-terms.js';
import { popTerms } from '../../i18n/pop-terms.js';
import { standingTerms } from '../../i18n/standing-terms.js';
import { AdapterController } from '../../internal/adapter-controller.js';
import { AdapterProblems } from '../../internal/adapter-problems.js';
import type { Conversation, Participant } from '../../model/index.js';
import type { Adapter } from '../../ports/ports.js';
import { InteractionBook } from '../../queue/book.js';
import type { Prioritize, PrioritizeOptions } from '../../queue/types.js';
import { DetailsController } from './details-controller.js';
import { InteractionFeed } from './interaction-feed.js';
import { DEFAULT_NOTIFICATIONS, Notifier, type PopNotifications } from './notifier.js';
import { PopActions } from './pop-actions.js';
import { PopStack } from './pop-stack.js';
import type { PopViewContext } from './pop-view-context.js';
import { QueueController } from './queue-controller.js';
import { DEFAULT_SHORTCUTS, type PopAction, type PopShortcuts } from './shortcuts.js';

/** What `<cx-screen-pop>` sets that the session reads: its documented properties. */
export interface SessionHost extends ReactiveElement {
  adapter?: Adapter;
  prioritize: Prioritize;
  priorityOptions: PrioritizeOptions;
  autoAccept: boolean;
  notifications: Partial<PopNotifications>;
  shortcuts: Partial<PopShortcuts>;
  snoozeMinutes: number;
  locale?: string;
  agent?: Participant;
  conversationsOf?: (customerId: string) => readonly Conversation[];
  now: () => Date;
}

/**
 * Everything `<cx-screen-pop>` keeps and does, wired together: the adapter and its problems, the
 * interaction book, the pops kept, the details loaded, the queue, the host's events, the
 * notifications and the actions. The element holds its properties and renders; this holds the rest.
 */
export class PopSession {
  readonly adapters: AdapterController;
  readonly i18n: LocaleController<Pick<Catalogue, 'pop' | 'standing' | 'error'>>;
  readonly problems: AdapterProblems;
  readonly book = new InteractionBook();
  readonly stack = new PopStack();
  readonly details: DetailsController;
  readonly queue: QueueController;
  readonly feed: InteractionFeed;
  readonly notifier: Notifier;
  readonly actions: PopActions;
  readonly #host: SessionHost;
  #focus?: { lead: string | undefined; action: string | undefined };
  /** The pop shown at the last render. */
  #rendered?: string;

  constructor(host: SessionHost) {
    this.#host = host;
    this.adapters = new AdapterController(host);
    this.i18n = new LocaleController(host, { pop: popTerms, standing: standingTerms, error: errorEn });
    this.problems = new AdapterProblems(host, this.adapters);
    const now = () => host.now();
    this.details = new DetailsController(host, { adapter: () => this.adapters.value, now, problems: this.problems, changed: () => (this.queue.schedule(), host.requestUpdate()) });
    this.queue = new QueueController(host, {
      prioritize: () => host.prioritize,
      options: () => this.#priorityOptions(),
      details: (id) => this.details.get(id),
      now,
      ordered: () => host.requestUpdate(),
    });
    this.feed = new InteractionFeed(host, { adapter: () => this.adapters.value, problems: this.problems, onEvent: (e, s) => this.actions.apply(e, s) });
    this.notifier = new Notifier(host, { settings: () => ({ ...DEFAULT_NOTIFICATIONS, ...host.notifications }), terms: () => this.i18n.t.pop });
    this.actions = new PopActions({
      element: host as SessionHost & HTMLElement,
      book: this.book,
      stack: this.stack,
      queue: this.queue,
      details: this.details,
      notifier: this.notifier,
      feed: this.feed,
      problems: this.problems,
      terms: () => this.i18n.t.pop,
      autoAccept: () => host.autoAccept,
      snoozeMs: () => host.snoozeMinutes * 60_000,
      now,
    });
  }

  get shortcuts(): PopShortcuts {
    return { ...DEFAULT_SHORTCUTS, ...this.#host.shortcuts };
  }

  /** The interaction Accept means without one named: the pop shown while offered, else the queue's first. */
  acceptTarget(): string | undefined {
    const shown = this.stack.active;
    return shown?.interaction.state === 'offered' ? shown.id : this.queue.items[0]?.lead.id;
  }

  run(action: PopAction): void {
    const shown = this.stack.active;
    if (action === 'accept') {
      const id = this.acceptTarget();
      if (id) void this.actions.accept(id);
    } else if (action === 'close') {
      if (shown) this.actions.close(shown.id);
    } else {
      const next = this.stack.step(action === 'next' ? 1 : -1);
      if (next) this.actions.show(next.id);
    }
  }

  /** Before a render: whether focus is inside the element, and on which queue row's button. */
  noteFocus(root: ShadowRoot | null): void {
    const active = root?.activeElement as HTMLElement | null | undefined;
    const lead = active?.closest<HTMLElement>('[data-lead]')?.dataset['lead'];
    this.#focus = active ? { lead, action: active.dataset['action'] } : undefined;
  }

  /**
   * After a render, when focus was inside: another pop shown takes it to its title (the one it was in is
   * now out of reach); a queue re-ordered or grouped under it gives it back to the same button of the
   * row holding the same interaction.
   */
  restoreFocus(root: ShadowRoot | null): void {
    const focus = this.#focus;
    const shown = this.stack.active?.id;
    const switched = shown !== this.#rendered;
    this.#focus = undefined;
    this.#rendered = shown;
    if (!focus || !root) return;
    if (switched && shown !== undefined && !root.activeElement?.closest('[part~="queue"]')) {
      root.querySelector<HTMLElement>('[part~="pop-shown"] [part~="title"]')?.focus();
      return;
    }
    if (root.activeElement || !focus.lead || !focus.action) return;
    const key = this.queue.itemOf(focus.lead)?.key;
    if (key) root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] [data-action="${focus.action}"]`)?.focus();
  }

  /** The queue's options: the host's, in the element's language. */
  #priorityOptions(): PrioritizeOptions {
    const { pop, standing } = this.i18n.t;
    return { locale: this.i18n.lang, terms: pop.reasonsTerms, slaKinds: pop.sla.kind, standingTerms: standing, ...this.#host.priorityOptions };
  }

  /** What the templates need. */
  context(): PopViewContext {
    const host = this.#host;
    const shortcuts = this.shortcuts;
    const a = this.actions;
    return {
      t: this.i18n.t.pop,
      errors: this.i18n.t.error,
      locale: this.i18n.lang,
      now: host.now,
      adapter: host.adapter,
      agent: host.agent,
      conversationsOf: host.conversationsOf,
      details: (id) => this.details.get(id),
      reasons: (interaction) =>
        this.queue.itemOf(interaction.id)?.reasons ??
        host.prioritize([this.queue.entry(interaction)], { now: host.now(), ...this.#priorityOptions() })[0]?.reasons ??
        [],
      snoozeMinutes: host.snoozeMinutes,
      keys: (action) => shortcuts[action] ?? '',
      on: {
        accept: (id) => void a.accept(id),
        dismiss: (id) => a.dismiss(id),
        snooze: (id) => a.snooze(id),
        close: (id) => a.close(id),
        show: (id) => a.show(id),
        step: (delta) => this.run(delta === 1 ? 'next' : 'previous'),
        retry: (id) => (this.details.retry(id), host.requestUpdate()),
        toggle: (id, section, open) => this.stack.toggle(id, section, open),
        wake: (id) => this.queue.wake(id),
        linked: (id, customer) => {
          const pop = this.stack.get(id);
          if (pop) pop.linked = { id: customer.id, name: customer.name };
          host.requestUpdate();
        },
      },
    };
  }
}
